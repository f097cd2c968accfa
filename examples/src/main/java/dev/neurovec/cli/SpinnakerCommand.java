package dev.neurovec.cli;

import dev.neurovec.spinnaker.MultiplyRounding;
import dev.neurovec.spinnaker.SpinnakerOptions;
import dev.neurovec.spinnaker.SpinnakerTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code neurovec spinnaker <network> --out DIR}: map onto SpiNNaker, emit the files, emulate, print the report. */
@Command(name = "spinnaker", mixinStandardHelpOptions = true,
    description = "Partition, place and route a reference network onto SpiNNaker, emit the files, emulate them, "
        + "report fidelity and checks (exit 1 when a check fails).")
public final class SpinnakerCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", description = "Reference network (see --list).")
    String network;

    @Option(names = "--list", description = "List the reference networks.")
    boolean list;

    @Option(names = "--out", description = "Output folder (default: neurovec-out/spinnaker/<network>).")
    Path out;

    @Option(names = "--machine", description = "spinn3, spinn5 or WxH (default: the network's).")
    String machine;

    @Option(names = "--steps", description = "Steps to emulate (default: the network's).")
    Integer steps;

    @Option(names = "--rounding", description = "Accumulator multiply rounding: ${COMPLETION-CANDIDATES}.")
    MultiplyRounding rounding;

    @Override
    public Integer call() {
        if (list || network == null) {
            SpinnakerTool.referenceNetworks().forEach(System.out::println);
            return network == null && !list ? SpinnakerTool.USAGE : SpinnakerTool.OK;
        }
        final SpinnakerOptions d = SpinnakerOptions.defaults();
        final SpinnakerOptions o = new SpinnakerOptions(machine != null ? machine : d.machine(), d.routerEntries(),
            steps != null ? steps : d.steps(), rounding != null ? rounding : d.rounding(), d.queueCapacity());
        final Path dir = out != null ? out : Path.of("neurovec-out", "spinnaker", network);
        return SpinnakerTool.run(network, dir, System.out, o);
    }
}
