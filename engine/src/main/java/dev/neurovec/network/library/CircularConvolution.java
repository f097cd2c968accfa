package dev.neurovec.network.library;

import dev.neurovec.network.Network;
import dev.neurovec.network.Node;

/**
 * Nengo's {@code nengo.networks.CircularConvolution}: {@code out = a (*) b}, the circular convolution
 * {@code out_n = sum_m a_m b_{(n - m) mod D}} used to bind vectors in semantic pointer architectures.
 *
 * <p>Structure, as Nengo's: passthrough nodes {@code input_a} and {@code input_b} project through
 * fixed DFT matrices ({@link FourierTransforms}) into a {@link Product} of {@code 4 (D/2 + 1)}
 * dimensions, whose output projects through the inverse DFT into the passthrough node
 * {@code output}; none of these connections has a synapse. With {@code neuronsPerProduct} neurons per
 * product the network has {@code 4 (D/2 + 1) * neuronsPerProduct} neurons (for even
 * {@code neuronsPerProduct}).
 *
 * <p>Where the reference is silent: the product's input magnitude is twice this network's, as in
 * Nengo 3, because a Fourier coefficient of a unit vector can exceed one (it is a sum of D terms).
 *
 * <pre>{@code
 * CircularConvolution cc = CircularConvolution.add(net, "bind", 200, 16);
 * net.connect(a, cc.inputA());
 * net.connect(b, cc.inputB());
 * }</pre>
 */
public final class CircularConvolution {
    /**
     * Options beyond the sizes, with Nengo's defaults in {@link #defaults()}.
     *
     * @param invertA        convolve with the involution of {@code a} ({@code a_{-n mod D}}, its approximate inverse)
     * @param invertB        convolve with the involution of {@code b}
     * @param inputMagnitude the expected magnitude of the input vectors, finite and &gt; 0
     */
    public record Options(boolean invertA, boolean invertB, double inputMagnitude) {
        /** @return no inversion, input magnitude 1 */
        public static Options defaults() {
            return new Options(false, false, 1.0);
        }

        /**
         * @param v whether to invert {@code a}
         * @return a copy with that setting
         */
        public Options withInvertA(final boolean v) {
            return new Options(v, invertB, inputMagnitude);
        }

        /**
         * @param v whether to invert {@code b}
         * @return a copy with that setting
         */
        public Options withInvertB(final boolean v) {
            return new Options(invertA, v, inputMagnitude);
        }

        /**
         * @param v expected input magnitude
         * @return a copy with that magnitude
         */
        public Options withInputMagnitude(final double v) {
            return new Options(invertA, invertB, v);
        }
    }

    private final Network network;
    private final Node inputA;
    private final Node inputB;
    private final Node output;
    private final Product product;
    private final int dimensions;

    private CircularConvolution(final Network network, final int neuronsPerProduct, final int dimensions,
                                final Options options) {
        this.network = network;
        this.dimensions = dimensions;
        this.inputA = network.passthrough(dimensions).label("input_a");
        this.inputB = network.passthrough(dimensions).label("input_b");
        this.product = Product.add(network, "product", neuronsPerProduct,
            FourierTransforms.productDimensions(dimensions), 2 * options.inputMagnitude());
        this.output = network.passthrough(dimensions).label("output");
        network.connect(inputA, product.inputA())
            .transform(FourierTransforms.inputA(dimensions, options.invertA())).synapse(null);
        network.connect(inputB, product.inputB())
            .transform(FourierTransforms.inputB(dimensions, options.invertB())).synapse(null);
        network.connect(product.output(), output).transform(FourierTransforms.output(dimensions)).synapse(null);
    }

    /**
     * Adds a circular convolution with Nengo's default options.
     *
     * @param parent            the network to add it to
     * @param label             the sub-network label (may be null)
     * @param neuronsPerProduct neurons per element-wise product, &gt;= 1
     * @param dimensions        D, the length of the vectors, &gt;= 1
     * @return the network
     */
    public static CircularConvolution add(final Network parent, final String label, final int neuronsPerProduct,
                                          final int dimensions) {
        return add(parent, label, neuronsPerProduct, dimensions, Options.defaults());
    }

    /**
     * Adds a circular convolution.
     *
     * @param parent            the network to add it to
     * @param label             the sub-network label (may be null)
     * @param neuronsPerProduct neurons per element-wise product, &gt;= 1
     * @param dimensions        D, the length of the vectors, &gt;= 1
     * @param options           inversion and input magnitude
     * @return the network
     */
    public static CircularConvolution add(final Network parent, final String label, final int neuronsPerProduct,
                                          final int dimensions, final Options options) {
        final String who = Checks.name("CircularConvolution", label);
        Checks.parent(who, parent);
        Checks.atLeast(who, "neuronsPerProduct", neuronsPerProduct, 1);
        Checks.atLeast(who, "dimensions", dimensions, 1);
        if (options == null) {
            throw dev.neurovec.errors.ValidationError.of(who, "options", null, "options (Options.defaults())");
        }
        Checks.positiveFinite(who, "inputMagnitude", options.inputMagnitude());
        return new CircularConvolution(parent.network(label), neuronsPerProduct, dimensions, options);
    }

    /** @return the sub-network */
    public Network network() {
        return network;
    }

    /** @return the first operand's passthrough node */
    public Node inputA() {
        return inputA;
    }

    /** @return the second operand's passthrough node */
    public Node inputB() {
        return inputB;
    }

    /** @return the result's passthrough node */
    public Node output() {
        return output;
    }

    /** @return the product network computing the spectra's products */
    public Product product() {
        return product;
    }

    /** @return D */
    public int dimensions() {
        return dimensions;
    }

    /** @return total neurons */
    public int nNeurons() {
        return product.nNeurons();
    }
}
