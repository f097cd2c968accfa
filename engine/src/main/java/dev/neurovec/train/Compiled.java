package dev.neurovec.train;

import dev.neurovec.network.Probe;

import java.util.List;
import java.util.Map;

/**
 * What {@code compile} fixed: the optimizer, a loss per trained probe with its weight, and metrics.
 *
 * @param optimizer   the optimizer
 * @param losses      loss per probe (probes without a loss are not trained on)
 * @param lossWeights weight of each probe's loss in the total
 * @param metrics     metrics per probe
 */
public record Compiled(Optimizer optimizer, Map<Probe, Loss> losses, Map<Probe, Float> lossWeights,
                       Map<Probe, List<Metric>> metrics) {
}
