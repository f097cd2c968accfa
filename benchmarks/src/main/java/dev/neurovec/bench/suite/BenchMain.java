package dev.neurovec.bench.suite;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-to-end suite's entry point: runs the selected cases, prints each JSON result line as it is
 * measured (human lines start with {@code #}, so <code>grep '^{'</code> extracts the JSON), appends the
 * lines to {@code --json FILE}, and ends with a table. {@code --help} lists the options.
 *
 * <p>How to run: {@code ./neurovec bench [options]} from the repository root (the command line adds the training
 * case, {@code autoencoder}, which needs the examples module). This class alone runs the simulation cases:
 * <pre>
 * java --add-modules jdk.incubator.vector -cp examples/target/neurovec.jar dev.neurovec.bench.suite.BenchMain --quick
 * </pre>
 */
public final class BenchMain {
    /** Exit code of a run in which every case ran. */
    public static final int OK = 0;
    /** Exit code when a case failed (the others still ran). */
    public static final int CASE_FAILED = 1;
    /** Exit code of a command-line mistake. */
    public static final int USAGE = 2;

    private BenchMain() {
    }

    /**
     * Runs the suite with the command line's arguments and exits with {@link #run}'s code.
     *
     * @param args the options ({@code --help})
     */
    public static void main(final String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * Runs the suite with the built-in cases; the {@code neurovec bench} command calls this.
     *
     * @param args the options ({@code --help})
     * @param out  where JSON lines, progress and the table go
     * @return {@link #OK}, {@link #CASE_FAILED} or {@link #USAGE}
     */
    public static int run(final String[] args, final PrintStream out) {
        return run(args, out, CaseRegistry.defaults());
    }

    /**
     * Runs the suite with the cases of a given registry.
     *
     * @param args     the options
     * @param out      where JSON lines, progress and the table go
     * @param registry the cases to choose from
     * @return {@link #OK}, {@link #CASE_FAILED} or {@link #USAGE}
     */
    public static int run(final String[] args, final PrintStream out, final CaseRegistry registry) {
        final SuiteOptions options;
        final List<BenchCase> selected;
        try {
            options = SuiteArgs.parse(args);
            if (options.list()) {
                list(registry, out);
                return OK;
            }
            selected = registry.select(options);
        } catch (SuiteArgs.HelpRequested h) {
            out.println(SuiteArgs.USAGE);
            return OK;
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println(SuiteArgs.USAGE);
            return USAGE;
        }
        final String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        // Once, before any case: the sources may be edited while a long run goes on, the binary may not.
        final String commit = Machine.commit();
        header(options, started, commit, out);
        final List<ResultLine> lines = new ArrayList<>();
        int failed = 0;
        try (BufferedWriter json = options.jsonFile() == null ? null : Files.newBufferedWriter(options.jsonFile(),
            StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            final ResultSink sink = new PrintingSink(out, json, lines, started, commit);
            for (BenchCase c : selected) {
                try {
                    c.run(options, sink);
                } catch (RuntimeException | OutOfMemoryError e) {
                    // one broken case must not lose the others' figures: report and go on
                    failed++;
                    out.println("# case " + c.name() + " FAILED: " + e);
                }
            }
        } catch (IOException e) {
            out.println("error: cannot write " + options.jsonFile() + ": " + e.getMessage());
            return CASE_FAILED;
        }
        out.println("#");
        for (String row : ResultTable.render(lines).split("\\R")) {
            out.println("# " + row);
        }
        return failed == 0 ? OK : CASE_FAILED;
    }

    private static void list(final CaseRegistry registry, final PrintStream out) {
        for (BenchCase c : registry.all()) {
            out.printf(Locale.ROOT, "%-26s %s%s%n", c.name(), c.description(), c.quick() ? " [quick]" : "");
        }
        for (Map.Entry<String, String> e : registry.pendingCases().entrySet()) {
            out.printf(Locale.ROOT, "%-26s (pending) %s%n", e.getKey(), e.getValue());
        }
    }

    private static void header(final SuiteOptions o, final String started, final String commit,
                               final PrintStream out) {
        out.println("# NeuroVec end-to-end suite, " + started + ", commit " + commit);
        out.printf(Locale.ROOT, "# machine: %s, %d cores, %s, load %.2f%n", Machine.cpuModel(), Machine.cores(),
            Machine.jdk(), Machine.load1m());
        out.println("# kernels: " + Machine.kernels());
        out.printf(Locale.ROOT, "# settings: %s%d reps x %d steps, minibatch %s, warm-up %.1f s, reference rep budget"
                + " %.1f s, optimized rep cap %.1f s, 1 thread%n", o.quick() ? "quick, " : "", o.reps(), o.steps(),
            o.minibatches(), o.warmupSeconds(), o.referenceRepSeconds(), o.maxRepSeconds());
    }

    /**
     * Prints JSON lines and progress, appends JSON to the file, and keeps the lines for the table; tags each
     * line with the run's start and commit.
     */
    private static final class PrintingSink implements ResultSink {
        private final PrintStream out;
        private final BufferedWriter json;
        private final List<ResultLine> lines;
        private final String started;
        private final String commit;

        PrintingSink(final PrintStream out, final BufferedWriter json, final List<ResultLine> lines,
                     final String started, final String commit) {
            this.out = out;
            this.json = json;
            this.lines = lines;
            this.started = started;
            this.commit = commit;
        }

        @Override
        public void accept(final ResultLine line) {
            line.put(Fields.RUN, started).put(Fields.COMMIT, commit);
            lines.add(line);
            final String text = line.toJson();
            out.println(text);
            if (json != null) {
                try {
                    json.write(text);
                    json.newLine();
                    json.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot append to the JSON file", e);
                }
            }
        }

        @Override
        public void log(final String message) {
            for (String l : message.split("\\R")) {
                out.println("# " + l);
            }
        }
    }
}
