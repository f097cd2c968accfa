package dev.neurovec.network.library;

import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connectable;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;

/**
 * A vector integrator built as NengoDL's {@code integrator} benchmark builds it: an
 * {@link EnsembleArray} of 1-D ensembles whose output feeds back into its input through a
 * {@code Lowpass(recurrentTau)} synapse. With the input scaled by {@code recurrentTau} (what
 * {@link #connectInput} does) the represented value {@code x} follows {@code dx/dt = u}: the feedback
 * holds {@code x}, the scaled input adds to it.
 *
 * <p>This differs from Nengo's own {@code nengo.networks.Integrator}, which is one multi-dimensional
 * ensemble with its input filtered by the recurrent time constant: the array form is the one the
 * benchmarks use (nengo-semantics.md §6.1).
 *
 * <pre>{@code
 * Integrator integ = Integrator.add(net, "integ", 64, 16, 0.01);
 * integ.connectInput(stimulus);          // transform 0.01, the connection's default synapse
 * }</pre>
 */
public final class Integrator {
    private final EnsembleArray array;
    private final Connection recurrent;
    private final double recurrentTau;

    private Integrator(final EnsembleArray array, final double recurrentTau) {
        this.array = array;
        this.recurrentTau = recurrentTau;
        this.recurrent = array.network().connect(array.output(), array.input()).synapse(recurrentTau);
    }

    /**
     * Adds an integrator.
     *
     * @param parent              the network to add it to
     * @param label               the sub-network label (may be null)
     * @param neuronsPerDimension neurons of each 1-D ensemble, &gt;= 1
     * @param dimensions          integrated dimensions, &gt;= 1
     * @param recurrentTau        time constant of the feedback Lowpass in seconds, finite and &gt; 0
     * @return the integrator
     */
    public static Integrator add(final Network parent, final String label, final int neuronsPerDimension,
                                 final int dimensions, final double recurrentTau) {
        final String who = Checks.name("Integrator", label);
        Checks.parent(who, parent);
        Checks.atLeast(who, "neuronsPerDimension", neuronsPerDimension, 1);
        Checks.atLeast(who, "dimensions", dimensions, 1);
        Checks.positiveFinite(who, "recurrentTau", recurrentTau);
        return new Integrator(EnsembleArray.add(parent, label, neuronsPerDimension, dimensions), recurrentTau);
    }

    /**
     * Connects a source to integrate: a connection into {@link #input()} scaled by the recurrent time
     * constant, with the connection's default synapse (NengoDL's benchmark keeps the 5 ms default;
     * change it on the returned connection).
     *
     * @param source a source of {@link #dimensions()} values
     * @return the connection
     */
    public Connection connectInput(final Connectable source) {
        if (source == null || source.sizeOut() != dimensions()) {
            throw ValidationError.of("Integrator '" + array.network().path() + "'", "source",
                source == null ? null : source.describe() + " (size " + source.sizeOut() + ")",
                "a source of " + dimensions() + " values");
        }
        return array.network().connect(source, array.input()).transform(recurrentTau);
    }

    /** @return the ensemble array holding the value */
    public EnsembleArray array() {
        return array;
    }

    /** @return the feedback connection, output to input */
    public Connection recurrent() {
        return recurrent;
    }

    /** @return the array's input node (unscaled: prefer {@link #connectInput}) */
    public Node input() {
        return array.input();
    }

    /** @return the integrated value */
    public Node output() {
        return array.output();
    }

    /** @return the feedback time constant in seconds */
    public double recurrentTau() {
        return recurrentTau;
    }

    /** @return integrated dimensions */
    public int dimensions() {
        return array.dimensions();
    }

    /** @return total neurons */
    public int nNeurons() {
        return array.nNeurons();
    }
}
