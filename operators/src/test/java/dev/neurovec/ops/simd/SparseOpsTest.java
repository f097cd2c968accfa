package dev.neurovec.ops.simd;

import dev.neurovec.ops.SparseOps;
import dev.neurovec.ops.scalar.ScalarSparseOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.neurovec.ops.simd.TwinCheck.SEED;
import static dev.neurovec.ops.simd.TwinCheck.Tolerance;
import static dev.neurovec.ops.simd.TwinCheck.assertTwinAgrees;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SparseOpsTest {

    private static final int OFF = 3;
    private static final int[] BATCHES = {1, 2, 3, 15, 16, 17, 33, 64, 65};

    private final SparseOps scalar = new ScalarSparseOps();
    private final SparseOps simd = new SimdSparseOps();

    /** A random CSR pattern: {@code [rowPtr, colIdx]} with rows of 0 to about {@code 2·density·cols} nonzeros. */
    static int[][] pattern(final Random r, final int rows, final int cols, final double density) {
        final int[] rowPtr = new int[rows + 1];
        final int[] colIdx = new int[rows * cols];
        int nnz = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (r.nextDouble() < (i % 5 == 0 ? 0.0 : 2 * density * r.nextDouble())) {
                    colIdx[nnz++] = j;
                }
            }
            rowPtr[i + 1] = nnz;
        }
        return new int[][] {rowPtr, java.util.Arrays.copyOf(colIdx, nnz)};
    }

    @Test
    void shouldMatchScalarTwinForCsrProductsWhenRowsAndBatchesVary() {
        for (final int rows : new int[] {1, 7, 40}) {
            for (final int cols : new int[] {1, 17, 100}) {
                for (final int n : BATCHES) {
                    final long seed = SEED + 10_007L * rows + 101L * cols + n;
                    final Random r = new Random(seed);
                    final int[][] csr = pattern(r, rows, cols, 0.3);
                    final int[] rowPtr = csr[0];
                    final int[] colIdx = csr[1];
                    final float[][] arrays = {TwinCheck.withEdges(r, colIdx.length + 1, -1f, 1f),
                        TwinCheck.uniform(r, cols * n + OFF, -1f, 1f), TwinCheck.uniform(r, rows * n + 2 * OFF, -1f,
                            1f),
                        TwinCheck.uniform(r, rows * n + OFF, -1f, 1f), TwinCheck.uniform(r, cols * n + 2 * OFF, -1f,
                            1f),
                        TwinCheck.uniform(r, colIdx.length + 1, -1f, 1f)};
                    final String s = TwinCheck.shape(rows, cols, n);
                    assertTwinAgrees("csrMmInc " + s, seed, arrays, Tolerance.sum(cols), scalar, simd,
                        (o, a) -> o.csrMmInc(a[0], colIdx, rowPtr, rows, a[1], OFF, a[2], OFF, n));
                    assertTwinAgrees("csrMmTransInc " + s, seed, arrays, Tolerance.sum(rows), scalar, simd,
                        (o, a) -> o.csrMmTransInc(a[0], colIdx, rowPtr, rows, a[3], OFF, a[4], OFF, n));
                    assertTwinAgrees("csrValueGradInc " + s, seed, arrays, Tolerance.sum(n), scalar, simd,
                        (o, a) -> o.csrValueGradInc(colIdx, rowPtr, rows, a[3], OFF, a[1], OFF, n, a[5]));
                }
            }
        }
    }
}
