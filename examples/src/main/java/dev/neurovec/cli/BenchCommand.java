package dev.neurovec.cli;

import dev.neurovec.bench.suite.BenchMain;
import dev.neurovec.bench.suite.CaseRegistry;
import dev.neurovec.examples.tutorial.AutoEncoderCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code neurovec bench [options]}: the end-to-end suite of {@code benchmarks/RESULTS.md}, with the training case
 * ({@code autoencoder}) that needs the tutorial's code registered beside the simulation cases. The options are the
 * suite's own ({@code neurovec bench --help}), passed through unchanged.
 */
@Command(name = "bench", description = "Run the end-to-end benchmark suite (simulation cases and the auto-encoder "
    + "training case) and print JSON lines and a table; 'neurovec bench --help' lists the suite's options.")
public final class BenchCommand implements Callable<Integer> {
    /** Everything after {@code bench}: the suite parses it, so its errors and usage are the suite's. */
    @Unmatched
    List<String> args = new ArrayList<>();

    /** Where the suite prints; tests replace it. */
    PrintStream stdout = System.out;

    /** @return the suite's cases plus the auto-encoder training case */
    static CaseRegistry registry() {
        return CaseRegistry.defaults().register(new AutoEncoderCase());
    }

    @Override
    public Integer call() {
        return BenchMain.run(args.toArray(new String[0]), stdout, registry());
    }
}
