package dev.neurovec.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The logs of every epoch of a {@code fit}, as Keras's {@code History}. */
public final class History {
    private final List<Map<String, Double>> epochs = new ArrayList<>();

    void add(final Map<String, Double> logs) {
        epochs.add(Collections.unmodifiableMap(new LinkedHashMap<>(logs)));
    }

    /** @return one map of logs per epoch */
    public List<Map<String, Double>> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    /**
     * @param key a log name, e.g. {@code loss} or {@code val_loss}
     * @return its value per epoch
     */
    public double[] get(final String key) {
        return epochs.stream().mapToDouble(m -> m.getOrDefault(key, Double.NaN)).toArray();
    }
}
