package dev.neurovec.network;

/**
 * Per-class defaults of a network, as Nengo's {@code net.config[nengo.Ensemble].radius = 2}: an
 * object created in a network takes, for each parameter, the value set in the innermost enclosing
 * network's config that sets it, else Nengo's default. Looked up once, when the object is created.
 */
public final class Config {
    private final EnsembleDefaults ensemble = new EnsembleDefaults();
    private final ConnectionDefaults connection = new ConnectionDefaults();
    private final ProbeDefaults probe = new ProbeDefaults();
    private Boolean trainable;
    private Double lifSmoothing;

    Config() {
    }

    /** @return defaults for ensembles */
    public EnsembleDefaults ensemble() {
        return ensemble;
    }

    /** @return defaults for connections */
    public ConnectionDefaults connection() {
        return connection;
    }

    /** @return defaults for probes */
    public ProbeDefaults probe() {
        return probe;
    }

    /**
     * NengoDL's network-wide trainable switch: objects in this network (and sub-networks that do not
     * set their own) are trainable or not, unless the object itself says otherwise.
     *
     * @param trainable true, false, or null for NengoDL's default rules
     * @return this
     */
    public Config trainable(final Boolean trainable) {
        this.trainable = trainable;
        return this;
    }

    /**
     * NengoDL's {@code lif_smoothing}: during training, LIF neurons run as SoftLIFRate with this
     * smoothing instead of LIFRate. Read from the top-level network.
     *
     * @param sigma smoothing &gt; 0, or null for LIFRate
     * @return this
     */
    public Config lifSmoothing(final Double sigma) {
        if (sigma != null && !(sigma > 0)) {
            throw dev.neurovec.errors.ValidationError.of("Config", "lifSmoothing", sigma, "> 0, or null");
        }
        this.lifSmoothing = sigma;
        return this;
    }

    /** @return the LIF smoothing for training, or null */
    public Double lifSmoothing() {
        return lifSmoothing;
    }

    /** @return the network-wide trainable switch, or null */
    public Boolean trainable() {
        return trainable;
    }
}
