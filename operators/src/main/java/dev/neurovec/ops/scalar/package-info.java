/**
 * Scalar twins of every kernel: the plainest correct loop, written in the order of the formula, with no unrolling.
 * They are the test oracle for {@code ops.simd}, the backend when the Vector API is unavailable, and the
 * implementation {@code SimdKernels} hands out wherever the JIT already vectorizes the loop as well as hand-written
 * vector code would (streaming element-wise updates, gathers and scatters).
 */
package dev.neurovec.ops.scalar;
