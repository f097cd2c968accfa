package dev.neurovec.loihi;

import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;

/**
 * Steady-state firing rates of neurons as the chip produces them (hardware.md §A5, nengo-loihi's
 * {@code loihi_rates}): a spike can only happen on a step, so the inter-spike interval is rounded up to whole
 * steps, {@code rate = 1 / (dt ceil(period / dt))}; for LIF the membrane time constant is the one the 12-bit
 * decay register represents and the refractory period a whole number of steps. Decoders solved on these
 * curves absorb the aliasing.
 */
public final class LoihiRates {
    private LoihiRates() {
    }

    /**
     * @param type neuron type (Lif or SpikingRectifiedLinear)
     * @param j    input current
     * @param dt   time step in seconds
     * @return the chip's firing rate in Hz (before amplitude)
     */
    public static double rate(final NeuronType type, final double j, final double dt) {
        if (type instanceof Lif lif) {
            return lifRate(lif.tauRc(), lif.tauRef(), j, dt);
        }
        if (type instanceof SpikingRectifiedLinear) {
            return reluRate(j, dt);
        }
        throw unsupported(type);
    }

    /**
     * @param tauRc  membrane time constant in seconds
     * @param tauRef refractory period in seconds
     * @param j      input current (threshold 1)
     * @param dt     time step in seconds
     * @return the aliased LIF rate in Hz
     */
    static double lifRate(final double tauRc, final double tauRef, final double j, final double dt) {
        if (!(j > 1)) {
            return 0.0;
        }
        final double decay = Math.rint(-StrictMath.expm1(-dt / tauRc) * 4095) / 4095;
        final double tauRcChip = -dt / StrictMath.log1p(-decay);
        final double tauRefChip = dt * Math.rint(tauRef / dt);
        final double period = tauRefChip + tauRcChip * StrictMath.log1p(1 / (j - 1));
        return 1 / (dt * Math.ceil(period / dt));
    }

    /**
     * @param j  input current in Hz (threshold 1/dt per step)
     * @param dt time step in seconds
     * @return the aliased integrate-and-fire rate in Hz
     */
    static double reluRate(final double j, final double dt) {
        if (!(j > 0)) {
            return 0.0;
        }
        return 1 / (dt * Math.ceil(1 / (j * dt)));
    }

    static UnsupportedOperationException unsupported(final NeuronType type) {
        return new UnsupportedOperationException("neuron type " + type + " cannot run on Loihi here: the Loihi"
            + " back-end supports Lif and SpikingRectifiedLinear ensembles on chip (rate and other types are"
            + " not implemented)");
    }
}
