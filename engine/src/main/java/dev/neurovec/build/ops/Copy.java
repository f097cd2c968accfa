package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;

import java.util.List;

/**
 * {@code dst[dstIndices] (+)= src[srcIndices]}: a copy or increment with optional index maps on either
 * side (null means all elements in order).
 *
 * @param src        source
 * @param dst        destination
 * @param srcIndices indices into src, or null
 * @param dstIndices indices into dst, or null
 * @param inc        true to add, false to set
 * @param tag        what made it
 */
public record Copy(Signal src, Signal dst, int[] srcIndices, int[] dstIndices, boolean inc, String tag)
    implements Operator {

    /** Checks that both sides select the same number of elements. */
    public Copy {
        final int n = srcIndices == null ? src.size() : srcIndices.length;
        final int m = dstIndices == null ? dst.size() : dstIndices.length;
        if (n != m) {
            throw new IllegalArgumentException(tag + ": copy of " + n + " elements from " + src + " into " + m
                + " elements of " + dst);
        }
    }

    @Override
    public List<Signal> sets() {
        return inc ? List.of() : List.of(dst);
    }

    @Override
    public List<Signal> incs() {
        return inc ? List.of(dst) : List.of();
    }

    @Override
    public List<Signal> reads() {
        return List.of(src);
    }

    @Override
    public List<Signal> updates() {
        return List.of();
    }
}
