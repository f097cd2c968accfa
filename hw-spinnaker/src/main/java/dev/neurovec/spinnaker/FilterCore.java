package dev.neurovec.spinnaker;

/** A filter core: filtered input times its transform slice, {@code (Σ_c T[j][c]·x[c]) >> 15} in 64 bits. */
final class FilterCore extends CoreProgram {
    private final InputStage in;
    private final int rows;
    private final int cols;
    private final int[] transform;
    private final int[] keys;

    FilterCore(final int vertex, final int chip, final int core, final ImageDecoder.FilterBlock b) {
        super(vertex, chip, core);
        this.in = new InputStage(b.input(), b.inputOffset(), b.inputSize());
        this.rows = b.outputSize();
        this.cols = b.inputSize();
        this.transform = b.transform();
        this.keys = b.keys();
    }

    @Override
    void input(final int step, final EmulatorCounters c) {
        drain(in, c);
        in.step(c);
    }

    @Override
    void output(final int step, final PacketRouter router, final EmulatorCounters c) {
        final int[] x = in.input;
        for (int j = 0; j < rows; j++) {
            long s = 0;
            final int base = j * cols;
            for (int k = 0; k < cols; k++) {
                s += (long) transform[base + k] * x[k];
            }
            router.send(chip, keys[j], InputStage.wrap(s >> FixedPoint.FRACTION_BITS, c));
        }
    }
}
