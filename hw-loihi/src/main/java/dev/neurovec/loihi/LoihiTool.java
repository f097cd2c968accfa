package dev.neurovec.loihi;

import dev.neurovec.errors.NeuroVecException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain-Java entry point of {@code neurovec loihi}: list the reference networks, or emit one, emulate it and
 * print the report (cores, compartments, synapse bits, fidelity RMSE per probe). The exit code is 0 exactly
 * when every check in report.json passes; a build error, an unsupported path or a strict-mode overflow prints
 * its message and exits 1.
 */
public final class LoihiTool {

    /**
     * Options of one run.
     *
     * @param steps  steps to run, or null for the network's default
     * @param strict throw on emulator overflow
     * @param chips  chips on the board
     * @param maxSpikesPerStep host-to-chip spikes per chip per step (the host link cap)
     */
    public record Options(Integer steps, boolean strict, int chips, int maxSpikesPerStep) {
        /** @return defaults: the network's steps, overflows counted, 2 chips, 50 host spikes per chip and step */
        public static Options defaults() {
            return new Options(null, false, LoihiLimits.loihi1().nChips(), LoihiLimits.loihi1().maxSpikesPerStep());
        }
    }

    private LoihiTool() {
    }

    /** @return "name: description" of every reference network */
    public static List<String> referenceNetworks() {
        final List<String> out = new ArrayList<>();
        for (ReferenceNetwork r : ReferenceNetworks.all()) {
            out.add(r.name() + ": " + r.description());
        }
        return out;
    }

    /**
     * Emits, emulates and reports a reference network with default options.
     *
     * @param network reference network name
     * @param outDir  artifact directory
     * @param out     where the human report goes
     * @return 0 when every check passes, 1 when one fails, 2 when the network is unknown
     */
    public static int run(final String network, final Path outDir, final PrintStream out) {
        return run(network, outDir, out, Options.defaults());
    }

    /**
     * Emits, emulates and reports a reference network.
     *
     * @param network reference network name
     * @param outDir  artifact directory (report.json is written there too)
     * @param out     where the human report goes
     * @param options run options
     * @return 0 when every check passes, 1 when one fails, 2 when the network is unknown
     */
    public static int run(final String network, final Path outDir, final PrintStream out, final Options options) {
        final ReferenceNetwork ref;
        try {
            ref = ReferenceNetworks.get(network);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        final ReferenceNetwork.Instance inst = ref.factory().get();
        final LoihiLimits limits = LoihiLimits.loihi1().withChips(options.chips())
            .withMaxSpikesPerStep(options.maxSpikesPerStep());
        final LoihiOptions opts = LoihiOptions.defaults().withStrict(options.strict()).withLimits(limits);
        final int steps = options.steps() == null ? ref.steps() : options.steps();
        final LoihiDeployment.Outcome o;
        try {
            o = LoihiDeployment.deploy(inst.network(), inst.tolerances(), opts, steps, outDir);
        } catch (NeuroVecException | UnsupportedOperationException e) {
            out.println("Loihi deployment of '" + ref.name() + "' failed: " + e.getMessage());
            return 1;
        }
        final Map<String, Object> report = LoihiReport.toMap(ref.name(), o, opts.limits());
        LoihiReport.write(report, o);
        LoihiReport.print(ref.name(), o, opts.limits(), out);
        return o.passed() ? 0 : 1;
    }

    /**
     * Command-line form for running without the examples module: {@code --list} or {@code <network> <outDir>}.
     *
     * @param args arguments
     */
    public static void main(final String[] args) {
        if (args.length == 1 && "--list".equals(args[0])) {
            referenceNetworks().forEach(System.out::println);
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: LoihiTool --list | LoihiTool <network> <outDir>");
            System.exit(2);
        }
        System.exit(run(args[0], Path.of(args[1]), System.out));
    }
}
