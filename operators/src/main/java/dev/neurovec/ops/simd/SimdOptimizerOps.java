package dev.neurovec.ops.simd;

import dev.neurovec.ops.OptimizerOps;
import dev.neurovec.ops.scalar.ScalarOptimizerOps;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API {@link OptimizerOps}. C2 left the scalar twins with momentum and moments unvectorized (three or four
 * arrays, two of them written; Adam and RMSprop also round through {@code double} for {@code Math.sqrt}): JMH
 * measured the twin's Adam at 301 µs per 100k parameters against 47 µs for the same arithmetic as vectors
 * ({@code OptimizerBench}, see {@code benchmarks/RESULTS.md}); plain SGD is the twin. Every operation is the twin's, in the twin's order, and a float square root
 * rounded once equals {@code (float) Math.sqrt(double)}, so results are bit-identical to the twin.
 */
public final class SimdOptimizerOps implements OptimizerOps {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    private final OptimizerOps scalar = new ScalarOptimizerOps();

    /** Constructs the kernels (stateless). */
    public SimdOptimizerOps() {
    }

    /**
     * {@inheritDoc}
     *
     * <p>The scalar twin: with one array written and one read, C2 vectorizes it (JMH, 100k parameters: twin 12.5 µs,
     * Vector API 13.4 µs).
     */
    @Override
    public void sgd(final float[] p, final int pOff, final float[] g, final int gOff, final int n, final float lr) {
        scalar.sgd(p, pOff, g, gOff, n, lr);
    }

    @Override
    public void sgdMomentum(final float[] p, final int pOff, final float[] g, final int gOff, final float[] vel,
                            final int velOff, final int n, final float lr, final float momentum) {
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            final FloatVector v = FloatVector.fromArray(S, vel, velOff + i).mul(momentum)
                .sub(FloatVector.fromArray(S, g, gOff + i).mul(lr));
            v.intoArray(vel, velOff + i);
            FloatVector.fromArray(S, p, pOff + i).add(v).intoArray(p, pOff + i);
        }
        for (int i = bound; i < n; i++) {
            final float v = momentum * vel[velOff + i] - lr * g[gOff + i];
            vel[velOff + i] = v;
            p[pOff + i] += v;
        }
    }

    @Override
    public void sgdNesterov(final float[] p, final int pOff, final float[] g, final int gOff, final float[] vel,
                            final int velOff, final int n, final float lr, final float momentum) {
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            final FloatVector step = FloatVector.fromArray(S, g, gOff + i).mul(lr);
            final FloatVector v = FloatVector.fromArray(S, vel, velOff + i).mul(momentum).sub(step);
            v.intoArray(vel, velOff + i);
            FloatVector.fromArray(S, p, pOff + i).add(v.mul(momentum).sub(step)).intoArray(p, pOff + i);
        }
        for (int i = bound; i < n; i++) {
            final float v = momentum * vel[velOff + i] - lr * g[gOff + i];
            vel[velOff + i] = v;
            p[pOff + i] += momentum * v - lr * g[gOff + i];
        }
    }

    @Override
    public void adam(final float[] p, final int pOff, final float[] g, final int gOff, final float[] m,
                     final int mOff, final float[] v, final int vOff, final int n, final float lr, final float beta1,
                     final float beta2, final float epsilon, final int t) {
        final float alpha = ScalarOptimizerOps.adamStepSize(lr, beta1, beta2, t);
        final float oneMinusBeta1 = 1f - beta1;
        final float oneMinusBeta2 = 1f - beta2;
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            final FloatVector gi = FloatVector.fromArray(S, g, gOff + i);
            final FloatVector m0 = FloatVector.fromArray(S, m, mOff + i);
            final FloatVector v0 = FloatVector.fromArray(S, v, vOff + i);
            final FloatVector mi = m0.add(gi.sub(m0).mul(oneMinusBeta1));
            final FloatVector vi = v0.add(gi.mul(gi).sub(v0).mul(oneMinusBeta2));
            mi.intoArray(m, mOff + i);
            vi.intoArray(v, vOff + i);
            final FloatVector step = mi.mul(alpha).div(vi.lanewise(VectorOperators.SQRT).add(epsilon));
            FloatVector.fromArray(S, p, pOff + i).sub(step).intoArray(p, pOff + i);
        }
        for (int i = bound; i < n; i++) {
            final float gi = g[gOff + i];
            final float mi = m[mOff + i] + (gi - m[mOff + i]) * oneMinusBeta1;
            final float vi = v[vOff + i] + (gi * gi - v[vOff + i]) * oneMinusBeta2;
            m[mOff + i] = mi;
            v[vOff + i] = vi;
            p[pOff + i] -= alpha * mi / ((float) Math.sqrt(vi) + epsilon);
        }
    }

    @Override
    public void rmsprop(final float[] p, final int pOff, final float[] g, final int gOff, final float[] ms,
                        final int msOff, final int n, final float lr, final float rho, final float epsilon) {
        final float oneMinusRho = 1f - rho;
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            final FloatVector gi = FloatVector.fromArray(S, g, gOff + i);
            final FloatVector msi = FloatVector.fromArray(S, ms, msOff + i).mul(rho).add(gi.mul(gi).mul(oneMinusRho));
            msi.intoArray(ms, msOff + i);
            final FloatVector step = gi.mul(lr).div(msi.lanewise(VectorOperators.SQRT).add(epsilon));
            FloatVector.fromArray(S, p, pOff + i).sub(step).intoArray(p, pOff + i);
        }
        for (int i = bound; i < n; i++) {
            final float gi = g[gOff + i];
            final float msi = rho * ms[msOff + i] + oneMinusRho * (gi * gi);
            ms[msOff + i] = msi;
            p[pOff + i] -= lr * gi / ((float) Math.sqrt(msi) + epsilon);
        }
    }
}
