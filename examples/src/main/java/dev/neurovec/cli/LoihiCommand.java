package dev.neurovec.cli;

import dev.neurovec.loihi.LoihiTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code neurovec loihi <network> --out DIR}: emit a Loihi configuration, emulate it, print the report. */
@Command(name = "loihi", mixinStandardHelpOptions = true,
    description = "Emit a Loihi configuration for a reference network, emulate it from the files, report fidelity "
        + "and resource checks (exit 1 when a check fails).")
public final class LoihiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", description = "Reference network (see --list).")
    String network;

    @Option(names = "--list", description = "List the reference networks.")
    boolean list;

    @Option(names = "--out", description = "Output folder (default: neurovec-out/loihi/<network>).")
    Path out;

    @Option(names = "--steps", description = "Steps to emulate (default: the network's).")
    Integer steps;

    @Option(names = "--strict", description = "Throw on integer overflow instead of counting it.")
    boolean strict;

    @Override
    public Integer call() {
        if (list || network == null) {
            LoihiTool.referenceNetworks().forEach(System.out::println);
            return network == null && !list ? 2 : 0;
        }
        final LoihiTool.Options d = LoihiTool.Options.defaults();
        final LoihiTool.Options o = new LoihiTool.Options(steps, strict, d.chips(), d.maxSpikesPerStep());
        final Path dir = out != null ? out : Path.of("neurovec-out", "loihi", network);
        return LoihiTool.run(network, dir, System.out, o);
    }
}
