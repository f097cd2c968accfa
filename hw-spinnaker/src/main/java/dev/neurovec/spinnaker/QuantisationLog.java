package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records every float → s16.15 conversion the image writer makes, per category (encoders, bias, decoders, ...):
 * count, saturations and the quantisation error, so that the report can give the relative RMS error and name the
 * objects whose values saturated (hardware.md §E4.6, §E5). Nothing is clipped silently.
 */
public final class QuantisationLog {
    private static final int MAX_NAMED = 20;

    private final Map<String, double[]> stats = new TreeMap<>();
    private final List<String> saturated = new ArrayList<>();
    private long saturations;

    /** Per-category totals. */
    public record Stat(String category, long count, long saturations, double relativeRms, double maxAbsError) {
    }

    /**
     * Converts and records.
     *
     * @param category e.g. {@code decoders}
     * @param object   the object the value belongs to, named in the report when it saturates
     * @param x        the value
     * @return the raw s16.15 word
     */
    public int raw(final String category, final String object, final double x) {
        final int r = FixedPoint.toRaw(x);
        final double[] s = stats.computeIfAbsent(category, k -> new double[5]);
        final double err = x - FixedPoint.toDouble(r);
        s[0]++;
        s[2] += err * err;
        s[3] += x * x;
        s[4] = Math.max(s[4], Math.abs(err));
        if (FixedPoint.saturates(x)) {
            s[1]++;
            saturations++;
            if (saturated.size() < MAX_NAMED) {
                saturated.add(object + " " + category + " value " + x);
            }
        }
        return r;
    }

    /** @return total saturated conversions */
    public long saturations() {
        return saturations;
    }

    /** @return the first saturated values, named */
    public List<String> saturated() {
        return Collections.unmodifiableList(saturated);
    }

    /** @return per-category totals, by category name */
    public List<Stat> stats() {
        final List<Stat> out = new ArrayList<>();
        for (var e : stats.entrySet()) {
            final double[] s = e.getValue();
            out.add(new Stat(e.getKey(), (long) s[0], (long) s[1], s[3] == 0 ? 0 : Math.sqrt(s[2] / s[3]), s[4]));
        }
        return out;
    }
}
