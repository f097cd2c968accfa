package dev.neurovec.examples.output;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** PNG line plots and spike rasters with XChart, and grayscale image grids with java.awt, rendered headless. */
public final class Plots {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {
    }

    /**
     * A line series.
     *
     * @param name legend name
     * @param y    values
     */
    public record Series(String name, double[] y) {
    }

    /**
     * @param path   PNG file
     * @param title  chart title
     * @param yLabel y-axis label
     * @param t      times (s)
     * @param series lines to draw
     */
    public static void lines(final Path path, final String title, final String yLabel, final double[] t,
                             final List<Series> series) {
        final XYChart chart = new XYChartBuilder().width(900).height(400).title(title).xAxisTitle("time (s)")
            .yAxisTitle(yLabel).build();
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setXAxisDecimalPattern("0.0#");
        chart.getStyler().setLegendVisible(series.size() <= 12);
        for (Series s : series) {
            chart.addSeries(s.name(), t, s.y()).setMarker(SeriesMarkers.NONE);
        }
        save(chart, path);
    }

    /**
     * A spike raster: one row per neuron, a dot at each step where it spiked.
     *
     * @param path   PNG file
     * @param title  chart title
     * @param t      times (s)
     * @param spikes steps x neurons
     */
    public static void raster(final Path path, final String title, final double[] t, final double[][] spikes) {
        final XYChart chart = new XYChartBuilder().width(900).height(400).title(title).xAxisTitle("time (s)")
            .yAxisTitle("neuron").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setXAxisDecimalPattern("0.0#");
        chart.getStyler().setLegendVisible(false);
        final int n = spikes.length == 0 ? 0 : spikes[0].length;
        for (int i = 0; i < n; i++) {
            final List<Double> xs = new ArrayList<>();
            final List<Double> ys = new ArrayList<>();
            for (int k = 0; k < spikes.length; k++) {
                if (spikes[k][i] != 0) {
                    xs.add(t[k]);
                    ys.add((double) i);
                }
            }
            if (!xs.isEmpty()) {
                chart.addSeries("n" + i, xs, ys);
            }
        }
        save(chart, path);
    }

    /**
     * Grayscale images in a grid, each pixel drawn as a {@code scale x scale} block, under a one-line title.
     * Values are clamped to {@code [0, maxValue]}; 0 is black.
     *
     * @param path     PNG file
     * @param title    text above the grid
     * @param images   row-major images of {@code width x height} values each, filled into the grid by rows
     * @param columns  images per grid row, at least 1
     * @param width    image width in pixels
     * @param height   image height in pixels
     * @param maxValue the value drawn white
     * @param scale    screen pixels per image pixel, at least 1
     */
    public static void imageGrid(final Path path, final String title, final float[][] images, final int columns,
                                 final int width, final int height, final float maxValue, final int scale) {
        if (columns < 1 || scale < 1 || width < 1 || height < 1 || !(maxValue > 0)) {
            throw new IllegalArgumentException("Plots.imageGrid " + path + ": columns = " + columns + ", scale = "
                + scale + ", width = " + width + ", height = " + height + ", maxValue = " + maxValue
                + "; expected all > 0");
        }
        final int gap = 2 * scale;
        final int header = 24;
        final int rows = (images.length + columns - 1) / columns;
        final int cellW = width * scale + gap;
        final int cellH = height * scale + gap;
        final BufferedImage img = new BufferedImage(Math.max(columns * cellW + gap, 8 * title.length()),
            header + rows * cellH + gap, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(0x40, 0x40, 0x40));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString(title, gap, header - 7);
        } finally {
            g.dispose();
        }
        for (int k = 0; k < images.length; k++) {
            if (images[k].length != width * height) {
                throw new IllegalArgumentException("Plots.imageGrid " + path + ": image " + k + " has "
                    + images[k].length + " values; expected " + width * height);
            }
            final int x0 = gap + (k % columns) * cellW;
            final int y0 = header + gap + (k / columns) * cellH;
            for (int y = 0; y < height * scale; y++) {
                for (int x = 0; x < width * scale; x++) {
                    final float v = images[k][(y / scale) * width + x / scale];
                    final int level = Math.round(255f * Math.min(Math.max(v, 0f), maxValue) / maxValue);
                    img.setRGB(x0 + x, y0 + y, level << 16 | level << 8 | level);
                }
            }
        }
        try {
            if (!ImageIO.write(img, "png", path.toFile())) {
                throw new IllegalStateException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    private static void save(final XYChart chart, final Path path) {
        try {
            BitmapEncoder.saveBitmap(chart, path.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
