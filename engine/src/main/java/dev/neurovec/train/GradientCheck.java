package dev.neurovec.train;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Network;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.ops.Kernels;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.ReferenceExecutor;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.sim.planned.PlannedExecutor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the analytic gradients of training against finite differences, as NengoDL's
 * {@code check_gradients}. The analytic side is the training plan's backward pass (float32 planned
 * executor); the numeric side runs the same rewritten operators (rate-swapped neurons, fed inputs)
 * on the reference executor in float64 with each checked parameter moved by ±eps, and takes the
 * central difference of the mean squared error against the targets, so the comparison measures the
 * vector-Jacobian products, not float32 round-off of the finite difference.
 */
public final class GradientCheck {
    private GradientCheck() {
    }

    /**
     * The comparison's outcome.
     *
     * @param checked      number of parameter elements compared
     * @param maxAbsError  largest |analytic - numeric|
     * @param worst        the parameter element with the largest error relative to the tolerance
     * @param analytic     the analytic value there
     * @param numeric      the numeric value there
     * @param ok           every element satisfied {@code |a - n| <= atol + rtol |n|}
     */
    public record Result(int checked, double maxAbsError, String worst, double analytic, double numeric, boolean ok) {
    }

    /**
     * @param network   the network
     * @param model     its built model
     * @param x         input data per input node, {@code (batch, steps, size)}
     * @param y         targets per probe (the loss is their mean squared error)
     * @param perSignal at most this many elements are checked per trained signal (spread evenly)
     * @param eps       finite-difference step
     * @param atol      absolute tolerance
     * @param rtol      relative tolerance
     * @return the outcome
     */
    public static Result check(final Network network, final Model model, final Map<Node, Tensor> x,
                               final Map<Probe, Tensor> y, final int perSignal, final double eps, final double atol,
                               final double rtol) {
        final int batch = x.values().iterator().next().dim(0);
        final int steps = DataCheck.steps(x, "checkGradients");
        DataCheck.rows(network, x, batch, steps, "checkGradients");
        final Set<Signal> fed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : x.keySet()) {
            fed.add(model.sig(n).get("out").base());
        }
        final Set<Signal> trainable = Trainables.of(network, model);
        final Set<Signal> external = Collections.newSetFromMap(new IdentityHashMap<>());
        external.addAll(trainable);
        external.addAll(fed);
        final List<Operator> ops = TrainingOps.training(model, fed, network.config().lifSmoothing());
        final PlannedExecutor planned = new PlannedExecutor(model, ops, batch, 1, external, model.probes().values(),
            Kernels.get(), false);
        planned.enableTraining(trainable, fed, steps);
        final Map<Probe, Loss> losses = new java.util.LinkedHashMap<>();
        for (Probe p : y.keySet()) {
            losses.put(p, Losses.mse());
        }
        final Compiled c = new Compiled(new Sgd(), losses, Map.of(), Map.of());
        final Batch mb = new Batch(c, model, planned, batch, steps, y);
        final int[] order = Trainer.identity(batch);
        planned.zeroParamGradients();
        for (int t = 0; t < steps; t++) {
            for (Map.Entry<Node, Tensor> e : x.entrySet()) {
                final Signal s = model.sig(e.getKey()).get("out");
                if (planned.holds(s)) {
                    planned.feed(s, e.getValue(), order, 0, t);
                }
            }
            planned.stepRecorded(t);
            mb.collect(t);
        }
        mb.lossAndGradient(order, 0);
        planned.zeroStateGradients();
        for (int t = steps - 1; t >= 0; t--) {
            mb.addLossGradients(planned, t);
            planned.backwardStep(t);
        }
        final ReferenceExecutor ref = new ReferenceExecutor(model, ops, SimulatorOptions.defaults()
            .withExecutor(ExecutorKind.REFERENCE).withPrecision(Precision.FLOAT64).withMinibatchSize(batch), 1);
        final List<Signal> checked = new ArrayList<>(trainable);
        checked.removeIf(s -> !planned.holds(s));
        if (checked.isEmpty()) {
            throw ValidationError.of("checkGradients", "trainable parameters", "none", "at least one trained parameter");
        }
        int count = 0;
        double maxAbs = 0;
        double worstRatio = -1;
        String worst = "";
        double worstA = 0;
        double worstN = 0;
        boolean ok = true;
        for (Signal s : checked) {
            final double[] v = s.initialValue();
            final int stride = Math.max(1, v.length / perSignal);
            for (int i = 0; i < v.length; i += stride) {
                final double a = planned.paramGradients()[planned.paramOffset(s) + i];
                final double n = numeric(ref, model, s, v, i, eps, x, y, steps, batch);
                final double err = Math.abs(a - n);
                final double tol = atol + rtol * Math.abs(n);
                maxAbs = Math.max(maxAbs, err);
                ok &= err <= tol;
                if (err / tol > worstRatio) {
                    worstRatio = err / tol;
                    worst = s.name() + "[" + i + "]";
                    worstA = a;
                    worstN = n;
                }
                count++;
            }
        }
        return new Result(count, maxAbs, worst, worstA, worstN, ok);
    }

    private static double numeric(final ReferenceExecutor ref, final Model model, final Signal s, final double[] v,
                                  final int i, final double eps, final Map<Node, Tensor> x, final Map<Probe, Tensor> y,
                                  final int steps, final int batch) {
        final double orig = v[i];
        v[i] = orig + eps;
        final double plus = loss(ref, model, s, v, x, y, steps, batch);
        v[i] = orig - eps;
        final double minus = loss(ref, model, s, v, x, y, steps, batch);
        v[i] = orig;
        ref.write(s, 0, v, 0);
        return (plus - minus) / (2 * eps);
    }

    /** Mean squared error of the probes against the targets, in double, from the initial state. */
    private static double loss(final ReferenceExecutor ref, final Model model, final Signal s, final double[] v,
                               final Map<Node, Tensor> x, final Map<Probe, Tensor> y, final int steps, final int batch) {
        ref.reset(1);
        ref.write(s, 0, v, 0);
        double total = 0;
        final double[][] sums = new double[y.size()][1];
        for (int t = 0; t < steps; t++) {
            for (Map.Entry<Node, Tensor> e : x.entrySet()) {
                final Signal out = model.sig(e.getKey()).get("out");
                final Tensor d = e.getValue();
                final double[] row = new double[out.size()];
                for (int b = 0; b < batch; b++) {
                    for (int k = 0; k < row.length; k++) {
                        row[k] = d.get(b, t, k);
                    }
                    ref.write(out, b, row, 0);
                }
            }
            ref.step();
            int pi = 0;
            for (Map.Entry<Probe, Tensor> e : y.entrySet()) {
                final Signal ps = model.probes().get(e.getKey());
                final Tensor target = e.getValue();
                final int tSteps = target.dim(1);
                if (tSteps == steps || t == steps - 1) {
                    final double[] val = new double[ps.size()];
                    for (int b = 0; b < batch; b++) {
                        ref.read(ps, b, val, 0);
                        for (int k = 0; k < val.length; k++) {
                            final double diff = val[k] - target.get(b, tSteps == steps ? t : 0, k);
                            sums[pi][0] += diff * diff;
                        }
                    }
                }
                pi++;
            }
        }
        int pi = 0;
        for (Map.Entry<Probe, Tensor> e : y.entrySet()) {
            final Tensor target = e.getValue();
            final int covered = target.dim(1) == steps ? steps : 1;
            total += sums[pi][0] / ((double) batch * covered * target.dim(2));
            pi++;
        }
        return total;
    }
}
