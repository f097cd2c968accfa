package dev.neurovec.network;

import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.processes.Process;

/** Ensemble parameters a {@link Config} can set; null means "not set here". */
public final class EnsembleDefaults {
    NeuronType neuronType;
    Double radius;
    Distribution encoders;
    Distribution intercepts;
    Distribution maxRates;
    Distribution gain;
    Distribution bias;
    Distribution evalPoints;
    Integer nEvalPoints;
    Process noise;
    Boolean normalizeEncoders;

    EnsembleDefaults() {
    }

    /**
     * @param v default neuron type
     * @return this
     */
    public EnsembleDefaults neuronType(final NeuronType v) {
        neuronType = v;
        return this;
    }

    /**
     * @param v default radius
     * @return this
     */
    public EnsembleDefaults radius(final double v) {
        radius = v;
        return this;
    }

    /**
     * @param v default encoder distribution
     * @return this
     */
    public EnsembleDefaults encoders(final Distribution v) {
        encoders = v;
        return this;
    }

    /**
     * @param v default intercept distribution
     * @return this
     */
    public EnsembleDefaults intercepts(final Distribution v) {
        intercepts = v;
        return this;
    }

    /**
     * @param v default max-rate distribution (Hz)
     * @return this
     */
    public EnsembleDefaults maxRates(final Distribution v) {
        maxRates = v;
        return this;
    }

    /**
     * @param v default gain distribution
     * @return this
     */
    public EnsembleDefaults gain(final Distribution v) {
        gain = v;
        return this;
    }

    /**
     * @param v default bias distribution
     * @return this
     */
    public EnsembleDefaults bias(final Distribution v) {
        bias = v;
        return this;
    }

    /**
     * @param v default eval-point distribution
     * @return this
     */
    public EnsembleDefaults evalPoints(final Distribution v) {
        evalPoints = v;
        return this;
    }

    /**
     * @param v default number of eval points
     * @return this
     */
    public EnsembleDefaults nEvalPoints(final int v) {
        nEvalPoints = v;
        return this;
    }

    /**
     * @param v default noise process
     * @return this
     */
    public EnsembleDefaults noise(final Process v) {
        noise = v;
        return this;
    }

    /**
     * @param v whether encoders are normalized by default
     * @return this
     */
    public EnsembleDefaults normalizeEncoders(final boolean v) {
        normalizeEncoders = v;
        return this;
    }
}
