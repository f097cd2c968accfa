/**
 * The planned executor: a {@code Plan}'s groups bound to two float base arrays and to the SIMD
 * kernels of the operators module, one call per group per step.
 */
package dev.neurovec.sim.planned;
