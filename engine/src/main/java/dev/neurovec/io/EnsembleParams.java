package dev.neurovec.io;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.NengoObject;

/**
 * An ensemble's arguments: {@code encoders = scaled encoders * radius / gain} (so the build, which
 * scales them back, reproduces the trained scaled encoders), {@code normalizeEncoders = false}, and
 * the gains and biases (with both set, max rates and intercepts follow from them).
 *
 * @param encoders n_neurons x dimensions
 * @param gain     one per neuron
 * @param bias     one per neuron
 */
public record EnsembleParams(double[][] encoders, double[] gain, double[] bias) implements NengoParams {

    @Override
    public void applyTo(final NengoObject object) {
        ((Ensemble) object).encoders(encoders).normalizeEncoders(false).gain(gain).bias(bias);
    }
}
