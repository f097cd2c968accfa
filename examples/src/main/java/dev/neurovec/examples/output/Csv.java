package dev.neurovec.examples.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes columns of numbers as CSV with a header row. */
public final class Csv {
    private Csv() {
    }

    /**
     * @param path    file to write
     * @param header  column names
     * @param columns one array per column, equal lengths
     */
    public static void write(final Path path, final List<String> header, final List<double[]> columns) {
        final int rows = columns.isEmpty() ? 0 : columns.get(0).length;
        for (double[] c : columns) {
            if (c.length != rows) {
                throw new IllegalArgumentException("Csv " + path + ": columns of length " + rows + " and " + c.length);
            }
        }
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write('\n');
            final StringBuilder sb = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                sb.setLength(0);
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        sb.append(',');
                    }
                    sb.append(columns.get(c)[r]);
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /**
     * @param m   rows x cols
     * @param col a column index
     * @return that column
     */
    public static double[] column(final double[][] m, final int col) {
        final double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][col];
        }
        return out;
    }
}
