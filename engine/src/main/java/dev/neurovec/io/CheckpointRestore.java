package dev.neurovec.io;

import dev.neurovec.build.Signal;
import dev.neurovec.io.CheckpointMismatchError.Kind;
import dev.neurovec.io.CheckpointMismatchError.Mismatch;
import dev.neurovec.sim.Simulator;
import dev.neurovec.train.Optimizer;
import dev.neurovec.train.OptimizerState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@link Checkpoint} against a simulator, then writes it in. Every mismatch is collected first;
 * if there is any, nothing is written and one {@link CheckpointMismatchError} lists them all.
 */
final class CheckpointRestore {
    private static final System.Logger LOG = System.getLogger(CheckpointRestore.class.getName());

    private final Path file;
    private final Checkpoint c;
    private final Simulator sim;
    private final LoadOptions options;
    private final ParameterTable table;
    private final List<Mismatch> problems = new ArrayList<>();
    /** Items a partial load skips: missing from the file or absent from the network. */
    private final List<Mismatch> skipped = new ArrayList<>();

    private CheckpointRestore(final Path file, final Checkpoint c, final Simulator sim, final LoadOptions options) {
        this.file = file;
        this.c = c;
        this.sim = sim;
        this.options = options;
        this.table = ParameterTable.of(sim.network(), sim.model(), StableNames.of(sim.network()));
    }

    static void apply(final Path file, final Checkpoint c, final Simulator sim, final LoadOptions options) {
        if (options.includeOptimizer() && sim.optimizer() == null) {
            throw new IllegalStateException("loadParams with includeOptimizer: the simulator has no optimizer; call"
                + " compile(optimizer, loss) before loading");
        }
        final CheckpointRestore r = new CheckpointRestore(file, c, sim, options);
        r.check();
        if (!r.problems.isEmpty()) {
            throw new CheckpointMismatchError(file, r.problems);
        }
        if (!r.skipped.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Checkpoint " + file + ": partial load skipped " + r.skipped.size()
                + " items: " + r.skipped);
        }
        r.write();
    }

    private void check() {
        final String hash = NetworkHash.of(sim.network());
        if (!hash.equals(c.info().networkHash())) {
            final String detail = "the file was written for network " + c.info().networkHash() + "; this network is "
                + hash + " (its structure differs; NetworkHash.describe shows the structure hashed)";
            if (options.strict()) {
                problems.add(new Mismatch(Kind.NETWORK_HASH, "/@" + CheckpointLayout.ATTR_NETWORK_HASH, detail));
            } else {
                LOG.log(System.Logger.Level.WARNING, "Checkpoint " + file + ": " + detail + "; loading by name anyway");
            }
        }
        final Map<String, int[]> params = new LinkedHashMap<>();
        final Map<String, String> whats = new LinkedHashMap<>();
        table.params().forEach((k, p) -> {
            params.put(k, p.shape());
            whats.put(k, p.what());
        });
        compare(CheckpointLayout.PARAMS, params, whats, c.params(), true);
        if (options.includeState()) {
            checkState();
        }
        if (options.includeOptimizer()) {
            checkOptimizer();
        }
    }

    private void checkState() {
        if (c.state() == null) {
            problems.add(new Mismatch(Kind.MISSING, "/" + CheckpointLayout.STATE,
                "the file holds no simulation state; save with SaveOptions.withState(true), or load without state"));
            return;
        }
        final int mb = sim.options().minibatchSize();
        if (c.minibatchSize() != mb) {
            problems.add(new Mismatch(Kind.SHAPE, "/" + CheckpointLayout.STATE + "@" + CheckpointLayout.ATTR_MINIBATCH,
                "is " + c.minibatchSize() + "; the simulator's minibatch size is " + mb));
            return;
        }
        if (c.info().dt() != sim.dt()) {
            problems.add(new Mismatch(Kind.DT, "/@" + CheckpointLayout.ATTR_DT, "is " + c.info().dt()
                + "; the simulator's dt is " + sim.dt() + " (simulation state depends on the time step)"));
        }
        final Map<String, int[]> shapes = new LinkedHashMap<>();
        final Map<String, String> whats = new LinkedHashMap<>();
        table.state().forEach((k, s) -> {
            shapes.put(k, new int[] {mb, s.signal().size()});
            whats.put(k, s.what());
        });
        compare(CheckpointLayout.STATE, shapes, whats, c.state(), true);
    }

    private void checkOptimizer() {
        final OptimizerSection o = c.optimizer();
        if (o == null) {
            problems.add(new Mismatch(Kind.MISSING, "/" + CheckpointLayout.OPTIMIZER,
                "the file holds no optimizer state; save with SaveOptions.withOptimizer(true), or load without it"));
            return;
        }
        final Optimizer mine = sim.optimizer();
        if (!o.name().equals(mine.getClass().getSimpleName())) {
            problems.add(new Mismatch(Kind.OPTIMIZER, "/" + CheckpointLayout.OPTIMIZER + "@"
                + CheckpointLayout.ATTR_OPTIMIZER_NAME, "is " + o.name() + "; the simulator was compiled with "
                + mine.describe()));
            return;
        }
        if (!o.config().equals(mine.describe())) {
            LOG.log(System.Logger.Level.WARNING, "Checkpoint " + file + ": the optimizer was " + o.config()
                + "; continuing its state with " + mine.describe());
        }
        final Set<String> slotNames = new LinkedHashSet<>();
        o.slots().keySet().forEach(k -> slotNames.add(k.substring(k.lastIndexOf('/') + 1)));
        final Map<String, int[]> shapes = new LinkedHashMap<>();
        final Map<String, String> whats = new LinkedHashMap<>();
        for (ParameterTable.Param p : table.params().values()) {
            if (p.trainable()) {
                for (String slot : slotNames) {
                    shapes.put(p.key() + "/" + slot, p.shape());
                    whats.put(p.key() + "/" + slot, "the " + slot + " slot for " + p.what());
                }
            }
        }
        // A trained parameter without slots is one the optimizer never updated (its plan dropped it): its
        // moments are zeros, which is what restoring nothing gives, so only unexpected slots are errors.
        compare(CheckpointLayout.OPTIMIZER, shapes, whats, o.slots(), false);
    }

    private void compare(final String group, final Map<String, int[]> expected, final Map<String, String> whats,
                         final Map<String, Float32Array> found, final boolean requireAll) {
        for (Map.Entry<String, int[]> e : expected.entrySet()) {
            final Float32Array a = found.get(e.getKey());
            final String item = item(group, e.getKey());
            if (a == null) {
                if (!requireAll) {
                    continue;
                }
                (options.partial() ? skipped : problems).add(new Mismatch(Kind.MISSING, item, "not in the file;"
                    + " expected " + whats.get(e.getKey()) + ", shape " + Float32Array.shapeText(e.getValue())));
            } else if (!Arrays.equals(a.shape(), e.getValue())) {
                problems.add(new Mismatch(Kind.SHAPE, item, "shape " + a.shapeText() + "; expected "
                    + Float32Array.shapeText(e.getValue()) + " for " + whats.get(e.getKey())));
            }
        }
        for (String k : found.keySet()) {
            if (!expected.containsKey(k)) {
                (options.partial() ? skipped : problems).add(new Mismatch(Kind.UNEXPECTED, item(group, k),
                    "in the file but not in the network (renamed, removed, or not "
                    + (group.equals(CheckpointLayout.PARAMS) ? "a parameter"
                    : group.equals(CheckpointLayout.STATE) ? "state" : "trained") + " here)"));
            }
        }
    }

    private static String item(final String group, final String key) {
        final StringBuilder sb = new StringBuilder("/").append(group);
        for (String part : key.split("/", -1)) {
            sb.append('/').append(CheckpointLayout.linkName(part));
        }
        return sb.toString();
    }

    private void write() {
        for (ParameterTable.Param p : table.params().values()) {
            final Float32Array a = c.params().get(p.key());
            if (a != null) {
                sim.write(p.signal(), 0, doubles(a.values(), 0, p.signal().size()));
            }
        }
        if (options.includeState()) {
            final int mb = sim.options().minibatchSize();
            for (ParameterTable.State s : table.state().values()) {
                final Float32Array a = c.state().get(s.key());
                if (a == null) {
                    continue;
                }
                final float[] v = a.values();
                final int n = s.signal().size();
                for (int b = 0; b < mb; b++) {
                    sim.write(s.signal(), b, doubles(v, b * n, n));
                }
            }
            sim.setStepCount(c.info().step());
        }
        if (options.includeOptimizer()) {
            final OptimizerSection o = c.optimizer();
            final Map<String, Map<Signal, float[]>> slots = new LinkedHashMap<>();
            for (Map.Entry<String, Float32Array> e : o.slots().entrySet()) {
                final int cut = e.getKey().lastIndexOf('/');
                final ParameterTable.Param p = table.params().get(e.getKey().substring(0, cut));
                if (p == null) {
                    continue;
                }
                slots.computeIfAbsent(e.getKey().substring(cut + 1), k -> new LinkedHashMap<>())
                    .put(p.signal().base(), e.getValue().values().clone());
            }
            sim.restoreOptimizerState(new OptimizerState(o.config(), o.iterations(), slots));
        }
    }

    private static double[] doubles(final float[] f, final int from, final int n) {
        final double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = f[from + i];
        }
        return d;
    }
}
