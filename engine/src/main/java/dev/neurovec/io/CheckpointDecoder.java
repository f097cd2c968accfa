package dev.neurovec.io;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.message.DataLayout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed HDF5 file into a {@link Checkpoint}, checking the layout as it goes. It visits only
 * the fixed depth of {@link CheckpointLayout} (no recursion over the file's own structure, so a link
 * cycle cannot loop), refuses links, and checks every dataset's and attribute's declared size against
 * the file's length before jhdf allocates it. {@link #item()} says what was being read when jhdf
 * failed, for the reader's error message.
 */
final class CheckpointDecoder {
    /**
     * Most bytes a dataset may declare per byte of file: deflate cannot expand data more than about
     * 1032:1, so a larger declaration is corrupt, and the allocation it would cause stays bounded.
     */
    static final long MAX_EXPANSION = 1100;
    /** Deepest rank accepted (shapes are checked against the network afterwards). */
    static final int MAX_RANK = 8;

    private final Path file;
    private final long fileLength;
    private final List<CheckpointMismatchError.Mismatch> dtypes = new ArrayList<>();
    private String item = "/";

    CheckpointDecoder(final Path file, final long fileLength) {
        this.file = file;
        this.fileLength = fileLength;
    }

    /** @return the item being read */
    String item() {
        return item;
    }

    Checkpoint decode(final Group root) {
        item = "/";
        final String format = stringAttr(root, "/", CheckpointLayout.ATTR_FORMAT, false);
        if (format == null || !format.equals(CheckpointLayout.FORMAT)) {
            throw new NotACheckpointError(file, "/@" + CheckpointLayout.ATTR_FORMAT, format == null
                ? "the root attribute is missing; expected \"" + CheckpointLayout.FORMAT
                    + "\" (an HDF5 file from another program?)"
                : "is \"" + format + "\"; expected \"" + CheckpointLayout.FORMAT + "\"");
        }
        final long version = longAttr(root, "/", CheckpointLayout.ATTR_FORMAT_VERSION);
        if (version > CheckpointLayout.FORMAT_VERSION) {
            throw new NotACheckpointError(file, "/@" + CheckpointLayout.ATTR_FORMAT_VERSION, "is " + version
                + "; this NeuroVec reads format versions up to " + CheckpointLayout.FORMAT_VERSION
                + " (upgrade NeuroVec)");
        }
        if (version < 1) {
            throw corrupt("/@" + CheckpointLayout.ATTR_FORMAT_VERSION, "is " + version + "; expected >= 1");
        }
        final boolean hasEpoch = root.getAttributes().containsKey(CheckpointLayout.ATTR_EPOCH);
        final CheckpointInfo info = new CheckpointInfo((int) version,
            stringAttr(root, "/", CheckpointLayout.ATTR_NEUROVEC_VERSION, true),
            doubleAttr(root, "/", CheckpointLayout.ATTR_DT),
            longAttr(root, "/", CheckpointLayout.ATTR_SEED),
            longAttr(root, "/", CheckpointLayout.ATTR_STEP),
            stringAttr(root, "/", CheckpointLayout.ATTR_NETWORK_HASH, true),
            stringAttr(root, "/", CheckpointLayout.ATTR_CREATED, true),
            hasEpoch ? (int) Math.max(-1, Math.min(Integer.MAX_VALUE, longAttr(root, "/", CheckpointLayout.ATTR_EPOCH)))
                : -1);
        final Group params = group(root, CheckpointLayout.PARAMS, "/" + CheckpointLayout.PARAMS, true);
        final Map<String, Float32Array> p = new LinkedHashMap<>();
        final Set<String> trainable = new HashSet<>();
        for (Map.Entry<String, Dataset> e : datasets(params, "/" + CheckpointLayout.PARAMS, 1).entrySet()) {
            final String at = "/" + CheckpointLayout.PARAMS + "/" + e.getKey();
            final Float32Array a = array(e.getValue(), at);
            if (a != null) {
                p.put(key(e.getKey()), a);
            }
            if (e.getValue().getAttributes().containsKey(CheckpointLayout.ATTR_TRAINABLE)
                && longAttr(e.getValue(), at, CheckpointLayout.ATTR_TRAINABLE) != 0) {
                trainable.add(key(e.getKey()));
            }
        }
        Map<String, Float32Array> state = null;
        int minibatch = 0;
        final Group s = group(root, CheckpointLayout.STATE, "/" + CheckpointLayout.STATE, false);
        if (s != null) {
            final long mb = longAttr(s, "/" + CheckpointLayout.STATE, CheckpointLayout.ATTR_MINIBATCH);
            if (mb < 1 || mb > Integer.MAX_VALUE) {
                throw corrupt("/" + CheckpointLayout.STATE + "@" + CheckpointLayout.ATTR_MINIBATCH, "is " + mb
                    + "; expected >= 1");
            }
            minibatch = (int) mb;
            state = arrays(s, "/" + CheckpointLayout.STATE, 1);
        }
        OptimizerSection opt = null;
        final Group o = group(root, CheckpointLayout.OPTIMIZER, "/" + CheckpointLayout.OPTIMIZER, false);
        if (o != null) {
            final String at = "/" + CheckpointLayout.OPTIMIZER;
            opt = new OptimizerSection(stringAttr(o, at, CheckpointLayout.ATTR_OPTIMIZER_NAME, true),
                stringAttr(o, at, CheckpointLayout.ATTR_OPTIMIZER_CONFIG, true),
                longAttr(o, at, CheckpointLayout.ATTR_ITERATIONS), arrays(o, at, 2));
        }
        if (!dtypes.isEmpty()) {
            throw new CheckpointMismatchError(file, dtypes);
        }
        return new Checkpoint(info, p, trainable, state, minibatch, opt);
    }

    private static String key(final String linkPath) {
        final String[] parts = linkPath.split("/", -1);
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            sb.append(i > 0 ? "/" : "").append(CheckpointLayout.objectName(parts[i]));
        }
        return sb.toString();
    }

    private Map<String, Float32Array> arrays(final Group g, final String at, final int groupLevels) {
        final Map<String, Float32Array> out = new LinkedHashMap<>();
        for (Map.Entry<String, Dataset> e : datasets(g, at, groupLevels).entrySet()) {
            final Float32Array a = array(e.getValue(), at + "/" + e.getKey());
            if (a != null) {
                out.put(key(e.getKey()), a);
            }
        }
        return out;
    }

    /** The datasets exactly {@code groupLevels} groups below {@code g}, by link path relative to it. */
    private Map<String, Dataset> datasets(final Group g, final String at, final int groupLevels) {
        final Map<String, Dataset> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : children(g, at).entrySet()) {
            final String here = at + "/" + e.getKey();
            final Node n = e.getValue();
            if (groupLevels == 0) {
                if (!(n instanceof Dataset d)) {
                    throw corrupt(here, "is a group; expected a dataset");
                }
                out.put(e.getKey(), d);
            } else {
                if (!(n instanceof Group sub)) {
                    throw corrupt(here, "is a dataset; expected a group (" + (groupLevels == 2
                        ? "one per object, then one per parameter" : "one per object") + ")");
                }
                for (Map.Entry<String, Dataset> d : datasets(sub, here, groupLevels - 1).entrySet()) {
                    out.put(e.getKey() + "/" + d.getKey(), d.getValue());
                }
            }
        }
        return out;
    }

    private Map<String, Node> children(final Group g, final String at) {
        item = at;
        final Map<String, Node> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : g.getChildren().entrySet()) {
            item = at + "/" + e.getKey();
            if (e.getValue().isLink()) {
                throw corrupt(item, "is a soft or external link; checkpoints hold only groups and datasets");
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private Group group(final Group parent, final String name, final String at, final boolean required) {
        item = at;
        final Node n = parent.getChildren().get(name);
        if (n == null) {
            if (required) {
                throw corrupt(at, "the group is missing; every checkpoint has one");
            }
            return null;
        }
        if (n.isLink() || !(n instanceof Group g)) {
            throw corrupt(at, "is not a group");
        }
        return g;
    }

    /** @return the values, or null after recording a dtype mismatch */
    private Float32Array array(final Dataset d, final String at) {
        item = at;
        final long[] dims = d.getDimensionsAsLong();
        if (dims.length > MAX_RANK) {
            throw corrupt(at, "has rank " + dims.length + "; expected at most " + MAX_RANK);
        }
        long count = 1;
        for (long x : dims) {
            if (x < 0 || x > Integer.MAX_VALUE) {
                throw corrupt(at, "has a dimension of " + x);
            }
            count = count > Long.MAX_VALUE / Math.max(1, x) ? Long.MAX_VALUE : count * x;
        }
        if (!(d.getDataType() instanceof FloatingPoint fp) || fp.getSize() != 4 || d.isCompound()
            || d.isVariableLength()) {
            final String found = d.getDataType() instanceof FloatingPoint fp2 ? "float" + 8 * fp2.getSize()
                : d.getDataType().getClass().getSimpleName() + " of " + d.getDataType().getSize() + " bytes";
            dtypes.add(new CheckpointMismatchError.Mismatch(CheckpointMismatchError.Kind.DTYPE, at,
                "dtype " + found + "; expected float32"));
            return null;
        }
        checkDeclared(at, count, d.getDataLayout() == DataLayout.CHUNKED);
        final int[] shape = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            shape[i] = (int) dims[i];
        }
        if (count == 0) {
            return new Float32Array(shape, new float[0]);
        }
        final Object data = dims.length == 0 ? d.getData() : d.getDataFlat();
        final float[] f = data instanceof Float x ? new float[] {x} : data instanceof float[] fa ? fa : null;
        if (f == null || f.length != count) {
            throw corrupt(at, "decoded to " + (data == null ? "nothing" : data.getClass().getSimpleName())
                + "; expected " + count + " float32 values");
        }
        return new Float32Array(shape, f);
    }

    private void checkDeclared(final String at, final long count, final boolean chunked) {
        final long limit = chunked ? fileLength * MAX_EXPANSION : fileLength;
        if (count > Integer.MAX_VALUE - 8 || count * 4 > limit) {
            throw corrupt(at, "declares " + count + " float32 values but the file has only " + fileLength + " bytes"
                + (chunked ? " (a chunked dataset may declare " + MAX_EXPANSION + " times that)" : ""));
        }
    }

    private Object scalar(final Node n, final String at, final String name, final boolean required) {
        item = at + "@" + name;
        final Attribute a = n.getAttributes().get(name);
        if (a == null) {
            if (required) {
                throw corrupt(item, "the attribute is missing; every checkpoint has it");
            }
            return null;
        }
        if (!a.isScalar()) {
            throw corrupt(item, "has shape " + java.util.Arrays.toString(a.getDimensions()) + "; expected a scalar");
        }
        if (a.getDataType().getSize() > fileLength) {
            throw corrupt(item, "declares " + a.getDataType().getSize() + " bytes; the file has " + fileLength);
        }
        return a.getData();
    }

    private String stringAttr(final Node n, final String at, final String name, final boolean required) {
        final Object v = scalar(n, at, name, required);
        if (v != null && !(v instanceof String)) {
            throw corrupt(item, "is a " + v.getClass().getSimpleName() + "; expected a string");
        }
        return (String) v;
    }

    private long longAttr(final Node n, final String at, final String name) {
        final Object v = scalar(n, at, name, true);
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        throw corrupt(item, "is " + describe(v) + "; expected an integer");
    }

    private double doubleAttr(final Node n, final String at, final String name) {
        final Object v = scalar(n, at, name, true);
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue();
        }
        throw corrupt(item, "is " + describe(v) + "; expected a floating-point number");
    }

    private static String describe(final Object v) {
        return v == null ? "null" : "a " + v.getClass().getSimpleName();
    }

    private CorruptCheckpointError corrupt(final String at, final String detail) {
        return new CorruptCheckpointError(file, at, detail);
    }
}
