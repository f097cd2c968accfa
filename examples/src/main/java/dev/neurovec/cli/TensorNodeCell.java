package dev.neurovec.cli;

import dev.neurovec.examples.output.Float32Text;
import dev.neurovec.examples.tutorial.TensorNodeIo;
import dev.neurovec.sim.SimulatorOptions;

import java.io.PrintStream;
import java.util.Locale;

/** Cell [3] of the demo: the tutorial's "Inserting TensorFlow code", printed as the tutorial prints it. */
final class TensorNodeCell {
    /** The seed of MyLayer's initial weight. */
    static final long MY_LAYER_SEED = 0;

    private TensorNodeCell() {
    }

    /**
     * @param o       where to print
     * @param options simulator settings
     * @return the {@code t + x} cell's data
     */
    static TensorNodeIo.Result run(final PrintStream o, final SimulatorOptions options) {
        o.println("[3] Inserting TensorFlow code: a TensorNode computing t + x of Node([0.5, -0.1]),"
            + " predict(10 steps)");
        final TensorNodeIo.Result r = TensorNodeIo.run(options);
        o.println("TensorNode input:");
        for (int k = 0; k < r.t().length; k++) {
            o.println("t: " + Float32Text.of(r.t()[k]));
            o.println("x: " + Float32Text.of(new float[][] {r.x()[k]}));
        }
        o.println("TensorNode output:");
        o.println(Float32Text.batchOfOne(r.output()));
        o.printf(Locale.ROOT, "    %d forward calls; time is float32, float(step) * float(dt), so step 5 is %s;"
            + " output equals that time + x at every step: %s%n", r.calls(), Float32Text.of(5 * (float) options.dt()),
            matches(r, options.dt()) ? "yes" : "NO");
        final TensorNodeIo.LayerParameter p = TensorNodeIo.myLayer(options, MY_LAYER_SEED);
        o.println("    MyLayer: TensorNode(MyLayer(), shape_in=(1,), pass_time=False), out = x * w");
        o.printf(Locale.ROOT, "    parameter %s: shape %s, initial value %s (Glorot uniform, seed %d), trainable: %s,"
                + " simulator signal '%s'%n", p.name(), "(" + p.shape()[0] + ", " + p.shape()[1] + ")",
            Float32Text.of(p.value()),
            MY_LAYER_SEED, p.trainable() ? "yes" : "no", p.signal());
        return r;
    }

    /**
     * @param r  the cell's data
     * @param dt the time step
     * @return whether every output is {@code float(step) * float(dt) + x}, bit for bit, computed here
     *     from the step number rather than from the time the layer saw
     */
    static boolean matches(final TensorNodeIo.Result r, final double dt) {
        if (r.output().length != TensorNodeIo.STEPS) {
            return false;
        }
        for (int k = 0; k < r.output().length; k++) {
            final float t = (float) (k + 1) * (float) dt;
            for (int i = 0; i < TensorNodeIo.INPUT.length; i++) {
                final float expected = t + (float) TensorNodeIo.INPUT[i];
                if (Float.floatToRawIntBits(expected) != Float.floatToRawIntBits(r.output()[k][i])) {
                    return false;
                }
            }
        }
        return true;
    }
}
