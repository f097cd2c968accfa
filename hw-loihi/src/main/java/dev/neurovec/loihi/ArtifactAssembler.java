package dev.neurovec.loihi;

import dev.neurovec.loihi.ArtifactFiles.TableRef;
import dev.neurovec.network.dists.RandomState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connects placed blocks into chip registers and lays them out as an {@link Artifact} (pipeline stage 6,
 * hardware.md §E1): per core it deduplicates compartment, threshold and synapse-format profiles, assigns input
 * axon ids to synapses in order, lays every axon's synapse entries contiguously in the synapse table, writes
 * the synapse map and one output axon per projecting compartment and target synapse; then the spike-input
 * maps, the precomputed host spikes, the probes and the float view of every core.
 */
final class ArtifactAssembler {

    /**
     * Facts about the build that the artifact records.
     *
     * @param seed        network seed
     * @param steps       host steps precomputed
     * @param networkHash hash of the network description
     * @param builder     builder parameters
     * @param blockSpecs  discretization decisions of the unsplit blocks
     * @param host        the host side
     */
    record Meta(long seed, int steps, String networkHash, Map<String, Object> builder,
                List<ArtifactFiles.BlockSpec> blockSpecs, LoihiCompiler.HostPlan host) {
    }

    /** Where a synapse's input axons live. */
    private record SynapseHome(int chip, int core, int axonBase) {
    }

    private ArtifactAssembler() {
    }

    static Artifact assemble(final LoihiModel model, final CoreAllocator.Allocation alloc, final LoihiLimits limits,
                             final Meta meta) {
        final Map<String, BinaryTable> tables = new LinkedHashMap<>();
        for (BinaryTable.Layout l : ArtifactLayout.TABLES) {
            tables.put(l.file(), BinaryTable.create(l, 64));
        }
        final Map<LoihiSynapse, SynapseHome> homes = new IdentityHashMap<>();
        for (CoreAllocator.Placement p : alloc.placements()) {
            int axon = 0;
            for (LoihiSynapse s : p.block().synapses) {
                homes.put(s, new SynapseHome(p.chip(), p.core(), axon));
                axon += s.nAxons();
            }
        }
        final List<ArtifactFiles.Chip> chips = new ArrayList<>();
        final List<ArtifactFiles.FloatCore> floatCores = new ArrayList<>();
        final RandomState seeds = new RandomState(meta.seed() & 0xffffffffL);
        List<ArtifactFiles.Core> cores = new ArrayList<>();
        int chipId = alloc.placements().isEmpty() ? -1 : alloc.placements().get(0).chip();
        for (CoreAllocator.Placement p : alloc.placements()) {
            if (p.chip() != chipId) {
                chips.add(new ArtifactFiles.Chip(chipId, cores));
                cores = new ArrayList<>();
                chipId = p.chip();
            }
            cores.add(core(p, homes, tables, floatCores, seeds));
        }
        if (chipId >= 0) {
            chips.add(new ArtifactFiles.Chip(chipId, cores));
        }
        final ArtifactFiles.Board board = new ArtifactFiles.Board("neurovec.loihi.board",
            ArtifactLayout.SCHEMA_VERSION, ArtifactLayout.TARGET, alloc.nChips(), limits.coresPerChip(), chips);
        final ArtifactFiles.Inputs inputs = inputs(model, homes, tables, meta.steps());
        final ArtifactFiles.Probes probes = probes(model, alloc, tables);
        final LoihiCompiler.HostPlan hp = meta.host();
        final ArtifactFiles.Host host = new ArtifactFiles.Host("neurovec.loihi.host", ArtifactLayout.SCHEMA_VERSION,
            true, limits.maxSpikesPerStep(), hp.objects(), hp.host2chip(), hp.chip2host(), hp.probes());
        final List<ArtifactFiles.SplitSpec> splits = new ArrayList<>();
        for (BlockSplitter.Split s : model.splits) {
            splits.add(new ArtifactFiles.SplitSpec(s.original(), s.reason(), s.pieces(), s.starts(), s.counts()));
        }
        final ArtifactFiles.Manifest manifest = new ArtifactFiles.Manifest("neurovec.loihi.manifest",
            ArtifactLayout.SCHEMA_VERSION, ArtifactLayout.TARGET, ArtifactLayout.EMITTER_VERSION, model.dt(),
            meta.seed(), meta.steps(), meta.networkHash(), alloc.nChips(), limits.coresPerChip(), limits,
            meta.builder(), splits, meta.blockSpecs(), floatCores);
        final Artifact partial = new Artifact(manifest, board, inputs, probes, host, tables, "");
        return new Artifact(manifest, board, inputs, probes, host, tables,
            Utilization.of(partial, limits).toCsv());
    }

    private static TableRef ref(final BinaryTable t, final int firstRow) {
        return new TableRef(t.layout().file(), (long) firstRow * t.layout().recordBytes(), t.rows() - firstRow);
    }

    private static ArtifactFiles.Core core(final CoreAllocator.Placement p, final Map<LoihiSynapse, SynapseHome> homes,
                                           final Map<String, BinaryTable> tables,
                                           final List<ArtifactFiles.FloatCore> floatCores, final RandomState seeds) {
        final LoihiBlock b = p.block();
        final DiscreteBlock d = b.discrete;
        final List<ArtifactFiles.CxProfile> cxProfiles = new ArrayList<>();
        final List<ArtifactFiles.VthProfile> vthProfiles = new ArrayList<>();
        final BinaryTable cx = tables.get(ArtifactLayout.COMPARTMENTS.file());
        final BinaryTable fcx = tables.get(ArtifactLayout.FLOAT_COMPARTMENTS.file());
        final int cx0 = cx.rows();
        final int fcx0 = fcx.rows();
        for (int i = 0; i < b.n(); i++) {
            final int cp = indexOf(cxProfiles, new ArtifactFiles.CxProfile(d.decayU()[i], d.decayV()[i],
                d.refractDelay()[i], 0, 1));
            final int vp = indexOf(vthProfiles, new ArtifactFiles.VthProfile(d.vthMant()[i]));
            cx.append(d.biasMant()[i], d.biasExp()[i], vp, cp, 2);
            fcx.append(bits(b.decayU[i]), bits(b.decayV[i]), bits(b.vth[i]), bits(b.bias[i]));
        }
        final List<SynapseFormat> formats = new ArrayList<>();
        final BinaryTable map = tables.get(ArtifactLayout.SYNAPSE_MAP.file());
        final BinaryTable syn = tables.get(ArtifactLayout.SYNAPSES.file());
        final BinaryTable fsyn = tables.get(ArtifactLayout.FLOAT_SYNAPSES.file());
        final int map0 = map.rows();
        final int syn0 = syn.rows();
        for (LoihiSynapse s : b.synapses) {
            final int fmt = indexOf(formats, new SynapseFormat(s.discrete.weightExp(),
                SynapseFormat.idxBitsFor(s.nTargets() - 1))) + 1;
            final int base = homes.get(s).axonBase();
            for (int a = 0; a < s.nAxons(); a++) {
                map.append(base + a, ArtifactLayout.KIND_DISCRETE, syn.rows() - syn0, s.nTargets(), 0, 0, 0, 0, 0);
                for (int j = 0; j < s.nTargets(); j++) {
                    syn.append(j, s.discrete.wgt()[a][j], fmt, 0);
                    fsyn.append(bits(s.weights[a][j]));
                }
            }
        }
        final BinaryTable out = tables.get(ArtifactLayout.OUT_AXONS.file());
        final int out0 = out.rows();
        for (int i = 0; i < b.n(); i++) {
            for (LoihiAxon a : b.axons) {
                final int m = a.compartmentMap[i];
                if (m >= 0) {
                    final SynapseHome h = homes.get(a.target);
                    out.append(i, ArtifactLayout.KIND_DISCRETE, 0, 0, h.chip(), h.core(), h.axonBase() + m);
                }
            }
        }
        final List<ArtifactFiles.SynapseFmt> fmts = new ArrayList<>();
        for (int f = 0; f < formats.size(); f++) {
            final SynapseFormat sf = formats.get(f);
            fmts.add(new ArtifactFiles.SynapseFmt(f + 1, 0, 0, sf.weightExp(), 0, 0, 0, 0,
                SynapseFormat.WEIGHT_BITS_CODE, 0, SynapseFormat.N_SYNAPSES, 0, 0, 0, sf.idxBits(), 0,
                SynapseFormat.FANOUT_MIXED, SynapseFormat.COMPRESSION_DENSE, 0, 0));
        }
        floatCores.add(new ArtifactFiles.FloatCore(p.chip(), p.core(), ref(fcx, fcx0), ref(fsyn, syn0), b.vmin,
            Double.isInfinite(b.vmax) ? null : b.vmax, b.scaleU, b.scaleV, d.info().vScale(), d.info().bScale()));
        final ArtifactFiles.CoreSeeds cs = new ArtifactFiles.CoreSeeds(draw(seeds, 3), draw(seeds, 3), draw(seeds, 3),
            seeds.randint(1L << 32));
        return new ArtifactFiles.Core(p.core(),
            List.of(new ArtifactFiles.BlockRef(b.label(), 0, b.n(), b.sourceLabel, b.sourceOffset)),
            cxProfiles, vthProfiles, fmts, new ArtifactFiles.DendriteShared(d.posVmLimit(), d.negVmLimit(), 0, 0, 0),
            (b.n() + 3) / 4, 0, ref(cx, cx0), ref(map, map0), ref(syn, syn0), ref(out, out0), cs);
    }

    private static List<Long> draw(final RandomState rng, final int n) {
        final List<Long> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(rng.randint(1L << 32));
        }
        return l;
    }

    private static ArtifactFiles.Inputs inputs(final LoihiModel model, final Map<LoihiSynapse, SynapseHome> homes,
                                               final Map<String, BinaryTable> tables, final int steps) {
        final BinaryTable map = tables.get(ArtifactLayout.INPUT_MAP.file());
        final List<ArtifactFiles.SpikeInputSpec> specs = new ArrayList<>();
        for (int id = 0; id < model.inputs.size(); id++) {
            final SpikeInput in = model.inputs.get(id);
            final int first = map.rows();
            for (int k = 0; k < in.n(); k++) {
                for (LoihiAxon a : in.axons) {
                    final int m = a.compartmentMap[k];
                    if (m >= 0) {
                        final SynapseHome h = homes.get(a.target);
                        map.append(k, 0, h.chip(), h.core(), h.axonBase() + m, 0, 0);
                    }
                }
            }
            specs.add(new ArtifactFiles.SpikeInputSpec(id, in.label(), in.n(), ref(map, first)));
        }
        final BinaryTable sp = tables.get(ArtifactLayout.INPUT_SPIKES.file());
        for (int t = 0; t < steps; t++) {
            for (int id = 0; id < model.inputs.size(); id++) {
                final int[][] spikes = model.inputs.get(id).spikes;
                if (spikes != null && t < spikes.length) {
                    final int[] idx = spikes[t].clone();
                    Arrays.sort(idx);
                    for (int k : idx) {
                        sp.append(t + 1, id, k);
                    }
                }
            }
        }
        return new ArtifactFiles.Inputs("neurovec.loihi.inputs", ArtifactLayout.SCHEMA_VERSION, steps, specs,
            ref(sp, 0));
    }

    private static ArtifactFiles.Probes probes(final LoihiModel model, final CoreAllocator.Allocation alloc,
                                               final Map<String, BinaryTable> tables) {
        final Map<LoihiBlock, CoreAllocator.Placement> where = alloc.byBlock();
        final BinaryTable taps = tables.get(ArtifactLayout.PROBE_TAPS.file());
        final BinaryTable weights = tables.get(ArtifactLayout.PROBE_WEIGHTS.file());
        final List<ArtifactFiles.ProbeSpec> specs = new ArrayList<>();
        for (int id = 0; id < model.probes.size(); id++) {
            final LoihiProbe pr = model.probes.get(id);
            final int t0 = taps.rows();
            final int w0 = weights.rows();
            for (int t = 0; t < pr.taps.size(); t++) {
                final LoihiProbe.Tap tap = pr.taps.get(t);
                final CoreAllocator.Placement pl = where.get(tap.block);
                taps.append(pl.chip(), pl.core(), tap.cx, tap.outIndex);
                if (pr.weights != null) {
                    for (int o = 0; o < pr.outSize; o++) {
                        weights.append(bits(pr.weights[t][o]));
                    }
                }
            }
            final String key = switch (pr.key) {
                case CURRENT -> "u";
                case VOLTAGE -> "v";
                case SPIKED -> "spike";
            };
            specs.add(new ArtifactFiles.ProbeSpec(id, pr.label(), key, pr.outSize, ref(taps, t0),
                pr.weights == null ? null : ref(weights, w0), pr.scale,
                Double.isNaN(pr.synapseTau) ? null : new ArtifactFiles.HostSynapse("lowpass", pr.synapseTau)));
        }
        return new ArtifactFiles.Probes("neurovec.loihi.probes", ArtifactLayout.SCHEMA_VERSION, specs);
    }

    private static <T> int indexOf(final List<T> list, final T value) {
        final int i = list.indexOf(value);
        if (i >= 0) {
            return i;
        }
        list.add(value);
        return list.size() - 1;
    }

    private static long bits(final double v) {
        return Double.doubleToRawLongBits(v);
    }
}
