package dev.neurovec.bench.suite;

/** Receives what a {@link BenchCase} measures, as it measures it. */
public interface ResultSink {

    /**
     * @param line one measured (case, executor, minibatch) result
     */
    void accept(ResultLine line);

    /**
     * @param message a progress or diagnostic message for the human reader (not part of the JSON)
     */
    void log(String message);
}
