package dev.neurovec.loihi;

import dev.neurovec.network.Probe;

import java.util.ArrayList;
import java.util.List;

/**
 * What the host records from the chip for one network probe (hardware.md §A1.1 {@code LoihiProbe}): a list of
 * taps (block, compartment) on one register ({@link Key}); the output is either the taps weighted by a matrix
 * and summed ({@code weights} taps x outputs: decoded outputs) or each tap scaled and placed at its output
 * index (concatenation: neuron spikes, voltages). A host-side lowpass then filters the output.
 */
public final class LoihiProbe {
    /** The compartment register a probe reads. */
    public enum Key {
        /** U, the filtered input current */
        CURRENT,
        /** V, the membrane voltage */
        VOLTAGE,
        /** 1 when the compartment spiked this step, else 0 */
        SPIKED
    }

    /** One probed compartment. */
    static final class Tap {
        LoihiBlock block;
        int cx;
        final int outIndex;

        Tap(final LoihiBlock block, final int cx, final int outIndex) {
            this.block = block;
            this.cx = cx;
            this.outIndex = outIndex;
        }
    }

    private final String label;
    final Probe probe;
    final Key key;
    final int outSize;
    final List<Tap> taps = new ArrayList<>();
    /** taps x outSize, or null for concatenation. */
    final double[][] weights;
    /** Scale of each tap for concatenation. */
    final double scale;
    /** Host lowpass time constant in seconds; NaN for none. */
    final double synapseTau;

    LoihiProbe(final String label, final Probe probe, final Key key, final int outSize, final double[][] weights,
               final double scale, final double synapseTau) {
        this.label = label;
        this.probe = probe;
        this.key = key;
        this.outSize = outSize;
        this.weights = weights;
        this.scale = scale;
        this.synapseTau = synapseTau;
    }

    /** @return the label (the network probe's path) */
    public String label() {
        return label;
    }

    /** @return the network probe this stands for */
    public Probe probe() {
        return probe;
    }

    /** @return the register read */
    public Key key() {
        return key;
    }

    /** @return output size */
    public int outSize() {
        return outSize;
    }
}
