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
 *       operation sequence on single floats for the tails.</li>
 *   <li>No masked stores and no masked loads that reach the array end: on JDK 17 both fall back to Java code that
 *       allocates (112-152 B per call). Tails run {@code LaneMath}, which gives the same bits as a vector lane, so an
 *       element's result does not depend on where a run starts or ends.</li>
 *   <li>No {@code reduceLanes(ADD)}: its summation order is unspecified. {@link dev.neurovec.ops.simd.Reductions}
 *       folds lanes in a fixed pairwise order.</li>
 *   <li>No {@code F2I} conversion (allocates on JDK 17); rounding uses the 1.5·2²³ shifter instead.</li>
 * </ul>
 */
package dev.neurovec.ops.simd;
