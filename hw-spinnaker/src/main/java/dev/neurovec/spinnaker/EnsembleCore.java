package dev.neurovec.spinnaker;

/**
 * An ensemble core (hardware.md §B2.5), rebuilt from its SDRAM image. Per step, per neuron: if refractory, count
 * down and keep the voltage; else {@code J = bias + (Σ_d e_d·x_d) >> 15} (64-bit dot product, floor shift),
 * {@code δv = (J − v)·k} (accum multiply with the configured rounding), {@code v += δv}, clamp at 0; above 1.0 the
 * neuron spikes: {@code v −= 1.0} (the overshoot is kept), and if then {@code v > 2.0} the refractory period is one
 * step shorter and {@code v −= δv}. Then every core of the cluster decodes its output rows from the whole cluster's
 * spike vector, {@code out_d = Σ_{spiking i} dec[d][i]}, and sends one packet per row.
 */
final class EnsembleCore extends CoreProgram {
    private static final int ONE = FixedPoint.ONE;
    private static final int TWO = 2 * FixedPoint.ONE;

    private final InputStage in;
    private final ClusterMemory shared;
    private final int n;
    private final int width;
    private final int inputOffset;
    private final int inputDims;
    private final int popOffset;
    private final int clusterNeurons;
    private final int rows;
    private final int k;
    private final int tauRef;
    private final int roundBias;
    private final int[] enc;
    private final int[] bias;
    private final int[] dec;
    private final int[] keys;
    private final int[] v;
    private final int[] refractory;
    private final int[] spiking;
    private final boolean recordSpikes;
    private final boolean recordVoltage;
    private final int spikeWords;
    private final int voltageWords;
    /** steps × ceil(n/32) words, MSB first (or empty). */
    final int[] spikeRecording;
    /** steps × ceil(n/2) words of two U1.15 halves, even neuron in the low half (or empty). */
    final int[] voltageRecording;

    EnsembleCore(final int vertex, final int chip, final int core, final ImageDecoder.EnsembleBlock b,
                 final ClusterMemory shared, final MultiplyRounding rounding, final int steps) {
        super(vertex, chip, core);
        this.in = new InputStage(b.input(), b.inputOffset(), b.inputDims());
        this.shared = shared;
        this.n = b.n();
        this.width = b.encoderWidth();
        this.inputOffset = b.inputOffset();
        this.inputDims = b.inputDims();
        int off = 0;
        for (int p = 0; p < b.population(); p++) {
            off += b.populationLengths()[p];
        }
        this.popOffset = off;
        this.clusterNeurons = b.clusterNeurons();
        this.rows = b.rows();
        this.k = b.lifK();
        this.tauRef = b.tauRefSteps();
        this.roundBias = rounding.bias();
        this.enc = b.encoders();
        this.bias = b.bias();
        this.dec = b.decoders();
        this.keys = b.keys();
        this.v = new int[n];
        this.refractory = new int[n];
        this.spiking = new int[clusterNeurons];
        this.recordSpikes = (b.flags() & 1) != 0;
        this.recordVoltage = (b.flags() & 2) != 0;
        this.spikeWords = ImageLayout.spikeWords(n);
        this.voltageWords = (n + 1) / 2;
        this.spikeRecording = new int[recordSpikes ? steps * spikeWords : 0];
        this.voltageRecording = new int[recordVoltage ? steps * voltageWords : 0];
    }

    @Override
    void input(final int step, final EmulatorCounters c) {
        drain(in, c);
        in.step(c);
        System.arraycopy(in.input, 0, shared.inputVector, inputOffset, inputDims);
    }

    @Override
    void neurons(final int step, final EmulatorCounters c) {
        final int[] x = shared.inputVector;
        final int[] sv = shared.spikeVector;
        for (int i = 0; i < n; i++) {
            final int bit = popOffset + i;
            sv[bit >>> 5] &= ~(0x8000_0000 >>> (bit & 31));
        }
        final int sBase = step * spikeWords;
        final int vBase = step * voltageWords;
        for (int i = 0; i < n; i++) {
            if (refractory[i] > 0) {
                refractory[i]--;
            } else {
                long dot = 0;
                final int eb = i * width;
                for (int d = 0; d < width; d++) {
                    dot += (long) enc[eb + d] * x[d];
                }
                final int j = InputStage.wrap((long) bias[i] + (int) (dot >> FixedPoint.FRACTION_BITS), c);
                final int dv = InputStage.wrap(((long) InputStage.wrap((long) j - v[i], c) * k + roundBias)
                    >> FixedPoint.FRACTION_BITS, c);
                int vi = InputStage.wrap((long) v[i] + dv, c);
                if (vi < 0) {
                    vi = 0;
                }
                if (vi > ONE) {
                    int tref = tauRef;
                    vi -= ONE;
                    if (vi > TWO) {
                        tref--;
                        vi -= dv;
                    }
                    refractory[i] = tref;
                    final int bit = popOffset + i;
                    sv[bit >>> 5] |= 0x8000_0000 >>> (bit & 31);
                    if (recordSpikes) {
                        spikeRecording[sBase + (i >>> 5)] |= 0x8000_0000 >>> (i & 31);
                    }
                }
                v[i] = vi;
            }
            if (recordVoltage) {
                final int u = Math.min(Math.max(v[i], 0), 0xffff);
                voltageRecording[vBase + (i >>> 1)] |= (i & 1) == 0 ? u : u << 16;
            }
        }
    }

    @Override
    void output(final int step, final PacketRouter router, final EmulatorCounters c) {
        final int[] sv = shared.spikeVector;
        int ns = 0;
        for (int i = 0; i < clusterNeurons; i++) {
            if ((sv[i >>> 5] & (0x8000_0000 >>> (i & 31))) != 0) {
                spiking[ns++] = i;
            }
        }
        for (int r = 0; r < rows; r++) {
            final int base = r * clusterNeurons;
            long s = 0;
            for (int q = 0; q < ns; q++) {
                s += dec[base + spiking[q]];
            }
            router.send(chip, keys[r], InputStage.wrap(s, c));
        }
    }
}
