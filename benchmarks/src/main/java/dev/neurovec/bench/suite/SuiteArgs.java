package dev.neurovec.bench.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the suite's command line into {@link SuiteOptions}; an {@link IllegalArgumentException} says what is
 * wrong.
 */
final class SuiteArgs {
    /** The {@code --help} text. */
    static final String USAGE = String.join(System.lineSeparator(),
        "usage: neurovec bench [options]   (or java ... dev.neurovec.bench.suite.BenchMain [options])",
        "  --quick                    a subset that finishes in about 2 minutes (3 reps, short warm-up)",
        "  --case NAME                run one case (repeatable); --list shows the names",
        "  --json FILE                append the JSON lines to FILE (they are always printed too)",
        "  --reps N                   timed reps per case, executor and minibatch (default 5); autoencoder: seeds",
        "                             0..N-1",
        "  --steps N                  steps per timed rep (default 1000 = 1 simulated second)",
        "  --minibatch B[,B...]       minibatch sizes (default 1,64)",
        "  --warmup-seconds S         untimed run before timing (default 3)",
        "  --reference-rep-seconds S  wall budget of one reference rep; it times fewer steps if slow (default 3)",
        "  --max-rep-seconds S        wall cap of one optimized rep (default 20)",
        "  --profile                  time each op group of the optimized plan and print where time goes",
        "  --explain                  print Plan.describe() for each optimized simulator",
        "  --list                     list the cases and exit",
        "  --help                     this text");

    private SuiteArgs() {
    }

    /** Thrown for {@code --help}: not an error, the caller prints the usage. */
    static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Without a stack trace: it is control flow of the command line, not a failure. */
        HelpRequested() {
            super("help requested", null, false, false);
        }
    }

    /**
     * @param args the command line
     * @return the settings; {@code --quick} shortens the settings not given explicitly
     * @throws IllegalArgumentException naming the option and value that are wrong
     * @throws HelpRequested for {@code --help}
     */
    static SuiteOptions parse(final String[] args) {
        final SuiteOptions d = SuiteOptions.defaults();
        boolean quick = false;
        boolean profile = false;
        boolean explain = false;
        boolean list = false;
        final List<String> cases = new ArrayList<>();
        Path json = null;
        Integer reps = null;
        int steps = d.steps();
        List<Integer> minibatches = d.minibatches();
        Double warmup = null;
        Double refRep = null;
        Double maxRep = null;
        for (int i = 0; i < args.length; i++) {
            final String a = args[i];
            switch (a) {
                case "--quick" -> quick = true;
                case "--profile" -> profile = true;
                case "--explain" -> explain = true;
                case "--list" -> list = true;
                case "--help", "-h" -> throw new HelpRequested();
                case "--case" -> cases.add(value(args, i++, a));
                case "--json" -> json = Path.of(value(args, i++, a));
                case "--reps" -> reps = integer(args, i++, a);
                case "--steps" -> steps = integer(args, i++, a);
                case "--minibatch" -> minibatches = integers(args, i++, a);
                case "--warmup-seconds" -> warmup = decimal(args, i++, a);
                case "--reference-rep-seconds" -> refRep = decimal(args, i++, a);
                case "--max-rep-seconds" -> maxRep = decimal(args, i++, a);
                default -> throw new IllegalArgumentException("unknown option '" + a + "'; --help lists the options");
            }
        }
        final SuiteOptions parsed = new SuiteOptions(false, cases, json, reps == null ? d.reps() : reps, steps,
            minibatches, warmup == null ? d.warmupSeconds() : warmup, refRep == null ? d.referenceRepSeconds() : refRep,
            maxRep == null ? d.maxRepSeconds() : maxRep, profile, explain, list);
        if (!quick) {
            return parsed;
        }
        // --quick shortens only what was not given explicitly
        final SuiteOptions q = parsed.asQuick();
        return new SuiteOptions(true, cases, json, reps == null ? q.reps() : reps, steps, minibatches,
            warmup == null ? q.warmupSeconds() : warmup, refRep == null ? q.referenceRepSeconds() : refRep,
            maxRep == null ? q.maxRepSeconds() : maxRep, profile, explain, list);
    }

    private static String value(final String[] args, final int i, final String option) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(option + ": missing value");
        }
        return args[i + 1];
    }

    private static int integer(final String[] args, final int i, final String option) {
        final String v = value(args, i, option);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " = '" + v + "'; expected an integer", e);
        }
    }

    private static double decimal(final String[] args, final int i, final String option) {
        final String v = value(args, i, option);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " = '" + v + "'; expected a number", e);
        }
    }

    private static List<Integer> integers(final String[] args, final int i, final String option) {
        final String v = value(args, i, option);
        final List<Integer> out = new ArrayList<>();
        for (String part : v.split(",")) {
            try {
                out.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " = '" + v + "'; expected sizes like 1,64", e);
            }
        }
        return out;
    }
}
