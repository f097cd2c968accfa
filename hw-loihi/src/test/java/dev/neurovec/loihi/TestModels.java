package dev.neurovec.loihi;

import java.nio.file.Path;
import java.util.Map;

/** Hand-built device models and a helper that takes one through emit → read. */
final class TestModels {
    private TestModels() {
    }

    /**
     * The two blocks of hardware.md §A2.4: block "golden" (bias [2, -1], no input) and block "driven" (bias 0,
     * the same synapse) fed by host spikes on input axon 0 at host steps 1, 2, 3.
     */
    static LoihiModel golden() {
        final LoihiModel m = new LoihiModel(0.001);
        m.add(DiscretizerTest.goldenBlock());
        final LoihiBlock driven = new LoihiBlock("driven", 2);
        driven.configureLif(0.02, 0.002, 0.001, 0.0);
        driven.configureFilter(0.005, 0.001, w -> { });
        final LoihiSynapse syn = new LoihiSynapse("syn", new double[][] {{0.5, -0.25}, {0.1, 0.0}});
        driven.synapses.add(syn);
        m.add(driven);
        final SpikeInput in = new SpikeInput("host", 1);
        in.axons.add(new LoihiAxon(syn, new int[] {0}));
        in.spikes = new int[][] {{0}, {0}, {0}};
        m.inputs.add(in);
        final LoihiProbe v = new LoihiProbe("golden.v", null, LoihiProbe.Key.VOLTAGE, 2, null, 1.0, Double.NaN);
        v.taps.add(new LoihiProbe.Tap(m.blocks.get(0), 0, 0));
        v.taps.add(new LoihiProbe.Tap(m.blocks.get(0), 1, 1));
        m.probes.add(v);
        final LoihiProbe s = new LoihiProbe("golden.spikes", null, LoihiProbe.Key.SPIKED, 2, null, 1.0, Double.NaN);
        s.taps.add(new LoihiProbe.Tap(m.blocks.get(0), 0, 0));
        s.taps.add(new LoihiProbe.Tap(m.blocks.get(0), 1, 1));
        m.probes.add(s);
        return m;
    }

    static Artifact compile(final LoihiModel m, final LoihiLimits limits, final int steps) {
        return LoihiCompiler.compile(m, limits, CoreAllocator.Strategy.GREEDY, 0, steps, Map.of("test", true),
            LoihiCompiler.HostPlan.none(), "test");
    }

    static ArtifactReader emitAndRead(final LoihiModel m, final Path dir, final int steps) {
        ArtifactWriter.write(compile(m, LoihiLimits.loihi1(), steps), dir);
        return ArtifactReader.open(dir);
    }
}
