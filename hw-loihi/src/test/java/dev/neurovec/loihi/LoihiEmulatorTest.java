package dev.neurovec.loihi;

import dev.neurovec.errors.SimulationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emulator against the golden traces of hardware.md §A2.4, run from the emitted artifact. */
class LoihiEmulatorTest {

    @TempDir
    Path dir;

    @Test
    void shouldReproduceGoldenBiasTraceWhenEmulatingFromTheArtifact() {
        final LoihiEmulator emu = new LoihiEmulator(TestModels.emitAndRead(TestModels.golden(), dir, 60),
            EmulatorOptions.defaults().withStrict(true));
        final long[] v = new long[4];
        final List<Integer> spikes = new ArrayList<>();
        for (int t = 1; t <= 60; t++) {
            final EmulatorResult r = emu.run(1);
            if (t <= 4) {
                v[t - 1] = emu.rawVoltage(0);
            }
            if (r.probe("golden.spikes")[0][0] == 1.0) {
                spikes.add(t);
            }
        }
        assertArrayEquals(new long[] {360320, 703046, 1029037, 1339111}, v);
        assertEquals(List.of(14, 30, 46), spikes);
    }

    @Test
    void shouldReproduceGoldenInputTracesWhenHostSpikesArriveOneStepLate() {
        final LoihiEmulator emu = new LoihiEmulator(TestModels.emitAndRead(TestModels.golden(), dir, 12),
            EmulatorOptions.defaults().withStrict(true));
        final long[] u0 = new long[12];
        final long[] u1 = new long[12];
        final long[] v0 = new long[12];
        long spikes = 0;
        for (int t = 0; t < 12; t++) {
            final EmulatorResult r = emu.run(1);
            u0[t] = emu.rawCurrent(2);
            u1[t] = emu.rawCurrent(3);
            v0[t] = emu.rawVoltage(2);
            spikes += r.chipSpikes();
        }
        assertArrayEquals(new long[] {0, 16256, 29567, 40466, 33135, 27132, 22216, 18191, 14895, 12196, 9986, 8177},
            u0);
        assertArrayEquals(new long[] {0, -8192, -14900, -20392, -16697, -13672, -11195, -9166, -7505, -6145, -5031,
            -4119}, u1);
        assertArrayEquals(new long[] {0, 16256, 45029, 83296, 112363, 134008, 149680, 160562, 167617, 171628, 173233,
            172951}, v0);
        assertEquals(0, spikes, "block 'golden' first spikes at step 14, block 'driven' never");
    }

    @Test
    void shouldWrapLikeModularArithmeticWhenValuesOverflow() {
        for (long x = -(1L << 25); x <= (1L << 25); x += 997) {
            final long w = IntegerCompartments.wrap(x, 21);
            assertTrue(w >= -(1L << 21) && w < (1L << 21));
            assertEquals(0, Math.floorMod(x - w, 1L << 22), "wrap keeps the value modulo 2^22");
        }
        assertEquals(-(1L << 23), IntegerCompartments.wrap(1L << 23, 23));
        assertEquals((1L << 23) - 1, IntegerCompartments.wrap((1L << 23) - 1, 23));
        assertEquals(-5, IntegerCompartments.decay(-10, 2048), "decay truncates the magnitude toward zero");
        assertEquals(-4, IntegerCompartments.decay(-9, 2048));
        assertEquals(4, IntegerCompartments.decay(9, 2048));
    }

    @Test
    void shouldThrowInStrictModeAndCountOtherwiseWhenTheAccumulatorOverflows() {
        final LoihiModel m = overflowing();
        final ArtifactReader reader = TestModels.emitAndRead(m, dir, 5);
        final SimulationError e = assertThrows(SimulationError.class,
            () -> new LoihiEmulator(reader, EmulatorOptions.defaults().withStrict(true)).run(5));
        assertTrue(e.getMessage().startsWith("Loihi emulator (strict): overflow in q of block 'sink' (chip 0 core 1)"
            + " compartment 0 at step 2"), e.getMessage());
        final EmulatorResult r = new LoihiEmulator(reader, EmulatorOptions.defaults()).run(5);
        assertTrue(r.qOverflows() > 0, "overflows counted: " + r.qOverflows());
    }

    /** 64 source compartments that all spike at step 1 into one sink with maximal weights: q = 64 * 16256 > 2^21. */
    private static LoihiModel overflowing() {
        final LoihiModel m = new LoihiModel(0.001);
        final LoihiBlock src = new LoihiBlock("src", 200);
        src.configureRelu(0, 1, 0.001);
        java.util.Arrays.fill(src.bias, 2.0);
        final LoihiBlock sink = new LoihiBlock("sink", 1);
        sink.configureRelu(0, 1, 0.001);
        final double[][] w = new double[200][1];
        for (double[] r : w) {
            r[0] = 1.0;
        }
        final LoihiSynapse syn = new LoihiSynapse("all", w);
        sink.synapses.add(syn);
        src.axons.add(LoihiAxon.identity(200, syn));
        m.add(src);
        m.add(sink);
        return m;
    }
}
