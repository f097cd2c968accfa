package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Float {@code expm1}, {@code exp}, {@code log1p}, {@code tanh}, {@code sigmoid} and {@code softplus} on whole
 * vectors, built only from IEEE-exact lanewise operations (add, multiply, divide, fma, min, max, compare, blend, bit
 * operations). They therefore give the same bits interpreted and compiled, unlike the Vector API's SVML-backed
 * {@code EXP}/{@code LOG1P}/{@code TANH}, whose values change for about 1 % of lanes at JIT warm-up
 * (reference/java-stack.md §3). {@link LaneMath} performs the identical operation sequence on one float; a test
 * checks that both agree bit for bit, and that both stay within 2 ulps of {@code Math}.
 *
 * <p>Method: {@code exp} family by reduction {@code x = k·ln2 + r}, {@code |r| <= ln2/2}, and a degree-7 polynomial
 * for {@code expm1(r)} (coefficients fitted to 4.5e-10 relative error); {@code log1p} by splitting {@code 1 + x}
 * into {@code 2^e·m}, {@code m} in {@code [√2/2, √2)}, with {@code log m = 2·atanh(f/(2+f))} from a degree-3
 * polynomial in {@code s²} (2.7e-9), plus the rounding error of {@code 1 + x} divided by {@code 1 + x};
 * {@code tanh} by an odd polynomial below 0.625 (4.5e-9) and {@code 1 - 2/(exp(2|x|) + 1)} above.
 */
final class VectorMath {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;

    private static final FloatVector ONE = FloatVector.broadcast(S, 1f);
    private static final FloatVector TWO = FloatVector.broadcast(S, 2f);

    private VectorMath() {
    }

    /**
     * {@code e^x - 1}, within 2 ulps; {@code -1} below -17.3, {@code +inf} above 88.7228.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector expm1(final FloatVector x) {
        final FloatVector xc = x.max(LaneMath.EXPM1_MIN_ARG).min(LaneMath.EXP_MAX_ARG);
        final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
        final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
        final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
        final FloatVector q = expm1Reduced(reduce(xc, kf));
        final FloatVector t = k.min(127).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        final FloatVector twiceIfTop = ONE.blend(TWO, kf.compare(VectorOperators.GT, 127.5f));
        return q.fma(t, t.sub(1f)).mul(twiceIfTop);
    }

    /**
     * {@code e^x}, within 2 ulps, gradual underflow included; {@code +inf} above 88.7228, {@code 0} below -104.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector exp(final FloatVector x) {
        final FloatVector xc = x.max(LaneMath.EXP_MIN_ARG).min(LaneMath.EXP_MAX_ARG);
        final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
        final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
        final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
        final FloatVector p = expm1Reduced(reduce(xc, kf)).add(1f);
        final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
        final IntVector k2 = k.sub(k1);
        final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        final FloatVector t2 = k2.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return p.mul(t1).mul(t2);
    }

    /**
     * {@code ln(1 + x)}, within 2 ulps; {@code -inf} at -1, NaN below -1 and for NaN, {@code +inf} at {@code +inf}.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector log1p(final FloatVector x) {
        final FloatVector u = x.add(1f);
        final FloatVector lowError = x.sub(u.sub(1f));
        final FloatVector highError = ONE.sub(u.sub(x));
        final FloatVector c = lowError.blend(highError, x.compare(VectorOperators.GT, 1f));
        final IntVector ix = u.reinterpretAsInts().add(LaneMath.MANTISSA_SHIFT);
        final IntVector e = ix.lanewise(VectorOperators.ASHR, 23).sub(127);
        final FloatVector m = ix.and(0x007fffff).add(LaneMath.SQRT_HALF_BITS).reinterpretAsFloats();
        final FloatVector ef = e.add(LaneMath.SHIFTER_BITS).reinterpretAsFloats().sub(LaneMath.SHIFTER);
        final FloatVector f = m.sub(1f);
        final FloatVector s = f.div(f.add(2f));
        final FloatVector z = s.mul(s);
        final FloatVector r = z.mul(z.fma(z.fma(LaneMath.LOG_C3, LaneMath.LOG_C2), of(LaneMath.LOG_C1)));
        final FloatVector hfsq = f.mul(f).mul(0.5f);
        final FloatVector tail = ef.fma(of(LaneMath.LN2_LO), c.div(u));
        final FloatVector logM = f.sub(hfsq.sub(s.fma(hfsq.add(r), tail)));
        FloatVector result = ef.fma(of(LaneMath.LN2_HI), logM);
        result = result.blend(Float.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, -1f));
        result = result.blend(Float.NaN, x.compare(VectorOperators.LT, -1f));
        final VectorMask<Float> passThrough =
            x.compare(VectorOperators.NE, x).or(x.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY));
        return result.blend(x, passThrough);
    }

    /**
     * {@code tanh x}, within 2 ulps.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector tanh(final FloatVector x) {
        final FloatVector w = x.mul(x);
        final FloatVector poly = w.fma(w.fma(w.fma(w.fma(LaneMath.TANH_C4, LaneMath.TANH_C3), of(LaneMath.TANH_C2)),
            of(LaneMath.TANH_C1)), of(LaneMath.TANH_C0));
        final FloatVector small = x.mul(w).fma(poly, x);
        final FloatVector a = x.abs();
        final FloatVector large = ONE.sub(TWO.div(exp(a.add(a)).add(1f)));
        final FloatVector signed = large.blend(large.neg(), x.compare(VectorOperators.LT, 0f));
        return signed.blend(small, a.compare(VectorOperators.LT, LaneMath.TANH_SMALL));
    }

    /**
     * {@code 1/(1 + e^-x)}, within 3 ulps.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector sigmoid(final FloatVector x) {
        return ONE.div(exp(x.neg()).add(1f));
    }

    /**
     * {@code ln(1 + e^x)} as {@code max(x, 0) + log1p(exp(-|x|))}, within 3 ulps.
     *
     * @param x argument
     * @return the result
     */
    static FloatVector softplus(final FloatVector x) {
        return x.max(0f).add(log1p(exp(x.abs().neg())));
    }

    /** Broadcast of a constant; C2 hoists it out of the caller's loop. */
    private static FloatVector of(final float c) {
        return FloatVector.broadcast(S, c);
    }

    /** {@code r = x - k·ln2} in two fma steps (Cody and Waite), exact enough for {@code |k| <= 150}. */
    private static FloatVector reduce(final FloatVector x, final FloatVector kf) {
        return kf.fma(of(-LaneMath.LN2_LO), kf.fma(of(-LaneMath.LN2_HI), x));
    }

    /** {@code expm1(r)} for {@code |r| <= ln2/2}: {@code r + r²·(1/2 + r·P(r))}. */
    private static FloatVector expm1Reduced(final FloatVector r) {
        final FloatVector p = r.fma(r.fma(r.fma(r.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), of(LaneMath.EXPM1_C2)),
            of(LaneMath.EXPM1_C1)), of(LaneMath.EXPM1_C0));
        return r.mul(r).fma(r.fma(p, of(0.5f)), r);
    }
}
