package dev.neurovec.examples.tutorial;

import dev.neurovec.build.Signal;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;

/**
 * The tutorial's "Inserting TensorFlow code" cells: a tensor node computing {@code t + x} of a constant
 * input {@code [0.5, -0.1]}, run for 10 steps with {@code predict}, and a tensor node with a trainable
 * weight ({@link MyLayer}).
 */
public final class TensorNodeIo {
    /** The constant input of the first cell. */
    public static final double[] INPUT = {0.5, -0.1};
    /** Steps the first cell runs. */
    public static final int STEPS = 10;

    private TensorNodeIo() {
    }

    /**
     * What the {@code t + x} cell produces.
     *
     * @param t      the time each forward call was given (s, float32), one per step
     * @param x      the input each call was given, steps x 2
     * @param output the probe's data from {@code predict}, steps x 2
     * @param calls  forward calls (one per step)
     */
    public record Result(float[] t, float[][] x, float[][] output, int calls) {
    }

    /**
     * The custom-layer cell.
     *
     * @param name      the parameter's name
     * @param shape     its shape
     * @param value     its initial value
     * @param signal    the signal the simulator holds it in
     * @param trainable whether training updates it
     */
    public record LayerParameter(String name, int[] shape, float value, String signal, boolean trainable) {
    }

    /**
     * Builds {@code a = Node([0.5, -0.1]) -> TensorNode(t + x) -> Probe} and runs {@code predict(10)}.
     *
     * @param options simulator settings
     * @return what the layer saw and what the probe recorded
     */
    public static Result run(final SimulatorOptions options) {
        final Network net = new Network("tensor-node-io");
        final Node a = net.node(INPUT).label("a");
        final AddTimeLayer layer = new AddTimeLayer(INPUT.length, STEPS);
        final Node b = net.tensorNode(INPUT.length, INPUT.length, layer).label("b");
        net.connect(a, b).synapse(null);
        final Probe p = net.probe(b).label("p");
        try (Simulator sim = new Simulator(net, options)) {
            final Tensor out = sim.predict(STEPS).get(p);
            final int recorded = layer.recorded();
            final float[] t = new float[recorded];
            final float[][] x = new float[recorded][];
            for (int k = 0; k < recorded; k++) {
                t[k] = layer.time(k);
                x[k] = layer.input(k);
            }
            final float[][] y = new float[out.dim(1)][out.dim(2)];
            for (int k = 0; k < y.length; k++) {
                for (int i = 0; i < y[k].length; i++) {
                    y[k][i] = out.get(0, k, i);
                }
            }
            return new Result(t, x, y, layer.calls());
        }
    }

    /**
     * Builds {@code TensorNode(MyLayer(), shape_in=(1,), pass_time=False)} and reads its parameter back
     * from a simulator.
     *
     * @param options simulator settings
     * @param seed    seed of the layer's initial weight
     * @return the layer's one parameter
     */
    public static LayerParameter myLayer(final SimulatorOptions options, final long seed) {
        final Network net = new Network("my-layer");
        final Node a = net.tensorNode(1, 1, new MyLayer(seed)).label("a");
        try (Simulator sim = new Simulator(net, options)) {
            final Signal w = sim.model().sig(a).get(MyLayer.WEIGHT);
            return new LayerParameter(MyLayer.WEIGHT, new int[] {1, 1}, (float) sim.read(w, 0)[0], w.name(),
                sim.trainableSignals().contains(w.base()));
        }
    }
}
