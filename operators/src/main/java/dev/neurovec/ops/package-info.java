/**
 * The kernel layer every executor calls: one interface per kernel family ({@link dev.neurovec.ops.DenseOps},
 * {@link dev.neurovec.ops.NeuronOps}, ...) and the {@link dev.neurovec.ops.Kernels} backend that picks, once per JVM,
 * the Vector API implementations in {@code ops.simd} or the scalar twins in {@code ops.scalar}.
 *
 * <p>Conventions shared by every kernel:
 * <ul>
 *   <li>Arguments: float arrays each followed by its offset, then counts, then per-element parameter arrays, then
 *       scalars; outputs come last among the arrays. A name without suffix overwrites its output, {@code ...Inc}
 *       adds to it.</li>
 *   <li>Engine layout: element {@code i} of a signal, minibatch entry {@code b}, lives at {@code base[off + i*B + b]}
 *       (signal-major, minibatch innermost), so a dense transform over a minibatch is a row-major GEMM and an
 *       element-wise kernel sees one flat run of {@code elements*B} floats.</li>
 *   <li>Kernels hold no state, never allocate and check their arguments only with {@code assert}; shapes are
 *       validated once when the engine binds its plan.</li>
 *   <li>Determinism: results are bit-identical run to run and independent of JIT warm-up. Element-wise results do
 *       not depend on an element's position in the run nor on the run length, so a run may be split at any
 *       boundary. Reductions use a summation order fixed by the reduction length alone.</li>
 *   <li>VJPs ({@code ...Vjp}) add into their gradient arrays; callers clear those once per backward pass.</li>
 * </ul>
 */
package dev.neurovec.ops;
