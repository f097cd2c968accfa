package dev.neurovec.bench.suite;

import java.util.Arrays;

/** The summary statistics the suite reports. */
public final class Stats {

    private Stats() {
    }

    /**
     * @param values at least one value
     * @return the median (the mean of the two middle values for an even count)
     */
    public static double median(final double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("median of no values");
        }
        final double[] s = values.clone();
        Arrays.sort(s);
        final int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
