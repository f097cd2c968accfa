package dev.neurovec.spinnaker;

import java.util.List;
import java.util.Map;

/**
 * What an emulation produced: the recordings of every core (as raw words, the way the host would read them back
 * from SDRAM), the counters and packets per step, and the probes' data assembled from the recordings with the
 * probe map of the manifest.
 */
public final class EmulationResult {
    private final SpinnakerMachine machine;
    private final int steps;
    private final double dt;
    private final MultiplyRounding rounding;
    private final EmulatorCounters counters;
    private final long[] packetsPerStep;
    private final List<ArtifactReader.ProbeEntry> probes;
    private final Map<Integer, int[]> sinks;
    private final Map<Integer, int[]> spikes;
    private final Map<Integer, int[]> voltages;
    private final Map<Integer, int[]> neuronSpans;
    private final Map<Integer, int[]> inputSpans;

    EmulationResult(final SpinnakerMachine machine, final int steps, final double dt, final MultiplyRounding rounding,
                    final EmulatorCounters counters, final long[] packetsPerStep,
                    final List<ArtifactReader.ProbeEntry> probes, final Map<Integer, int[]> sinks,
                    final Map<Integer, int[]> spikes, final Map<Integer, int[]> voltages,
                    final Map<Integer, int[]> neuronSpans, final Map<Integer, int[]> inputSpans) {
        this.machine = machine;
        this.steps = steps;
        this.dt = dt;
        this.rounding = rounding;
        this.counters = counters;
        this.packetsPerStep = packetsPerStep;
        this.probes = probes;
        this.sinks = sinks;
        this.spikes = spikes;
        this.voltages = voltages;
        this.neuronSpans = neuronSpans;
        this.inputSpans = inputSpans;
    }

    /** @return steps run */
    public int steps() {
        return steps;
    }

    /** @return the rounding used */
    public MultiplyRounding rounding() {
        return rounding;
    }

    /** @return the machine */
    public SpinnakerMachine machine() {
        return machine;
    }

    /** @return the counters */
    public EmulatorCounters counters() {
        return counters;
    }

    /** @return packets sent in each step (a copy) */
    public long[] packetsPerStep() {
        return packetsPerStep.clone();
    }

    /** @return the probes of the manifest */
    public List<ArtifactReader.ProbeEntry> probes() {
        return probes;
    }

    /**
     * @param id probe id
     * @return that probe's entry
     */
    public ArtifactReader.ProbeEntry probe(final int id) {
        return probes.get(id);
    }

    /**
     * The probe's data as the host would present it: decoded values (s16.15 to double), spikes as
     * {@code amplitude / dt} per neuron, or voltages (U1.15 to double).
     *
     * @param p a probe
     * @return steps × size
     */
    public double[][] data(final ArtifactReader.ProbeEntry p) {
        final double[][] out = new double[steps][p.size()];
        if (p.kind() == DeviceProbe.Kind.DECODED) {
            for (int v : p.vertices()) {
                final int[] rec = sinks.get(v);
                final int[] span = inputSpans.get(v);
                final int w = span[1] - span[0];
                for (int t = 0; t < steps; t++) {
                    for (int d = 0; d < w; d++) {
                        out[t][span[0] + d] = FixedPoint.toDouble(rec[t * w + d]);
                    }
                }
            }
            return out;
        }
        final boolean spk = p.kind() == DeviceProbe.Kind.SPIKES;
        final int[] neurons = p.neurons();
        for (int v : p.vertices()) {
            final int[] span = neuronSpans.get(v);
            final int n = span[1] - span[0];
            final int[] rec = spk ? spikes.get(v) : voltages.get(v);
            final int words = spk ? ImageLayout.spikeWords(n) : (n + 1) / 2;
            for (int k = 0; k < neurons.length; k++) {
                final int i = neurons[k] - span[0];
                if (i < 0 || i >= n) {
                    continue;
                }
                for (int t = 0; t < steps; t++) {
                    if (spk) {
                        out[t][k] = (rec[t * words + (i >>> 5)] & (0x8000_0000 >>> (i & 31))) != 0 ? p.amplitude() / dt
                            : 0;
                    } else {
                        final int w = rec[t * words + (i >>> 1)];
                        out[t][k] = FixedPoint.toDouble((i & 1) == 0 ? w & 0xffff : w >>> 16);
                    }
                }
            }
        }
        return out;
    }
}
