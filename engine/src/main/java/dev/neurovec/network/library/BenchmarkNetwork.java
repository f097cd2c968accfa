package dev.neurovec.network.library;

import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Network;
import dev.neurovec.network.Probe;

/**
 * A network built for benchmarking, with the probe its benchmark records.
 *
 * @param network the network (seeded, so every build is identical)
 * @param probe   the probe the benchmark records (the output a user would read)
 */
public record BenchmarkNetwork(Network network, Probe probe) {

    /** @return the total number of neurons, over every ensemble of the network */
    public int neurons() {
        int n = 0;
        for (Ensemble e : network.allEnsembles()) {
            n += e.isDirect() ? 0 : e.nNeurons();
        }
        return n;
    }
}
