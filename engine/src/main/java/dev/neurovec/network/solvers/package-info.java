/**
 * Decoder and weight solvers, as Nengo's {@code nengo.solvers}: given the activity matrix {@code A}
 * (eval points x neurons) and targets {@code Y}, find {@code X} with {@code A X ≈ Y}
 * (nengo-semantics.md §1.11, §2.4). Frontend leaf used by the connection builder; dense linear algebra
 * is EJML's, and only what EJML lacks (non-negative least squares) is written here.
 */
package dev.neurovec.network.solvers;
