package dev.neurovec.cli;

import dev.neurovec.build.Model;
import dev.neurovec.build.ModelBuilder;
import dev.neurovec.examples.ExampleNetworks;
import dev.neurovec.graph.Plan;
import dev.neurovec.network.Network;
import dev.neurovec.ops.Kernels;
import dev.neurovec.sim.planned.PlannedExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Set;
import java.util.concurrent.Callable;

/** {@code neurovec explain <network>}: the optimized plan of a network. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Print the optimized plan of a network: operator counts before and after simplification, merged "
        + "groups, kernel calls, bytes moved per step, and the path of each dense product.")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", description = "Network name (omit to list them).")
    String network;

    @Option(names = "--minibatch", description = "Minibatch size (default: ${DEFAULT-VALUE}).")
    int minibatch = 1;

    @Override
    public Integer call() {
        if (network == null) {
            ExampleNetworks.all().forEach((k, v) -> System.out.printf("%-22s %s%n", k, v.description()));
            return 0;
        }
        final ExampleNetworks.Entry e = ExampleNetworks.all().get(network);
        if (e == null) {
            System.err.println("neurovec explain: unknown network '" + network + "'; known: "
                + ExampleNetworks.all().keySet());
            return 2;
        }
        final Network net = e.factory().get();
        final Model model = ModelBuilder.build(net, 0.001);
        try (PlannedExecutor ex = new PlannedExecutor(model, minibatch, 0, Set.of(), model.probes().values(),
            Kernels.get(), false)) {
            final Plan plan = ex.plan();
            System.out.println(network + ": " + e.description());
            System.out.println("kernels: " + Kernels.get().describe());
            System.out.print(plan.describe());
        }
        return 0;
    }
}
