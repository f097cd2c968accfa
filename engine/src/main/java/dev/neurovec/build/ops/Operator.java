package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;

import java.util.List;

/**
 * One computation of a time step, as Nengo's {@code Operator}. Each declares the signals it sets,
 * increments, reads and updates; within a step every signal sees at most one set, then any number
 * of increments, then reads, then at most one update (the value for the next step). Executors order
 * operators by these declarations (nengo-semantics.md §2.1).
 */
public sealed interface Operator permits TimeUpdate, Reset, Copy, ElementwiseInc, ElementwiseSet, DotInc, DotSet,
    SimNeurons, SimProcess, SimNode, SimPes, SimTensorNode {

    /** @return signals whose value this operator defines for the current step */
    List<Signal> sets();

    /** @return signals this operator adds to */
    List<Signal> incs();

    /** @return signals this operator reads */
    List<Signal> reads();

    /** @return signals whose next-step value this operator writes */
    List<Signal> updates();

    /** @return a short description naming the object that made this operator */
    String tag();
}
