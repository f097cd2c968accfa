/**
 * JMH benchmarks of the operator kernels, one class per family. Every class measures the scalar twin and the SIMD
 * backend in the same run (a {@code backend} parameter), so each figure in {@code benchmarks/RESULTS.md} is a ratio
 * taken under the same machine load.
 */
package dev.neurovec.bench.kernels;
