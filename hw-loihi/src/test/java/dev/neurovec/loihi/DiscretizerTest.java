package dev.neurovec.loihi;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Discretization against the golden example of hardware.md §A2.4 and independent brute-force checks. */
class DiscretizerTest {

    /** The §A2.4 block: 2 LIF compartments, tau_rc 0.02, tau_s 0.005, bias [2, -1], one 2x2 synapse. */
    static LoihiBlock goldenBlock() {
        final LoihiBlock b = new LoihiBlock("golden", 2);
        b.configureLif(0.02, 0.002, 0.001, 0.0);
        b.configureFilter(0.005, 0.001, w -> { });
        b.bias[0] = 2.0;
        b.bias[1] = -1.0;
        b.synapses.add(new LoihiSynapse("syn", new double[][] {{0.5, -0.25}, {0.1, 0.0}}));
        return b;
    }

    @Test
    void shouldMatchGoldenRegistersWhenDiscretizingTheA24Block() {
        final LoihiBlock b = goldenBlock();
        assertEquals(0.181269, b.decayU[0], 5e-7);
        assertEquals(0.048771, b.decayV[0], 5e-7);
        final List<String> warnings = new ArrayList<>();
        final DiscreteBlock d = Discretizer.discretize(b, warnings::add);
        assertArrayEquals(new int[] {741, 741}, d.decayU());
        assertArrayEquals(new int[] {200, 200}, d.decayV());
        assertEquals(0.181155, d.info().uInfactor(), 5e-7);
        assertEquals(0.048831, d.info().vInfactor(), 5e-7);
        assertEquals(0, d.info().wExp());
        assertEquals(3_689_811.58, d.info().vScale(), 0.01);
        assertEquals(180_176.96, d.info().bScale(), 0.01);
        assertArrayEquals(new int[] {57653, 57653}, d.vthMant());
        assertEquals(3_689_792L, (long) d.vthMant()[0] << 6);
        assertArrayEquals(new int[] {2815, -2815}, d.biasMant());
        assertArrayEquals(new int[] {7, 6}, d.biasExp());
        assertEquals(360_320L, (long) d.biasMant()[0] << d.biasExp()[0]);
        assertEquals(-180_160L, (long) d.biasMant()[1] << d.biasExp()[1]);
        assertEquals(0, -(1 << d.negVmLimit()) + 1, "vmin");
        assertEquals(8_388_607, (1 << (9 + 2 * d.posVmLimit())) - 1, "vmax");
        assertArrayEquals(new int[] {3, 3}, d.refractDelay());

        final DiscreteSynapse s = b.synapses.get(0).discrete();
        assertEquals(0, s.weightExp());
        assertEquals(0, s.lostBits());
        assertArrayEquals(new int[] {254, -128}, s.wgt()[0]);
        assertArrayEquals(new int[] {52, 0}, s.wgt()[1], "0.1 * 510 = 51 -> rint(25.5) = 26 (half-even) -> 52");
        assertEquals(16256, s.effective(0, 0));
        assertEquals(-8192, s.effective(0, 1));
        assertEquals(3328, s.effective(1, 0));
        assertEquals(0, s.effective(1, 1));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void shouldEstimateTheIntegerDecaySeriesWhenComparedWithBruteForce() {
        for (int offset = 0; offset <= 1; offset++) {
            for (int decay : new int[] {50, 200, 741, 1500, 3000, 4000}) {
                final long x0 = 1L << 21;
                long x = x0;
                long sum = 0;
                while (x > 0) {
                    sum += x;
                    x = (x * (4096 - offset - decay)) >> 12;
                }
                final double brute = sum / (double) x0;
                final double est = Discretizer.decayMagnitude(decay, x0, offset);
                assertEquals(brute, est, 2e-3 * brute, "decay " + decay + " offset " + offset);
            }
        }
    }

    @Test
    void shouldDropLowBitsWhenWeightExponentIsBelowMinusOne() {
        final LoihiBlock b = new LoihiBlock("lossy", 2);
        b.configureRelu(0, 1, 0.001);
        b.synapses.add(new LoihiSynapse("big", new double[][] {{1.0, -1.0}}));
        b.synapses.add(new LoihiSynapse("small", new double[][] {{0.01, 0.013}}));
        final List<String> warnings = new ArrayList<>();
        Discretizer.discretize(b, warnings::add);
        final DiscreteSynapse small = b.synapses.get(1).discrete();
        // dwExp = floor(log2(1 / 0.013)) = 6, weightExp = max(0 - 6, -6) = -6, s2 = 1 - 6 = -5: 5 bits lost
        assertEquals(6, small.dwExp());
        assertEquals(-6, small.weightExp());
        assertEquals(5, small.lostBits());
        assertEquals(1, warnings.size());
        // independent: w' = w * 255 * 64 / 2 -> mantissa rint(81.6)=82, rint(106.08)=106; round to multiples of 32
        final long m0 = (long) (Math.rint(Math.rint(0.01 * 255 * 64 / 2) / 32) * 32) >> 5 << 6;
        final long m1 = (long) (Math.rint(Math.rint(0.013 * 255 * 64 / 2) / 32) * 32) >> 5 << 6;
        assertEquals(m0, small.effective(0, 0));
        assertEquals(m1, small.effective(0, 1));
    }

    @Test
    void shouldRoundHalfToEvenWhenQuantizingWeights() {
        assertEquals(26.0, Math.rint(25.5));
        assertEquals(128.0, Math.rint(127.5));
        assertEquals(-64.0, Math.rint(-63.75));
        assertEquals(2.0, Math.rint(2.5));
    }

    @Test
    void shouldKeepEffectiveWeightsReconstructibleFromRegistersWhenWeightsAreRandom() {
        final Random rnd = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            final LoihiBlock b = new LoihiBlock("rand" + trial, 5);
            b.configureLif(0.02, 0.002, 0.001, 0);
            b.configureFilter(0.005, 0.001, w -> { });
            for (int i = 0; i < 5; i++) {
                b.bias[i] = rnd.nextGaussian() * 3;
            }
            for (int k = 0; k < 3; k++) {
                final double scale = k == 0 ? 1.0 : Math.pow(10, -rnd.nextInt(4));
                final double[][] w = new double[4][5];
                for (double[] r : w) {
                    for (int j = 0; j < 5; j++) {
                        r[j] = rnd.nextGaussian() * scale;
                    }
                }
                b.synapses.add(new LoihiSynapse("s" + k, w));
            }
            final DiscreteBlock d = Discretizer.discretize(b, w -> { });
            for (LoihiSynapse s : b.synapses) {
                final DiscreteSynapse ds = s.discrete();
                final double unit = d.info().wScale() * Math.pow(2, 6 + d.info().wExp());
                if (d.info().wExp() - ds.dwExp() < -6) {
                    continue; // weightExp clamped at -6: nengo-loihi keeps dwExp unchanged, weights shrink on purpose
                }
                final int s2 = 1 + ds.weightExp();
                final double mantStep = Math.pow(2, Math.max(0, -s2));
                final double bound = (0.5 * mantStep + (s2 < 0 ? 0.5 : 0)) * 2 * Math.pow(2, 6 + ds.weightExp());
                for (int a = 0; a < 4; a++) {
                    for (int j = 0; j < 5; j++) {
                        assertTrue(ds.wgt()[a][j] % 2 == 0, "mixed 8-bit weights are even");
                        final double exact = s.weights[a][j] * unit;
                        final double err = Math.abs(ds.effective(a, j) - exact);
                        // the mantissa clips at 127 before it is rounded to a multiple of 2^-s2 and shifted (A2.2)
                        final double mant = Math.rint(exact / Math.pow(2, 7 + ds.weightExp()));
                        final double multiple = s2 < 0 ? Math.rint(mant / mantStep) * mantStep : mant;
                        final boolean saturated = Math.abs(multiple) > 127;
                        assertTrue(saturated || err <= bound + 1e-9, "weight error " + err + " > " + bound);
                    }
                }
            }
        }
    }
}
