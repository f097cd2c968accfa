package dev.neurovec.bench.suite;

/**
 * One benchmark of the suite: a name users select with {@code --case}, and a run that measures and
 * reports {@link ResultLine}s. Simulation cases are {@link SimulationCase}s; other kinds (training,
 * such as the {@code autoencoder} case) implement this interface and are added to
 * {@link CaseRegistry#defaults()}.
 */
public interface BenchCase {

    /** @return the name selected with {@code --case}: lower case, digits and underscores */
    String name();

    /** @return one line saying what is measured, for {@code --list} and the table */
    String description();

    /** @return true when the case belongs to the {@code --quick} subset (a few seconds per case) */
    boolean quick();

    /**
     * Measures the case and reports every result line to the sink as soon as it is known, so that a
     * failure later in the run keeps the lines already measured.
     *
     * @param options the suite settings (reps, steps, minibatch sizes, budgets)
     * @param sink    where result lines and progress messages go
     */
    void run(SuiteOptions options, ResultSink sink);
}
