package dev.neurovec.build.ops;

import dev.neurovec.build.Signal;

import java.util.List;

/**
 * The PES update: {@code delta = -(learningRate * dt / nPre) * outer(error, preActivities)}, an update
 * (the weights change for the next step, through a Copy(delta → weights, inc)).
 *
 * @param preFiltered  filtered pre activities (size nPre)
 * @param error        error signal (size = weight rows)
 * @param delta        the weight change, a rows x nPre matrix signal
 * @param learningRate learning rate
 * @param tag          what made it
 */
public record SimPes(Signal preFiltered, Signal error, Signal delta, double learningRate, String tag)
    implements Operator {
    @Override
    public List<Signal> sets() {
        return List.of();
    }

    @Override
    public List<Signal> incs() {
        return List.of();
    }

    @Override
    public List<Signal> reads() {
        return List.of(preFiltered, error);
    }

    @Override
    public List<Signal> updates() {
        return List.of(delta);
    }
}
