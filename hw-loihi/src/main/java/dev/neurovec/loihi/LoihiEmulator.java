package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emulates a Loihi configuration from its artifact only (hardware.md §E3.1): the constructor decodes the
 * reader's files into flat arrays; {@link #run} steps the chip as nengo-loihi's emulator does (§A4.1): clear
 * the accumulators; deliver the previous step's compartment spikes through output axons, synapse map and
 * synapse table; deliver host spikes registered for the previous step (the per-chip per-step host-link cap
 * drops and counts the excess); update the compartments; record the probes (taps weighted or scaled, then the
 * host lowpass). The step loop allocates nothing.
 */
public final class LoihiEmulator {
    private static final int KEY_SPIKE = 0;
    private static final int KEY_VOLTAGE = 1;
    private static final int KEY_CURRENT = 2;

    private final EmulatorImage img;
    private final CompartmentState state;
    private final double dt;
    private final int cap;
    // host spikes
    private final int[] hostStep;
    private final int[] hostAxonStart;
    private final int[] hostAxons;
    // probes
    private final String[] probeLabels;
    private final int[] probeKey;
    private final int[] probeOut;
    private final int[][] tapCx;
    private final int[][] tapOut;
    private final double[][] tapWeights;
    private final double[] probeScale;
    private final double[] probeDecay;
    private final int nChips;
    private final int[] hostSpikeIdx;
    private final double[][] filt;
    private final int[] spikedPrev;
    private int nPrev;
    private int hostPtr;
    private int stepsRun;

    /**
     * @param reader  the artifact
     * @param options mode and strictness
     */
    public LoihiEmulator(final ArtifactReader reader, final EmulatorOptions options) {
        final Artifact a = reader.artifact();
        this.img = new EmulatorImage(a);
        this.state = switch (options.mode()) {
            case INTEGER -> new IntegerCompartments(img, options.strict());
            case FLOAT -> new FloatCompartments(img);
        };
        this.dt = a.manifest().dt();
        this.cap = a.host().maxSpikesPerStep();
        int maxChip = 0;
        for (int c : img.coreChip) {
            maxChip = Math.max(maxChip, c);
        }
        this.nChips = maxChip + 1;

        // spike-input maps: (input, index) -> input-axon rows
        final List<ArtifactFiles.SpikeInputSpec> ins = a.inputs().spikeInputs();
        final int[] inputBase = new int[ins.size() + 1];
        for (int i = 0; i < ins.size(); i++) {
            inputBase[i + 1] = inputBase[i] + ins.get(i).n();
        }
        final int nIdx = inputBase[ins.size()];
        final BinaryTable mapT = a.table(ArtifactLayout.INPUT_MAP);
        final int[] count = new int[nIdx + 1];
        final List<int[]> rows = new ArrayList<>();
        for (int i = 0; i < ins.size(); i++) {
            final ArtifactFiles.SpikeInputSpec s = ins.get(i);
            final int r0 = a.firstRow(s.map());
            for (int r = r0; r < r0 + s.map().count(); r++) {
                final int idx = (int) mapT.get(r, 0);
                if (idx >= s.n()) {
                    throw new IllegalStateException("input_map.bin record " + r + ": index " + idx + " of spike input "
                        + s.id() + " with " + s.n() + " neurons");
                }
                final int row = img.axonRow((int) mapT.get(r, 2), (int) mapT.get(r, 3), (int) mapT.get(r, 4),
                    "spike input " + s.id() + " index " + idx);
                rows.add(new int[] {inputBase[i] + idx, row});
                count[inputBase[i] + idx + 1]++;
            }
        }
        for (int i = 0; i < nIdx; i++) {
            count[i + 1] += count[i];
        }
        this.hostAxonStart = count;
        this.hostAxons = new int[rows.size()];
        final int[] fill = java.util.Arrays.copyOf(count, nIdx);
        for (int[] r : rows) {
            hostAxons[fill[r[0]]++] = r[1];
        }
        final BinaryTable spT = a.table(ArtifactLayout.INPUT_SPIKES);
        final int s0 = a.firstRow(a.inputs().precomputedSpikes());
        final int ns = a.inputs().precomputedSpikes().count();
        this.hostStep = new int[ns];
        this.hostSpikeIdx = new int[ns];
        int prev = 0;
        for (int k = 0; k < ns; k++) {
            hostStep[k] = (int) spT.get(s0 + k, 0);
            final int id = (int) spT.get(s0 + k, 1);
            final int idx = (int) spT.get(s0 + k, 2);
            if (hostStep[k] < prev || id >= ins.size() || idx >= ins.get(id).n()) {
                throw new IllegalStateException("input_spikes.bin record " + (s0 + k) + ": step " + hostStep[k]
                    + " input " + id + " index " + idx + " is out of order or out of range");
            }
            prev = hostStep[k];
            hostSpikeIdx[k] = inputBase[id] + idx;
        }

        // probes
        final List<ArtifactFiles.ProbeSpec> ps = a.probes().probes();
        final int np = ps.size();
        probeLabels = new String[np];
        probeKey = new int[np];
        probeOut = new int[np];
        tapCx = new int[np][];
        tapOut = new int[np][];
        tapWeights = new double[np][];
        probeScale = new double[np];
        probeDecay = new double[np];
        final BinaryTable tapT = a.table(ArtifactLayout.PROBE_TAPS);
        final BinaryTable wT = a.table(ArtifactLayout.PROBE_WEIGHTS);
        for (int p = 0; p < np; p++) {
            final ArtifactFiles.ProbeSpec s = ps.get(p);
            probeLabels[p] = s.label();
            probeKey[p] = switch (s.key()) {
                case "spike" -> KEY_SPIKE;
                case "v" -> KEY_VOLTAGE;
                case "u" -> KEY_CURRENT;
                default -> throw new IllegalStateException("probes.json probe " + s.id() + ": key '" + s.key()
                    + "'; expected spike, v or u");
            };
            probeOut[p] = s.outSize();
            final int t0 = a.firstRow(s.taps());
            final int nt = s.taps().count();
            tapCx[p] = new int[nt];
            tapOut[p] = new int[nt];
            for (int t = 0; t < nt; t++) {
                final int core = img.coreIndex((int) tapT.get(t0 + t, 0), (int) tapT.get(t0 + t, 1));
                final int cx = (int) tapT.get(t0 + t, 2);
                if (core < 0 || cx >= img.coreBase[core + 1] - img.coreBase[core]) {
                    throw new IllegalStateException("probe '" + s.label() + "' tap " + t + ": chip "
                        + tapT.get(t0 + t, 0) + " core " + tapT.get(t0 + t, 1) + " compartment " + cx
                        + " does not exist");
                }
                tapCx[p][t] = img.coreBase[core] + cx;
                tapOut[p][t] = (int) tapT.get(t0 + t, 3);
                if (s.weights() == null && tapOut[p][t] >= s.outSize()) {
                    throw new IllegalStateException("probe '" + s.label() + "' tap " + t + ": output index "
                        + tapOut[p][t] + " >= outSize " + s.outSize());
                }
            }
            if (s.weights() != null) {
                if (s.weights().count() != nt * s.outSize()) {
                    throw new IllegalStateException("probe '" + s.label() + "': " + s.weights().count()
                        + " weights for " + nt + " taps x " + s.outSize() + " outputs");
                }
                final int w0 = a.firstRow(s.weights());
                tapWeights[p] = new double[nt * s.outSize()];
                for (int k = 0; k < tapWeights[p].length; k++) {
                    tapWeights[p][k] = wT.getDouble(w0 + k, 0);
                }
            }
            probeScale[p] = s.scale();
            probeDecay[p] = s.hostSynapse() == null ? 0.0 : StrictMath.exp(-dt / s.hostSynapse().tau());
        }
        this.filt = new double[np][];
        for (int p = 0; p < np; p++) {
            filt[p] = new double[probeOut[p]];
        }
        this.spikedPrev = new int[img.nCx];
    }

    /**
     * Runs {@code steps} steps from the current state.
     *
     * @param steps number of steps, at least 0
     * @return probe outputs and counters for these steps
     */
    public EmulatorResult run(final int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("LoihiEmulator.run: steps = " + steps + "; expected >= 0");
        }
        final int np = probeLabels.length;
        final double[][][] out = new double[np][steps][];
        for (int p = 0; p < np; p++) {
            for (int k = 0; k < steps; k++) {
                out[p][k] = new double[probeOut[p]];
            }
        }
        final double[][] filt = this.filt;
        final int[] spikedNow = new int[img.nCx];
        final int[] spikedPrev = this.spikedPrev;
        final byte[] flags = new byte[img.nCx];
        final int[] sentPerChip = new int[nChips];
        final long[] spikesPerCore = new long[img.nCores];
        final int[] coreStep = new int[img.nCores];
        final Counters ctr = new Counters();
        int nPrev = this.nPrev;
        int hostPtr = this.hostPtr;
        for (int k = 0; k < steps; k++) {
            final int t = stepsRun + k + 1;
            state.clearInput();
            for (int s = 0; s < nPrev; s++) {
                final int cx = spikedPrev[s];
                final int srcChip = img.coreChip[img.coreOfCx[cx]];
                for (int o = img.outStart[cx]; o < img.outStart[cx + 1]; o++) {
                    final int row = img.outAxon[o];
                    state.deliver(img.axonFrom[row], img.axonTo[row]);
                    if (img.axonChip[row] == srcChip) {
                        ctr.intra++;
                    } else {
                        ctr.inter++;
                    }
                }
            }
            while (hostPtr < hostStep.length && hostStep[hostPtr] < t - 1) {
                hostPtr++;
            }
            java.util.Arrays.fill(sentPerChip, 0);
            while (hostPtr < hostStep.length && hostStep[hostPtr] == t - 1) {
                final int idx = hostSpikeIdx[hostPtr++];
                for (int h = hostAxonStart[idx]; h < hostAxonStart[idx + 1]; h++) {
                    final int row = hostAxons[h];
                    final int chip = img.axonChip[row];
                    if (++sentPerChip[chip] > cap) {
                        ctr.dropped++;
                    } else {
                        ctr.sent++;
                        state.deliver(img.axonFrom[row], img.axonTo[row]);
                    }
                }
            }
            for (int c = 0; c < nChips; c++) {
                ctr.maxHost = Math.max(ctr.maxHost, sentPerChip[c]);
            }
            final int nNow = state.update(t, spikedNow, flags);
            java.util.Arrays.fill(coreStep, 0);
            for (int s = 0; s < nNow; s++) {
                coreStep[img.coreOfCx[spikedNow[s]]]++;
            }
            for (int c = 0; c < img.nCores; c++) {
                spikesPerCore[c] += coreStep[c];
                ctr.maxCore = Math.max(ctr.maxCore, coreStep[c]);
            }
            ctr.spikes += nNow;
            System.arraycopy(spikedNow, 0, spikedPrev, 0, nNow);
            nPrev = nNow;
            for (int p = 0; p < np; p++) {
                record(p, flags, filt[p], out[p][k]);
            }
        }
        stepsRun += steps;
        this.nPrev = nPrev;
        this.hostPtr = hostPtr;
        final Map<String, double[][]> probes = new LinkedHashMap<>();
        for (int p = 0; p < np; p++) {
            probes.put(probeLabels[p], out[p]);
        }
        return new EmulatorResult(steps, probes, state.qOverflows(), state.uOverflows(), ctr.sent, ctr.dropped,
            ctr.maxHost, ctr.spikes, spikesPerCore, ctr.maxCore, List.of(img.coreLabel), ctr.intra, ctr.inter);
    }

    /** Mutable counters of one run (one object per run, not per step). */
    private static final class Counters {
        long sent;
        long dropped;
        int maxHost;
        long spikes;
        int maxCore;
        long intra;
        long inter;
    }

    private void record(final int p, final byte[] flags, final double[] y, final double[] dst) {
        final int[] cxs = tapCx[p];
        final int key = probeKey[p];
        final int nOut = probeOut[p];
        java.util.Arrays.fill(dst, 0.0);
        final double[] w = tapWeights[p];
        for (int t = 0; t < cxs.length; t++) {
            final int cx = cxs[t];
            final double x = key == KEY_SPIKE ? flags[cx] : key == KEY_VOLTAGE ? state.voltage(cx) : state.current(cx);
            if (x == 0.0) {
                continue;
            }
            if (w == null) {
                dst[tapOut[p][t]] += x * probeScale[p];
            } else {
                final int off = t * nOut;
                for (int o = 0; o < nOut; o++) {
                    dst[o] += x * w[off + o];
                }
            }
        }
        final double a = probeDecay[p];
        if (a > 0) {
            for (int o = 0; o < nOut; o++) {
                y[o] = a * y[o] + (1 - a) * dst[o];
                dst[o] = y[o];
            }
        }
    }

    /**
     * @param cx global compartment index (board order)
     * @return the raw integer voltage (integer mode only)
     */
    long rawVoltage(final int cx) {
        return ((IntegerCompartments) state).rawVoltage(cx);
    }

    /**
     * @param cx global compartment index (board order)
     * @return the raw integer current (integer mode only)
     */
    long rawCurrent(final int cx) {
        return ((IntegerCompartments) state).rawCurrent(cx);
    }
}
