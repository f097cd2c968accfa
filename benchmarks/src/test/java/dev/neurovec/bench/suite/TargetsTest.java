package dev.neurovec.bench.suite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TargetsTest {

    private static ResultLine optimized(final int batch, final double sPerSimS) {
        return new ResultLine().put(Fields.MINIBATCH, batch).put(Fields.S_PER_SIM_S, sPerSimS).put(Fields.DT, 0.001);
    }

    @Test
    void shouldMeetNengoTargetOnlyAtTwentyTimesFaster() {
        final ResultLine fast = optimized(1, 0.0031);
        Targets.annotate(fast, PeerFigures.nengo(0.062));
        assertEquals(20.0, fast.number(Fields.VS_NENGO), 1e-9);
        assertEquals(true, fast.fields().get(Fields.TARGETS_MET));
        final ResultLine slow = optimized(1, 0.0032);
        Targets.annotate(slow, PeerFigures.nengo(0.062));
        assertEquals(false, slow.fields().get(Fields.TARGETS_MET));
    }

    @Test
    void shouldRequireBothNengoAndBrian2WhenBothApply() {
        final ResultLine l = optimized(1, 0.005);
        Targets.annotate(l, PeerFigures.nengoAndBrian2(0.107, 0.046));
        assertEquals(21.4, l.number(Fields.VS_NENGO), 1e-9);
        assertEquals(9.2, l.number(Fields.VS_BRIAN2_CPP), 1e-9);
        assertEquals(true, l.fields().get(Fields.TARGETS_MET));
        final ResultLine m = optimized(1, 0.01);
        Targets.annotate(m, PeerFigures.nengoAndBrian2(0.107, 0.046));
        assertEquals(false, m.fields().get(Fields.TARGETS_MET), "10.7x Nengo misses the 20x target");
    }

    @Test
    void shouldCompareNengoDlOnlyAtItsMinibatchPerThousandSteps() {
        final ResultLine mb1 = optimized(1, 1.0);
        Targets.annotate(mb1, PeerFigures.nengoDl(2.25, 64));
        assertFalse(mb1.fields().containsKey(Fields.TARGETS_MET));
        final ResultLine mb64 = optimized(64, 2.0);
        Targets.annotate(mb64, PeerFigures.nengoDl(2.25, 64));
        assertEquals(1.125, mb64.number(Fields.VS_NENGODL_K80), 1e-12);
        assertEquals(true, mb64.fields().get(Fields.TARGETS_MET));
    }

    @Test
    void shouldWriteNullForNonFiniteValues() {
        assertEquals("{\"a\":null,\"b\":1.5}", new ResultLine().put("a", Double.NaN).put("b", 1.5).toJson());
    }
}
