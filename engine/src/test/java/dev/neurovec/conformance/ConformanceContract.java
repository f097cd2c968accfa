package dev.neurovec.conformance;

import dev.neurovec.network.Network;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import org.junit.jupiter.api.Assumptions;

/**
 * What every conformance contract needs from the executor it runs on, as Nengo's backend-agnostic
 * suite gets its {@code Simulator} fixture (nengo-semantics.md §7.1): the executor's options and the
 * precisions it supports. A subclass per executor supplies them; a float64 case on an executor that
 * runs float32 only is skipped through an assumption, so it shows as skipped rather than passing.
 */
abstract class ConformanceContract {

    /** @return the executor's options (float32, Nengo's dt of 1 ms, seed from the network) */
    abstract SimulatorOptions options();

    /**
     * @param precision a precision
     * @return whether this executor runs it
     */
    boolean supports(final Precision precision) {
        return true;
    }

    /**
     * @param precision the precision a case needs; the case is skipped when the executor lacks it
     * @return the executor's options in that precision
     */
    final SimulatorOptions options(final Precision precision) {
        Assumptions.assumeTrue(supports(precision), options().executor() + " runs " + precision + " not at all");
        return options().withPrecision(precision);
    }

    /** @return a float32 simulator of the network on this executor */
    final Simulator simulator(final Network net) {
        return new Simulator(net, options(Precision.FLOAT32));
    }

    /** @return a simulator of the network on this executor in the given precision */
    final Simulator simulator(final Network net, final Precision precision) {
        return new Simulator(net, options(precision));
    }

    /** @return a simulator of the network on this executor, float32, with the given dt */
    final Simulator simulator(final Network net, final double dt) {
        return new Simulator(net, options(Precision.FLOAT32).withDt(dt));
    }
}
