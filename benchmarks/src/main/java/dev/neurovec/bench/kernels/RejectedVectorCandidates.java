package dev.neurovec.bench.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Hand-written Vector API versions of kernels for which {@code SimdKernels} hands out the scalar twin. They are not
 * part of the engine: they exist so that the measurement that rejected them can be repeated (each benchmark class
 * runs its candidate beside the twin). Plain loops with a scalar tail; results match the twins where the operation
 * order is the same.
 */
final class RejectedVectorCandidates {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int V = S.length();

    private RejectedVectorCandidates() {
    }

    /** {@code y += alpha·x}. */
    static void axpy(final float alpha, final float[] x, final float[] y, final int n) {
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            FloatVector.fromArray(S, x, i).mul(alpha).add(FloatVector.fromArray(S, y, i)).intoArray(y, i);
        }
        for (int i = bound; i < n; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** {@code y = a·y + b·u}. */
    static void lowpass(final float[] u, final float[] y, final int n, final float a, final float b) {
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            FloatVector.fromArray(S, y, i).mul(a).add(FloatVector.fromArray(S, u, i).mul(b)).intoArray(y, i);
        }
        for (int i = bound; i < n; i++) {
            y[i] = a * y[i] + b * u[i];
        }
    }

    /** {@code out = amp·max(0, J)}. */
    static void relu(final float[] j, final float[] out, final int n, final float amplitude) {
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            FloatVector.fromArray(S, j, i).max(0f).mul(amplitude).intoArray(out, i);
        }
        for (int i = bound; i < n; i++) {
            out[i] = amplitude * Math.max(0f, j[i]);
        }
    }

    /** {@code dst[t] = src[idx[t]]}, block 1, with the hardware gather. */
    static void gather(final float[] src, final int[] idx, final float[] dst, final int n) {
        final int bound = n - n % V;
        for (int t = 0; t < bound; t += V) {
            FloatVector.fromArray(S, src, 0, idx, t).intoArray(dst, t);
        }
        for (int t = bound; t < n; t++) {
            dst[t] = src[idx[t]];
        }
    }

    /** {@code dst[idx[t]] += src[t]}, block 1, gather-add-scatter (indices must be distinct within a vector). */
    static void scatterInc(final float[] src, final int[] idx, final float[] dst, final int n) {
        final int bound = n - n % V;
        for (int t = 0; t < bound; t += V) {
            FloatVector.fromArray(S, dst, 0, idx, t).add(FloatVector.fromArray(S, src, t)).intoArray(dst, 0, idx, t);
        }
        for (int t = bound; t < n; t++) {
            dst[idx[t]] += src[t];
        }
    }

    /** {@code y += a∘x}. */
    static void mulInc(final float[] a, final float[] x, final float[] y, final int n) {
        final int bound = n - n % V;
        for (int i = 0; i < bound; i += V) {
            FloatVector.fromArray(S, a, i).mul(FloatVector.fromArray(S, x, i)).add(FloatVector.fromArray(S, y, i))
                .intoArray(y, i);
        }
        for (int i = bound; i < n; i++) {
            y[i] += a[i] * x[i];
        }
    }
}
