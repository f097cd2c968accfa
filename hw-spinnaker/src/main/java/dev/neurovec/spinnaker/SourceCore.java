package dev.neurovec.spinnaker;

/** A value-source core: sends frame {@code t} (modulo the frame count when periodic) each step. */
final class SourceCore extends CoreProgram {
    private final int size;
    private final int frames;
    private final boolean periodic;
    private final int[] values;
    private final int[] keys;

    SourceCore(final int vertex, final int chip, final int core, final ImageDecoder.SourceBlock b) {
        super(vertex, chip, core);
        this.size = b.sizeOut();
        this.frames = b.frames();
        this.periodic = b.periodic();
        this.values = b.values();
        this.keys = b.keys();
    }

    @Override
    void input(final int step, final EmulatorCounters c) {
    }

    @Override
    void output(final int step, final PacketRouter router, final EmulatorCounters c) {
        final int frame = periodic ? step % frames : step;
        if (frame >= frames) {
            return;
        }
        final int base = frame * size;
        for (int j = 0; j < size; j++) {
            router.send(chip, keys[j], values[base + j]);
        }
    }
}
