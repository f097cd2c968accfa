package dev.neurovec.loihi;

import dev.neurovec.errors.BuildError;

/**
 * Turns a block's float parameters into chip registers exactly as nengo-loihi's discretization
 * (hardware.md §A2.1, §A2.2): integer decays, integral-compensation factors, one voltage/bias/weight scale per
 * block searched over weight exponents 0..-7, threshold mantissas, bias mantissa/exponent pairs, voltage
 * limits, and per-synapse 8-bit mixed-sign weights. Every rounding is {@link Math#rint} (numpy's half-even);
 * logarithms and powers use {@link StrictMath}, so the registers are the same on every JVM, platform and JIT state.
 *
 * <p>Blocks are discretized before they are split ({@link BlockSplitter} then cuts the integer arrays), so a
 * split model and the unsplit one share every register value and emulate identically (§E4.4).
 */
public final class Discretizer {
    /** Empirical mean rounding loss of one integer decay step ({@code decay_magnitude}). */
    static final double DECAY_ROUNDING_LOSS = 0.494;
    /** Accumulator magnitude the decay integrals are estimated at. */
    static final double DECAY_X0 = 1 << 21;
    private static final double W_MAX_EPS = 1e-8;
    private static final double W_MAX_SYN_EPS = 1e-16;
    private static final int SHIFT_BITS = 8 - SynapseFormat.REAL_WEIGHT_BITS + 1;
    private static final int WEIGHT_MANT_MAX = (1 << (8 - SHIFT_BITS)) - 1;

    private Discretizer() {
    }

    /**
     * Discretizes every block of the model in place.
     *
     * @param model the device model (not yet split)
     */
    public static void discretize(final LoihiModel model) {
        if (model.discretized) {
            throw new IllegalStateException("LoihiModel already discretized");
        }
        for (LoihiBlock b : model.blocks) {
            discretize(b, model.warnings::add);
        }
        model.discretized = true;
    }

    /**
     * Discretizes one block and its incoming synapses.
     *
     * @param block the block
     * @param warn  receives lost-bit warnings
     * @return the block's integer registers (also stored in the block)
     */
    static DiscreteBlock discretize(final LoihiBlock block, final java.util.function.Consumer<String> warn) {
        final int n = block.n();
        double wMax = 0;
        for (LoihiSynapse s : block.synapses) {
            wMax = Math.max(wMax, maxAbs(s.weights));
        }
        final int[] decayU = new int[n];
        final int[] decayV = new int[n];
        for (int i = 0; i < n; i++) {
            decayU[i] = (int) Math.rint(clip(block.decayU[i] * 4095 - 1, 0, 4095));
            decayV[i] = (int) Math.rint(block.decayV[i] * 4095);
            if (decayV[i] < 0 || decayV[i] > LoihiLimits.DECAY_MAX) {
                throw new BuildError(block + ": decayV[" + i + "] = " + block.decayV[i] + " gives register "
                    + decayV[i] + "; expected 0 <= decayV <= " + LoihiLimits.DECAY_MAX);
            }
        }
        final int du = uniform(block, "decayU", decayU);
        final int dv = uniform(block, "decayV", decayV);
        final double uInfactor = block.scaleU ? 1 / checkedMagnitude(block, "decayU", du, 1) : 1.0;
        final double vInfactor = block.scaleV ? 1 / checkedMagnitude(block, "decayV", dv, 0) : 1.0;

        double bMax = maxAbs(block.bias);
        double vthMaxF = 0;
        for (double v : block.vth) {
            vthMaxF = Math.max(vthMaxF, v);
        }
        final long[] vth = new long[n];
        final long[] bias = new long[n];
        final double wScale;
        final double vScale;
        final double bScale;
        int wExp = 0;
        if (wMax > W_MAX_EPS) {
            final double ws = 255 / wMax;
            final double sScale = 1 / (uInfactor * vInfactor);
            boolean found = false;
            double vs = 0;
            double bs = 0;
            for (wExp = 0; wExp >= -7; wExp--) {
                vs = sScale * ws * StrictMath.pow(2, 6 + wExp);
                bs = vs * vInfactor;
                if (scaleFits(block, vs, bs, vth, bias)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                throw new BuildError(block + ": could not find an appropriate weight exponent: for every wExp in"
                    + " 0..-7 some threshold exceeds " + LoihiLimits.VTH_MAX + " or some |bias| exceeds "
                    + LoihiLimits.BIAS_MAX + " (wMax = " + wMax + ", max |bias| = " + bMax + ")");
            }
            wExp = Math.max(wExp, -7);
            wScale = ws;
            vScale = vs;
            bScale = bs;
        } else if (bMax > W_MAX_EPS) {
            double bs = LoihiLimits.BIAS_MAX / bMax;
            double vs = 0;
            boolean found = false;
            while (bs * bMax > 1) {
                vs = bs / vInfactor;
                if (scaleFits(block, vs, bs, vth, bias)) {
                    found = true;
                    break;
                }
                bs /= 2;
            }
            if (!found) {
                throw new BuildError(block + ": could not find a bias scale that keeps every threshold <= "
                    + LoihiLimits.VTH_MAX + " (max |bias| = " + bMax + ", max vth = " + vthMaxF + ")");
            }
            vScale = vs;
            bScale = bs;
            wScale = bs * uInfactor / 64;
        } else {
            final double vthCap = Math.min(LoihiLimits.VTH_MAX, (1 << 21) - 1);
            vScale = vthCap / (vthMaxF + 1);
            bScale = vScale * vInfactor;
            scaleFits(block, vScale, bScale, vth, bias);
            wScale = vScale * vInfactor * uInfactor / 64;
        }

        final int[] vthMant = new int[n];
        final int[] biasMant = new int[n];
        final int[] biasExp = new int[n];
        for (int i = 0; i < n; i++) {
            vthMant[i] = (int) Math.rint(vth[i] / 64.0);
            if (vthMant[i] < 1 || vthMant[i] > LoihiLimits.VTH_MAN_MAX) {
                throw new BuildError(block + ": compartment " + i + " threshold mantissa " + vthMant[i]
                    + " (vth " + block.vth[i] + " x vScale " + vScale + "); expected 1 <= vthMant <= "
                    + LoihiLimits.VTH_MAN_MAX);
            }
            final int e = (int) Math.ceil(log2(Math.max(Math.abs(bias[i]) / (double) LoihiLimits.BIAS_MAN_MAX, 1)));
            biasExp[i] = e;
            biasMant[i] = (int) Math.rint(bias[i] / StrictMath.pow(2, e));
        }
        final int negVmLimit = (int) clip(Math.rint(log2(-block.vmin * vScale + 1)), 0, 31);
        final int posVmLimit = Double.isInfinite(block.vmax) ? 7
            : (int) clip(Math.rint((log2(block.vmax * vScale + 1) - 9) / 2), 0, 7);
        final int[] refract = block.refractDelay.clone();
        final DiscretizeInfo info = new DiscretizeInfo(wMax, wExp, vScale, bScale, wScale, uInfactor, vInfactor);
        final DiscreteBlock d = new DiscreteBlock(decayU, decayV, refract, vthMant, biasMant, biasExp, negVmLimit,
            posVmLimit, info);
        block.discrete = d;
        for (LoihiSynapse s : block.synapses) {
            s.discrete = discretizeSynapse(block, s, wMax, wExp, wScale, warn);
        }
        return d;
    }

    private static boolean scaleFits(final LoihiBlock block, final double vScale, final double bScale,
                                     final long[] vth, final long[] bias) {
        boolean ok = true;
        for (int i = 0; i < block.n(); i++) {
            vth[i] = (long) Math.rint(block.vth[i] * vScale);
            bias[i] = (long) Math.rint(block.bias[i] * bScale);
            ok &= vth[i] <= LoihiLimits.VTH_MAX && Math.abs(bias[i]) <= LoihiLimits.BIAS_MAX;
        }
        return ok;
    }

    /**
     * Per-synapse weight exponent and 8-bit weights (hardware.md §A2.2).
     */
    static DiscreteSynapse discretizeSynapse(final LoihiBlock block, final LoihiSynapse s, final double wMax,
                                             final int wExp, final double wScale,
                                             final java.util.function.Consumer<String> warn) {
        final double wMaxI = maxAbs(s.weights);
        final int weightExp;
        final int dwExp;
        if (wMaxI > W_MAX_SYN_EPS) {
            dwExp = (int) Math.floor(log2(wMax / wMaxI));
            weightExp = Math.max(wExp - dwExp, -6);
        } else {
            weightExp = -6;
            dwExp = wExp + 6;
        }
        final double scaleDw = StrictMath.pow(2, dwExp);
        final int s2 = SHIFT_BITS + weightExp;
        final long scale = 1L << (6 + weightExp);
        final int[][] wgt = new int[s.nAxons()][s.nTargets()];
        for (int a = 0; a < s.nAxons(); a++) {
            for (int j = 0; j < s.nTargets(); j++) {
                final double w = s.weights[a][j] * wScale * scaleDw;
                long wi = (long) clip(Math.rint(w / (1 << SHIFT_BITS)), -WEIGHT_MANT_MAX, WEIGHT_MANT_MAX);
                if (s2 < 0) {
                    final double p = StrictMath.pow(2, s2);
                    wi = (long) clip(Math.rint(wi * p) / p, -WEIGHT_MANT_MAX, WEIGHT_MANT_MAX);
                    wi >>= -s2;
                } else {
                    wi <<= s2;
                }
                wi <<= 6;
                final long reg = Math.floorDiv(wi, scale);
                if (reg < -256 || reg > 255) {
                    throw new BuildError(block + ", " + s + ": axon " + a + " target " + j + " weight register "
                        + reg + "; expected -256 <= Wgt <= 255");
                }
                wgt[a][j] = (int) reg;
            }
        }
        final int lost = s2 < 0 ? -s2 : 0;
        if (lost > 0) {
            warn.accept(block.label() + ", synapse '" + s.label() + "': lost " + lost
                + " extra weight bits (wgtExp " + weightExp + ")");
        }
        return new DiscreteSynapse(weightExp, dwExp, lost, wgt);
    }

    /**
     * Estimated sum of the integer decay series {@code x_i = floor(r x_(i-1))} divided by {@code x0}, with
     * {@code r = (4096 - offset - decay) / 4096} ({@code decay_magnitude}, hardware.md §A2.1 step 3).
     *
     * @param decay  decay register value
     * @param x0     starting magnitude
     * @param offset 1 for the current decay (the chip adds 1), 0 for the voltage decay
     * @return the estimated sum
     */
    static double decayMagnitude(final int decay, final double x0, final int offset) {
        final double r = (4096.0 - offset - decay) / 4096.0;
        final double q = DECAY_ROUNDING_LOSS;
        final double nSteps = -StrictMath.log1p(x0 * (1 - r) / q) / StrictMath.log(r);
        final double rn1 = StrictMath.pow(r, nSteps + 1);
        final double principal = (1 - rn1) / (1 - r);
        final double loss = q / ((1 - r) * x0) * (nSteps + 1 - (1 - rn1) / (1 - r));
        return principal - loss;
    }

    private static double checkedMagnitude(final LoihiBlock block, final String which, final int decay,
                                           final int offset) {
        final double r = (4096.0 - offset - decay) / 4096.0;
        if (!(r > 0 && r < 1)) {
            throw new BuildError(block + ": " + which + " register " + decay + " cannot be integral-compensated"
                + " (decay factor " + r + "); expected a decay strictly between 0 and 1");
        }
        return decayMagnitude(decay, DECAY_X0, offset);
    }

    private static int uniform(final LoihiBlock block, final String what, final int[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] != values[0]) {
                throw new BuildError(block + ": " + what + "[" + i + "] = " + values[i] + " differs from " + what
                    + "[0] = " + values[0] + "; expected one decay per block (one voltage scale per block)");
            }
        }
        return values[0];
    }

    static double maxAbs(final double[][] m) {
        double mx = 0;
        for (double[] r : m) {
            mx = Math.max(mx, maxAbs(r));
        }
        return mx;
    }

    static double maxAbs(final double[] a) {
        double mx = 0;
        for (double v : a) {
            mx = Math.max(mx, Math.abs(v));
        }
        return mx;
    }

    static double clip(final double x, final double lo, final double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    /** Base-2 logarithm, exact for powers of two (so floor/ceil of it never land one off, as numpy's). */
    static double log2(final double x) {
        if (x > 0 && Double.isFinite(x) && x == Math.scalb(1.0, Math.getExponent(x))) {
            return Math.getExponent(x);
        }
        return StrictMath.log(x) / StrictMath.log(2);
    }
}
