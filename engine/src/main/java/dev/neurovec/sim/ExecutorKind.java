package dev.neurovec.sim;

/** Which executor runs a simulation. */
public enum ExecutorKind {
    /** One operator at a time in plain Java: small, obviously correct, the oracle for tests. */
    REFERENCE,
    /** The optimized plan of merged operator groups on SIMD kernels. */
    PLANNED
}
