package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector loop and the lane tail of the LIF step ({@link SimdNeuronOps#lifStep}).
 *
 * <p>Most neurons neither spike nor leave their refractory period in a step: a vector of them needs neither
 * {@code expm1} (its lanes take the full-step constant) nor {@code log1p} (no spike time to place). Each is computed
 * only when {@code anyTrue()} says some lane of the vector needs it, and then on every lane, blended as before, so
 * every lane gets the bits of the branch-free loop and of {@link #lane}. In NEF networks at typical rates most
 * vectors skip both.
 *
 * <p>The two functions are written out in the loop, operation for operation as in {@link VectorMath}: a call to
 * {@link VectorMath} (or to a private helper) twice from one loop left the second call out of line (C2's node cutoff) and boxed a
 * vector per call (12 B per neuron, 5x slower). {@link LaneMath} gives the tail the same bits.
 */
final class LifVectors {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    private static final FloatVector ONE = FloatVector.broadcast(S, 1f);
    private static final FloatVector TWO = FloatVector.broadcast(S, 2f);
    private static final FloatVector HALF = FloatVector.broadcast(S, 0.5f);
    private static final FloatVector NEG_LN2_HI = FloatVector.broadcast(S, -LaneMath.LN2_HI);
    private static final FloatVector NEG_LN2_LO = FloatVector.broadcast(S, -LaneMath.LN2_LO);
    private static final FloatVector LN2_HI = FloatVector.broadcast(S, LaneMath.LN2_HI);
    private static final FloatVector LN2_LO = FloatVector.broadcast(S, LaneMath.LN2_LO);
    private static final FloatVector E0 = FloatVector.broadcast(S, LaneMath.EXPM1_C0);
    private static final FloatVector E1 = FloatVector.broadcast(S, LaneMath.EXPM1_C1);
    private static final FloatVector E2 = FloatVector.broadcast(S, LaneMath.EXPM1_C2);
    private static final FloatVector L1 = FloatVector.broadcast(S, LaneMath.LOG_C1);

    private LifVectors() {
    }

    /** All full vectors of the run: neurons {@code [0, bound)}. */
    static void step(final float[] j, final int jOff, final float[] v, final int vOff, final float[] ref,
                     final int refOff, final float[] out, final int outOff, final int bound, final float dt,
                     final float tauRc, final float tauRef, final float minVoltage, final float spike,
                     final float fullStep) {
        final FloatVector zero = FloatVector.zero(S);
        final FloatVector fullStepV = FloatVector.broadcast(S, fullStep);
        for (int i = 0; i < bound; i += V) {
            final FloatVector current = FloatVector.fromArray(S, j, jOff + i);
            final FloatVector v0 = FloatVector.fromArray(S, v, vOff + i);
            final FloatVector r0 = FloatVector.fromArray(S, ref, refOff + i).sub(dt);
            final FloatVector deltaT = FloatVector.broadcast(S, dt).sub(r0).max(0f).min(dt);
            final VectorMask<Float> partial = deltaT.compare(VectorOperators.NE, dt);
            FloatVector e = fullStepV;
            if (partial.anyTrue()) {
                // expm1(-deltaT/tauRc), as VectorMath.expm1
                final FloatVector xc = deltaT.neg().div(tauRc).max(LaneMath.EXPM1_MIN_ARG).min(LaneMath.EXP_MAX_ARG);
                final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
                final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
                final FloatVector rr = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
                final FloatVector p = rr.fma(rr.fma(rr.fma(rr.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
                final FloatVector q = rr.mul(rr).fma(rr.fma(p, HALF), rr);
                final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
                final FloatVector t = k.min(127).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
                final FloatVector twiceIfTop = ONE.blend(TWO, kf.compare(VectorOperators.GT, 127.5f));
                e = fullStepV.blend(q.fma(t, t.sub(1f)).mul(twiceIfTop), partial);
            }
            final FloatVector v1 = v0.sub(current.sub(v0).mul(e));
            final VectorMask<Float> spiked = v1.compare(VectorOperators.GT, 1f);
            zero.blend(spike, spiked).intoArray(out, outOff + i);
            final FloatVector v2 = v1.blend(minVoltage, v1.compare(VectorOperators.LT, minVoltage));
            if (spiked.anyTrue()) {
                final FloatVector x = zero.blend(v1.sub(1f).neg().div(current.sub(1f)), spiked);
                // log1p(x), as VectorMath.log1p
                final FloatVector u = x.add(1f);
                final FloatVector c = x.sub(u.sub(1f)).blend(ONE.sub(u.sub(x)), x.compare(VectorOperators.GT, 1f));
                final IntVector ix = u.reinterpretAsInts().add(LaneMath.MANTISSA_SHIFT);
                final FloatVector ef = ix.lanewise(VectorOperators.ASHR, 23).add(LaneMath.SHIFTER_BITS - 127)
                    .reinterpretAsFloats().sub(LaneMath.SHIFTER);
                final FloatVector f = ix.and(0x007fffff).add(LaneMath.SQRT_HALF_BITS).reinterpretAsFloats().sub(1f);
                final FloatVector s = f.div(f.add(2f));
                final FloatVector z = s.mul(s);
                final FloatVector r = z.mul(z.fma(z.fma(LaneMath.LOG_C3, LaneMath.LOG_C2), L1));
                final FloatVector hfsq = f.mul(f).mul(0.5f);
                final FloatVector tail = ef.fma(LN2_LO, c.div(u));
                final FloatVector log1p = ef.fma(LN2_HI, f.sub(hfsq.sub(s.fma(hfsq.add(r), tail))))
                    .blend(Float.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, -1f))
                    .blend(Float.NaN, x.compare(VectorOperators.LT, -1f))
                    .blend(x, x.compare(VectorOperators.NE, x).or(x.compare(VectorOperators.EQ,
                        Float.POSITIVE_INFINITY)));
                final FloatVector tSpike = log1p.mul(tauRc).add(dt);
                v2.blend(0f, spiked).intoArray(v, vOff + i);
                r0.blend(tSpike.add(tauRef), spiked).intoArray(ref, refOff + i);
            } else {
                v2.intoArray(v, vOff + i);
                r0.intoArray(ref, refOff + i);
            }
        }
    }

    /** One neuron, with the operations of {@link #step} on single floats. */
    static void lane(final float[] j, final int ji, final float[] v, final int vi, final float[] ref, final int ri,
                     final float[] out, final int oi, final float dt, final float tauRc, final float tauRef,
                     final float minVoltage, final float spike, final float fullStep) {
        final float current = j[ji];
        final float v0 = v[vi];
        final float r0 = ref[ri] - dt;
        final float deltaT = Math.min(Math.max(dt - r0, 0f), dt);
        final float e = deltaT != dt ? LaneMath.expm1(-deltaT / tauRc) : fullStep;
        final float v1 = v0 - (current - v0) * e;
        final boolean spiked = v1 > 1f;
        out[oi] = spiked ? spike : 0f;
        final float x = spiked ? -(v1 - 1f) / (current - 1f) : 0f;
        final float tSpike = LaneMath.log1p(x) * tauRc + dt;
        final float v2 = v1 < minVoltage ? minVoltage : v1;
        v[vi] = spiked ? 0f : v2;
        ref[ri] = spiked ? tSpike + tauRef : r0;
    }
}
