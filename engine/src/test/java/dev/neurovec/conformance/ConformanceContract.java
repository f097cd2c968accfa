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
    /** float64: the test's formula and the executor's agree but for operation order (a few ulps). */
    static final double F64_RTOL = 1e-12;
    /**
     * float32: a value the executor forms in a few float operations, each rounding by up to 6e-8 relative
     * (the size of NengoDL's own float32 overrides of Nengo's suite, §7.2).
     */
    static final double F32_RTOL = 1e-6;
    /** float32: a double parameter (weights, encoders) stored once as float: one rounding, 6e-8 relative. */
    static final double F32_PARAM_RTOL = 1e-7;


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

    /** @return the relative tolerance of a short exact computation in this precision */
    static double exactRtol(final Precision precision) {
        return precision == Precision.FLOAT64 ? F64_RTOL : F32_RTOL;
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
