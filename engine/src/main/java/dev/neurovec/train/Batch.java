package dev.neurovec.train;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.network.Probe;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.sim.planned.PlannedExecutor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One minibatch's outputs, targets, loss gradients and running logs, preallocated for a call so the
 * minibatch loop allocates nothing but what the user's callbacks do.
 */
final class Batch {
    private final Compiled compiled;
    private final PlannedExecutor ex;
    private final int batch;
    private final Probe[] probes;
    private final Signal[] signals;
    private final Loss[] losses;
    private final float[] weights;
    private final Tensor[] pred;
    private final Tensor[] grad;
    private final Tensor[] target;
    private final Tensor[] targetAll;
    private final double[] lossSum;
    private final double[][] metricSum;
    private double totalSum;
    private int batches;

    Batch(final Compiled compiled, final Model model, final PlannedExecutor ex, final int batch, final int nSteps,
          final Map<Probe, Tensor> y) {
        this.compiled = compiled;
        this.ex = ex;
        this.batch = batch;
        final int n = compiled.losses().size();
        probes = compiled.losses().keySet().toArray(new Probe[0]);
        signals = new Signal[n];
        losses = new Loss[n];
        weights = new float[n];
        pred = new Tensor[n];
        grad = new Tensor[n];
        target = new Tensor[n];
        targetAll = new Tensor[n];
        lossSum = new double[n];
        metricSum = new double[n][];
        for (int i = 0; i < n; i++) {
            final Probe p = probes[i];
            signals[i] = model.probes().get(p);
            losses[i] = compiled.losses().get(p);
            weights[i] = compiled.lossWeights().getOrDefault(p, 1f);
            pred[i] = Tensor.zeros(batch, nSteps, signals[i].size());
            grad[i] = Tensor.zeros(batch, nSteps, signals[i].size());
            targetAll[i] = y.get(p);
            final int[] ts = targetAll[i].shape();
            ts[0] = batch;
            target[i] = Tensor.zeros(ts);
            metricSum[i] = new double[compiled.metrics().getOrDefault(p, List.of()).size()];
        }
    }

    void resetEpoch() {
        java.util.Arrays.fill(lossSum, 0);
        for (double[] m : metricSum) {
            java.util.Arrays.fill(m, 0);
        }
        totalSum = 0;
        batches = 0;
    }

    /** Reads every trained probe after step t of the forward pass. */
    void collect(final int t) {
        for (int i = 0; i < probes.length; i++) {
            ex.collect(signals[i], pred[i], 0, t);
        }
    }

    private void gatherTargets(final int[] order, final int first) {
        for (int i = 0; i < probes.length; i++) {
            final Tensor all = targetAll[i];
            final int row = all.size() / all.dim(0);
            for (int b = 0; b < batch; b++) {
                System.arraycopy(all.data(), all.offset() + order[first + b] * row, target[i].data(), b * row, row);
            }
        }
    }

    /** Computes losses and metrics of the collected outputs and the loss gradients. */
    void lossAndGradient(final int[] order, final int first) {
        gatherTargets(order, first);
        double total = 0;
        for (int i = 0; i < probes.length; i++) {
            java.util.Arrays.fill(grad[i].data(), 0f);
            final double l = losses[i].compute(pred[i], target[i], grad[i], weights[i]);
            lossSum[i] += l;
            total += weights[i] * l;
            metrics(i);
        }
        totalSum += total;
        batches++;
    }

    /** Losses and metrics without gradients (evaluation). */
    void lossOnly(final int[] order, final int first) {
        lossAndGradient(order, first);
    }

    private void metrics(final int i) {
        final List<Metric> ms = compiled.metrics().getOrDefault(probes[i], List.of());
        for (int m = 0; m < ms.size(); m++) {
            metricSum[i][m] += ms.get(m).compute(pred[i], target[i]);
        }
    }

    /** Adds step t's loss gradients to the recorded probe signals. */
    void addLossGradients(final PlannedExecutor e, final int t) {
        for (int i = 0; i < probes.length; i++) {
            e.addGradient(signals[i], grad[i], t);
        }
    }

    double meanLoss() {
        return batches == 0 ? Double.NaN : totalSum / batches;
    }

    Map<String, Double> epochLogs() {
        final Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", meanLoss());
        for (int i = 0; i < probes.length; i++) {
            final String name = name(probes[i]);
            logs.put(name + "_loss", lossSum[i] / batches);
            final List<Metric> ms = compiled.metrics().getOrDefault(probes[i], List.of());
            for (int m = 0; m < ms.size(); m++) {
                logs.put(name + "_" + ms.get(m).name(), metricSum[i][m] / batches);
            }
        }
        return logs;
    }

    /** NengoDL names outputs by probe label, else "probe". */
    static String name(final Probe p) {
        return p.label() != null ? p.label() : "probe";
    }
}
