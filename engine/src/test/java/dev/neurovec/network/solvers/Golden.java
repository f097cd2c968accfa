package dev.neurovec.network.solvers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one array of the vendored Nengo golden data ({@code /golden/<case>/<array>.csv}) from the classpath. */
final class Golden {

    private Golden() {
    }

    /**
     * @param golden case name
     * @param array  array name
     * @return rows of the CSV (a 1-D array gives one value per row)
     */
    static double[][] read(final String golden, final String array) {
        final String path = "/golden/" + golden + "/" + array + ".csv";
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden resource " + path);
            }
            final List<double[]> rows = new ArrayList<>();
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                final String[] cells = line.split(",");
                final double[] row = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = Double.parseDouble(cells[j].trim());
                }
                rows.add(row);
            }
            return rows.toArray(new double[0][]);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param golden case name
     * @param array  array name of a 1-D array
     * @return its values
     */
    static double[] readVector(final String golden, final String array) {
        final double[][] rows = read(golden, array);
        if (rows.length == 1) {
            return rows[0];
        }
        final double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][0];
        }
        return out;
    }
}
