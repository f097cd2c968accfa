package dev.neurovec.network;

import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RegularSpiking;

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
    /** Probe attribute of a rates-to-spikes type: the base type's rate, before it is turned into spikes. */
    public static final String RATE_OUT = "rate_out";

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

    /**
     * Nengo's order: the neuron type's probeable attributes ({@code output}, then {@code rate_out} for
     * a rates-to-spikes type, then the state names, the base type's last), then {@code input}.
     */
    @Override
    public List<String> probeable() {
        final NeuronType type = ensemble.neuronType();
        final List<String> attrs = new ArrayList<>();
        attrs.add(OUTPUT);
        if (type instanceof RegularSpiking rs) {
            attrs.add(RATE_OUT);
            attrs.addAll(rs.stateNames());
            attrs.addAll(rs.base().stateNames());
        } else {
            attrs.addAll(type.stateNames());
        }
        attrs.add(INPUT);
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
