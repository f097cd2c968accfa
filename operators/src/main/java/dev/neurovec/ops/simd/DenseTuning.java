package dev.neurovec.ops.simd;

/**
 * Shape thresholds and block sizes of the dense kernels, in one place.
 *
 * <p>Block sizes were chosen with a throwaway blocking probe (best of 2 passes, nanoTime loops of 50 calls, quiet
 * machine) and confirmed with {@code DenseBench.gemmInc} (benchmarks module, {@code dev.neurovec.bench.kernels};
 * figures in {@code benchmarks/RESULTS.md}, section Kernels). Probe, for {@code C(512×64) += A(512×512)·B(512×64)}
 * on the project machine (AMD EPYC Zen 4, 512-bit species): 4 rows × 4 vectors 107 GFLOP/s on JDK 17 (96 on 25);
 * 4×2 vectors 92 (92); 8×2 vectors 97 (114); blocking the depth loop at 64, 128 or 256 lost 3-6 %. JDK 17 is the
 * baseline, hence 4×4.
 */
final class DenseTuning {

    /** Rows of {@code C} per register block of the broadcast GEMM kernel (probe: 4 beat 8 on JDK 17). */
    static final int GEMM_ROWS = 4;

    /**
     * Vectors of {@code C} columns per register block of the broadcast GEMM kernel: 4×4 = 16 accumulators leave 16
     * of the 32 zmm registers for the {@code B} row and the broadcasts (probe: 107 vs 92 GFLOP/s for 4×2).
     */
    static final int GEMM_COLUMN_VECTORS = 4;

    /** Rows reduced together by the dot-form GEMV, sharing each load of {@code x} and one {@link Reductions#fold8}. */
    static final int GEMV_ROWS = 8;

    /**
     * Below this many columns ({@code n}, the minibatch) GEMM has no full vector of columns and runs one fma chain
     * per element; at {@code n == 1} it is a GEMV instead. Equal to the vector length by construction.
     */
    static final int GEMM_MIN_VECTOR_COLUMNS = SimdSpecies.LANES;

    private DenseTuning() {
    }
}
