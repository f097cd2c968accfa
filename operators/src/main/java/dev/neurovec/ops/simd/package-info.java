/**
 * Vector API ({@code jdk.incubator.vector}) kernels: the only package of NeuroVec that imports the incubator module.
 * {@link dev.neurovec.ops.simd.SimdKernels} is loaded by name from {@link dev.neurovec.ops.Kernels#get()} and hands
 * out a Vector API kernel wherever JMH measured one faster than the scalar twin, and the twin elsewhere.
 *
 * <p>House rules for the code here, each from a measurement on the project machine (JDK 17.0.15 and 25.0.3):
 * <ul>
 *   <li>The species is a {@code static final} constant of {@link dev.neurovec.ops.simd.SimdSpecies}.</li>
 *   <li>No Vector API transcendental ({@code EXP}, {@code LOG1P}, {@code TANH}, ...): their values change between
 *       the interpreted fallback and the compiled SVML call. {@link dev.neurovec.ops.simd.VectorMath} builds them
 *       from IEEE-exact lanewise operations and fma, and {@link dev.neurovec.ops.simd.LaneMath} repeats the same
 *       operation sequence on single floats for the tails. A test runs every kernel in a child JVM with
 *       {@code -Xint} and compares the bits with the C2-compiled run.</li>
 *   <li>No masked stores and no masked loads that reach the array end: on JDK 17 both fall back to Java code that
 *       allocates (112-152 B per call). Tails run {@code LaneMath} or {@code Math.fma}, which give the same bits as
 *       a vector lane, so an element's result does not depend on where a run starts or ends.</li>
 *   <li>No {@code reduceLanes(ADD)}: its summation order is unspecified. Lanes are folded in the fixed pairwise
 *       order of {@link dev.neurovec.ops.simd.Reductions}.</li>
 *   <li>No {@code F2I} conversion (allocates on JDK 17); rounding uses the 1.5·2²³ shifter instead.</li>
 *   <li>A kernel loop calls no method of ours that takes or returns a vector: such a call is boxed whenever C2
 *       declines to inline it (node budget spent, or the helper already compiled on its own beyond
 *       {@code InlineSmallCode}), measured at up to 12 B per element. {@code VectorMath} and {@code Reductions}
 *       are the tested reference forms; the loops write the same operations out.</li>
 *   <li>No vector value defined before a loop and used inside it across the loop's safepoint (JDK 17 boxes it),
 *       no vector phis from conditional expressions, and no method too large for C1 (it then runs interpreted
 *       until C2 compiles it, seconds later).</li>
 *   <li>JDK 17 only: after a warm-up across many kernels the Vector API's shared internals exceed C2's
 *       deoptimization trap limits, some intrinsics then fall back to allocating Java code in the largest kernels
 *       (up to 17 kB per call). Run JDK 17 with {@code -XX:PerMethodTrapLimit=10000 -XX:PerBytecodeTrapLimit=100};
 *       JDK 25 needs no flag.</li>
 * </ul>
 */
package dev.neurovec.ops.simd;
