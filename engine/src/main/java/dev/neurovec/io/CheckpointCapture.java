package dev.neurovec.io;

import dev.neurovec.build.Signal;
import dev.neurovec.sim.Simulator;
import dev.neurovec.train.Optimizer;
import dev.neurovec.train.OptimizerState;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Takes a {@link Checkpoint} of a simulator: its current parameters, and optionally state and optimizer. */
final class CheckpointCapture {
    private CheckpointCapture() {
    }

    /** @return the engine's version: the jar manifest's, else Maven's pom.properties in the jar, else {@code dev} */
    static String version() {
        final String v = Simulator.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (java.io.InputStream in = Simulator.class.getResourceAsStream(
            "/META-INF/maven/dev.neurovec/neurovec-engine/pom.properties")) {
            if (in != null) {
                final java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (java.io.IOException e) {
            return "dev";
        }
        return "dev";
    }

    static Checkpoint of(final Simulator sim, final SaveOptions options) {
        final StableNames names = StableNames.of(sim.network());
        final ParameterTable table = ParameterTable.of(sim.network(), sim.model(), names);
        final CheckpointInfo info = new CheckpointInfo(CheckpointLayout.FORMAT_VERSION, version(), sim.dt(), sim.seed(),
            sim.nSteps(), NetworkHash.of(sim.network()), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
            options.epoch());
        final Map<String, Float32Array> params = new LinkedHashMap<>();
        final Set<String> trainable = new HashSet<>();
        for (ParameterTable.Param p : table.params().values()) {
            params.put(p.key(), new Float32Array(p.shape(), floats(sim.read(p.signal(), 0))));
            if (p.trainable()) {
                trainable.add(p.key());
            }
        }
        Map<String, Float32Array> state = null;
        final int mb = sim.options().minibatchSize();
        if (options.includeState()) {
            state = new LinkedHashMap<>();
            for (ParameterTable.State s : table.state().values()) {
                final int n = s.signal().size();
                final float[] v = new float[mb * n];
                for (int b = 0; b < mb; b++) {
                    final double[] row = sim.read(s.signal(), b);
                    for (int i = 0; i < n; i++) {
                        v[b * n + i] = (float) row[i];
                    }
                }
                state.put(s.key(), new Float32Array(new int[] {mb, n}, v));
            }
        }
        final OptimizerSection opt = options.includeOptimizer() ? optimizer(sim, table) : null;
        return new Checkpoint(info, params, trainable, state, state == null ? 0 : mb, opt);
    }

    private static OptimizerSection optimizer(final Simulator sim, final ParameterTable table) {
        final Optimizer o = sim.optimizer();
        if (o == null) {
            throw new IllegalStateException("saveParams with includeOptimizer: the simulator has no optimizer; call"
                + " compile(optimizer, loss) first");
        }
        final OptimizerState st = sim.optimizerState();
        final Map<String, Float32Array> slots = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Signal, float[]>> slot : st.slots().entrySet()) {
            for (Map.Entry<Signal, float[]> v : slot.getValue().entrySet()) {
                final ParameterTable.Param p = table.paramOf(v.getKey());
                if (p != null && v.getValue().length > 0) {
                    slots.put(p.key() + "/" + slot.getKey(), new Float32Array(p.shape(), v.getValue().clone()));
                }
            }
        }
        return new OptimizerSection(o.getClass().getSimpleName(), st.describe(), st.iterations(), slots);
    }

    private static float[] floats(final double[] d) {
        final float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
