package dev.neurovec.ops.scalar;

import dev.neurovec.ops.NeuronOps;

/**
 * Scalar twin of {@link NeuronOps}, written as Nengo's float32 step is (reference/nengo-semantics.md §1.7, §4.7):
 * float arithmetic throughout, with each transcendental function evaluated by {@code Math} in double and rounded
 * once to float, as numpy's float32 ufuncs round a correctly computed value.
 */
public final class ScalarNeuronOps implements NeuronOps {

    @Override
    public void lifStep(final float[] j, final int jOff, final float[] v, final int vOff, final float[] ref,
                        final int refOff, final float[] out, final int outOff, final int n, final float dt,
                        final float tauRc, final float tauRef, final float minVoltage, final float amplitude) {
        for (int i = 0; i < n; i++) {
            final float current = j[jOff + i];
            float voltage = v[vOff + i];
            float refractory = ref[refOff + i] - dt;
            final float deltaT = Math.min(Math.max(dt - refractory, 0f), dt);
            voltage -= (current - voltage) * (float) Math.expm1(-deltaT / tauRc);
            final boolean spiked = voltage > 1f;
            out[outOff + i] = spiked ? amplitude / dt : 0f;
            float tSpike = 0f;
            if (spiked) {
                tSpike = dt + tauRc * (float) Math.log1p(-(voltage - 1f) / (current - 1f));
            }
            if (voltage < minVoltage) {
                voltage = minVoltage;
            }
            if (spiked) {
                voltage = 0f;
                refractory = tauRef + tSpike;
            }
            v[vOff + i] = voltage;
            ref[refOff + i] = refractory;
        }
    }

    @Override
    public void lifRateStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                            final float tauRc, final float tauRef, final float amplitude) {
        for (int i = 0; i < n; i++) {
            final float current = j[jOff + i];
            out[outOff + i] = current > 1f
                ? amplitude / (tauRef + tauRc * (float) Math.log1p(1f / (current - 1f))) : 0f;
        }
    }

    @Override
    public void lifRateVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff,
                           final float[] gradJ, final int gjOff, final int n, final float tauRc, final float tauRef,
                           final float amplitude) {
        for (int i = 0; i < n; i++) {
            final float current = j[jOff + i];
            if (current > 1f) {
                final float x = Math.max(current - 1f, LIF_RATE_GRAD_MIN_X);
                final float d = tauRef + tauRc * (float) Math.log1p(1f / x);
                gradJ[gjOff + i] += amplitude * tauRc / (d * d * (x * (x + 1f))) * gradOut[gOff + i];
            }
        }
    }

    @Override
    public void softLifRateStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                                final float sigma, final float tauRc, final float tauRef, final float amplitude) {
        final float logSigma = (float) Math.log(sigma);
        for (int i = 0; i < n; i++) {
            final float x = (j[jOff + i] - 1f) / sigma;
            final float q;
            if (x > SOFT_LIF_ASYMPTOTE_BELOW) {
                final float z = sigma * softplus(x);
                q = (float) Math.log1p(1f / z);
            } else {
                q = -x - logSigma;
            }
            out[outOff + i] = amplitude / (tauRef + tauRc * q);
        }
    }

    @Override
    public void softLifRateVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff,
                               final float[] gradJ, final int gjOff, final int n, final float sigma,
                               final float tauRc, final float tauRef, final float amplitude) {
        final float logSigma = (float) Math.log(sigma);
        for (int i = 0; i < n; i++) {
            final float x = (j[jOff + i] - 1f) / sigma;
            final float dOutDj;
            if (x > SOFT_LIF_ASYMPTOTE_BELOW) {
                final float z = sigma * softplus(x);
                final float d = tauRef + tauRc * (float) Math.log1p(1f / z);
                final float sig = 1f / (1f + (float) Math.exp(-x));
                dOutDj = amplitude * tauRc * sig / (z * (1f + z) * (d * d));
            } else {
                final float d = tauRef + tauRc * (-x - logSigma);
                dOutDj = amplitude * tauRc / (sigma * (d * d));
            }
            gradJ[gjOff + i] += dOutDj * gradOut[gOff + i];
        }
    }

    @Override
    public void reluStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                         final float amplitude) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = amplitude * Math.max(0f, j[jOff + i]);
        }
    }

    @Override
    public void reluVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff, final float[] gradJ,
                        final int gjOff, final int n, final float amplitude) {
        for (int i = 0; i < n; i++) {
            if (j[jOff + i] > 0f) {
                gradJ[gjOff + i] += amplitude * gradOut[gOff + i];
            }
        }
    }

    @Override
    public void spikingReluStep(final float[] j, final int jOff, final float[] v, final int vOff, final float[] out,
                                final int outOff, final int n, final float dt, final float amplitude) {
        for (int i = 0; i < n; i++) {
            float voltage = v[vOff + i] + Math.max(j[jOff + i], 0f) * dt;
            final float spikes = (float) Math.floor(voltage);
            out[outOff + i] = amplitude / dt * spikes;
            voltage -= spikes;
            v[vOff + i] = voltage;
        }
    }

    @Override
    public void regularSpikingStep(final float[] rate, final int rOff, final float[] v, final int vOff,
                                   final float[] out, final int outOff, final int n, final float dt,
                                   final float amplitude) {
        for (int i = 0; i < n; i++) {
            float voltage = v[vOff + i] + dt * rate[rOff + i];
            final float spikes = (float) Math.floor(voltage);
            out[outOff + i] = amplitude / dt * spikes;
            voltage -= spikes;
            v[vOff + i] = voltage;
        }
    }

    @Override
    public void sigmoidStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                            final float tauRef) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = sigmoid(j[jOff + i]) / tauRef;
        }
    }

    @Override
    public void sigmoidVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff,
                           final float[] gradJ, final int gjOff, final int n, final float tauRef) {
        for (int i = 0; i < n; i++) {
            final float s = sigmoid(j[jOff + i]);
            gradJ[gjOff + i] += s * (1f - s) / tauRef * gradOut[gOff + i];
        }
    }

    @Override
    public void tanhStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                         final float tauRef) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = (float) Math.tanh(j[jOff + i]) / tauRef;
        }
    }

    @Override
    public void tanhVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff, final float[] gradJ,
                        final int gjOff, final int n, final float tauRef) {
        for (int i = 0; i < n; i++) {
            final float t = (float) Math.tanh(j[jOff + i]);
            gradJ[gjOff + i] += (1f - t * t) / tauRef * gradOut[gOff + i];
        }
    }

    private static float sigmoid(final float x) {
        return 1f / (1f + (float) Math.exp(-x));
    }

    private static float softplus(final float x) {
        return Math.max(x, 0f) + (float) Math.log1p(Math.exp(-Math.abs(x)));
    }
}
