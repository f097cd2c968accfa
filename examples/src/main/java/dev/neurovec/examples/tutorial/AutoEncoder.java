package dev.neurovec.examples.tutorial;

import dev.neurovec.io.Mnist;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.network.dists.Dists;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.train.Callback;
import dev.neurovec.train.FitOptions;
import dev.neurovec.train.History;
import dev.neurovec.train.Losses;
import dev.neurovec.train.RmsProp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The tutorial's "Deep learning parameter optimization" cell: a 784 → 64 → 784 ReLU auto-encoder of
 * MNIST digits (Glorot transforms, gains 1, biases 0, no synapses, raw 0–255 pixels), trained with
 * RMSprop(1e-3) on mean squared error, minibatch 50, for 2 epochs.
 */
public final class AutoEncoder {
    /** The tutorial's minibatch. */
    public static final int MINIBATCH = 50;

    private AutoEncoder() {
    }

    /**
     * The network of the cell.
     *
     * @param network the network
     * @param input   the 784-pixel input node
     * @param output  the probe on the output neurons
     */
    public record Parts(Network network, Node input, Probe output) {
    }

    /**
     * @param seed network seed (initial weights)
     * @return the auto-encoder
     */
    public static Parts build(final long seed) {
        final Network net = new Network("autoencoder").seed(seed);
        final Node a = net.node(new double[784]).label("input");
        final Ensemble b = net.ensemble("hidden", 64, 1).neuronType(new RectifiedLinear())
            .gain(Dists.choice(1)).bias(Dists.choice(0));
        final Ensemble c = net.ensemble("output", 784, 1).neuronType(new RectifiedLinear())
            .gain(Dists.choice(1)).bias(Dists.choice(0));
        net.connect(a, b.neurons()).transform(Dists.glorot()).synapse(null);
        net.connect(b.neurons(), c.neurons()).transform(Dists.glorot()).synapse(null);
        final Probe p = net.probe(c.neurons()).label("probe");
        return new Parts(net, a, p);
    }

    /**
     * What a training run produced.
     *
     * @param seed             network seed
     * @param testMse          mean squared error on the test images after training
     * @param secondsPerEpoch  wall seconds per epoch of {@code fit}
     * @param samplesPerSecond training examples per second
     * @param evaluateSeconds  wall seconds of the test-set {@code evaluate}
     * @param trainRows        training examples used (whole minibatches only)
     * @param history          per-epoch logs
     */
    public record Result(long seed, double testMse, double secondsPerEpoch, double samplesPerSecond,
                         double evaluateSeconds, int trainRows, History history) {
    }

    /**
     * Trains and evaluates one seed.
     *
     * @param seed       network seed
     * @param data       MNIST folder
     * @param epochs     epochs (the tutorial runs 2), at least 1
     * @param trainRows  training examples used (60,000 for the full run), 1 to 60,000; a last partial
     *                   minibatch is dropped
     * @param callbacks  called during {@code fit} (progress output, loss logs); may be empty
     * @param trained    given the trained simulator and the network before the simulator closes (to save,
     *                   predict, plot), or null
     * @return the result
     */
    public static Result run(final long seed, final Path data, final int epochs, final int trainRows,
                             final List<Callback> callbacks, final BiConsumer<Simulator, Parts> trained) {
        final Mnist.Split train = Mnist.train(data);
        final Mnist.Split test = Mnist.test(data);
        final Tensor x = train.images().rows(0, Math.min(trainRows, train.images().dim(0)));
        final Parts parts = build(seed);
        try (Simulator sim = new Simulator(parts.network(), SimulatorOptions.defaults().withMinibatchSize(MINIBATCH))) {
            sim.compile(new RmsProp(1e-3f), Losses.mse());
            final FitOptions opts = FitOptions.epochs(epochs).withSeed(seed)
                .withCallbacks(callbacks.toArray(new Callback[0]));
            final long t0 = System.nanoTime();
            final History h = sim.fit(Map.of(parts.input(), x), Map.of(parts.output(), x), opts);
            final double seconds = (System.nanoTime() - t0) / 1e9;
            final long t1 = System.nanoTime();
            final double mse = sim.evaluate(Map.of(parts.input(), test.images()), Map.of(parts.output(), test.images()))
                .get("loss");
            final double evalSeconds = (System.nanoTime() - t1) / 1e9;
            if (trained != null) {
                trained.accept(sim, parts);
            }
            final int used = x.dim(0) / MINIBATCH * MINIBATCH;
            return new Result(seed, mse, seconds / epochs, used * (double) epochs / seconds, evalSeconds, used, h);
        }
    }
}
