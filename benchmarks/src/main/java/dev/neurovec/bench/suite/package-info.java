/**
 * The end-to-end benchmark suite: whole networks (Nengo's library networks, NengoDL's benchmarks,
 * the peer networks of {@code targets.md}) timed on the planned executor against the reference
 * executor in the same run, with one JSON line per (case, executor, minibatch). Entry point
 * {@link dev.neurovec.bench.suite.BenchMain}; new cases implement {@link dev.neurovec.bench.suite.BenchCase}
 * and are listed in {@link dev.neurovec.bench.suite.CaseRegistry#defaults()}.
 */
package dev.neurovec.bench.suite;
