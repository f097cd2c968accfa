package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The state-space updates of {@link SimdFilterOps} for {@code LANES} elements at a time. The old state components
 * are held in eight vector locals, so the new components can be stored in place.
 *
 * <p>Every chain has eight terms whatever {@code k}: components past {@code k} re-read component {@code k-1} and
 * get coefficient 0. Choosing loads or terms by {@code k} with conditional expressions made vector phis, which on
 * JDK 17 left some Vector API calls unresolved (virtual calls that box, 448 B per call in the allocation test); the
 * padded form has none. Consequently a non-finite state component can turn a padded {@code 0·x} into NaN where
 * the scalar twin keeps an infinity.
 *
 * <p>Chains per element: new component {@code s} is {@code B[s]·u}, then {@code + A(s,t)·x_t} by fma for
 * {@code t = 0..7}; the NoD output is {@code 0}, then {@code + C[s]·x'_s} by fma in ascending {@code s}; the
 * General output is {@code D·u}, then {@code + C[t]·x_t} by fma for {@code t = 0..7} (old state).
 */
final class StateSpaceVectors {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    private StateSpaceVectors() {
    }

    /** NoD: {@code x = A·x + B·u}, then {@code y = C·x}, elements {@code [0, bound)}. */
    static void noFeedThrough(final float[] u, final int uOff, final float[] x, final int xOff, final float[] y,
                              final int yOff, final int n, final int bound, final int k, final float[] a,
                              final float[] b, final float[] c) {
        final int o0 = Math.min(0, k - 1) * n;
        final int o1 = Math.min(1, k - 1) * n;
        final int o2 = Math.min(2, k - 1) * n;
        final int o3 = Math.min(3, k - 1) * n;
        final int o4 = Math.min(4, k - 1) * n;
        final int o5 = Math.min(5, k - 1) * n;
        final int o6 = Math.min(6, k - 1) * n;
        final int o7 = Math.min(7, k - 1) * n;
        for (int i = 0; i < bound; i += V) {
            final int e = xOff + i;
            final FloatVector in = FloatVector.fromArray(S, u, uOff + i);
            final FloatVector x0 = FloatVector.fromArray(S, x, e + o0);
            final FloatVector x1 = FloatVector.fromArray(S, x, e + o1);
            final FloatVector x2 = FloatVector.fromArray(S, x, e + o2);
            final FloatVector x3 = FloatVector.fromArray(S, x, e + o3);
            final FloatVector x4 = FloatVector.fromArray(S, x, e + o4);
            final FloatVector x5 = FloatVector.fromArray(S, x, e + o5);
            final FloatVector x6 = FloatVector.fromArray(S, x, e + o6);
            final FloatVector x7 = FloatVector.fromArray(S, x, e + o7);
            FloatVector out = FloatVector.zero(S);
            for (int s = 0; s < k; s++) {
                final int row = s * k;
                final float a0 = 0 < k ? a[row + 0] : 0f;
                final float a1 = 1 < k ? a[row + 1] : 0f;
                final float a2 = 2 < k ? a[row + 2] : 0f;
                final float a3 = 3 < k ? a[row + 3] : 0f;
                final float a4 = 4 < k ? a[row + 4] : 0f;
                final float a5 = 5 < k ? a[row + 5] : 0f;
                final float a6 = 6 < k ? a[row + 6] : 0f;
                final float a7 = 7 < k ? a[row + 7] : 0f;
                FloatVector next = in.mul(b[s]);
                next = x0.fma(FloatVector.broadcast(S, a0), next);
                next = x1.fma(FloatVector.broadcast(S, a1), next);
                next = x2.fma(FloatVector.broadcast(S, a2), next);
                next = x3.fma(FloatVector.broadcast(S, a3), next);
                next = x4.fma(FloatVector.broadcast(S, a4), next);
                next = x5.fma(FloatVector.broadcast(S, a5), next);
                next = x6.fma(FloatVector.broadcast(S, a6), next);
                next = x7.fma(FloatVector.broadcast(S, a7), next);
                next.intoArray(x, e + s * n);
                out = next.fma(FloatVector.broadcast(S, c[s]), out);
            }
            out.intoArray(y, yOff + i);
        }
    }

    /** NoD, one element. */
    static void noFeedThroughLane(final float[] u, final int ui, final float[] x, final int e, final float[] y,
                                  final int yi, final int n, final int k, final float[] a, final float[] b,
                                  final float[] c) {
        final int o0 = Math.min(0, k - 1) * n;
        final int o1 = Math.min(1, k - 1) * n;
        final int o2 = Math.min(2, k - 1) * n;
        final int o3 = Math.min(3, k - 1) * n;
        final int o4 = Math.min(4, k - 1) * n;
        final int o5 = Math.min(5, k - 1) * n;
        final int o6 = Math.min(6, k - 1) * n;
        final int o7 = Math.min(7, k - 1) * n;
        final float in = u[ui];
        final float x0 = x[e + o0];
        final float x1 = x[e + o1];
        final float x2 = x[e + o2];
        final float x3 = x[e + o3];
        final float x4 = x[e + o4];
        final float x5 = x[e + o5];
        final float x6 = x[e + o6];
        final float x7 = x[e + o7];
        float out = 0f;
        for (int s = 0; s < k; s++) {
            final int row = s * k;
            final float a0 = 0 < k ? a[row + 0] : 0f;
            final float a1 = 1 < k ? a[row + 1] : 0f;
            final float a2 = 2 < k ? a[row + 2] : 0f;
            final float a3 = 3 < k ? a[row + 3] : 0f;
            final float a4 = 4 < k ? a[row + 4] : 0f;
            final float a5 = 5 < k ? a[row + 5] : 0f;
            final float a6 = 6 < k ? a[row + 6] : 0f;
            final float a7 = 7 < k ? a[row + 7] : 0f;
            float next = in * b[s];
            next = Math.fma(x0, a0, next);
            next = Math.fma(x1, a1, next);
            next = Math.fma(x2, a2, next);
            next = Math.fma(x3, a3, next);
            next = Math.fma(x4, a4, next);
            next = Math.fma(x5, a5, next);
            next = Math.fma(x6, a6, next);
            next = Math.fma(x7, a7, next);
            x[e + s * n] = next;
            out = Math.fma(next, c[s], out);
        }
        y[yi] = out;
    }

    /** General: {@code y = C·x + D·u}, then {@code x = A·x + B·u}, elements {@code [0, bound)}. */
    static void feedThrough(final float[] u, final int uOff, final float[] x, final int xOff, final float[] y,
                            final int yOff, final int n, final int bound, final int k, final float[] a,
                            final float[] b, final float[] c, final float d) {
        final int o0 = Math.min(0, k - 1) * n;
        final int o1 = Math.min(1, k - 1) * n;
        final int o2 = Math.min(2, k - 1) * n;
        final int o3 = Math.min(3, k - 1) * n;
        final int o4 = Math.min(4, k - 1) * n;
        final int o5 = Math.min(5, k - 1) * n;
        final int o6 = Math.min(6, k - 1) * n;
        final int o7 = Math.min(7, k - 1) * n;
        final float c0 = 0 < k ? c[0] : 0f;
        final float c1 = 1 < k ? c[1] : 0f;
        final float c2 = 2 < k ? c[2] : 0f;
        final float c3 = 3 < k ? c[3] : 0f;
        final float c4 = 4 < k ? c[4] : 0f;
        final float c5 = 5 < k ? c[5] : 0f;
        final float c6 = 6 < k ? c[6] : 0f;
        final float c7 = 7 < k ? c[7] : 0f;
        for (int i = 0; i < bound; i += V) {
            final int e = xOff + i;
            final FloatVector in = FloatVector.fromArray(S, u, uOff + i);
            final FloatVector x0 = FloatVector.fromArray(S, x, e + o0);
            final FloatVector x1 = FloatVector.fromArray(S, x, e + o1);
            final FloatVector x2 = FloatVector.fromArray(S, x, e + o2);
            final FloatVector x3 = FloatVector.fromArray(S, x, e + o3);
            final FloatVector x4 = FloatVector.fromArray(S, x, e + o4);
            final FloatVector x5 = FloatVector.fromArray(S, x, e + o5);
            final FloatVector x6 = FloatVector.fromArray(S, x, e + o6);
            final FloatVector x7 = FloatVector.fromArray(S, x, e + o7);
            FloatVector out = in.mul(d);
            out = x0.fma(FloatVector.broadcast(S, c0), out);
            out = x1.fma(FloatVector.broadcast(S, c1), out);
            out = x2.fma(FloatVector.broadcast(S, c2), out);
            out = x3.fma(FloatVector.broadcast(S, c3), out);
            out = x4.fma(FloatVector.broadcast(S, c4), out);
            out = x5.fma(FloatVector.broadcast(S, c5), out);
            out = x6.fma(FloatVector.broadcast(S, c6), out);
            out = x7.fma(FloatVector.broadcast(S, c7), out);
            out.intoArray(y, yOff + i);
            for (int s = 0; s < k; s++) {
                final int row = s * k;
                final float a0 = 0 < k ? a[row + 0] : 0f;
                final float a1 = 1 < k ? a[row + 1] : 0f;
                final float a2 = 2 < k ? a[row + 2] : 0f;
                final float a3 = 3 < k ? a[row + 3] : 0f;
                final float a4 = 4 < k ? a[row + 4] : 0f;
                final float a5 = 5 < k ? a[row + 5] : 0f;
                final float a6 = 6 < k ? a[row + 6] : 0f;
                final float a7 = 7 < k ? a[row + 7] : 0f;
                FloatVector next = in.mul(b[s]);
                next = x0.fma(FloatVector.broadcast(S, a0), next);
                next = x1.fma(FloatVector.broadcast(S, a1), next);
                next = x2.fma(FloatVector.broadcast(S, a2), next);
                next = x3.fma(FloatVector.broadcast(S, a3), next);
                next = x4.fma(FloatVector.broadcast(S, a4), next);
                next = x5.fma(FloatVector.broadcast(S, a5), next);
                next = x6.fma(FloatVector.broadcast(S, a6), next);
                next = x7.fma(FloatVector.broadcast(S, a7), next);
                next.intoArray(x, e + s * n);
            }
        }
    }

    /** General, one element. */
    static void feedThroughLane(final float[] u, final int ui, final float[] x, final int e, final float[] y,
                                final int yi, final int n, final int k, final float[] a, final float[] b,
                                final float[] c, final float d) {
        final int o0 = Math.min(0, k - 1) * n;
        final int o1 = Math.min(1, k - 1) * n;
        final int o2 = Math.min(2, k - 1) * n;
        final int o3 = Math.min(3, k - 1) * n;
        final int o4 = Math.min(4, k - 1) * n;
        final int o5 = Math.min(5, k - 1) * n;
        final int o6 = Math.min(6, k - 1) * n;
        final int o7 = Math.min(7, k - 1) * n;
        final float c0 = 0 < k ? c[0] : 0f;
        final float c1 = 1 < k ? c[1] : 0f;
        final float c2 = 2 < k ? c[2] : 0f;
        final float c3 = 3 < k ? c[3] : 0f;
        final float c4 = 4 < k ? c[4] : 0f;
        final float c5 = 5 < k ? c[5] : 0f;
        final float c6 = 6 < k ? c[6] : 0f;
        final float c7 = 7 < k ? c[7] : 0f;
        final float in = u[ui];
        final float x0 = x[e + o0];
        final float x1 = x[e + o1];
        final float x2 = x[e + o2];
        final float x3 = x[e + o3];
        final float x4 = x[e + o4];
        final float x5 = x[e + o5];
        final float x6 = x[e + o6];
        final float x7 = x[e + o7];
        float out = in * d;
        out = Math.fma(x0, c0, out);
        out = Math.fma(x1, c1, out);
        out = Math.fma(x2, c2, out);
        out = Math.fma(x3, c3, out);
        out = Math.fma(x4, c4, out);
        out = Math.fma(x5, c5, out);
        out = Math.fma(x6, c6, out);
        out = Math.fma(x7, c7, out);
        y[yi] = out;
        for (int s = 0; s < k; s++) {
            final int row = s * k;
            final float a0 = 0 < k ? a[row + 0] : 0f;
            final float a1 = 1 < k ? a[row + 1] : 0f;
            final float a2 = 2 < k ? a[row + 2] : 0f;
            final float a3 = 3 < k ? a[row + 3] : 0f;
            final float a4 = 4 < k ? a[row + 4] : 0f;
            final float a5 = 5 < k ? a[row + 5] : 0f;
            final float a6 = 6 < k ? a[row + 6] : 0f;
            final float a7 = 7 < k ? a[row + 7] : 0f;
            float next = in * b[s];
            next = Math.fma(x0, a0, next);
            next = Math.fma(x1, a1, next);
            next = Math.fma(x2, a2, next);
            next = Math.fma(x3, a3, next);
            next = Math.fma(x4, a4, next);
            next = Math.fma(x5, a5, next);
            next = Math.fma(x6, a6, next);
            next = Math.fma(x7, a7, next);
            x[e + s * n] = next;
        }
    }
}
