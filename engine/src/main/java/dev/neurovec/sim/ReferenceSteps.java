package dev.neurovec.sim;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.DotSet;
import dev.neurovec.build.ops.ElementwiseInc;
import dev.neurovec.build.ops.ElementwiseSet;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.Reset;
import dev.neurovec.build.ops.SimNeurons;
import dev.neurovec.build.ops.SimNode;
import dev.neurovec.build.ops.SimPes;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.build.ops.TimeUpdate;
import dev.neurovec.errors.SimulationError;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.processes.ProcessStep;

/**
 * Turns each operator into a plain-Java step over the {@link SignalStore}, written in the order of
 * its formula. One step per operator, looping over the minibatch inside: this is the oracle, so it
 * favours obviousness over speed.
 */
final class ReferenceSteps {
    private final SignalStore store;
    private final double dt;
    private final Signal time;
    private final boolean float32;

    ReferenceSteps(final SignalStore store, final double dt, final Signal time, final boolean float32) {
        this.store = store;
        this.dt = dt;
        this.time = time;
        this.float32 = float32;
    }

    /** A bound operator. */
    interface Step {
        void run();
    }

    Step bind(final Operator op, final ProcessSeeds seeds) {
        if (op instanceof TimeUpdate t) {
            return () -> {
                final double[] s = store.array(t.step(), 0);
                s[0] += 1;
                // float32 time is NengoDL's: float(step) * float(dt) in float32 arithmetic
                store.array(t.time(), 0)[0] = float32 ? (float) s[0] * (float) dt : s[0] * dt;
            };
        }
        if (op instanceof Reset r) {
            return forEachBatch(b -> {
                final double[] a = store.array(r.dst(), b);
                for (int i = 0; i < r.dst().size(); i++) {
                    a[r.dst().offset() + i] = r.value();
                }
            });
        }
        if (op instanceof Copy c) {
            return forEachBatch(b -> copy(c, b));
        }
        if (op instanceof ElementwiseInc e) {
            return forEachBatch(b -> elementwise(e.a(), e.x(), e.y(), true, b));
        }
        if (op instanceof ElementwiseSet e) {
            return forEachBatch(b -> elementwise(e.a(), e.x(), e.y(), false, b));
        }
        if (op instanceof DotInc d) {
            return forEachBatch(b -> dot(d.a(), d.x(), d.y(), true, b));
        }
        if (op instanceof DotSet d) {
            return forEachBatch(b -> dot(d.a(), d.x(), d.y(), false, b));
        }
        if (op instanceof SimNeurons n) {
            return neurons(n);
        }
        if (op instanceof SimProcess p) {
            return process(p, seeds);
        }
        if (op instanceof SimNode n) {
            return node(n);
        }
        if (op instanceof dev.neurovec.build.ops.SimTensorNode n) {
            return tensorNode(n);
        }
        if (op instanceof SimPes p) {
            return forEachBatch(b -> {
                final double[] a = store.array(p.preFiltered(), b);
                final double[] e = store.array(p.error(), b);
                final double[] delta = store.array(p.delta(), b);
                final int nPre = p.preFiltered().size();
                final double alpha = -p.learningRate() * dt / nPre;
                for (int r = 0; r < p.error().size(); r++) {
                    for (int i = 0; i < nPre; i++) {
                        delta[p.delta().offset() + r * nPre + i] =
                            alpha * e[p.error().offset() + r] * a[p.preFiltered().offset() + i];
                    }
                }
            });
        }
        throw new UnsupportedOperationException("The reference executor cannot run " + op.getClass().getSimpleName());
    }

    private void elementwise(final Signal as, final Signal xs, final Signal ys, final boolean inc, final int b) {
        final double[] a = store.array(as, b);
        final double[] x = store.array(xs, b);
        final double[] y = store.array(ys, b);
        for (int i = 0; i < ys.size(); i++) {
            final double v = a[as.offset() + (as.size() == 1 ? 0 : i)] * x[xs.offset() + (xs.size() == 1 ? 0 : i)];
            y[ys.offset() + i] = inc ? y[ys.offset() + i] + v : v;
        }
    }

    private void dot(final Signal as, final Signal xs, final Signal ys, final boolean inc, final int b) {
        final double[] a = store.array(as, b);
        final double[] x = store.array(xs, b);
        final double[] y = store.array(ys, b);
        final int rows = as.rows();
        final int cols = as.cols();
        for (int i = 0; i < rows; i++) {
            double acc = 0;
            for (int k = 0; k < cols; k++) {
                acc += a[as.offset() + i * cols + k] * x[xs.offset() + k];
            }
            y[ys.offset() + i] = inc ? y[ys.offset() + i] + acc : acc;
        }
    }

    /** Repeated destination indices accumulate, like {@code numpy.add.at}. */
    private void copy(final Copy c, final int b) {
        final double[] src = store.array(c.src(), b);
        final double[] dst = store.array(c.dst(), b);
        final int n = c.srcIndices() == null ? c.src().size() : c.srcIndices().length;
        if (!c.inc() && c.src().overlaps(c.dst())) {
            final double[] tmp = new double[n];
            for (int i = 0; i < n; i++) {
                tmp[i] = src[c.src().offset() + (c.srcIndices() == null ? i : c.srcIndices()[i])];
            }
            for (int i = 0; i < n; i++) {
                dst[c.dst().offset() + (c.dstIndices() == null ? i : c.dstIndices()[i])] = tmp[i];
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            final double v = src[c.src().offset() + (c.srcIndices() == null ? i : c.srcIndices()[i])];
            final int k = c.dst().offset() + (c.dstIndices() == null ? i : c.dstIndices()[i]);
            dst[k] = c.inc() ? dst[k] + v : v;
        }
    }

    private Step neurons(final SimNeurons n) {
        final int size = n.j().size();
        final int batch = store.batch();
        final double[][] j = new double[batch][size];
        final double[][] out = new double[batch][size];
        final double[][][] state = new double[batch][n.state().size()][size];
        return () -> {
            for (int b = 0; b < batch; b++) {
                load(n.j(), b, j[b]);
                for (int s = 0; s < n.state().size(); s++) {
                    load(n.state().get(s), b, state[b][s]);
                }
                n.type().step(dt, j[b], out[b], state[b]);
                store(out[b], n.output(), b);
                for (int s = 0; s < n.state().size(); s++) {
                    store(state[b][s], n.state().get(s), b);
                }
            }
        };
    }

    /** Each minibatch element gets its own process stream (one step function per element, as NengoDL). */
    private Step process(final SimProcess p, final ProcessSeeds seeds) {
        final int batch = store.batch();
        final int sizeIn = p.input() == null ? 0 : p.input().size();
        final int sizeOut = p.output().size();
        final ProcessStep[] steps = new ProcessStep[batch];
        final double[][][] state = new double[batch][p.state().size()][];
        final double[][] x = new double[batch][sizeIn];
        final double[][] y = new double[batch][sizeOut];
        for (int b = 0; b < batch; b++) {
            final RandomState rng = new RandomState(seeds.of(p)[b]);
            for (int s = 0; s < p.state().size(); s++) {
                state[b][s] = new double[p.state().get(s).size()];
            }
            steps[b] = p.process().makeStep(sizeIn, sizeOut, dt, rng, state[b]);
        }
        return () -> {
            final double t = store.array(time, 0)[0];
            for (int b = 0; b < batch; b++) {
                if (p.input() != null) {
                    load(p.input(), b, x[b]);
                }
                for (int s = 0; s < p.state().size(); s++) {
                    load(p.state().get(s), b, state[b][s]);
                }
                if (p.mode() == SimProcess.Mode.INC) {
                    java.util.Arrays.fill(y[b], 0.0);
                } else {
                    load(p.output(), b, y[b]);
                }
                steps[b].step(t, p.input() == null ? null : x[b], y[b]);
                if (p.mode() == SimProcess.Mode.INC) {
                    final double[] out = store.array(p.output(), b);
                    for (int i = 0; i < sizeOut; i++) {
                        out[p.output().offset() + i] += y[b][i];
                    }
                } else {
                    store(y[b], p.output(), b);
                }
                for (int s = 0; s < p.state().size(); s++) {
                    store(state[b][s], p.state().get(s), b);
                }
            }
        };
    }

    private Step node(final SimNode n) {
        final int batch = store.batch();
        final double[] x = new double[n.input() == null ? 0 : n.input().size()];
        final double[] y = new double[n.output() == null ? 0 : n.output().size()];
        return () -> {
            final double t = store.array(time, 0)[0];
            for (int b = 0; b < batch; b++) {
                if (n.input() != null) {
                    load(n.input(), b, x);
                }
                n.function().apply(t, x, y);
                for (int i = 0; i < y.length; i++) {
                    if (!Double.isFinite(y[i])) {
                        throw new SimulationError(n.tag() + ": function returned " + y[i] + " at output[" + i
                            + "] at t = " + t + "; expected finite values");
                    }
                }
                if (n.output() != null) {
                    store(y, n.output(), b);
                }
            }
        };
    }

    /** The layer sees the whole minibatch as float tensors, as in the planned executor. */
    private Step tensorNode(final dev.neurovec.build.ops.SimTensorNode n) {
        final int batch = store.batch();
        final int sizeIn = n.input() == null ? 0 : n.input().size();
        final int sizeOut = n.output().size();
        final dev.neurovec.tensor.Tensor x = dev.neurovec.tensor.Tensor.zeros(batch, sizeIn);
        final dev.neurovec.tensor.Tensor y = dev.neurovec.tensor.Tensor.zeros(batch, sizeOut);
        final dev.neurovec.tensor.Tensor[] params = new dev.neurovec.tensor.Tensor[n.params().size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = dev.neurovec.tensor.Tensor.zeros(n.params().get(i).size());
        }
        return () -> {
            final double t = store.array(time, 0)[0];
            for (int b = 0; b < batch; b++) {
                if (n.input() != null) {
                    final double[] a = store.array(n.input(), b);
                    for (int i = 0; i < sizeIn; i++) {
                        x.data()[b * sizeIn + i] = (float) a[n.input().offset() + i];
                    }
                }
            }
            for (int p = 0; p < params.length; p++) {
                final Signal ps = n.params().get(p);
                final double[] a = store.array(ps, 0);
                for (int i = 0; i < ps.size(); i++) {
                    params[p].data()[i] = (float) a[ps.offset() + i];
                }
            }
            n.layer().forward(t, x, y, params);
            for (int b = 0; b < batch; b++) {
                final double[] a = store.array(n.output(), b);
                for (int i = 0; i < sizeOut; i++) {
                    final float v = y.data()[b * sizeOut + i];
                    if (!Float.isFinite(v)) {
                        throw new SimulationError(n.tag() + ": layer wrote " + v + " to output[" + i + "] at t = " + t
                            + "; expected finite values");
                    }
                    a[n.output().offset() + i] = v;
                }
            }
        };
    }

    private void load(final Signal s, final int b, final double[] dst) {
        System.arraycopy(store.array(s, b), s.offset(), dst, 0, s.size());
    }

    private void store(final double[] src, final Signal s, final int b) {
        System.arraycopy(src, 0, store.array(s, b), s.offset(), s.size());
    }

    private interface BatchStep {
        void run(int b);
    }

    private Step forEachBatch(final BatchStep s) {
        final int batch = store.batch();
        return () -> {
            for (int b = 0; b < batch; b++) {
                s.run(b);
            }
        };
    }
}
