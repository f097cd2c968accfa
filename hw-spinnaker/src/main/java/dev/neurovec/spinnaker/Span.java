package dev.neurovec.spinnaker;

/**
 * A half-open range {@code [lo, hi)} of neurons, dimensions or rows.
 *
 * @param lo first index, inclusive
 * @param hi last index, exclusive
 */
public record Span(int lo, int hi) {

    /** An empty span. */
    public static final Span EMPTY = new Span(0, 0);

    /**
     * Checks {@code 0 <= lo <= hi}.
     *
     * @param lo first index, inclusive
     * @param hi last index, exclusive
     */
    public Span {
        if (lo < 0 || hi < lo) {
            throw new IllegalArgumentException("span [" + lo + ", " + hi + "); expected 0 <= lo <= hi");
        }
    }

    /** @return {@code hi - lo} */
    public int size() {
        return hi - lo;
    }

    /**
     * @param i an index
     * @return whether {@code lo <= i < hi}
     */
    public boolean contains(final int i) {
        return i >= lo && i < hi;
    }

    /**
     * Splits {@code [0, length)} into {@code pieces} near-equal spans; the first {@code length % pieces} get one
     * extra element (nengo_spinnaker's {@code divide_slice} behaviour, §B2.3).
     *
     * @param length number of elements
     * @param pieces number of spans, &gt;= 1
     * @return the spans, in order
     */
    public static Span[] divide(final int length, final int pieces) {
        final Span[] out = new Span[pieces];
        final int base = length / pieces;
        final int extra = length % pieces;
        int lo = 0;
        for (int i = 0; i < pieces; i++) {
            final int n = base + (i < extra ? 1 : 0);
            out[i] = new Span(lo, lo + n);
            lo += n;
        }
        return out;
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + ")";
    }
}
