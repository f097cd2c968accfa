package dev.neurovec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * The {@code neurovec} command line. Without a subcommand it runs the tutorial demo.
 */
@Command(name = "neurovec", mixinStandardHelpOptions = true, version = "neurovec 0.1.0",
    description = "Build, simulate, train and deploy Nengo-style neural networks on the JVM.",
    subcommands = {DemoCommand.class, BenchCommand.class, ExplainCommand.class, LoihiCommand.class, SpinnakerCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    /**
     * @param args command-line arguments
     */
    public static void main(final String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        return new DemoCommand().call();
    }
}
