package dev.neurovec.spinnaker;

/**
 * An ensemble cluster's shared SDRAM block as the emulator holds it: the input vector every core writes its
 * filtered slice into, and the spike bit vector every core writes its neurons' spikes into (MSB first, 32 neurons
 * per word). Cores find theirs by the SDRAM address in their ensemble region, not by any side channel.
 */
final class ClusterMemory {
    final int[] inputVector;
    final int[] spikeVector;

    ClusterMemory(final int sizeIn, final int neurons) {
        this.inputVector = new int[sizeIn];
        this.spikeVector = new int[ImageLayout.spikeWords(neurons)];
    }
}
