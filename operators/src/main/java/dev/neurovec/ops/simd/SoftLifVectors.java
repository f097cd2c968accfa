package dev.neurovec.ops.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import static dev.neurovec.ops.NeuronOps.SOFT_LIF_ASYMPTOTE_BELOW;

/**
 * Vector loops and lane tails of the soft LIF rate and its VJP ({@link SimdNeuronOps}). Each needs {@code exp} and
 * two {@code log1p}; as in {@link LifVectors}, they are written out here operation for operation as in
 * {@link VectorMath} because a second {@code VectorMath} call in one loop is left out of line by C2 and boxes.
 *
 * <p>With {@code x = (J - 1)/sigma} and {@code e = exp(-|x|)}: {@code softplus(x) = max(x, 0) + log1p(e)}, and the
 * logistic factor of the VJP is {@code 1/(1 + e)} for {@code x >= 0}, {@code e/(1 + e)} below.
 */
final class SoftLifVectors {

    private static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int V = SimdSpecies.LANES;

    private static final FloatVector ONE = FloatVector.broadcast(S, 1f);
    private static final FloatVector HALF = FloatVector.broadcast(S, 0.5f);
    private static final FloatVector NEG_LN2_HI = FloatVector.broadcast(S, -LaneMath.LN2_HI);
    private static final FloatVector NEG_LN2_LO = FloatVector.broadcast(S, -LaneMath.LN2_LO);
    private static final FloatVector LN2_HI = FloatVector.broadcast(S, LaneMath.LN2_HI);
    private static final FloatVector LN2_LO = FloatVector.broadcast(S, LaneMath.LN2_LO);
    private static final FloatVector E0 = FloatVector.broadcast(S, LaneMath.EXPM1_C0);
    private static final FloatVector E1 = FloatVector.broadcast(S, LaneMath.EXPM1_C1);
    private static final FloatVector E2 = FloatVector.broadcast(S, LaneMath.EXPM1_C2);
    private static final FloatVector L1 = FloatVector.broadcast(S, LaneMath.LOG_C1);

    private SoftLifVectors() {
    }

    /** Forward over the full vectors {@code [0, bound)}. */
    static void rate(final float[] j, final int jOff, final float[] out, final int outOff, final int bound,
                     final float sigma, final float tauRc, final float tauRef, final float amplitude,
                     final float logSigma) {
        final FloatVector amp = FloatVector.broadcast(S, amplitude);
        for (int i = 0; i < bound; i += V) {
            final FloatVector x = FloatVector.fromArray(S, j, jOff + i).sub(1f).div(sigma);
            // e = exp(-|x|), as VectorMath.exp
            final FloatVector xc = x.abs().neg().max(LaneMath.EXP_MIN_ARG);
            final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
            final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
            final FloatVector rr = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
            final FloatVector p = rr.fma(rr.fma(rr.fma(rr.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
            final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
            final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
            final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector t2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector e = rr.mul(rr).fma(rr.fma(p, HALF), rr).add(1f).mul(t1).mul(t2);
            // log1p(e), as VectorMath.log1p
            final FloatVector uA = e.add(1f);
            final FloatVector cA = e.sub(uA.sub(1f)).blend(ONE.sub(uA.sub(e)), e.compare(VectorOperators.GT, 1f));
            final IntVector ixA = uA.reinterpretAsInts().add(LaneMath.MANTISSA_SHIFT);
            final FloatVector efA = ixA.lanewise(VectorOperators.ASHR, 23).add(LaneMath.SHIFTER_BITS - 127)
                .reinterpretAsFloats().sub(LaneMath.SHIFTER);
            final FloatVector fA = ixA.and(0x007fffff).add(LaneMath.SQRT_HALF_BITS).reinterpretAsFloats().sub(1f);
            final FloatVector sA = fA.div(fA.add(2f));
            final FloatVector wA = sA.mul(sA);
            final FloatVector rA = wA.mul(wA.fma(wA.fma(LaneMath.LOG_C3, LaneMath.LOG_C2), L1));
            final FloatVector hA = fA.mul(fA).mul(0.5f);
            final FloatVector tailA = efA.fma(LN2_LO, cA.div(uA));
            final FloatVector logE = efA.fma(LN2_HI, fA.sub(hA.sub(sA.fma(hA.add(rA), tailA))))
                .blend(Float.NEGATIVE_INFINITY, e.compare(VectorOperators.EQ, -1f))
                .blend(Float.NaN, e.compare(VectorOperators.LT, -1f))
                .blend(e, e.compare(VectorOperators.NE, e)
                    .or(e.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY)));
            final FloatVector z = x.max(0f).add(logE).mul(sigma);
            final FloatVector invZ = ONE.div(z);
            // log1p(1/z), as VectorMath.log1p
            final FloatVector uB = invZ.add(1f);
            final FloatVector cB = invZ.sub(uB.sub(1f)).blend(ONE.sub(uB
                .sub(invZ)), invZ.compare(VectorOperators.GT, 1f));
            final IntVector ixB = uB.reinterpretAsInts().add(LaneMath.MANTISSA_SHIFT);
            final FloatVector efB = ixB.lanewise(VectorOperators.ASHR, 23).add(LaneMath.SHIFTER_BITS - 127)
                .reinterpretAsFloats().sub(LaneMath.SHIFTER);
            final FloatVector fB = ixB.and(0x007fffff).add(LaneMath.SQRT_HALF_BITS).reinterpretAsFloats().sub(1f);
            final FloatVector sB = fB.div(fB.add(2f));
            final FloatVector wB = sB.mul(sB);
            final FloatVector rB = wB.mul(wB.fma(wB.fma(LaneMath.LOG_C3, LaneMath.LOG_C2), L1));
            final FloatVector hB = fB.mul(fB).mul(0.5f);
            final FloatVector tailB = efB.fma(LN2_LO, cB.div(uB));
            final FloatVector smooth = efB.fma(LN2_HI, fB.sub(hB.sub(sB.fma(hB.add(rB), tailB))))
                .blend(Float.NEGATIVE_INFINITY, invZ.compare(VectorOperators.EQ, -1f))
                .blend(Float.NaN, invZ.compare(VectorOperators.LT, -1f))
                .blend(invZ, invZ.compare(VectorOperators.NE, invZ)
                    .or(invZ.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY)));
            final FloatVector q = x.neg().sub(logSigma).blend(smooth,
                x.compare(VectorOperators.GT, SOFT_LIF_ASYMPTOTE_BELOW));
            amp.div(q.mul(tauRc).add(tauRef)).intoArray(out, outOff + i);
        }
    }

    /** Forward, one neuron. */
    static float rateLane(final float current, final float sigma, final float tauRc, final float tauRef,
                          final float amplitude, final float logSigma) {
        final float x = (current - 1f) / sigma;
        final float e = LaneMath.exp(-Math.abs(x));
        final float z = (Math.max(x, 0f) + LaneMath.log1p(e)) * sigma;
        final float smooth = LaneMath.log1p(1f / z);
        final float q = x > SOFT_LIF_ASYMPTOTE_BELOW ? smooth : -x - logSigma;
        return amplitude / (q * tauRc + tauRef);
    }

    /** VJP over the full vectors {@code [0, bound)}. */
    static void vjp(final float[] j, final int jOff, final float[] gradOut, final int gOff, final float[] gradJ,
                    final int gjOff, final int bound, final float sigma, final float tauRc, final float tauRef,
                    final float numerator, final float logSigma) {
        final FloatVector num = FloatVector.broadcast(S, numerator);
        for (int i = 0; i < bound; i += V) {
            final FloatVector x = FloatVector.fromArray(S, j, jOff + i).sub(1f).div(sigma);
            final FloatVector xc = x.abs().neg().max(LaneMath.EXP_MIN_ARG);
            final FloatVector shifted = xc.fma(LaneMath.LOG2E, LaneMath.SHIFTER);
            final FloatVector kf = shifted.sub(LaneMath.SHIFTER);
            final FloatVector rr = kf.fma(NEG_LN2_LO, kf.fma(NEG_LN2_HI, xc));
            final FloatVector p = rr.fma(rr.fma(rr.fma(rr.fma(LaneMath.EXPM1_C4, LaneMath.EXPM1_C3), E2), E1), E0);
            final IntVector k = shifted.reinterpretAsInts().sub(LaneMath.SHIFTER_BITS);
            final IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
            final FloatVector t1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector t2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            final FloatVector e = rr.mul(rr).fma(rr.fma(p, HALF), rr).add(1f).mul(t1).mul(t2);
            final FloatVector logistic = ONE.blend(e, x.compare(VectorOperators.LT, 0f)).div(e.add(1f));
            // log1p(e), as VectorMath.log1p
            final FloatVector uA = e.add(1f);
            final FloatVector cA = e.sub(uA.sub(1f)).blend(ONE.sub(uA.sub(e)), e.compare(VectorOperators.GT, 1f));
            final IntVector ixA = uA.reinterpretAsInts().add(LaneMath.MANTISSA_SHIFT);
            final FloatVector efA = ixA.lanewise(VectorOperators.ASHR, 23).add(LaneMath.SHIFTER_BITS - 127)
                .reinterpretAsFloats().sub(LaneMath.SHIFTER);
            final FloatVector fA = ixA.and(0x007fffff).add(LaneMath.SQRT_HALF_BITS).reinterpretAsFloats().sub(1f);
            final FloatVector sA = fA.div(fA.add(2f));
            final FloatVector wA = sA.mul(sA);
            final FloatVector rA = wA.mul(wA.fma(wA.fma(LaneMath.LOG_C3, LaneMath.LOG_C2), L1));
            final FloatVector hA = fA.mul(fA).mul(0.5f);
            final FloatVector tailA = efA.fma(LN2_LO, cA.div(uA));
            final FloatVector logE = efA.fma(LN2_HI, fA.sub(hA.sub(sA.fma(hA.add(rA), tailA))))
                .blend(Float.NEGATIVE_INFINITY, e.compare(VectorOperators.EQ, -1f))
                .blend(Float.NaN, e.compare(VectorOperators.LT, -1f))
                .blend(e, e.compare(VectorOperators.NE, e)
                    .or(e.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY)));
            final FloatVector z = x.max(0f).add(logE).mul(sigma);
            final FloatVector invZ = ONE.div(z);
            // log1p(1/z), as VectorMath.log1p
            final FloatVector uB = invZ.add(1f);
            final FloatVector cB = invZ.sub(uB.sub(1f)).blend(ONE.sub(uB
                .sub(invZ)), invZ.compare(VectorOperators.GT, 1f));
            final IntVector ixB = uB.reinterpretAsInts().add(LaneMath.MANTISSA_SHIFT);
            final FloatVector efB = ixB.lanewise(VectorOperators.ASHR, 23).add(LaneMath.SHIFTER_BITS - 127)
                .reinterpretAsFloats().sub(LaneMath.SHIFTER);
            final FloatVector fB = ixB.and(0x007fffff).add(LaneMath.SQRT_HALF_BITS).reinterpretAsFloats().sub(1f);
            final FloatVector sB = fB.div(fB.add(2f));
            final FloatVector wB = sB.mul(sB);
            final FloatVector rB = wB.mul(wB.fma(wB.fma(LaneMath.LOG_C3, LaneMath.LOG_C2), L1));
            final FloatVector hB = fB.mul(fB).mul(0.5f);
            final FloatVector tailB = efB.fma(LN2_LO, cB.div(uB));
            final FloatVector logInvZ = efB.fma(LN2_HI, fB.sub(hB.sub(sB.fma(hB.add(rB), tailB))))
                .blend(Float.NEGATIVE_INFINITY, invZ.compare(VectorOperators.EQ, -1f))
                .blend(Float.NaN, invZ.compare(VectorOperators.LT, -1f))
                .blend(invZ, invZ.compare(VectorOperators.NE, invZ)
                    .or(invZ.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY)));
            final FloatVector ds = logInvZ.mul(tauRc).add(tauRef);
            final FloatVector smooth = num.mul(logistic).div(z.mul(z.add(1f)).mul(ds.mul(ds)));
            final FloatVector da = x.neg().sub(logSigma).mul(tauRc).add(tauRef);
            final FloatVector asymptote = num.div(da.mul(da).mul(sigma));
            final VectorMask<Float> smoothLanes = x.compare(VectorOperators.GT, SOFT_LIF_ASYMPTOTE_BELOW);
            final FloatVector slope = asymptote.blend(smooth, smoothLanes);
            FloatVector.fromArray(S, gradJ, gjOff + i).add(slope.mul(FloatVector.fromArray(S, gradOut, gOff + i)))
                .intoArray(gradJ, gjOff + i);
        }
    }

    /** VJP slope {@code dout/dJ}, one neuron. */
    static float slopeLane(final float current, final float sigma, final float tauRc, final float tauRef,
                           final float numerator, final float logSigma) {
        final float x = (current - 1f) / sigma;
        final float e = LaneMath.exp(-Math.abs(x));
        final float logistic = (x < 0f ? e : 1f) / (e + 1f);
        final float z = (Math.max(x, 0f) + LaneMath.log1p(e)) * sigma;
        final float ds = LaneMath.log1p(1f / z) * tauRc + tauRef;
        final float smooth = numerator * logistic / (z * (z + 1f) * (ds * ds));
        final float da = (-x - logSigma) * tauRc + tauRef;
        final float asymptote = numerator / (da * da * sigma);
        return x > SOFT_LIF_ASYMPTOTE_BELOW ? smooth : asymptote;
    }
}
