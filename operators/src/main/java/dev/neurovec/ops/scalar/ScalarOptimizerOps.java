package dev.neurovec.ops.scalar;

import dev.neurovec.ops.OptimizerOps;

/**
 * Scalar twin of {@link OptimizerOps} (Keras semantics). C2 does not vectorize these loops (several arrays written,
 * and a {@code double} square root), so the SIMD backend has its own kernels, bit-identical to these.
 */
public final class ScalarOptimizerOps implements OptimizerOps {

    @Override
    public void sgd(final float[] p, final int pOff, final float[] g, final int gOff, final int n, final float lr) {
        for (int i = 0; i < n; i++) {
            p[pOff + i] -= lr * g[gOff + i];
        }
    }

    @Override
    public void sgdMomentum(final float[] p, final int pOff, final float[] g, final int gOff, final float[] vel,
                            final int velOff, final int n, final float lr, final float momentum) {
        for (int i = 0; i < n; i++) {
            final float v = momentum * vel[velOff + i] - lr * g[gOff + i];
            vel[velOff + i] = v;
            p[pOff + i] += v;
        }
    }

    @Override
    public void sgdNesterov(final float[] p, final int pOff, final float[] g, final int gOff, final float[] vel,
                            final int velOff, final int n, final float lr, final float momentum) {
        for (int i = 0; i < n; i++) {
            final float v = momentum * vel[velOff + i] - lr * g[gOff + i];
            vel[velOff + i] = v;
            p[pOff + i] += momentum * v - lr * g[gOff + i];
        }
    }

    @Override
    public void adam(final float[] p, final int pOff, final float[] g, final int gOff, final float[] m,
                     final int mOff, final float[] v, final int vOff, final int n, final float lr, final float beta1,
                     final float beta2, final float epsilon, final int t) {
        final float alpha = adamStepSize(lr, beta1, beta2, t);
        final float oneMinusBeta1 = 1f - beta1;
        final float oneMinusBeta2 = 1f - beta2;
        for (int i = 0; i < n; i++) {
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
        for (int i = 0; i < n; i++) {
            final float gi = g[gOff + i];
            final float msi = rho * ms[msOff + i] + oneMinusRho * (gi * gi);
            ms[msOff + i] = msi;
            p[pOff + i] -= lr * gi / ((float) Math.sqrt(msi) + epsilon);
        }
    }

    /**
     * Keras's bias-corrected Adam step size {@code lr·√(1 - beta2ᵗ)/(1 - beta1ᵗ)}, in double, rounded once.
     *
     * @param lr    learning rate
     * @param beta1 first-moment decay
     * @param beta2 second-moment decay
     * @param t     1-based iteration
     * @return the step size
     */
    public static float adamStepSize(final float lr, final float beta1, final float beta2, final int t) {
        return (float) (lr * Math.sqrt(1.0 - Math.pow(beta2, t)) / (1.0 - Math.pow(beta1, t)));
    }
}
