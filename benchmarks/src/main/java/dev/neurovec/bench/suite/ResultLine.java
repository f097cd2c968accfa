package dev.neurovec.bench.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One machine-readable result: an ordered set of fields written as one JSON object on one line.
 * Field names are the suite's schema (see {@link Fields}); values are strings, booleans, integers
 * or finite doubles, or lists of those. A non-finite double is written as {@code null}, because JSON has no NaN.
 */
public final class ResultLine {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /**
     * @param key   field name
     * @param value a String, Boolean, Integer, Long, Double, or a List of those
     * @return this
     */
    public ResultLine put(final String key, final Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            fields.put(key, null);
        } else {
            fields.put(key, value);
        }
        return this;
    }

    /** @return the fields in insertion order (read-only) */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /**
     * @param key a field name
     * @return its value as a string, or null when absent
     */
    public String string(final String key) {
        final Object v = fields.get(key);
        return v == null ? null : v.toString();
    }

    /**
     * @param key a field name
     * @return its numeric value, or NaN when absent or not a number
     */
    public double number(final String key) {
        return fields.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** @return the line as compact JSON, without a trailing newline */
    public String toJson() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result line: fields " + fields.keySet() + " are not serializable", e);
        }
    }

    @Override
    public String toString() {
        return toJson();
    }
}
