package dev.neurovec.network.library;

import dev.neurovec.network.Network;
import dev.neurovec.network.Node;

/**
 * Nengo's {@code nengo.networks.Product}: the element-wise product {@code out[i] = a[i] * b[i]} of two
 * vectors of {@code dimensions} elements.
 *
 * <p>The layout is the one Nengo has used since 2.1 (nengo/nengo#651), which the peer figures of
 * {@code targets.md} were measured with and which nengo-semantics.md §6.1 counts ("2 x 260 ensembles x
 * 32 neurons" for NengoDL's {@code cconv(128, 64)}): two {@link EnsembleArray}s of 1-D ensembles of
 * {@code max(1, neuronsPerProduct / 2)} neurons, radius {@code inputMagnitude * sqrt(2)}. The first
 * represents {@code (a + b) / sqrt(2)}, the second {@code (a - b) / sqrt(2)}; each decodes the square,
 * and the output is half the first square minus half the second, which is {@code a * b}. This is
 * the older "2-D ensemble with diagonal encoders" trick rewritten as a difference of squares: the
 * same pairs of directions, but each square decoded on its own 1-D ensemble, which Nengo measured as
 * 8% more accurate. Every connection inside has no synapse.
 *
 * <pre>{@code
 * Product p = Product.add(net, "product", 200, 4);
 * net.connect(a, p.inputA());
 * net.connect(b, p.inputB());
 * }</pre>
 */
public final class Product {
    private static final double SQRT_HALF = Math.sqrt(0.5);

    private final Network network;
    private final Node inputA;
    private final Node inputB;
    private final Node output;
    private final EnsembleArray sumSquare;
    private final EnsembleArray differenceSquare;

    private Product(final Network network, final int neuronsPerProduct, final int dimensions,
                    final double inputMagnitude) {
        this.network = network;
        this.inputA = network.passthrough(dimensions).label("input_a");
        this.inputB = network.passthrough(dimensions).label("input_b");
        this.output = network.passthrough(dimensions).label("output");
        final int half = Math.max(1, neuronsPerProduct / 2);
        final double radius = inputMagnitude * Math.sqrt(2);
        this.sumSquare = EnsembleArray.add(network, "sq1", half, dimensions, 1, radius);
        this.differenceSquare = EnsembleArray.add(network, "sq2", half, dimensions, 1, radius);
        network.connect(inputA, sumSquare.input()).transform(SQRT_HALF).synapse(null);
        network.connect(inputB, sumSquare.input()).transform(SQRT_HALF).synapse(null);
        network.connect(inputA, differenceSquare.input()).transform(SQRT_HALF).synapse(null);
        network.connect(inputB, differenceSquare.input()).transform(-SQRT_HALF).synapse(null);
        final Node sq1 = sumSquare.addOutput("square", x -> x * x);
        final Node sq2 = differenceSquare.addOutput("square", x -> x * x);
        network.connect(sq1, output).transform(0.5).synapse(null);
        network.connect(sq2, output).transform(-0.5).synapse(null);
    }

    /**
     * Adds a product network for inputs of magnitude up to 1.
     *
     * @param parent            the network to add it to
     * @param label             the sub-network label (may be null)
     * @param neuronsPerProduct neurons per computed product (split between the two squares), &gt;= 1
     * @param dimensions        number of element-wise products, &gt;= 1
     * @return the network
     */
    public static Product add(final Network parent, final String label, final int neuronsPerProduct,
                              final int dimensions) {
        return add(parent, label, neuronsPerProduct, dimensions, 1.0);
    }

    /**
     * Adds a product network.
     *
     * @param parent            the network to add it to
     * @param label             the sub-network label (may be null)
     * @param neuronsPerProduct neurons per computed product (split between the two squares), &gt;= 1
     * @param dimensions        number of element-wise products, &gt;= 1
     * @param inputMagnitude    the largest magnitude expected of each input element, finite and &gt; 0
     * @return the network
     */
    public static Product add(final Network parent, final String label, final int neuronsPerProduct,
                              final int dimensions, final double inputMagnitude) {
        final String who = Checks.name("Product", label);
        Checks.parent(who, parent);
        Checks.atLeast(who, "neuronsPerProduct", neuronsPerProduct, 1);
        Checks.atLeast(who, "dimensions", dimensions, 1);
        Checks.positiveFinite(who, "inputMagnitude", inputMagnitude);
        return new Product(parent.network(label), neuronsPerProduct, dimensions, inputMagnitude);
    }

    /** @return the sub-network */
    public Network network() {
        return network;
    }

    /** @return the first factor's passthrough node */
    public Node inputA() {
        return inputA;
    }

    /** @return the second factor's passthrough node */
    public Node inputB() {
        return inputB;
    }

    /** @return the products' passthrough node */
    public Node output() {
        return output;
    }

    /** @return the array representing {@code (a + b) / sqrt(2)} (Nengo's {@code sq1}) */
    public EnsembleArray sumSquare() {
        return sumSquare;
    }

    /** @return the array representing {@code (a - b) / sqrt(2)} (Nengo's {@code sq2}) */
    public EnsembleArray differenceSquare() {
        return differenceSquare;
    }

    /** @return number of products */
    public int dimensions() {
        return output.sizeOut();
    }

    /** @return total neurons of both arrays */
    public int nNeurons() {
        return sumSquare.nNeurons() + differenceSquare.nNeurons();
    }
}
