package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Float {@code expm1}, {@code exp}, {@code log1p}, {@code tanh} and {@code sigmoid} on whole
 * vectors, built only from IEEE-exact lanewise operations (add, multiply, divide, fma, min, max, compare, blend, bit
 * operations). They therefore give the same bits interpreted and compiled, unlike the Vector API's SVML-backed
 * {@code EXP}/{@code LOG1P}/{@code TANH}, whose values change for about 1 % of lanes at JIT warm-up
 * (reference/java-stack.md §3). {@link LaneMath} performs the identical operation sequence on one float; tests check
 * that both agree bit for bit and stay within 1 ulp of {@code Math} (3 for sigmoid).
 *
 * <p>Method: {@code exp} family by reduction {@code x = k·ln2 + r}, {@code |r| <= ln2/2}, and a degree-7 polynomial
 * for {@code expm1(r)} (coefficients fitted to 4.5e-10 relative error); {@code log1p} by splitting {@code 1 + x}
 * into {@code 2^e·m}, {@code m} in {@code [√2/2, √2)}, with {@code log m = 2·atanh(f/(2+f))} from a degree-3
 * polynomial in {@code s²} (2.7e-9), plus the rounding error of {@code 1 + x} divided by {@code 1 + x};
 * {@code tanh} by an odd polynomial below 0.625 (4.5e-9) and {@code 1 - 2/(exp(2|x|) + 1)} above.
 *
 * <p>Why every body is written out in full, calling nothing of ours: once a compilation has created about 18,000
 * nodes (C2's {@code NodeCountInliningCutoff}; Vector API code is node-heavy), C2 refuses to inline further ordinary
 * methods, and a refused method that takes or returns a vector boxes it on every call (measured: 6 B per element
 * and a 5x slowdown on the LIF rate kernel). The Vector API's own methods are force-inlined past that point. So
 * these functions are each kept under {@code FreqInlineSize} (325 bytecodes) and contain no calls to helpers, and a
 * kernel calls at most three of them per loop.
 */
final class VectorMath {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;

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

    private VectorMath() {
    }

    /**
     * {@code e^x - 1}, within 1 ulp; {@code -1} below -17.3, {@code +inf} above 88.7228.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector expm1(final FloatVector x) {
        final FloatVector xc = x.max(LaneMath.EXPM1_MIN_ARG).min(LaneMath.EXP_MAX_ARG);
        final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
        final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
        final FloatVector r = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
        final FloatVector p = r.fma(r.fma(r.fma(r.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
        final FloatVector q = r.mul(r).fma(r.fma(p, HALF), r);
        final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
        final FloatVector t = k.min(127).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        final FloatVector twiceIfTop = ONE.blend(TWO, kf.compare(VectorOperators.GT, 127.5f));
        return q.fma(t, t.sub(1f)).mul(twiceIfTop);
    }

    /**
     * {@code e^x}, within 1 ulp, gradual underflow included; {@code +inf} above 88.7228, {@code 0} below -104.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector exp(final FloatVector x) {
        final FloatVector xc = x.max(LaneMath.EXP_MIN_ARG).min(LaneMath.EXP_MAX_ARG);
        final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
        final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
        final FloatVector r = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
        final FloatVector p = r.fma(r.fma(r.fma(r.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
        final FloatVector e = r.mul(r).fma(r.fma(p, HALF), r).add(1f);
        final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
        final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
        final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        final FloatVector t2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return e.mul(t1).mul(t2);
    }

    /**
     * {@code ln(1 + x)}, within 1 ulp; {@code -inf} at -1, NaN below -1 and for NaN, {@code +inf} at {@code +inf}.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector log1p(final FloatVector x) {
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
        final FloatVector result = ef.fma(LN2_HI, f.sub(hfsq.sub(s.fma(hfsq.add(r), tail))));
        return result.blend(Float.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, -1f))
            .blend(Float.NaN, x.compare(VectorOperators.LT, -1f))
            .blend(x, x.compare(VectorOperators.NE, x).or(x.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY)));
    }

    /**
     * {@code tanh x}, within 1 ulp.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector tanh(final FloatVector x) {
        final FloatVector w = x.mul(x);
        final FloatVector poly = w.fma(w.fma(w.fma(w.fma(LaneMath.TANH_C4, LaneMath.TANH_C3), T2), T1), T0);
        final FloatVector small = x.mul(w).fma(poly, x);
        final FloatVector a = x.abs();
        final FloatVector xc = a.add(a).min(LaneMath.EXP_MAX_ARG);
        final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
        final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
        final FloatVector r = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
        final FloatVector p = r.fma(r.fma(r.fma(r.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
        final FloatVector e = r.mul(r).fma(r.fma(p, HALF), r).add(1f);
        final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
        final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
        final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        final FloatVector t2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        final FloatVector large = ONE.sub(TWO.div(e.mul(t1).mul(t2).add(1f)));
        return large.blend(large.neg(), x.compare(VectorOperators.LT, 0f))
            .blend(small, a.compare(VectorOperators.LT, LaneMath.TANH_SMALL));
    }

    /**
     * {@code 1/(1 + e^-x)}, within 3 ulps; 0 where {@code e^-x} overflows float (below -88.72), as the twin.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector sigmoid(final FloatVector x) {
        final FloatVector xc = x.neg().max(LaneMath.EXP_MIN_ARG).min(LaneMath.EXP_MAX_ARG);
        final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
        final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
        final FloatVector r = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
        final FloatVector p = r.fma(r.fma(r.fma(r.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
        final FloatVector e = r.mul(r).fma(r.fma(p, HALF), r).add(1f);
        final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
        final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
        final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        final FloatVector t2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return ONE.div(e.mul(t1).mul(t2).add(1f));
    }
}
