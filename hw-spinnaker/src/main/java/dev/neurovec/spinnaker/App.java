package dev.neurovec.spinnaker;

/**
 * The on-core application a vertex runs (nengo_spinnaker's C apps, hardware.md §B2.2), named as in
 * {@code vertices.json}.
 */
public enum App {
    /** LIF ensemble: filtered input, neurons, decoded output packets. */
    ENSEMBLE("ensemble"),
    /** Filter (passthrough-node replacement): filtered input times a transform. */
    FILTER("filter"),
    /** Value source: pre-computed function-of-time rows played back. */
    VALUE_SOURCE("value_source"),
    /** Value sink: filtered input recorded (a probe). */
    VALUE_SINK("value_sink");

    private final String id;

    App(final String id) {
        this.id = id;
    }

    /** @return the name used in the artifacts */
    public String id() {
        return id;
    }

    /**
     * @param id an artifact name
     * @return the app
     */
    public static App of(final String id) {
        for (App a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("app = '" + id + "'; expected ensemble, filter, value_source or value_sink");
    }
}
