package dev.neurovec.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the golden outputs recorded from Nengo 3.2 (vendored from {@code ../shared/golden} into the
 * test resources so a clean clone is self-contained): {@code manifest.json} and one CSV per array.
 */
public final class Golden {
    private static final JsonNode MANIFEST = readManifest();

    private Golden() {
    }

    private static JsonNode readManifest() {
        try (InputStream in = open("/golden/manifest.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the parsed manifest */
    public static JsonNode manifest() {
        return MANIFEST;
    }

    /**
     * @param testCase case name, e.g. {@code spikes_const_LIF}
     * @return the case's params object
     */
    public static JsonNode params(final String testCase) {
        return MANIFEST.path("cases").path(testCase).path("params");
    }

    /**
     * @param testCase case name
     * @return the names of the case's arrays
     */
    public static List<String> arrays(final String testCase) {
        final List<String> names = new ArrayList<>();
        MANIFEST.path("cases").path(testCase).path("arrays").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * @param testCase case name
     * @param array    array name
     * @return the array as rows (a 1-D array is one column per row)
     */
    public static double[][] matrix(final String testCase, final String array) {
        final List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
            open("/golden/" + testCase + "/" + array + ".csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                final String[] parts = line.split(",");
                final double[] row = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    row[i] = Double.parseDouble(parts[i].trim());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final JsonNode shape = MANIFEST.path("cases").path(testCase).path("arrays").path(array);
        final double[][] m = rows.toArray(new double[0][]);
        if (shape.isArray() && shape.size() >= 1 && shape.get(0).asInt() != m.length) {
            throw new IllegalStateException("golden " + testCase + "/" + array + ": " + m.length
                + " rows; manifest says " + shape);
        }
        return m;
    }

    /**
     * @param testCase case name
     * @param array    a 1-D array name
     * @return its values
     */
    public static double[] vector(final String testCase, final String array) {
        final double[][] m = matrix(testCase, array);
        final double[] v = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            v[i] = m[i][0];
        }
        return v;
    }

    private static InputStream open(final String resource) {
        final InputStream in = Golden.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return in;
    }
}
