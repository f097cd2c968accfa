package dev.neurovec.spinnaker;

/**
 * A core's receive path and input filters, rebuilt from its filter and routing regions (hardware.md §B2.5).
 * {@link #receive} applies every filter-routing entry with {@code (key & mask) == entryKey}: the dimension is
 * {@code (key & dimMask) − offset}; inside the core's slice a latching filter's accumulator takes the payload, a
 * summing one adds it. {@link #step} runs each filter (none: {@code out = acc}; lowpass:
 * {@code out = (out·a + acc·b) >> 15}; LTI: Direct Form I, {@code out = (Σ_k a'_k y[n−k] + b'_k x[n−k]) >> 15}
 * where the accumulator is the newest input sample), zeroes the summing accumulators and sums the filter outputs
 * into {@link #input}. All products are 64-bit with an arithmetic shift; 32-bit wraps are counted.
 */
final class InputStage {
    private final int width;
    private final int offset;
    private final int nFilters;
    private final int[] type;
    private final boolean[] latching;
    private final int[][] coeffA;
    private final int[][] coeffB;
    private final int[][] acc;
    private final int[][] out;
    private final int[][] xHist;
    private final int[][] yHist;
    private final int[] rKey;
    private final int[] rMask;
    private final int[] rDim;
    private final int[] rFilter;
    /** The summed filter outputs, one per dimension of the core's input slice. */
    final int[] input;

    InputStage(final ImageDecoder.InputBlock b, final int offset, final int width) {
        this.width = width;
        this.offset = offset;
        this.nFilters = b.type().length;
        this.type = b.type().clone();
        this.latching = b.latching().clone();
        this.coeffA = new int[nFilters][];
        this.coeffB = new int[nFilters][];
        this.acc = new int[nFilters][width];
        this.out = new int[nFilters][width];
        this.xHist = new int[nFilters][];
        this.yHist = new int[nFilters][];
        for (int f = 0; f < nFilters; f++) {
            final int[] d = b.data()[f];
            if (type[f] == FilterSpec.Kind.LOWPASS.code()) {
                coeffA[f] = new int[] {d[0]};
                coeffB[f] = new int[] {d[1]};
            } else if (type[f] == FilterSpec.Kind.LTI.code()) {
                final int k = d[0];
                coeffA[f] = new int[k];
                coeffB[f] = new int[k];
                for (int i = 0; i < k; i++) {
                    coeffA[f][i] = d[1 + 2 * i];
                    coeffB[f][i] = d[2 + 2 * i];
                }
                xHist[f] = new int[width * k];
                yHist[f] = new int[width * k];
            }
        }
        this.rKey = b.key().clone();
        this.rMask = b.mask().clone();
        this.rDim = b.dimMask().clone();
        this.rFilter = b.filter().clone();
        this.input = new int[width];
    }

    void receive(final int key, final int payload, final EmulatorCounters c) {
        boolean matched = false;
        for (int e = 0; e < rKey.length; e++) {
            if ((key & rMask[e]) == rKey[e]) {
                matched = true;
                final int dim = (key & rDim[e]) - offset;
                if (dim >= 0 && dim < width) {
                    final int f = rFilter[e];
                    if (latching[f]) {
                        acc[f][dim] = payload;
                    } else {
                        final long s = (long) acc[f][dim] + payload;
                        if (s != (int) s) {
                            c.overflows++;
                        }
                        acc[f][dim] = (int) s;
                    }
                } else {
                    c.outOfSlice++;
                }
            }
        }
        if (!matched) {
            c.wastedNoFilter++;
        }
    }

    void step(final EmulatorCounters c) {
        final int[] in = input;
        java.util.Arrays.fill(in, 0);
        for (int f = 0; f < nFilters; f++) {
            final int[] a = acc[f];
            final int[] y = out[f];
            final int t = type[f];
            if (t == 0) {
                System.arraycopy(a, 0, y, 0, width);
            } else if (t == 1) {
                final long ca = coeffA[f][0];
                final long cb = coeffB[f][0];
                for (int d = 0; d < width; d++) {
                    y[d] = wrap((y[d] * ca + a[d] * cb) >> FixedPoint.FRACTION_BITS, c);
                }
            } else {
                lti(f, a, y, c);
            }
            if (!latching[f]) {
                java.util.Arrays.fill(a, 0);
            }
            for (int d = 0; d < width; d++) {
                in[d] = wrap((long) in[d] + y[d], c);
            }
        }
    }

    private void lti(final int f, final int[] a, final int[] y, final EmulatorCounters c) {
        final int[] ca = coeffA[f];
        final int[] cb = coeffB[f];
        final int k = ca.length;
        final int[] xh = xHist[f];
        final int[] yh = yHist[f];
        for (int d = 0; d < width; d++) {
            final int base = d * k;
            for (int i = k - 1; i > 0; i--) {
                xh[base + i] = xh[base + i - 1];
            }
            xh[base] = a[d];
            long s = 0;
            for (int i = 0; i < k; i++) {
                s += (long) ca[i] * yh[base + i] + (long) cb[i] * xh[base + i];
            }
            final int v = wrap(s >> FixedPoint.FRACTION_BITS, c);
            for (int i = k - 1; i > 0; i--) {
                yh[base + i] = yh[base + i - 1];
            }
            yh[base] = v;
            y[d] = v;
        }
    }

    static int wrap(final long v, final EmulatorCounters c) {
        if (v != (int) v) {
            c.overflows++;
        }
        return (int) v;
    }
}
