package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-core and per-chip resource limits of a mapping (hardware.md §E4.1). */
final class ResourceChecks {
    private ResourceChecks() {
    }

    static List<Check> check(final Mapping m) {
        final List<Check> out = new ArrayList<>();
        final CostModel cost = new CostModel(m.model().machineTimestepUs());
        final Placements pl = m.placements();
        final SpinnakerMachine mc = m.machine();
        Vertex worstCpu = null;
        Vertex worstDtcm = null;
        for (Vertex v : m.partitioning().vertices()) {
            if (worstCpu == null || v.estCycles() > worstCpu.estCycles()) {
                worstCpu = v;
            }
            if (worstDtcm == null || v.estDtcm() > worstDtcm.estDtcm()) {
                worstDtcm = v;
            }
        }
        if (worstCpu != null) {
            out.add(Check.atMost("cpu cycles per step per core (0.4 x 200 MHz x timestep)", worstCpu.estCycles(),
                cost.cpuBudget(), where(m, worstCpu)));
            out.add(Check.atMost("DTCM bytes per core (0.75 x 56 KiB)", worstDtcm.estDtcm(), cost.dtcmBudget(),
                where(m, worstDtcm)));
        }
        final Map<Integer, Integer> perChip = new HashMap<>();
        final Map<Long, Integer> perCore = new HashMap<>();
        int badCore = 0;
        String badCoreDetail = "every vertex on an application core, monitor core free";
        for (Vertex v : m.partitioning().vertices()) {
            perChip.merge(pl.chipOf(v), 1, Integer::sum);
            perCore.merge(((long) pl.chipOf(v) << 8) | pl.coreOf(v), 1, Integer::sum);
            final SpinnakerMachine.Chip c = mc.chip(pl.chipOf(v));
            final int p = pl.coreOf(v);
            if (c == null || p == SpinnakerMachine.MONITOR_CORE
                || java.util.Arrays.stream(c.applicationCores()).noneMatch(q -> q == p)) {
                badCore++;
                badCoreDetail = where(m, v) + " is not on an application core";
            }
        }
        out.add(Check.none("vertices on application cores only (monitor core unused)", badCore, badCoreDetail));
        int maxCores = 0;
        int maxChip = -1;
        for (var e : perChip.entrySet()) {
            if (e.getValue() > maxCores) {
                maxCores = e.getValue();
                maxChip = e.getKey();
            }
        }
        out.add(Check.atMost("application cores per chip", maxCores, SpinnakerMachine.APPLICATION_CORES,
            maxChip < 0 ? "no vertices" : chipName(mc, maxChip)));
        out.add(Check.atMost("vertices per core", perCore.values().stream().mapToInt(Integer::intValue).max().orElse(0),
            1, "one application per core"));
        int split = 0;
        int maxCluster = 0;
        String clusterDetail = "every ensemble cluster on one chip";
        final Map<String, List<Vertex>> clusters = new HashMap<>();
        for (Vertex v : m.partitioning().vertices()) {
            if (v.app() == App.ENSEMBLE) {
                clusters.computeIfAbsent(v.operator().id() + "/" + v.cluster(), k -> new ArrayList<>()).add(v);
            }
        }
        for (List<Vertex> c : clusters.values()) {
            maxCluster = Math.max(maxCluster, c.size());
            for (Vertex v : c) {
                if (pl.chipOf(v) != pl.chipOf(c.get(0))) {
                    split++;
                    clusterDetail = c.get(0).operator().label() + " cluster " + v.cluster() + " spans chips";
                }
            }
        }
        out.add(Check.none("ensemble clusters on one chip", split, clusterDetail));
        out.add(Check.atMost("cores per ensemble cluster", maxCluster, CostModel.MAX_CLUSTER_CORES,
            "largest cluster"));
        long maxSdram = 0;
        int sdramChip = -1;
        final long[] used = m.images().sdramPerChip();
        for (int i = 0; i < used.length; i++) {
            if (used[i] > maxSdram) {
                maxSdram = used[i];
                sdramChip = i;
            }
        }
        out.add(Check.atMost("SDRAM bytes per chip", maxSdram, SpinnakerMachine.SDRAM_BYTES,
            sdramChip < 0 ? "no blocks" : chipName(mc, sdramChip)));
        int vsDims = 0;
        long vsBytes = 0;
        int fCols = 0;
        int fRows = 0;
        int sinkDims = 0;
        for (Vertex v : m.partitioning().vertices()) {
            switch (v.app()) {
                case VALUE_SOURCE -> {
                    vsDims = Math.max(vsDims, v.outputs().size());
                    vsBytes = Math.max(vsBytes, 4L * v.outputs().size() * ((ValueSourceOperator) v.operator()).steps());
                }
                case FILTER -> {
                    fCols = Math.max(fCols, v.inputs().size());
                    fRows = Math.max(fRows, v.outputs().size());
                }
                case VALUE_SINK -> sinkDims = Math.max(sinkDims, v.inputs().size());
                default -> { }
            }
        }
        out.add(Check.atMost("value-source dimensions per core", vsDims, CostModel.VALUE_SOURCE_MAX_DIMS, ""));
        out.add(Check.atMost("value-source SDRAM bytes per core", vsBytes, CostModel.VALUE_SOURCE_MAX_BYTES, ""));
        out.add(Check.atMost("filter input columns per core", fCols, CostModel.FILTER_MAX_COLUMNS, ""));
        out.add(Check.atMost("filter output rows per core", fRows, CostModel.FILTER_MAX_ROWS, ""));
        out.add(Check.atMost("value-sink dimensions per core", sinkDims, CostModel.VALUE_SINK_MAX_DIMS, ""));
        return out;
    }

    static String chipName(final SpinnakerMachine mc, final int chip) {
        final SpinnakerMachine.Chip c = mc.chip(chip);
        return "chip (" + c.x() + ", " + c.y() + ")";
    }

    static String where(final Mapping m, final Vertex v) {
        final SpinnakerMachine.Chip c = m.machine().chip(m.placements().chipOf(v));
        return v.label() + " at (" + c.x() + ", " + c.y() + ", " + m.placements().coreOf(v) + ")";
    }
}
