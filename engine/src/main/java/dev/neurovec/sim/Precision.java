package dev.neurovec.sim;

/** Floating-point precision of a simulation's signals. */
public enum Precision {
    /** Signals are float32 (NengoDL's default); the reference executor rounds every written value to float. */
    FLOAT32,
    /** Signals are float64 (Nengo's default); matches Nengo's reference simulator to round-off. */
    FLOAT64
}
