package dev.neurovec.spinnaker;

/** A value-sink core: records its filtered input (s16.15) every step. */
final class SinkCore extends CoreProgram {
    private final InputStage in;
    private final int width;
    /** steps × width raw words. */
    final int[] recording;

    SinkCore(final int vertex, final int chip, final int core, final ImageDecoder.SinkBlock b, final int steps) {
        super(vertex, chip, core);
        this.in = new InputStage(b.input(), b.inputOffset(), b.inputSize());
        this.width = b.inputSize();
        this.recording = new int[steps * width];
    }

    @Override
    void input(final int step, final EmulatorCounters c) {
        drain(in, c);
        in.step(c);
        System.arraycopy(in.input, 0, recording, step * width, width);
    }

    @Override
    void output(final int step, final PacketRouter router, final EmulatorCounters c) {
    }
}
