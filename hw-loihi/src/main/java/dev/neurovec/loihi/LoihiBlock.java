package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A group of compartments that will occupy one Loihi core after splitting (hardware.md §A1.1
 * {@code LoihiBlock}/{@code Compartment}): per-compartment float parameters, per-block scalars (which the
 * chip stores per core), the incoming synapses and the outgoing axons. {@link Discretizer} fills
 * {@link #discrete()}; {@link BlockSplitter} cuts a block into pieces that keep both views.
 */
public final class LoihiBlock {
    private final String label;
    private final int n;
    final double[] decayU;
    final double[] decayV;
    final int[] refractDelay;
    final double[] vth;
    final double[] bias;
    double vmin;
    double vmax = Double.POSITIVE_INFINITY;
    boolean scaleU = true;
    boolean scaleV;
    /** Synaptic time constant of the block's single U filter; NaN when unfiltered. */
    double tauS = Double.NaN;
    final List<LoihiSynapse> synapses = new ArrayList<>();
    final List<LoihiAxon> axons = new ArrayList<>();
    /** Label of the block this one was cut from (itself when unsplit). */
    String sourceLabel;
    /** Index of this block's first compartment in its source block. */
    int sourceOffset;
    DiscreteBlock discrete;

    /**
     * A block of {@code n} compartments with no filter (decayU 1), pure integration (decayV 0), refractory
     * delay 1, threshold 1 and zero bias.
     *
     * @param label its label (the ensemble path, or a derived name)
     * @param n     number of compartments, at least 1
     */
    public LoihiBlock(final String label, final int n) {
        if (n < 1) {
            throw new IllegalArgumentException("LoihiBlock '" + label + "': n = " + n + "; expected >= 1");
        }
        this.label = label;
        this.n = n;
        this.decayU = filled(n, 1.0);
        this.decayV = new double[n];
        this.refractDelay = new int[n];
        Arrays.fill(refractDelay, 1);
        this.vth = filled(n, 1.0);
        this.bias = new double[n];
        this.sourceLabel = label;
    }

    private static double[] filled(final int n, final double v) {
        final double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** @return the label */
    public String label() {
        return label;
    }

    /** @return number of compartments */
    public int n() {
        return n;
    }

    /** @return the incoming synapses, in the order their input axon ids are assigned */
    public List<LoihiSynapse> synapses() {
        return synapses;
    }

    /** @return the outgoing axon groups */
    public List<LoihiAxon> axons() {
        return axons;
    }

    /** @return the integer parameters, or null before discretization */
    public DiscreteBlock discrete() {
        return discrete;
    }

    /**
     * Configures leaky integrate-and-fire compartments ({@code configure_lif}).
     *
     * @param tauRc      membrane time constant in seconds
     * @param tauRef     refractory period in seconds
     * @param dt         time step in seconds
     * @param minVoltage lower voltage bound (in threshold units)
     */
    void configureLif(final double tauRc, final double tauRef, final double dt, final double minVoltage) {
        Arrays.fill(decayV, -StrictMath.expm1(-dt / tauRc));
        Arrays.fill(refractDelay, (int) Math.rint(tauRef / dt) + 1);
        Arrays.fill(vth, 1.0);
        vmin = minVoltage;
        vmax = Double.POSITIVE_INFINITY;
        scaleV = true;
    }

    /**
     * Configures non-leaky integrate-and-fire compartments ({@code configure_relu}).
     *
     * @param tauRef refractory period in seconds
     * @param vthF   threshold
     * @param dt     time step in seconds
     */
    void configureRelu(final double tauRef, final double vthF, final double dt) {
        Arrays.fill(decayV, 0.0);
        Arrays.fill(refractDelay, (int) Math.rint(tauRef / dt) + 1);
        Arrays.fill(vth, vthF);
        vmin = 0;
        vmax = Double.POSITIVE_INFINITY;
        scaleV = false;
    }

    /**
     * Sets the block's single synaptic filter ({@code configure_filter}); Loihi 1 has one U per compartment,
     * so a second, different time constant keeps the larger one.
     *
     * @param tau  lowpass time constant in seconds, or NaN for no filter
     * @param dt   time step in seconds
     * @param warn receives a warning when a different time constant was already set
     */
    void configureFilter(final double tau, final double dt, final java.util.function.Consumer<String> warn) {
        if (Double.isNaN(tau)) {
            return;
        }
        if (!Double.isNaN(tauS) && tauS != tau) {
            final double kept = Math.max(tauS, tau);
            warn.accept("block '" + label + "': synapse tau " + tau + " s conflicts with " + tauS
                + " s; Loihi has one current filter per compartment, keeping the larger (" + kept + " s)");
            if (kept == tauS) {
                return;
            }
        }
        tauS = tau;
        Arrays.fill(decayU, tau > 0 ? -StrictMath.expm1(-dt / tau) : 1.0);
        scaleU = true;
    }

    @Override
    public String toString() {
        return "LoihiBlock '" + label + "' (" + n + " compartments)";
    }
}
