package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import static dev.neurovec.ops.NeuronOps.LIF_RATE_GRAD_MIN_X;

/**
 * Vector loops of the rate neurons of {@link SimdNeuronOps} (LIF rate, sigmoid, tanh and their VJPs), each over
 * the full vectors {@code [0, bound)}; the callers finish the tail with {@link LaneMath}. The transcendental
 * functions are written out operation for operation as in {@link VectorMath} rather than called: a shared method
 * that takes a vector is boxed when C2 declines to inline it, which on JDK 17 happened to {@code VectorMath.sigmoid}
 * once it had been compiled on its own (allocation test, 384 B per call).
 */
final class RateVectors {

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
    private static final FloatVector T0 = FloatVector.broadcast(S, LaneMath.TANH_C0);
    private static final FloatVector T1 = FloatVector.broadcast(S, LaneMath.TANH_C1);
    private static final FloatVector T2 = FloatVector.broadcast(S, LaneMath.TANH_C2);

    private RateVectors() {
    }

    /** {@code out = J > 1 ? amplitude/(log1p(1/(J-1))·tauRc + tauRef) : 0}. */
    static void lifRate(final float[] j, final int jOff, final float[] out, final int outOff, final int bound,
                        final float tauRc, final float tauRef, final float amplitude) {
        for (int i = 0; i < bound; i += V) {
            final FloatVector zero = FloatVector.zero(S);
            final FloatVector current = FloatVector.fromArray(S, j, jOff + i);
            final VectorMask<Float> active = current.compare(VectorOperators.GT, 1f);
            final FloatVector x = zero.blend(ONE.div(current.sub(1f)), active);
            final FloatVector u = x.add(1f);
            final FloatVector c = x.sub(u.sub(1f)).blend(ONE.sub(u.sub(x)), x.compare(VectorOperators.GT, 1f));
            final IntVector ix = u.reinterpretAsInts().add(LaneMath.MANTISSA_SHIFT);
            final FloatVector ef = ix.lanewise(VectorOperators.ASHR, 23).add(LaneMath.SHIFTER_BITS - 127)
                .reinterpretAsFloats().sub(LaneMath.SHIFTER);
            final FloatVector f = ix.and(0x007fffff).add(LaneMath.SQRT_HALF_BITS).reinterpretAsFloats().sub(1f);
            final FloatVector s = f.div(f.add(2f));
            final FloatVector w = s.mul(s);
            final FloatVector r = w.mul(w.fma(w.fma(LaneMath.LOG_C3, LaneMath.LOG_C2), L1));
            final FloatVector h = f.mul(f).mul(0.5f);
            final FloatVector tail = ef.fma(LN2_LO, c.div(u));
            final FloatVector q = ef.fma(LN2_HI, f.sub(h.sub(s.fma(h.add(r), tail))))
                .blend(Float.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, -1f))
                .blend(Float.NaN, x.compare(VectorOperators.LT, -1f))
                .blend(x, x.compare(VectorOperators.NE, x)
                    .or(x.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY)));
            final FloatVector rate = FloatVector.broadcast(S, amplitude).div(q.mul(tauRc).add(tauRef));
            zero.blend(rate, active).intoArray(out, outOff + i);
        }
    }

    /** {@code gradJ += J > 1 ? numerator/(D²·x·(x+1))·gradOut : 0}, {@code x = max(J-1, min)}. */
    static void lifRateVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff,
                           final float[] gradJ, final int gjOff, final int bound, final float tauRc,
                           final float tauRef, final float numerator) {
        for (int i = 0; i < bound; i += V) {
            final FloatVector current = FloatVector.fromArray(S, j, jOff + i);
            final FloatVector xm = current.sub(1f).max(LIF_RATE_GRAD_MIN_X);
            final FloatVector x = ONE.div(xm);
            final FloatVector u = x.add(1f);
            final FloatVector c = x.sub(u.sub(1f)).blend(ONE.sub(u.sub(x)), x.compare(VectorOperators.GT, 1f));
            final IntVector ix = u.reinterpretAsInts().add(LaneMath.MANTISSA_SHIFT);
            final FloatVector ef = ix.lanewise(VectorOperators.ASHR, 23).add(LaneMath.SHIFTER_BITS - 127)
                .reinterpretAsFloats().sub(LaneMath.SHIFTER);
            final FloatVector f = ix.and(0x007fffff).add(LaneMath.SQRT_HALF_BITS).reinterpretAsFloats().sub(1f);
            final FloatVector s = f.div(f.add(2f));
            final FloatVector w = s.mul(s);
            final FloatVector r = w.mul(w.fma(w.fma(LaneMath.LOG_C3, LaneMath.LOG_C2), L1));
            final FloatVector h = f.mul(f).mul(0.5f);
            final FloatVector tail = ef.fma(LN2_LO, c.div(u));
            final FloatVector q = ef.fma(LN2_HI, f.sub(h.sub(s.fma(h.add(r), tail))))
                .blend(Float.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, -1f))
                .blend(Float.NaN, x.compare(VectorOperators.LT, -1f))
                .blend(x, x.compare(VectorOperators.NE, x)
                    .or(x.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY)));
            final FloatVector d = q.mul(tauRc).add(tauRef);
            final FloatVector slope = FloatVector.broadcast(S, numerator).div(d.mul(d).mul(xm.mul(xm.add(1f))));
            final FloatVector g = FloatVector.fromArray(S, gradJ, gjOff + i);
            g.add(slope.mul(FloatVector.fromArray(S, gradOut, gOff + i)))
                .blend(g, current.compare(VectorOperators.GT, 1f).not())
                .intoArray(gradJ, gjOff + i);
        }
    }

    /** {@code out = sigmoid(J)/tauRef}. */
    static void sigmoid(final float[] j, final int jOff, final float[] out, final int outOff, final int bound,
                        final float tauRef) {
        for (int i = 0; i < bound; i += V) {
            final FloatVector x = FloatVector.fromArray(S, j, jOff + i);
            final FloatVector xc = x.neg().max(LaneMath.EXP_MIN_ARG).min(LaneMath.EXP_MAX_ARG);
            final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
            final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
            final FloatVector rr = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
            final FloatVector p = rr.fma(rr.fma(rr.fma(rr.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
            final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
            final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
            final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector t2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector e = rr.mul(rr).fma(rr.fma(p, HALF), rr).add(1f).mul(t1).mul(t2);
            final FloatVector sg = ONE.div(e.add(1f));
            sg.div(tauRef).intoArray(out, outOff + i);
        }
    }

    /** {@code gradJ += sigmoid(J)·(1 - sigmoid(J))/tauRef·gradOut}. */
    static void sigmoidVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff,
                           final float[] gradJ, final int gjOff, final int bound, final float tauRef) {
        for (int i = 0; i < bound; i += V) {
            final FloatVector x = FloatVector.fromArray(S, j, jOff + i);
            final FloatVector xc = x.neg().max(LaneMath.EXP_MIN_ARG).min(LaneMath.EXP_MAX_ARG);
            final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
            final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
            final FloatVector rr = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
            final FloatVector p = rr.fma(rr.fma(rr.fma(rr.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
            final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
            final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
            final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector t2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector e = rr.mul(rr).fma(rr.fma(p, HALF), rr).add(1f).mul(t1).mul(t2);
            final FloatVector sg = ONE.div(e.add(1f));
            final FloatVector slope = sg.mul(ONE.sub(sg)).div(tauRef);
            FloatVector.fromArray(S, gradJ, gjOff + i).add(slope.mul(FloatVector.fromArray(S, gradOut, gOff + i)))
                .intoArray(gradJ, gjOff + i);
        }
    }

    /** {@code out = tanh(J)/tauRef}. */
    static void tanh(final float[] j, final int jOff, final float[] out, final int outOff, final int bound,
                     final float tauRef) {
        for (int i = 0; i < bound; i += V) {
            final FloatVector x = FloatVector.fromArray(S, j, jOff + i);
            final FloatVector w = x.mul(x);
            final FloatVector poly = w.fma(w.fma(w.fma(w.fma(LaneMath.TANH_C4, LaneMath.TANH_C3), T2), T1), T0);
            final FloatVector small = x.mul(w).fma(poly, x);
            final FloatVector a = x.abs();
            final FloatVector xc = a.add(a).min(LaneMath.EXP_MAX_ARG);
            final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
            final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
            final FloatVector rr = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
            final FloatVector p = rr.fma(rr.fma(rr.fma(rr.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
            final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
            final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
            final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector t2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector e = rr.mul(rr).fma(rr.fma(p, HALF), rr).add(1f).mul(t1).mul(t2);
            final FloatVector large = ONE.sub(TWO.div(e.add(1f)));
            final FloatVector th = large.blend(large.neg(), x.compare(VectorOperators.LT, 0f))
                .blend(small, a.compare(VectorOperators.LT, LaneMath.TANH_SMALL));
            th.div(tauRef).intoArray(out, outOff + i);
        }
    }

    /** {@code gradJ += (1 - tanh(J)²)/tauRef·gradOut}. */
    static void tanhVjp(final float[] j, final int jOff, final float[] gradOut, final int gOff, final float[] gradJ,
                        final int gjOff, final int bound, final float tauRef) {
        for (int i = 0; i < bound; i += V) {
            final FloatVector x = FloatVector.fromArray(S, j, jOff + i);
            final FloatVector w = x.mul(x);
            final FloatVector poly = w.fma(w.fma(w.fma(w.fma(LaneMath.TANH_C4, LaneMath.TANH_C3), T2), T1), T0);
            final FloatVector small = x.mul(w).fma(poly, x);
            final FloatVector a = x.abs();
            final FloatVector xc = a.add(a).min(LaneMath.EXP_MAX_ARG);
            final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
            final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
            final FloatVector rr = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
            final FloatVector p = rr.fma(rr.fma(rr.fma(rr.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
            final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
            final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
            final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector t2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector e = rr.mul(rr).fma(rr.fma(p, HALF), rr).add(1f).mul(t1).mul(t2);
            final FloatVector large = ONE.sub(TWO.div(e.add(1f)));
            final FloatVector th = large.blend(large.neg(), x.compare(VectorOperators.LT, 0f))
                .blend(small, a.compare(VectorOperators.LT, LaneMath.TANH_SMALL));
            final FloatVector slope = ONE.sub(th.mul(th)).div(tauRef);
            FloatVector.fromArray(S, gradJ, gjOff + i).add(slope.mul(FloatVector.fromArray(S, gradOut, gOff + i)))
                .intoArray(gradJ, gjOff + i);
        }
    }
}
