package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits operators into per-core vertices by the cost models of {@link CostModel} (hardware.md §B2.3).
 *
 * <p>Ensembles: first into clusters, the fewest for which one of 16 cores (a sixteenth of the cluster's neurons,
 * input and output dimensions, rounded up) fits the CPU and DTCM budgets; then each cluster into {@code k} cores,
 * cutting neurons, input dimensions and output rows into the same number of near-equal pieces, starting at the
 * largest {@code ceil(usage / budget)} of a single core and adding cuts until every piece fits. Filters: column
 * groups of at most 128 inputs, each split into cores of at most 64 output rows. Value sources: at most 10
 * dimensions and 8 MiB of values per core. Value sinks: at most 64 dimensions per core.
 */
public final class Partitioner {
    private final CostModel cost;
    private final int steps;
    private final List<Vertex> vertices = new ArrayList<>();
    private final List<List<Vertex>> groups = new ArrayList<>();

    private Partitioner(final CostModel cost, final int steps) {
        this.cost = cost;
        this.steps = steps;
    }

    /**
     * @param model the device model
     * @return its vertices
     */
    public static Partitioning partition(final DeviceModel model) {
        return partition(model, new CostModel(model.machineTimestepUs()));
    }

    /**
     * @param model the device model
     * @param cost  the budgets to partition against
     * @return its vertices
     */
    static Partitioning partition(final DeviceModel model, final CostModel cost) {
        final Partitioner p = new Partitioner(cost, model.steps());
        final List<List<Vertex>> byOp = new ArrayList<>();
        for (DeviceOperator op : model.operators()) {
            final int before = p.vertices.size();
            if (op instanceof EnsembleOperator e) {
                p.ensemble(e);
            } else if (op instanceof FilterOperator f) {
                p.filter(f);
            } else if (op instanceof ValueSourceOperator s) {
                p.valueSource(s);
            } else {
                p.valueSink((ValueSinkOperator) op);
            }
            byOp.add(List.copyOf(p.vertices.subList(before, p.vertices.size())));
        }
        return new Partitioning(p.vertices, byOp, p.groups);
    }

    private Vertex add(final DeviceOperator op, final int cluster, final int population, final Span neurons,
                       final Span clusterNeurons, final Span inputs, final Span outputs, final long cycles,
                       final long dtcm) {
        final Vertex v = new Vertex(vertices.size(), op, cluster, population, neurons, clusterNeurons, inputs, outputs,
            cycles, dtcm);
        vertices.add(v);
        return v;
    }

    private boolean fits(final long cycles, final long dtcm) {
        return cycles <= cost.cpuBudget() && dtcm <= cost.dtcmBudget();
    }

    private void ensemble(final EnsembleOperator e) {
        final int n = e.nNeurons();
        final int sizeIn = e.inputSize();
        final int dOut = e.outputRows();
        final int cores = CostModel.MAX_CLUSTER_CORES;
        int clusters = -1;
        for (int c = 1; c <= n; c++) {
            final int nc = ceilDiv(n, c);
            final long cyc = CostModel.ensembleCycles(ceilDiv(nc, cores), ceilDiv(sizeIn, cores), sizeIn, nc,
                ceilDiv(dOut, cores), 0);
            final long dtcm = CostModel.ensembleDtcm(ceilDiv(nc, cores), sizeIn, nc, ceilDiv(dOut, cores), 0);
            if (fits(cyc, dtcm)) {
                clusters = c;
                break;
            }
        }
        if (clusters < 0) {
            final long cyc = CostModel.ensembleCycles(1, ceilDiv(sizeIn, cores), sizeIn, 1, ceilDiv(dOut, cores), 0);
            final long dtcm = CostModel.ensembleDtcm(1, sizeIn, 1, ceilDiv(dOut, cores), 0);
            throw cyc > cost.cpuBudget()
                ? MappingError.of(e.label() + " (one neuron per core)", "cycles per step", cyc, cost.cpuBudget())
                : MappingError.of(e.label() + " (one neuron per core)", "DTCM bytes", dtcm, cost.dtcmBudget());
        }
        final Span[] clusterSpans = Span.divide(n, clusters);
        for (int c = 0; c < clusters; c++) {
            groups.add(cluster(e, c, clusterSpans[c], sizeIn, dOut));
        }
    }

    private List<Vertex> cluster(final EnsembleOperator e, final int c, final Span span, final int sizeIn,
                                 final int dOut) {
        final int nc = span.size();
        final long single = CostModel.ensembleCycles(nc, sizeIn, sizeIn, nc, dOut, 0);
        final long singleDtcm = CostModel.ensembleDtcm(nc, sizeIn, nc, dOut, 0);
        int k = (int) Math.max(1, Math.max(ceilDiv(single, cost.cpuBudget()), ceilDiv(singleDtcm, cost.dtcmBudget())));
        while (true) {
            if (k > CostModel.MAX_CLUSTER_CORES || k > nc) {
                throw MappingError.of(e.label() + " cluster " + c, "application cores", k,
                    Math.min(CostModel.MAX_CLUSTER_CORES, nc) + " (one chip, at least one neuron per core)");
            }
            final Span[] ns = Span.divide(nc, k);
            final Span[] ins = Span.divide(sizeIn, k);
            final Span[] outs = Span.divide(dOut, k);
            boolean ok = true;
            for (int i = 0; i < k && ok; i++) {
                ok = fits(CostModel.ensembleCycles(ns[i].size(), ins[i].size(), sizeIn, nc, outs[i].size(), 0),
                    CostModel.ensembleDtcm(ns[i].size(), sizeIn, nc, outs[i].size(), 0));
            }
            if (ok) {
                final List<Vertex> group = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    final Span neurons = new Span(span.lo() + ns[i].lo(), span.lo() + ns[i].hi());
                    group.add(add(e, c, i, neurons, span, ins[i], outs[i],
                        CostModel.ensembleCycles(ns[i].size(), ins[i].size(), sizeIn, nc, outs[i].size(), 0),
                        CostModel.ensembleDtcm(ns[i].size(), sizeIn, nc, outs[i].size(), 0)));
                }
                return group;
            }
            k++;
        }
    }

    private void filter(final FilterOperator f) {
        final int cols = f.inputSize();
        final int rows = f.outputRows();
        final Span[] colGroups = Span.divide(cols, ceilDiv(cols, CostModel.FILTER_MAX_COLUMNS));
        final Span[] rowSpans = Span.divide(rows, Math.max(1, ceilDiv(rows, CostModel.FILTER_MAX_ROWS)));
        for (int g = 0; g < colGroups.length; g++) {
            for (Span r : rowSpans) {
                final long cyc = CostModel.filterCycles(colGroups[g].size(), r.size());
                final long dtcm = CostModel.filterDtcm(colGroups[g].size(), r.size());
                if (!fits(cyc, dtcm)) {
                    throw cyc > cost.cpuBudget()
                        ? MappingError.of(f.label() + " column group " + g, "cycles per step", cyc, cost.cpuBudget())
                        : MappingError.of(f.label() + " column group " + g, "DTCM bytes", dtcm, cost.dtcmBudget());
                }
                groups.add(List.of(add(f, g, 0, Span.EMPTY, Span.EMPTY, colGroups[g], r, cyc, dtcm)));
            }
        }
    }

    private void valueSource(final ValueSourceOperator s) {
        final int rows = s.outputRows();
        if (rows == 0) {
            return;
        }
        for (Span r : Span.divide(rows, ceilDiv(rows, CostModel.VALUE_SOURCE_MAX_DIMS))) {
            final long bytes = (long) s.steps() * r.size() * 4;
            if (bytes > CostModel.VALUE_SOURCE_MAX_BYTES) {
                throw MappingError.of(s.label() + " rows " + r, "value-source SDRAM bytes (" + s.steps() + " steps)",
                    bytes, CostModel.VALUE_SOURCE_MAX_BYTES + " (8 MiB; shorten the period)");
            }
            groups.add(List.of(add(s, -1, 0, Span.EMPTY, Span.EMPTY, Span.EMPTY, r,
                CostModel.valueSourceCycles(r.size()), CostModel.valueSourceDtcm(r.size()))));
        }
    }

    private void valueSink(final ValueSinkOperator s) {
        for (Span in : Span.divide(s.inputSize(), ceilDiv(s.inputSize(), CostModel.VALUE_SINK_MAX_DIMS))) {
            groups.add(List.of(add(s, -1, 0, Span.EMPTY, Span.EMPTY, in, Span.EMPTY,
                CostModel.valueSinkCycles(in.size()), CostModel.valueSinkDtcm(in.size()))));
        }
    }

    private static int ceilDiv(final int a, final int b) {
        return (a + b - 1) / b;
    }

    private static long ceilDiv(final long a, final long b) {
        return (a + b - 1) / b;
    }
}
