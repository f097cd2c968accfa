package dev.neurovec.cli;

import dev.neurovec.examples.output.Csv;
import dev.neurovec.examples.output.Plots;
import dev.neurovec.examples.tutorial.NefSinSquare;
import dev.neurovec.examples.tutorial.SpikingVsRate;
import dev.neurovec.ops.Kernels;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.SimulatorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code neurovec demo}: the NengoDL "coming from TensorFlow" tutorial in Java. Prints a summary and
 * writes CSV data and PNG plots to an output folder.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the NengoDL tutorial cells (spiking vs rate, filtered spikes, NEF sin(x^2)).")
public final class DemoCommand implements Callable<Integer> {
    /** The acceptance bound of the NEF cell. */
    static final double NEF_RMSE_BOUND = 0.1;

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("neurovec-out", "demo");

    @Option(names = "--executor", description = "planned or reference (default: ${DEFAULT-VALUE}).")
    ExecutorKind executor = ExecutorKind.PLANNED;

    @Option(names = "--nef-seconds", description = "Simulated time of the NEF cell (default: ${DEFAULT-VALUE}).")
    double nefSeconds = 5.0;

    @Override
    public Integer call() throws IOException {
        final PrintStream o = System.out;
        Files.createDirectories(out);
        final SimulatorOptions options = SimulatorOptions.defaults().withExecutor(executor);
        o.printf(Locale.ROOT, "NeuroVec tutorial demo  (kernels: %s; executor: %s)%n%n", Kernels.get().describe(),
            executor.name().toLowerCase(Locale.ROOT));
        final List<Path> written = new ArrayList<>();

        final SpikingVsRate.Result sr = SpikingVsRate.run(options, 1.0);
        o.println("[1] Spiking vs rate neurons: a 1 Hz sine into 10 ReLU and 10 spiking ReLU neurons (seed 2), 1 s");
        o.println("    mean rate, rate neurons     (Hz): " + fmt(sr.meanRates()));
        o.println("    mean rate, spiking neurons  (Hz): " + fmt(sr.meanSpikeRates()));
        written.add(write("spiking_vs_rate.csv", sr.t(), sr.input(), sr.rates(), sr.spikes(), sr.filteredSpikes()));
        written.add(png("input.png", p -> Plots.lines(p, "input: sin(2 pi t)", "input value", sr.t(),
            List.of(new Plots.Series("a", Csv.column(sr.input(), 0))))));
        written.add(png("rates.png", p -> Plots.lines(p, "rate neurons", "firing rate (Hz)", sr.t(),
            series("n", sr.rates()))));
        written.add(png("spikes.png", p -> Plots.raster(p, "spiking neurons", sr.t(), sr.spikes())));
        written.add(png("filtered_spikes.png", p -> Plots.lines(p, "spikes through Lowpass(0.05)",
            "filtered spike train (Hz)", sr.t(), series("n", sr.filteredSpikes()))));
        o.println("[2] Spike trains through Lowpass(0.05) approximate the rates: see filtered_spikes.png");

        final NefSinSquare.Result nef = NefSinSquare.run(options, nefSeconds);
        o.printf(Locale.ROOT, "[3] NEF sin(x^2): white signal -> 50 LIF (x^2) -> 50 LIF (sin), %.1f s%n", nefSeconds);
        o.printf(Locale.ROOT, "    RMSE of the output against sin(x^2): %.4f  (bound %.2f: %s)%n", nef.rmse(),
            NEF_RMSE_BOUND, nef.rmse() < NEF_RMSE_BOUND ? "ok" : "MISSED");
        written.add(write("nef_sin_square.csv", nef.t(), column(nef.input()), column(nef.target()),
            column(nef.output())));
        written.add(png("nef_sin_square.png", p -> Plots.lines(p, "NEF sin(x^2)", "value", nef.t(), List.of(
            new Plots.Series("x", nef.input()), new Plots.Series("sin(x^2)", nef.target()),
            new Plots.Series("output", nef.output())))));

        o.println();
        o.println("Wrote " + written.size() + " files to " + out.toAbsolutePath() + ":");
        for (Path p : written) {
            o.println("    " + p.getFileName());
        }
        return nef.rmse() < NEF_RMSE_BOUND ? 0 : 1;
    }

    private interface PngWriter {
        void write(Path p);
    }

    private Path png(final String name, final PngWriter w) {
        final Path p = out.resolve(name);
        w.write(p);
        return p;
    }

    private Path write(final String name, final double[] t, final double[][]... blocks) {
        final List<String> header = new ArrayList<>();
        final List<double[]> cols = new ArrayList<>();
        header.add("t");
        cols.add(t);
        final String[] names = name.startsWith("nef") ? new String[] {"x", "sin_x2", "output"}
            : new String[] {"input", "rate", "spikes", "filtered"};
        for (int b = 0; b < blocks.length; b++) {
            for (int c = 0; c < blocks[b][0].length; c++) {
                header.add(blocks[b][0].length == 1 ? names[b] : names[b] + c);
                cols.add(Csv.column(blocks[b], c));
            }
        }
        final Path p = out.resolve(name);
        Csv.write(p, header, cols);
        return p;
    }

    private static double[][] column(final double[] v) {
        final double[][] m = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            m[i][0] = v[i];
        }
        return m;
    }

    private static List<Plots.Series> series(final String prefix, final double[][] m) {
        final List<Plots.Series> s = new ArrayList<>();
        for (int c = 0; c < m[0].length; c++) {
            s.add(new Plots.Series(prefix + c, Csv.column(m, c)));
        }
        return s;
    }

    private static String fmt(final double[] v) {
        return Arrays.stream(v).mapToObj(x -> String.format(Locale.ROOT, "%.0f", x))
            .reduce((x, y) -> x + " " + y).orElse("");
    }
}
