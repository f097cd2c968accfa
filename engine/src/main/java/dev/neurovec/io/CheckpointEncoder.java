package dev.neurovec.io;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link Checkpoint} as HDF5 with jhdf, in the layout of {@link CheckpointLayout}: contiguous,
 * uncompressed float32 datasets (the fastest jhdf writes, and what frequent checkpoints want). jhdf
 * writes whole files only, to a path, so the atomic writer points it at a scratch file.
 */
final class CheckpointEncoder {
    private CheckpointEncoder() {
    }

    /**
     * @param c    the contents
     * @param path a new file
     */
    static void write(final Checkpoint c, final Path path) {
        try (WritableHdfFile f = HdfFile.write(path)) {
            final CheckpointInfo i = c.info();
            f.putAttribute(CheckpointLayout.ATTR_FORMAT, CheckpointLayout.FORMAT);
            f.putAttribute(CheckpointLayout.ATTR_FORMAT_VERSION, i.formatVersion());
            f.putAttribute(CheckpointLayout.ATTR_NEUROVEC_VERSION, i.neurovecVersion());
            f.putAttribute(CheckpointLayout.ATTR_DT, i.dt());
            f.putAttribute(CheckpointLayout.ATTR_SEED, i.seed());
            f.putAttribute(CheckpointLayout.ATTR_STEP, i.step());
            f.putAttribute(CheckpointLayout.ATTR_NETWORK_HASH, i.networkHash());
            f.putAttribute(CheckpointLayout.ATTR_CREATED, i.created());
            if (i.epoch() >= 0) {
                f.putAttribute(CheckpointLayout.ATTR_EPOCH, i.epoch());
            }
            final WritableGroup params = f.putGroup(CheckpointLayout.PARAMS);
            final Map<String, WritableGroup> groups = new LinkedHashMap<>();
            for (Map.Entry<String, Float32Array> e : c.params().entrySet()) {
                final WritableDataset d = put(params, groups, e.getKey(), e.getValue());
                d.putAttribute(CheckpointLayout.ATTR_TRAINABLE, c.trainable().contains(e.getKey()) ? 1 : 0);
            }
            if (c.state() != null) {
                final WritableGroup state = f.putGroup(CheckpointLayout.STATE);
                state.putAttribute(CheckpointLayout.ATTR_MINIBATCH, c.minibatchSize());
                groups.clear();
                for (Map.Entry<String, Float32Array> e : c.state().entrySet()) {
                    put(state, groups, e.getKey(), e.getValue());
                }
            }
            if (c.optimizer() != null) {
                final OptimizerSection o = c.optimizer();
                final WritableGroup opt = f.putGroup(CheckpointLayout.OPTIMIZER);
                opt.putAttribute(CheckpointLayout.ATTR_OPTIMIZER_NAME, o.name());
                opt.putAttribute(CheckpointLayout.ATTR_OPTIMIZER_CONFIG, o.config());
                opt.putAttribute(CheckpointLayout.ATTR_ITERATIONS, o.iterations());
                groups.clear();
                for (Map.Entry<String, Float32Array> e : o.slots().entrySet()) {
                    put(opt, groups, e.getKey(), e.getValue());
                }
            }
        }
    }

    /** Creates the groups of a {@code a/b/c} key under {@code parent} (once each) and the dataset. */
    private static WritableDataset put(final WritableGroup parent, final Map<String, WritableGroup> groups,
                                       final String key, final Float32Array a) {
        final String[] parts = key.split("/", -1);
        WritableGroup g = parent;
        final StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            path.append('/').append(parts[i]);
            final WritableGroup up = g;
            final String link = CheckpointLayout.linkName(parts[i]);
            g = groups.computeIfAbsent(path.toString(), k -> up.putGroup(link));
        }
        return g.putDataset(CheckpointLayout.linkName(parts[parts.length - 1]), shaped(key, a));
    }

    /** jhdf takes the shape from the Java array's nesting. */
    private static Object shaped(final String key, final Float32Array a) {
        final int[] s = a.shape();
        final float[] v = a.values();
        if (v.length == 0) {
            throw new IllegalArgumentException(key + ": jhdf cannot write an empty dataset; empty arrays are not"
                + " stored");
        }
        if (s.length == 1) {
            return v;
        }
        if (s.length == 2) {
            final float[][] m = new float[s[0]][s[1]];
            for (int r = 0; r < s[0]; r++) {
                System.arraycopy(v, r * s[1], m[r], 0, s[1]);
            }
            return m;
        }
        throw new IllegalArgumentException(key + ": shape " + a.shapeText()
            + "; checkpoints write 1-D and 2-D datasets");
    }
}
