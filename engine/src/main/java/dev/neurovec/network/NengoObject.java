package dev.neurovec.network;

import dev.neurovec.errors.ValidationError;

/**
 * Common part of every object a network holds (Nengo's {@code NengoObject}): the owning network,
 * an optional label and an optional seed. The label path ({@link #path()}) names the object in
 * error messages, plan descriptions and checkpoints.
 */
public abstract class NengoObject {
    private final Network parent;
    private String label;
    private Long seed;

    NengoObject(final Network parent) {
        this.parent = parent;
    }

    /** @return the network this object was created in (null for a top-level network) */
    public final Network parent() {
        return parent;
    }

    /** @return the label, or null */
    public final String label() {
        return label;
    }

    /** @return the explicit seed, or null (then the builder draws one) */
    public final Long seed() {
        return seed;
    }

    final void setLabel(final String label) {
        if (label != null && (label.isEmpty() || label.contains("/"))) {
            throw ValidationError.of(describe(), "label", label, "a non-empty name without '/'");
        }
        this.label = label;
    }

    final void setSeed(final long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw ValidationError.of(describe(), "seed", seed, "0 <= seed <= 2^32 - 1");
        }
        this.seed = seed;
    }

    /** @return Nengo's type name, e.g. {@code Ensemble} */
    public abstract String typeName();

    /**
     * The label path: the parent network's path, a dot, then the label (or, when unlabeled, the type
     * name and the object's index among its parent's objects of that type, e.g. {@code Ensemble[2]}).
     *
     * @return the path
     */
    public String path() {
        final String own = label != null ? label : typeName() + "[" + indexInParent() + "]";
        if (parent == null) {
            return own;
        }
        final String p = parent.path();
        return p.isEmpty() ? own : p + "." + own;
    }

    int indexInParent() {
        return parent == null ? 0 : parent.indexOf(this);
    }

    /** @return {@code <Type> '<path>'}, the prefix of every error message about this object */
    public final String describe() {
        final String p = path();
        return typeName() + " '" + (p.isEmpty() && label != null ? label : p) + "'";
    }

    @Override
    public String toString() {
        return describe();
    }
}
