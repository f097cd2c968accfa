package dev.neurovec.ops.scalar;

import dev.neurovec.ops.GatherOps;
import dev.neurovec.ops.Kernels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Gather and scatter semantics (blocks, offsets, repeated indices), on both backends. */
class GatherOpsTest {

    static List<GatherOps> backends() {
        return List.of(new ScalarGatherOps(), Kernels.get().gather());
    }

    private static float[] iota(final int n, final float base) {
        final float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = base + i;
        }
        return x;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldMoveWholeBlocksWhenBlockIsTheMinibatch(final GatherOps ops) {
        final float[] src = iota(1 + 4 * 3, 100f);
        final int[] idx = {9, 3, 0, 3};
        final float[] dst = new float[2 + 3 * 3];
        ops.gather(src, 1, idx, 1, dst, 2, 3, 3);
        assertArrayEquals(new float[] {0, 0, 110, 111, 112, 101, 102, 103, 110, 111, 112}, dst);

        final float[] scattered = new float[1 + 4 * 3];
        ops.scatter(iota(6, 1f), 0, new int[] {2, 0}, 0, scattered, 1, 2, 3);
        assertArrayEquals(new float[] {0, 4, 5, 6, 0, 0, 0, 1, 2, 3, 0, 0, 0}, scattered);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shouldAddEveryContributionWhenScatterIndicesRepeat(final GatherOps ops) {
        final float[] dst = new float[4];
        ops.scatterInc(new float[] {1, 2, 4, 8}, 0, new int[] {1, 1, 3, 1}, 0, dst, 0, 4, 1);
        assertArrayEquals(new float[] {0, 11, 0, 4}, dst);

        final float[] dst2 = {1, 1, 1, 1};
        ops.gatherScatterInc(new float[] {10, 20, 30}, 0, new int[] {2, 0, 2}, 0, dst2, 0, new int[] {0, 0, 3}, 0,
            3, 1);
        assertArrayEquals(new float[] {41, 1, 1, 31}, dst2);

        final float[] dst3 = new float[4];
        ops.gatherScatter(new float[] {10, 20, 30}, 0, new int[] {2, 1}, 0, dst3, 0, new int[] {3, 0}, 0, 2, 1);
        assertArrayEquals(new float[] {20, 0, 0, 30}, dst3);
    }
}
