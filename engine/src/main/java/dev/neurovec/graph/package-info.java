/**
 * The graph optimizer: simplifications to a fixpoint, merging of independent operators into groups,
 * and the layout of signals in base arrays, producing a {@code Plan} that executors bind to memory
 * and kernels. Third stage of the pipeline (network → build → graph → sim).
 */
package dev.neurovec.graph;
