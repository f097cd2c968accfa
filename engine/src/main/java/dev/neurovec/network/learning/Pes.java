package dev.neurovec.network.learning;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.network.synapses.Synapse;

import java.util.List;
import java.util.Objects;

/**
 * Prescribed Error Sensitivity, as Nengo's {@code PES}: decoders change each step by
 * {@code -(learningRate * dt / nPre) * outer(error, filteredPreActivity)}; the change takes effect the
 * next step (§1.12).
 */
public final class Pes extends LearningRuleType {
    private final double learningRate;
    private final Synapse preSynapse;

    /** PES with Nengo's defaults: learning rate 1e-4, pre synapse Lowpass(0.005). */
    public Pes() {
        this(1e-4, new Lowpass(0.005));
    }

    /**
     * @param learningRate learning rate, &gt;= 0
     * @param preSynapse   filter on the pre activities, or null
     */
    public Pes(final double learningRate, final Synapse preSynapse) {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new ValidationError("Pes: learningRate = " + learningRate + "; expected finite >= 0");
        }
        this.learningRate = learningRate;
        this.preSynapse = preSynapse;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    /** @return the filter applied to pre activities, or null */
    public Synapse preSynapse() {
        return preSynapse;
    }

    @Override
    public int sizeIn(final int connectionSizeOut) {
        return connectionSizeOut;
    }

    @Override
    public List<String> probeable() {
        return List.of("error", "activities", "delta");
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Pes p && p.learningRate == learningRate && Objects.equals(p.preSynapse, preSynapse);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Pes.class, learningRate, preSynapse);
    }

    @Override
    public String toString() {
        return "Pes(learningRate=" + learningRate + ", preSynapse=" + preSynapse + ")";
    }
}
