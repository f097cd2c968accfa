package dev.neurovec.bench.suite;

import java.util.List;
import java.util.Locale;

/** The human-readable summary of a run: one row per result line, peers and targets beside ours. */
final class ResultTable {
    private static final String HEADER = String.format(Locale.ROOT,
        "%-26s %-9s %4s %7s %8s %11s %11s %11s %9s %5s %8s %18s %8s %s",
        "case", "executor", "mb", "neurons", "build s", "s/sim-s", "best", "cpu s/sim-s", "Mupd/s", "steps", "x ref",
        "peer", "x peer", "target");

    private ResultTable() {
    }

    /**
     * @param lines result lines in run order
     * @return the table, one line per result, with a header
     */
    static String render(final List<ResultLine> lines) {
        final StringBuilder sb = new StringBuilder(HEADER).append(System.lineSeparator());
        for (ResultLine l : lines) {
            if (l.string(Fields.EXECUTOR) == null) {
                continue;
            }
            if (l.fields().containsKey(Fields.S_PER_EPOCH)) {
                sb.append(training(l)).append(System.lineSeparator());
                continue;
            }
            sb.append(String.format(Locale.ROOT,
                "%-26s %-9s %4d %7d %8.2f %11.5f %11.5f %11.5f %9.1f %5d %8s %18s %8s %s",
                l.string(Fields.CASE), l.string(Fields.EXECUTOR), (int) l.number(Fields.MINIBATCH),
                (int) l.number(Fields.NEURONS), l.number(Fields.BUILD_S), l.number(Fields.S_PER_SIM_S),
                l.number(Fields.S_PER_SIM_S_BEST), l.number(Fields.CPU_S_PER_SIM_S),
                l.number(Fields.NEURON_UPDATES_PER_S) / 1e6,
                (int) l.number(Fields.STEPS), ratio(l.number(Fields.SPEEDUP_VS_REFERENCE)), peer(l), peerRatio(l),
                target(l))).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** A training line has no simulated seconds: epochs, throughput and accuracy instead. */
    private static String training(final ResultLine l) {
        return String.format(Locale.ROOT, "%-26s %-9s %4d  %d seeds x %d epochs x %d images: %.2f s/epoch, %.0f"
                + " samples/s, test MSE %.1f (median); pytorch %.2f s/epoch, x peer %s", l.string(Fields.CASE),
            l.string(Fields.EXECUTOR), (int) l.number(Fields.MINIBATCH), (int) l.number(Fields.SEEDS),
            (int) l.number(Fields.EPOCHS), (int) l.number(Fields.TRAIN_ROWS), l.number(Fields.S_PER_EPOCH),
            l.number(Fields.SAMPLES_PER_S), l.number(Fields.TEST_MSE), l.number(Fields.PYTORCH_S_PER_EPOCH),
            ratio(l.number(Fields.VS_PYTORCH)));
    }

    private static String peer(final ResultLine l) {
        final StringBuilder sb = new StringBuilder();
        if (!Double.isNaN(l.number(Fields.NENGO_S_PER_SIM_S))) {
            sb.append(String.format(Locale.ROOT, "nengo %.3g", l.number(Fields.NENGO_S_PER_SIM_S)));
        }
        if (!Double.isNaN(l.number(Fields.BRIAN2_CPP_S_PER_SIM_S))) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "b2 %.3g",
                l.number(Fields.BRIAN2_CPP_S_PER_SIM_S)));
        }
        if (!Double.isNaN(l.number(Fields.NENGODL_K80_S))) {
            sb.append(String.format(Locale.ROOT, "k80 %.3g s", l.number(Fields.NENGODL_K80_S)));
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    private static String peerRatio(final ResultLine l) {
        final StringBuilder sb = new StringBuilder();
        for (String f : List.of(Fields.VS_NENGO, Fields.VS_BRIAN2_CPP, Fields.VS_NENGODL_K80)) {
            if (!Double.isNaN(l.number(f))) {
                sb.append(sb.length() == 0 ? "" : "/").append(ratio(l.number(f)));
            }
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    private static String target(final ResultLine l) {
        final Object met = l.fields().get(Fields.TARGETS_MET);
        return met == null ? "" : Boolean.TRUE.equals(met) ? "met" : "MISSED";
    }

    private static String ratio(final double r) {
        if (Double.isNaN(r)) {
            return "-";
        }
        return r >= 100 ? String.format(Locale.ROOT, "%.0fx", r) : String.format(Locale.ROOT, "%.2fx", r);
    }
}
