package dev.neurovec.ops.simd;

import dev.neurovec.ops.NeuronOps;
import dev.neurovec.ops.scalar.ScalarNeuronOps;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API {@link NeuronOps}. Every transcendental comes from {@link VectorMath} (never the Vector API's SVML
 * operators), and the last {@code n mod LANES} neurons run {@link LaneMath} with the same operations, so a neuron's
 * result is independent of JIT state and of where the engine splits a run.
 *
 * <p>The LIF step follows reference/java-stack.md §4: branch-free over whole vectors (spikes hit about half of all
 * 16-lane vectors, where an {@code anyTrue} branch measured slower), the spike-time argument zeroed on lanes that did
 * not spike, and {@code expm1(-dt/tauRc)} of a full step computed once, in double by {@code Math} exactly as the
 * scalar twin does; only partially refractory lanes take {@link VectorMath#expm1}. Neurons that are not partially
 * refractory therefore match the twin bit for bit.
 *
 * <p>{@code reluStep} is the scalar twin: C2 vectorizes that loop itself (see {@code benchmarks/RESULTS.md}).
 */
public final class SimdNeuronOps implements NeuronOps {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;
    /** 2²³: floats of at least this magnitude are integers. */
    private static final float TWO_POW_23 = 8388608f;
    private static final int SIGN = 0x80000000;

    private final NeuronOps scalar = new ScalarNeuronOps();

    /** Constructs the kernels (stateless). */
    public SimdNeuronOps() {
    }

    @Override
    public void lifStep(final float[] j, final int jOff, final float[] v, final int vOff, final float[] ref,
                        final int refOff, final float[] out, final int outOff, final int n, final float dt,
                        final float tauRc, final float tauRef, final float minVoltage, final float amplitude) {
        final float fullStep = (float) Math.expm1(-dt / tauRc);
        final float spike = amplitude / dt;
        final int bound = n - n % V;
        LifVectors.step(j, jOff, v, vOff, ref, refOff, out, outOff, bound, dt, tauRc, tauRef, minVoltage, spike,
            fullStep);
        for (int i = bound; i < n; i++) {
            LifVectors.lane(j, jOff + i, v, vOff + i, ref, refOff + i, out, outOff + i, dt, tauRc, tauRef, minVoltage,
                spike, fullStep);
        }
    }

    @Override
    public void lifRateStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                            final float tauRc, final float tauRef, final float amplitude) {
        final int bound = n - n % V;
        RateVectors.lifRate(j, jOff, out, outOff, bound, tauRc, tauRef, amplitude);
        for (int i = bound; i < n; i++) {
            final float current = j[jOff + i];
            final boolean active = current > 1f;
            final float arg = active ? 1f / (current - 1f) : 0f;
            final float rate = amplitude / (LaneMath.log1p(arg) * tauRc + tauRef);
            out[outOff + i] = active ? rate : 0f;
        }
    }

    @Override
    public void lifRateVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff,
                           final float[] gradJ, final int gjOff, final int n, final float tauRc, final float tauRef,
                           final float amplitude) {
        final float numerator = amplitude * tauRc;
        final float minX = LIF_RATE_GRAD_MIN_X;
        final int bound = n - n % V;
        RateVectors.lifRateVjp(j, jOff, gradOut, gOff, gradJ, gjOff, bound, tauRc, tauRef, numerator);
        for (int i = bound; i < n; i++) {
            final float current = j[jOff + i];
            final float x = Math.max(current - 1f, minX);
            final float d = LaneMath.log1p(1f / x) * tauRc + tauRef;
            final float slope = numerator / (d * d * (x * (x + 1f)));
            if (current > 1f) {
                gradJ[gjOff + i] += slope * gradOut[gOff + i];
            }
        }
    }

    @Override
    public void softLifRateStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                                final float sigma, final float tauRc, final float tauRef, final float amplitude) {
        final float logSigma = (float) Math.log(sigma);
        final int bound = n - n % V;
        SoftLifVectors.rate(j, jOff, out, outOff, bound, sigma, tauRc, tauRef, amplitude, logSigma);
        for (int i = bound; i < n; i++) {
            out[outOff + i] = SoftLifVectors.rateLane(j[jOff + i], sigma, tauRc, tauRef, amplitude, logSigma);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The logistic factor is formed from the softplus's {@code e = exp(-|x|)}, as {@code 1/(1 + e)} for
     * {@code x >= 0} and {@code e/(1 + e)} below (the scalar twin evaluates {@code 1/(1 + exp(-x))}).
     */
    @Override
    public void softLifRateVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff,
                               final float[] gradJ, final int gjOff, final int n, final float sigma,
                               final float tauRc, final float tauRef, final float amplitude) {
        final float logSigma = (float) Math.log(sigma);
        final float numerator = amplitude * tauRc;
        final int bound = n - n % V;
        SoftLifVectors.vjp(j, jOff, gradOut, gOff, gradJ, gjOff, bound, sigma, tauRc, tauRef, numerator, logSigma);
        for (int i = bound; i < n; i++) {
            gradJ[gjOff + i] += SoftLifVectors.slopeLane(j[jOff + i], sigma, tauRc, tauRef, numerator, logSigma)
                * gradOut[gOff + i];
        }
    }

    @Override
    public void reluStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                         final float amplitude) {
        scalar.reluStep(j, jOff, out, outOff, n, amplitude);
    }

    @Override
    public void reluVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff, final float[] gradJ,
                        final int gjOff, final int n, final float amplitude) {
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            final FloatVector g = FloatVector.fromArray(S, gradJ, gjOff + i);
            final VectorMask<Float> active = FloatVector.fromArray(S, j, jOff + i).compare(VectorOperators.GT, 0f);
            g.add(FloatVector.fromArray(S, gradOut, gOff + i).mul(amplitude)).blend(g, active.not())
                .intoArray(gradJ, gjOff + i);
        }
        for (int i = bound; i < n; i++) {
            if (j[jOff + i] > 0f) {
                gradJ[gjOff + i] += gradOut[gOff + i] * amplitude;
            }
        }
    }

    @Override
    public void spikingReluStep(final float[] j, final int jOff, final float[] v, final int vOff, final float[] out,
                                final int outOff, final int n, final float dt, final float amplitude) {
        final float spike = amplitude / dt;
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            final FloatVector voltage = FloatVector.fromArray(S, j, jOff + i).max(0f).mul(dt)
                .add(FloatVector.fromArray(S, v, vOff + i));
            final FloatVector spikes = floor(voltage);
            spikes.mul(spike).intoArray(out, outOff + i);
            voltage.sub(spikes).intoArray(v, vOff + i);
        }
        for (int i = bound; i < n; i++) {
            final float voltage = Math.max(j[jOff + i], 0f) * dt + v[vOff + i];
            final float spikes = (float) Math.floor(voltage);
            out[outOff + i] = spikes * spike;
            v[vOff + i] = voltage - spikes;
        }
    }

    @Override
    public void regularSpikingStep(final float[] rate, final int rOff, final float[] v, final int vOff,
                                   final float[] out, final int outOff, final int n, final float dt,
                                   final float amplitude) {
        final float spike = amplitude / dt;
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            final FloatVector voltage = FloatVector.fromArray(S, rate, rOff + i).mul(dt)
                .add(FloatVector.fromArray(S, v, vOff + i));
            final FloatVector spikes = floor(voltage);
            spikes.mul(spike).intoArray(out, outOff + i);
            voltage.sub(spikes).intoArray(v, vOff + i);
        }
        for (int i = bound; i < n; i++) {
            final float voltage = dt * rate[rOff + i] + v[vOff + i];
            final float spikes = (float) Math.floor(voltage);
            out[outOff + i] = spikes * spike;
            v[vOff + i] = voltage - spikes;
        }
    }

    @Override
    public void sigmoidStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                            final float tauRef) {
        final int bound = n - n % V;
        RateVectors.sigmoid(j, jOff, out, outOff, bound, tauRef);
        for (int i = bound; i < n; i++) {
            out[outOff + i] = LaneMath.sigmoid(j[jOff + i]) / tauRef;
        }
    }

    @Override
    public void sigmoidVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff,
                           final float[] gradJ, final int gjOff, final int n, final float tauRef) {
        final int bound = n - n % V;
        RateVectors.sigmoidVjp(j, jOff, gradOut, gOff, gradJ, gjOff, bound, tauRef);
        for (int i = bound; i < n; i++) {
            final float s = LaneMath.sigmoid(j[jOff + i]);
            gradJ[gjOff + i] += s * (1f - s) / tauRef * gradOut[gOff + i];
        }
    }

    @Override
    public void tanhStep(final float[] j, final int jOff, final float[] out, final int outOff, final int n,
                         final float tauRef) {
        final int bound = n - n % V;
        RateVectors.tanh(j, jOff, out, outOff, bound, tauRef);
        for (int i = bound; i < n; i++) {
            out[outOff + i] = LaneMath.tanh(j[jOff + i]) / tauRef;
        }
    }

    @Override
    public void tanhVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff, final float[] gradJ,
                        final int gjOff, final int n, final float tauRef) {
        final int bound = n - n % V;
        RateVectors.tanhVjp(j, jOff, gradOut, gOff, gradJ, gjOff, bound, tauRef);
        for (int i = bound; i < n; i++) {
            final float t = LaneMath.tanh(j[jOff + i]);
            gradJ[gjOff + i] += (1f - t * t) / tauRef * gradOut[gOff + i];
        }
    }

    /**
     * {@code Math.floor} on every lane, bit for bit: round the magnitude to an integer with the 2²³ shifter, restore
     * the sign, step down where that rounded up; magnitudes of 2²³ and more (and infinities) are already integers.
     * Avoids {@code F2I}, which allocates on JDK 17.
     */
    private static FloatVector floor(final FloatVector x) {
        final FloatVector magnitude = x.abs();
        final FloatVector rounded = magnitude.add(TWO_POW_23).sub(TWO_POW_23);
        final FloatVector signed = rounded.reinterpretAsInts()
            .or(x.reinterpretAsInts().and(SIGN)).reinterpretAsFloats();
        final FloatVector down = signed.sub(1f).blend(signed, signed.compare(VectorOperators.LE, x));
        return down.blend(x, magnitude.compare(VectorOperators.GE, TWO_POW_23));
    }
}
