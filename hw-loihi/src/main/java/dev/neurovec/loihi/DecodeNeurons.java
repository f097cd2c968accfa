package dev.neurovec.loihi;

/**
 * The spiking neurons that carry a decoded value across the chip (hardware.md §A4.5 "Decode-neuron classes"):
 * {@code pairs} on/off pairs of non-leaky integrate-and-fire compartments per dimension; an on neuron gets
 * {@code gain x + bias}, its off twin {@code -gain x + bias}; the post side adds {@code +scale} per on spike and
 * {@code -scale} per off spike to the decoded value.
 *
 * @param name  preset name
 * @param gain  gain per pair (Hz per unit)
 * @param bias  bias per pair (Hz)
 * @param scale decoded value per spike and step
 */
public record DecodeNeurons(String name, double[] gain, double[] bias, double scale) {

    /** @return pairs per dimension */
    public int pairs() {
        return gain.length;
    }

    /**
     * nengo-loihi's default {@code Preset10DecodeNeurons}: 10 pairs with intercepts linspace(-1.171, 0.484) and
     * max rates linspace(171.186, 74.620) Hz; {@code scale = 1.02 / (dt sum(rates at 1))}.
     *
     * @param dt time step in seconds
     * @return the preset
     */
    public static DecodeNeurons preset10(final double dt) {
        final int n = 10;
        final double[] gain = new double[n];
        final double[] bias = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            final double maxRate = 171.186 + (74.620 - 171.186) * i / (n - 1);
            final double intercept = -1.171 + (0.484 - -1.171) * i / (n - 1);
            gain[i] = maxRate / (1 - intercept);
            bias[i] = -intercept * gain[i];
            sum += LoihiRates.reluRate(gain[i] + bias[i], dt);
        }
        return new DecodeNeurons("Preset10", gain, bias, 1.02 / (dt * sum));
    }

    /**
     * nengo-loihi's {@code OnOffDecodeNeurons(pairs)}: gain = bias = rate / 2 with rate = 1 / (dt pairs), so
     * the pairs together fire one spike per step at |x| = 1; scale = 1 / (dt rate pairs).
     *
     * @param pairs pairs per dimension
     * @param dt    time step in seconds
     * @return the preset
     */
    public static DecodeNeurons onOff(final int pairs, final double dt) {
        final double rate = 1 / (dt * pairs);
        final double[] gain = new double[pairs];
        final double[] bias = new double[pairs];
        java.util.Arrays.fill(gain, 0.5 * rate);
        java.util.Arrays.fill(bias, 0.5 * rate);
        return new DecodeNeurons("OnOff" + pairs, gain, bias, 1 / (dt * rate * pairs));
    }
}
