package dev.neurovec.spinnaker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the artifact set of a {@link Mapping} (hardware.md §E2.2; file list in {@link ArtifactLayout}). The same
 * mapping always gives the same bytes: objects have sorted keys, lists follow the model's order, integers are
 * written as unsigned where they are hardware words, and nothing time-dependent is written here.
 */
public final class ArtifactWriter {
    private final Mapping m;
    private final Path dir;

    private ArtifactWriter(final Mapping m, final Path dir) {
        this.m = m;
        this.dir = dir;
    }

    /**
     * @param mapping the mapping
     * @param dir     output folder (created; files in it are overwritten)
     */
    public static void write(final Mapping mapping, final Path dir) {
        final ArtifactWriter w = new ArtifactWriter(mapping, dir);
        w.machine();
        w.manifest();
        w.vertices();
        w.placements();
        w.keys();
        w.tables(ArtifactLayout.ROUTING_TABLES, mapping.compressed());
        w.tables(ArtifactLayout.ROUTING_TABLES_UNCOMPRESSED, mapping.uncompressed());
        w.sdram();
        w.hostIo();
    }

    private Map<String, Object> header(final String file) {
        return Json.obj("schema", ArtifactLayout.schema(file), "schemaVersion", ArtifactLayout.SCHEMA_VERSION);
    }

    static String vertexLabel(final Vertex v) {
        return "v" + v.id() + " " + v.label();
    }

    private void machine() {
        final SpinnakerMachine mc = m.machine();
        final List<Object> chips = new ArrayList<>();
        for (SpinnakerMachine.Chip c : mc.chips()) {
            final List<Boolean> links = new ArrayList<>();
            for (boolean b : c.linksAlive()) {
                links.add(b);
            }
            chips.add(Json.obj("x", c.x(), "y", c.y(), "cores", Json.list(c.applicationCores()), "monitorCore",
                c.monitorCore(), "sdramBytes", c.sdramBytes(), "routerEntriesFree", c.routerEntriesFree(), "links",
                links, "ethernet", c.ethernet()));
        }
        final Map<String, Object> o = header(ArtifactLayout.MACHINE);
        o.put("name", mc.name());
        o.put("width", mc.width());
        o.put("height", mc.height());
        o.put("wrap", Json.obj("x", mc.wrapX(), "y", mc.wrapY()));
        o.put("coresPerChip", SpinnakerMachine.CORES_PER_CHIP);
        o.put("dtcmBytes", SpinnakerMachine.DTCM_BYTES);
        o.put("clockMhz", SpinnakerMachine.CLOCK_MHZ);
        o.put("chips", chips);
        Json.write(dir.resolve(ArtifactLayout.MACHINE), o);
    }

    private void manifest() {
        final DeviceModel dm = m.model();
        final CostModel cost = new CostModel(dm.machineTimestepUs());
        final Map<String, Object> o = header(ArtifactLayout.MANIFEST);
        o.put("target", ArtifactLayout.TARGET);
        o.put("network", dm.label());
        o.put("dt", dm.dt());
        o.put("machineTimestepUs", dm.machineTimestepUs());
        o.put("timescale", 1.0);
        o.put("steps", dm.steps());
        o.put("period", dm.steps() * dm.dt());
        o.put("seed", m.seed());
        o.put("fixedPoint", Json.obj("format", "s16.15", "fractionBits", FixedPoint.FRACTION_BITS, "hostConversion",
            "multiply by 2^15, saturate to int32, truncate toward zero", "accumMultiplyRounding", m.rounding().name()));
        o.put("constraints", Json.obj("cpuTarget", CostModel.CPU_TARGET, "cpuCyclesPerStep", cost.cpuBudget(),
            "dtcmBytes", cost.dtcmBudget(), "filterMaxColumns", CostModel.FILTER_MAX_COLUMNS, "filterMaxRows",
            CostModel.FILTER_MAX_ROWS, "valueSourceMaxDims", CostModel.VALUE_SOURCE_MAX_DIMS, "valueSourceMaxBytes",
            CostModel.VALUE_SOURCE_MAX_BYTES, "valueSinkMaxDims", CostModel.VALUE_SINK_MAX_DIMS, "clusterMaxCores",
            CostModel.MAX_CLUSTER_CORES, "applicationCoresPerChip", SpinnakerMachine.APPLICATION_CORES));
        final List<Object> ops = new ArrayList<>();
        for (DeviceOperator op : dm.operators()) {
            final Map<String, Object> p = Json.obj("id", op.id(), "label", op.label(), "app", op.app().id(),
                "inputSize", op.inputSize(), "outputRows", op.outputRows(), "vertices", ids(m.partitioning().of(op)));
            final List<Object> filters = new ArrayList<>();
            for (FilterSpec f : op.inputFilters()) {
                filters.add(Json.obj("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT), "tau", f.tau(),
                    "a", toList(f.a()), "b", toList(f.b()), "latching", f.latching()));
            }
            p.put("inputFilters", filters);
            if (op instanceof EnsembleOperator e) {
                p.put("neurons", e.nNeurons());
                p.put("tauRc", e.tauRc());
                p.put("tauRef", e.tauRef());
                p.put("amplitude", e.amplitude());
                p.put("radius", e.radius());
                p.put("recordSpikes", e.recordSpikes());
                p.put("recordVoltage", e.recordVoltage());
            } else if (op instanceof ValueSourceOperator s) {
                p.put("frames", s.steps());
                p.put("periodic", s.periodic());
            }
            ops.add(p);
        }
        o.put("operators", ops);
        final List<Object> probes = new ArrayList<>();
        for (DeviceProbe p : dm.probes()) {
            final Map<String, Object> q = Json.obj("id", p.id(), "label", p.label(), "kind", p.kind().id(), "operator",
                p.operator().id(), "size", p.size(), "vertices", ids(m.partitioning().of(p.operator())), "neurons",
                Json.list(p.neurons()));
            if (p.operator() instanceof EnsembleOperator e) {
                q.put("amplitude", e.amplitude());
            }
            probes.add(q);
        }
        o.put("probes", probes);
        o.put("signals", dm.signals().size());
        o.put("warnings", dm.warnings());
        o.put("files", Json.obj(ArtifactLayout.PLACEMENTS, "pacman.placements (array of {vertex_label, x, y, p})",
            ArtifactLayout.ROUTING_TABLES, "pacman.routing_tables (array of {x, y, entries[{key, mask, defaultable,"
                + " spinnaker_route}]}), loaded", ArtifactLayout.ROUTING_TABLES_UNCOMPRESSED,
            "pacman.routing_tables, as generated before minimisation"));
        Json.write(dir.resolve(ArtifactLayout.MANIFEST), o);
    }

    private static List<Integer> ids(final List<Vertex> vs) {
        return vs.stream().map(Vertex::id).toList();
    }

    private static List<Double> toList(final double[] a) {
        final List<Double> out = new ArrayList<>();
        for (double v : a) {
            out.add(v);
        }
        return out;
    }

    private static List<Integer> span(final Span s) {
        return Json.list(s.lo(), s.hi());
    }

    private void vertices() {
        final List<Object> vs = new ArrayList<>();
        for (Vertex v : m.partitioning().vertices()) {
            final SdramImage im = m.images().images().get(v.id());
            vs.add(Json.obj("id", v.id(), "label", vertexLabel(v), "operator", v.operator().id(), "app", v.app().id(),
                "slices", Json.obj("neurons", span(v.neurons()), "clusterNeurons", span(v.clusterNeurons()), "inDims",
                    span(v.inputs()), "outDims", span(v.outputs()), "learntOutDims", Json.list(0, 0)),
                "cluster", v.cluster(), "population", v.population(), "estCycles", v.estCycles(), "estDtcm",
                v.estDtcm(), "sdramBytes", im.totalBytes()));
        }
        final Map<String, Object> o = header(ArtifactLayout.VERTICES);
        o.put("vertices", vs);
        Json.write(dir.resolve(ArtifactLayout.VERTICES), o);
    }

    private void placements() {
        final List<Object> out = new ArrayList<>();
        for (Vertex v : m.partitioning().vertices()) {
            final SpinnakerMachine.Chip c = m.machine().chip(m.placements().chipOf(v));
            out.add(Json.obj("vertex_label", vertexLabel(v), "x", c.x(), "y", c.y(), "p", m.placements().coreOf(v)));
        }
        Json.write(dir.resolve(ArtifactLayout.PLACEMENTS), out);
    }

    private void keys() {
        final KeySpace ks = m.keys();
        final Map<String, Object> o = header(ArtifactLayout.KEYS);
        o.put("fields", Json.obj("user", Json.list(ks.userField()), "connectionId", Json.list(ks.connectionField()),
            "cluster", Json.list(ks.clusterField()), "index", Json.list(ks.indexField())));
        o.put("connectionIds", ks.colours());
        final List<Object> signals = new ArrayList<>();
        for (DeviceSignal s : m.model().signals()) {
            final List<Object> sinks = new ArrayList<>();
            for (DeviceSignal.Sink k : s.sinks()) {
                sinks.add(Json.obj("operator", k.operator().id(), "filter", k.filter()));
            }
            final List<Object> nets = new ArrayList<>();
            for (Net n : m.nets()) {
                if (n.signal() == s) {
                    final List<Object> routes = new ArrayList<>();
                    for (int[] b : n.blocks()) {
                        final int[] km = ks.routingKeyMask(n, b);
                        routes.add(Json.obj("key", Json.unsigned(km[0]), "mask", Json.unsigned(km[1])));
                    }
                    final SpinnakerMachine.Chip c = m.machine().chip(n.sourceChip());
                    nets.add(Json.obj("id", n.id(), "cluster", n.cluster(), "sourceChip", Json.list(c.x(), c.y()),
                        "sourceVertices", ids(n.sources()), "rows", Json.list(n.rows()), "sinkVertices",
                        ids(n.sinks()), "sinkFilters", Json.list(n.sinkFilters()), "routes", routes));
                }
            }
            signals.add(Json.obj("id", s.id(), "label", s.label(), "source", s.source().id(), "sinks", sinks, "width",
                s.width(), "rows", Json.list(s.rows()), "latching", s.latching(), "connectionId", ks.connectionId(s),
                "filterKey", Json.unsigned(ks.filterKey(s)), "filterMask", Json.unsigned(ks.filterMask()), "dimMask",
                Json.unsigned(ks.dimensionMask()), "nets", nets));
        }
        o.put("signals", signals);
        final List<Object> vertexKeys = new ArrayList<>();
        for (Vertex v : m.partitioning().vertices()) {
            final List<Long> keys = new ArrayList<>();
            for (int k : m.outputKeys(v)) {
                keys.add(Json.unsigned(k));
            }
            vertexKeys.add(Json.obj("id", v.id(), "cluster", m.clusterOf(v), "keys", keys));
        }
        o.put("vertices", vertexKeys);
        Json.write(dir.resolve(ArtifactLayout.KEYS), o);
    }

    private void tables(final String file, final List<RoutingTable> tables) {
        final List<Object> out = new ArrayList<>();
        for (RoutingTable t : tables) {
            final List<Object> entries = new ArrayList<>();
            for (RoutingEntry e : t.entries()) {
                entries.add(Json.obj("key", Json.unsigned(e.key()), "mask", Json.unsigned(e.mask()), "defaultable",
                    e.defaultable(), "spinnaker_route", e.route()));
            }
            out.add(Json.obj("x", t.x(), "y", t.y(), "entries", entries));
        }
        Json.write(dir.resolve(file), out);
    }

    private void sdram() {
        final Path sd = dir.resolve(ArtifactLayout.SDRAM_DIR);
        final List<Object> blocks = new ArrayList<>();
        try {
            Files.createDirectories(sd);
            for (SdramImage im : m.images().images()) {
                Files.write(sd.resolve(im.fileName()), im.bytes());
                final List<Object> regions = new ArrayList<>();
                for (SdramImage.Region r : im.regions()) {
                    regions.add(Json.obj("index", r.index(), "name", r.name(), "offset", r.offset(), "size", r.size(),
                        "encoding", r.encoding(), "stored", r.stored()));
                }
                blocks.add(Json.obj("vertex", im.vertex(), "app", im.app().id(), "x", im.x(), "y", im.y(), "p", im.p(),
                    "base", Json.unsigned(im.base()), "file", im.fileName(), "totalBytes", im.totalBytes(),
                    "storedBytes", im.bytes().length, "regions", regions));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write SDRAM images to " + sd, e);
        }
        final List<Object> shared = new ArrayList<>();
        for (ImageWriter.SharedBlock b : m.images().shared()) {
            shared.add(Json.obj("operator", b.operator(), "cluster", b.cluster(), "x", b.x(), "y", b.y(), "base",
                Json.unsigned(b.base()), "inputVectorWords", b.inputWords(), "spikeVectorWords", b.spikeWords(),
                "semaphoreBytes", 2, "bytes", b.bytes()));
        }
        final Map<String, Object> o = header(ArtifactLayout.REGIONS);
        o.put("blocks", blocks);
        o.put("sharedBlocks", shared);
        Json.write(sd.resolve(ArtifactLayout.REGIONS), o);
    }

    private void hostIo() {
        final List<Object> sources = new ArrayList<>();
        for (DeviceOperator op : m.model().operators()) {
            if (op instanceof ValueSourceOperator s) {
                sources.add(Json.obj("node", s.label(), "operator", s.id(), "frames", s.steps(), "period",
                    s.steps() * m.model().dt(), "periodic", s.periodic(), "vertexIds", ids(m.partitioning().of(s))));
            }
        }
        final Map<String, Object> o = header(ArtifactLayout.HOST_IO);
        o.put("sdpRx", List.of());
        o.put("sdpTx", List.of());
        o.put("valueSources", sources);
        Json.write(dir.resolve(ArtifactLayout.HOST_IO), o);
    }
}
