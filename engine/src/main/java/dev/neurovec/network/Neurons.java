package dev.neurovec.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The neurons of an ensemble, as Nengo's {@code ens.neurons}: connections to it feed neuron currents
 * directly (scaled by the neuron gains), connections from it carry neuron outputs (spikes or rates).
 */
public final class Neurons implements Connectable, Probeable {
    /** Probe attribute: neuron output (spikes of height amplitude/dt, or rates). */
    public static final String OUTPUT = "output";
    /** Probe attribute: input current. */
    public static final String INPUT = "input";

    private final Ensemble ensemble;

    Neurons(final Ensemble ensemble) {
        this.ensemble = ensemble;
    }

    /** @return the ensemble these neurons belong to */
    public Ensemble ensemble() {
        return ensemble;
    }

    /** Direct ensembles have no neurons to connect to, as in Nengo. */
    @Override
    public int sizeIn() {
        return ensemble.isDirect() ? 0 : ensemble.nNeurons();
    }

    @Override
    public int sizeOut() {
        return ensemble.isDirect() ? 0 : ensemble.nNeurons();
    }

    @Override
    public List<String> probeable() {
        final List<String> attrs = new ArrayList<>();
        attrs.add(OUTPUT);
        attrs.add(INPUT);
        attrs.addAll(ensemble.neuronType().stateNames());
        return attrs;
    }

    /**
     * @param from first neuron, inclusive
     * @param to   last neuron, exclusive
     * @return a view of neurons [from, to)
     */
    public Slice slice(final int from, final int to) {
        return Slice.range(this, from, to);
    }

    /**
     * @param indices neurons to select
     * @return a view of those neurons
     */
    public Slice select(final int... indices) {
        return Slice.of(this, indices);
    }

    @Override
    public String describe() {
        return "Neurons of " + ensemble.describe();
    }

    @Override
    public String toString() {
        return describe();
    }
}
