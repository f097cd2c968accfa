package dev.neurovec.spinnaker;

/**
 * A LIF ensemble (nengo_spinnaker's {@code EnsembleLIF}): scaled encoders, gains and biases (with the input of
 * constant nodes folded into the bias, §B2.1), neuron constants, and which neuron states are recorded.
 */
public final class EnsembleOperator extends DeviceOperator {
    private final int nNeurons;
    private final int dimensions;
    private final double tauRc;
    private final double tauRef;
    private final double amplitude;
    private final double radius;
    private final double[][] scaledEncoders;
    private final double[] gain;
    private final double[] bias;
    private final double[] directInput;
    private boolean recordSpikes;
    private boolean recordVoltage;

    EnsembleOperator(final int id, final String label, final double tauRc, final double tauRef, final double amplitude,
                     final double radius, final double[][] scaledEncoders, final double[] gain, final double[] bias) {
        super(id, label);
        this.nNeurons = gain.length;
        this.dimensions = scaledEncoders[0].length;
        this.tauRc = tauRc;
        this.tauRef = tauRef;
        this.amplitude = amplitude;
        this.radius = radius;
        this.scaledEncoders = scaledEncoders;
        this.gain = gain;
        this.bias = bias;
        this.directInput = new double[dimensions];
    }

    @Override
    public App app() {
        return App.ENSEMBLE;
    }

    @Override
    public int inputSize() {
        return dimensions;
    }

    /** @return number of neurons */
    public int nNeurons() {
        return nNeurons;
    }

    /** @return membrane time constant in seconds */
    public double tauRc() {
        return tauRc;
    }

    /** @return refractory period in seconds */
    public double tauRef() {
        return tauRef;
    }

    /** @return spike amplitude (decoders are scaled by it) */
    public double amplitude() {
        return amplitude;
    }

    /** @return the ensemble radius */
    public double radius() {
        return radius;
    }

    /** @return encoders × gain / radius (neurons × dimensions); not a copy */
    public double[][] scaledEncoders() {
        return scaledEncoders;
    }

    /** @return the gains; not a copy */
    public double[] gain() {
        return gain;
    }

    /** @return the biases from the build, before constant inputs are folded in; not a copy */
    public double[] bias() {
        return bias;
    }

    /** @return the constant input folded into the bias, per dimension; not a copy */
    public double[] directInput() {
        return directInput;
    }

    /** @return {@code bias + scaledEncoders · directInput} per neuron, as written to SDRAM */
    public double[] effectiveBias() {
        final double[] b = bias.clone();
        for (int i = 0; i < nNeurons; i++) {
            for (int d = 0; d < dimensions; d++) {
                b[i] += scaledEncoders[i][d] * directInput[d];
            }
        }
        return b;
    }

    void addDirectInput(final double[] v) {
        for (int d = 0; d < dimensions; d++) {
            directInput[d] += v[d];
        }
    }

    /** @return whether spikes are recorded */
    public boolean recordSpikes() {
        return recordSpikes;
    }

    /** @return whether voltages are recorded */
    public boolean recordVoltage() {
        return recordVoltage;
    }

    void recordSpikes(final boolean on) {
        recordSpikes |= on;
    }

    void recordVoltage(final boolean on) {
        recordVoltage |= on;
    }

    /**
     * @param outputRow an output row
     * @return its decoders over all neurons in float, {@code amplitude · d / dt} applied by the image writer
     */
    public double[] decoderRow(final int outputRow) {
        return rowSignal(outputRow).transform()[rowIndex(outputRow)];
    }
}
