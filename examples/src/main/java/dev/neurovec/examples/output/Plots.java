package dev.neurovec.examples.output;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** PNG line plots and spike rasters with XChart, rendered headless. */
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

    private static void save(final XYChart chart, final Path path) {
        try {
            BitmapEncoder.saveBitmap(chart, path.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
