package dev.neurovec.build;

import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.ElementwiseInc;
import dev.neurovec.build.ops.Reset;
import dev.neurovec.build.ops.SimNode;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.errors.BuildError;
import dev.neurovec.errors.ValidationError;
import dev.neurovec.network.Connectable;
import dev.neurovec.network.Connection;
import dev.neurovec.network.Dense;
import dev.neurovec.network.Ensemble;
import dev.neurovec.network.Neurons;
import dev.neurovec.network.Node;
import dev.neurovec.network.Slice;
import dev.neurovec.network.VectorFunction;
import dev.neurovec.network.dists.Distribution;
import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.learning.LearningRule;
import dev.neurovec.network.solvers.Solver;
import dev.neurovec.network.solvers.SolverResult;
import dev.neurovec.network.synapses.Synapse;

/**
 * Builds a connection (nengo-semantics.md §2.3 "Connection"): from an ensemble it solves decoders on
 * the eval points and folds them with the transform into one weight matrix; from neurons or nodes it
 * slices, applies the function and the transform; then the synapse (in update mode, one step of
 * delay), then the increment into the post (through the neuron gains for a neurons post).
 */
final class ConnectionBuilder {
    private ConnectionBuilder() {
    }

    /** What a connection (or a probe's hidden decoding connection) asks for. */
    record Spec(Object owner, String label, long seed, Connectable pre, Connectable post, Signal postSignal,
                VectorFunction function, int functionSize, double[][] functionPoints, Dense transform,
                Synapse synapse, Solver solver, Distribution evalPoints, int nEvalPoints, boolean scaleEvalPoints) {

        static Spec of(final Connection c, final long seed) {
            return new Spec(c, c.describe(), seed, c.pre(), c.post(), null, c.function(), c.functionSize(),
                c.functionPoints(), c.transform(), c.synapse(), c.solver(), c.evalPoints(), c.nEvalPoints(),
                c.scaleEvalPoints());
        }

        int sizeIn() {
            return pre.sizeOut();
        }

        int sizeMid() {
            return functionSize > 0 ? functionSize : sizeIn();
        }

        int sizeOut() {
            return postSignal != null ? postSignal.size() : post.sizeIn();
        }
    }

    static void build(final ModelBuilder mb, final Connection conn) {
        build(mb, Spec.of(conn, mb.seeds().seedOf(conn)));
    }

    static void build(final ModelBuilder mb, final Spec spec) {
        final Model model = mb.model();
        final RandomState rng = new RandomState(spec.seed());
        final Object preObj = spec.pre() instanceof Slice s ? s.target() : spec.pre();
        final int[] preIdx = spec.pre() instanceof Slice s ? s.indices() : null;
        final boolean decoded = preObj instanceof Ensemble e && !e.isDirect();
        final Object postObj = spec.post() instanceof Slice s ? s.target() : spec.post();
        final int[] postIdx = spec.post() instanceof Slice s ? s.indices() : null;

        final Signal weighted;
        BuiltConnection built;
        boolean toNeuronsByWeights = false;
        if (decoded) {
            final Ensemble ens = (Ensemble) preObj;
            // As Nengo, weights=True only changes connections into an ensemble; elsewhere it is ignored with a warning.
            toNeuronsByWeights = spec.solver().weights() && postObj instanceof Ensemble;
            if (spec.solver().weights() && !toNeuronsByWeights) {
                System.getLogger(ConnectionBuilder.class.getName()).log(System.Logger.Level.WARNING, spec.label()
                    + ": post " + (spec.post() == null ? "is a probe" : spec.post().describe() + " is not an ensemble")
                    + ", so solver " + spec.solver() + " solves for decoders; weights=true has no effect");
            }
            if (toNeuronsByWeights && ((Ensemble) postObj).isDirect()) {
                throw new BuildError(spec.label() + ": solver " + spec.solver()
                    + " solves for neuron weights; expected the post to be a (non-Direct) ensemble, got "
                    + spec.post().describe());
            }
            final Decoded d = solveDecoders(mb, spec, ens, preIdx, rng);
            double[][] w = weights(spec, d.decoders(), rng);
            if (toNeuronsByWeights) {
                w = foldPostEncoders(mb, spec, (Ensemble) postObj, postIdx, w);
            }
            final Signal in = model.sig(ens).get("out");
            final Signal wSig = Signal.matrix(spec.label() + ".weights", w);
            weighted = Signal.zeros(spec.label() + ".weighted", w.length);
            model.add(new Reset(weighted, 0.0, spec.label()));
            model.add(new DotInc(wSig, in, weighted, spec.label()));
            model.addSignal(spec.owner(), "in", in);
            model.addSignal(spec.owner(), "weights", wSig);
            built = new BuiltConnection(d.evalPoints(), d.rmses(), w, false);
        } else {
            Signal in = sliceSource(model, spec, preObj, preIdx);
            model.addSignal(spec.owner(), "in", in);
            if (spec.function() != null) {
                in = applyFunction(model, spec, in);
            } else if (spec.functionPoints() != null) {
                throw new BuildError(spec.label() + ": function target points need a decoded connection from"
                    + " an ensemble; pre is " + spec.pre().describe());
            }
            final Transformed t = transform(model, spec, in, rng);
            weighted = t.out();
            built = new BuiltConnection(null, null, t.weights(), t.elementwise());
        }
        final Signal out = spec.synapse() == null ? weighted : filter(model, spec, weighted);
        model.addSignal(spec.owner(), "weighted", out);
        incrementPost(mb, spec, postObj, postIdx, out, toNeuronsByWeights);
        model.setParams(spec.owner(), built);
    }

    private record Decoded(double[][] evalPoints, double[][] decoders, double[] rmses) {
    }

    private static Decoded solveDecoders(final ModelBuilder mb, final Spec spec, final Ensemble ens,
                                         final int[] preIdx, final RandomState rng) {
        final BuiltEnsemble be = (BuiltEnsemble) mb.model().params(ens);
        final double[][] evalPoints;
        if (spec.evalPoints() == null) {
            evalPoints = be.evalPoints();
        } else {
            final int m = spec.nEvalPoints() > 0 ? spec.nEvalPoints()
                : ens.nEvalPoints() != null ? ens.nEvalPoints()
                : EnsembleBuilder.defaultNEvalPoints(ens.nNeurons(), ens.dimensions());
            evalPoints = spec.evalPoints().sample(m, ens.dimensions(), rng);
            if (spec.scaleEvalPoints()) {
                for (double[] p : evalPoints) {
                    for (int k = 0; k < p.length; k++) {
                        p[k] *= ens.radius();
                    }
                }
            }
        }
        final int n = ens.nNeurons();
        final double[][] activities = spec.evalPoints() == null
            ? mb.activities(ens, () -> activities(ens, be, evalPoints)) : activities(ens, be, evalPoints);
        boolean anyNonZero = false;
        for (double[] row : activities) {
            for (double a : row) {
                anyNonZero |= a != 0;
            }
        }
        if (!anyNonZero) {
            throw new BuildError(spec.label() + ": the activities of " + ens.describe()
                + " are zero at every eval point; expected some neurons to fire (check intercepts and gains)");
        }
        final double[][] targets = targets(spec, evalPoints, preIdx);
        final SolverResult res;
        try {
            res = spec.solver().solve(activities, targets, rng);
        } catch (ValidationError | IllegalArgumentException | ArithmeticException e) {
            throw new BuildError(spec.label() + ": solver " + spec.solver() + " failed: " + e.getMessage(), e);
        }
        final double[][] dec = res.decoders();
        if (dec.length != n || (n > 0 && dec[0].length != spec.sizeMid())) {
            throw new BuildError(spec.label() + ": solver " + spec.solver() + " returned " + dec.length + "x"
                + (dec.length == 0 ? 0 : dec[0].length) + " decoders; expected " + n + "x" + spec.sizeMid());
        }
        return new Decoded(evalPoints, dec, res.rmses());
    }

    /** The ensemble's rates at the eval points, m x n. */
    private static double[][] activities(final Ensemble ens, final BuiltEnsemble be, final double[][] evalPoints) {
        final int n = ens.nNeurons();
        final double[][] activities = new double[evalPoints.length][];
        final double[] x = new double[n];
        for (int k = 0; k < evalPoints.length; k++) {
            for (int i = 0; i < n; i++) {
                double dot = 0;
                for (int c = 0; c < ens.dimensions(); c++) {
                    dot += evalPoints[k][c] * be.encoders()[i][c];
                }
                x[i] = dot / ens.radius();
            }
            activities[k] = ens.neuronType().rates(x, be.gain(), be.bias());
        }
        return activities;
    }

    private static double[][] targets(final Spec spec, final double[][] evalPoints, final int[] preIdx) {
        final int m = evalPoints.length;
        if (spec.functionPoints() != null) {
            if (spec.functionPoints().length != m) {
                throw new BuildError(spec.label() + ": function has " + spec.functionPoints().length
                    + " target points; expected one per eval point (" + m + ")");
            }
            return spec.functionPoints();
        }
        final int sizeIn = spec.sizeIn();
        final int sizeMid = spec.sizeMid();
        final double[][] t = new double[m][sizeMid];
        final double[] x = new double[sizeIn];
        for (int k = 0; k < m; k++) {
            for (int c = 0; c < sizeIn; c++) {
                x[c] = evalPoints[k][preIdx == null ? c : preIdx[c]];
            }
            if (spec.function() == null) {
                System.arraycopy(x, 0, t[k], 0, sizeIn);
            } else {
                spec.function().apply(x.clone(), t[k]);
                for (int c = 0; c < sizeMid; c++) {
                    if (!Double.isFinite(t[k][c])) {
                        throw new BuildError(spec.label() + ": function value [" + c + "] = " + t[k][c]
                            + " at eval point " + k + "; expected finite values");
                    }
                }
            }
        }
        return t;
    }

    /** {@code W = T · Dᵀ}, size_out x n_pre; no transform means the identity. */
    private static double[][] weights(final Spec spec, final double[][] decoders, final RandomState rng) {
        final int n = decoders.length;
        final int mid = spec.sizeMid();
        final int rows = spec.sizeOut();
        final Dense t = spec.transform();
        checkTransformShape(spec, t, rows, mid);
        final double[][] tm = t == null ? EnsembleBuilder.identity(mid) : t.toMatrix(rows, mid, rng);
        final double[][] w = new double[rows][n];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < mid; c++) {
                final double tv = tm[r][c];
                if (tv != 0) {
                    for (int i = 0; i < n; i++) {
                        w[r][i] += tv * decoders[i][c];
                    }
                }
            }
        }
        return w;
    }

    /** For weight solvers: {@code W = E'_post[:, postSlice] · (T · Dᵀ)}, n_post x n_pre. */
    private static double[][] foldPostEncoders(final ModelBuilder mb, final Spec spec, final Ensemble post,
                                               final int[] postIdx, final double[][] w) {
        final double[][] enc = ((BuiltEnsemble) mb.model().params(post)).scaledEncoders();
        final int nPost = post.nNeurons();
        final int nPre = w.length == 0 ? 0 : w[0].length;
        final double[][] full = new double[nPost][nPre];
        for (int j = 0; j < nPost; j++) {
            for (int r = 0; r < w.length; r++) {
                final double e = enc[j][postIdx == null ? r : postIdx[r]];
                for (int i = 0; i < nPre; i++) {
                    full[j][i] += e * w[r][i];
                }
            }
        }
        return full;
    }

    private static void checkTransformShape(final Spec spec, final Dense t, final int rows, final int cols) {
        if (t == null || (t.elementwise() && t.rows() < 0)) {
            if (rows != cols) {
                throw new BuildError(spec.label() + ": " + (t == null ? "no transform" : "a scalar transform")
                    + " needs equal sizes, but size_mid = " + cols + " and size_out = " + rows
                    + "; expected a " + rows + "x" + cols + " transform matrix");
            }
            return;
        }
        if (t.elementwise()) {
            if (t.rows() != rows || rows != cols) {
                throw new BuildError(spec.label() + ": element-wise transform of length " + t.rows()
                    + "; expected size_mid = size_out = " + rows + " (got size_mid " + cols + ")");
            }
        } else if (t.rows() >= 0 && (t.rows() != rows || t.cols() != cols)) {
            throw new BuildError(spec.label() + ": transform is " + t.rows() + "x" + t.cols() + "; expected "
                + rows + "x" + cols + " (size_out x size_mid)");
        }
    }

    private static Signal sliceSource(final Model model, final Spec spec, final Object preObj, final int[] idx) {
        final Signal src = model.sig(preObj).get("out");
        if (src == null) {
            throw new BuildError(spec.label() + ": pre " + spec.pre().describe() + " has no output signal");
        }
        if (idx == null) {
            return src;
        }
        if (contiguous(idx)) {
            return src.slice(idx[0], idx[idx.length - 1] + 1);
        }
        final Signal sliced = Signal.zeros(spec.label() + ".in", idx.length);
        model.add(new Copy(src, sliced, idx, null, false, spec.label() + " pre slice"));
        return sliced;
    }

    private static Signal applyFunction(final Model model, final Spec spec, final Signal in) {
        final VectorFunction f = spec.function();
        final Signal out = Signal.zeros(spec.label() + ".function", spec.sizeMid());
        model.add(new SimNode((t, x, y) -> f.apply(x, y), model.time(), in, out, spec.label() + " function"));
        return out;
    }

    private record Transformed(Signal out, double[][] weights, boolean elementwise) {
    }

    private static Transformed transform(final Model model, final Spec spec, final Signal in, final RandomState rng) {
        final Dense t = spec.transform();
        final int rows = spec.sizeOut();
        final int cols = spec.sizeMid();
        checkTransformShape(spec, t, rows, cols);
        if (t == null) {
            return new Transformed(in, null, false);
        }
        final Signal out = Signal.zeros(spec.label() + ".weighted", rows);
        model.add(new Reset(out, 0.0, spec.label()));
        if (t.elementwise()) {
            final double[] g = t.rows() < 0 ? t.elementwiseGains(1) : t.elementwiseGains(rows);
            final Signal gains = Signal.constant(spec.label() + ".weights", g);
            model.addSignal(spec.owner(), "weights", gains);
            model.add(new ElementwiseInc(gains, in, out, spec.label()));
            return new Transformed(out, new double[][] {g}, true);
        }
        final double[][] w = t.toMatrix(rows, cols, rng);
        final Signal wSig = Signal.matrix(spec.label() + ".weights", w);
        model.addSignal(spec.owner(), "weights", wSig);
        model.add(new DotInc(wSig, in, out, spec.label()));
        return new Transformed(out, w, false);
    }

    static Signal filter(final Model model, final Spec spec, final Signal in) {
        final Synapse syn = spec.synapse();
        final Signal out = Signal.zeros(spec.label() + ".filtered", in.size());
        model.add(new SimProcess(syn, in, out, model.time(), SimProcess.Mode.UPDATE,
            ProcessSignals.state(model, syn, in.size(), in.size(), spec.label() + ".synapse"), spec.label() + " synapse"));
        return out;
    }

    private static void incrementPost(final ModelBuilder mb, final Spec spec, final Object postObj,
                                      final int[] postIdx, final Signal value, final boolean byWeights) {
        final Model model = mb.model();
        if (spec.postSignal() != null) {
            model.add(new Copy(value, spec.postSignal(), null, null, true, spec.label()));
            return;
        }
        if (byWeights) {
            final Ensemble post = (Ensemble) postObj;
            model.add(new Copy(value, model.sig(post.neurons()).get("in"), null, null, true, spec.label()));
            return;
        }
        if (postObj instanceof Neurons neurons) {
            final Signal target = model.sig(neurons).get("in");
            final Signal gain = model.sig(neurons).get("gain");
            if (postIdx == null) {
                model.add(new ElementwiseInc(gain, value, target, spec.label() + " neuron gains"));
            } else if (contiguous(postIdx)) {
                final int from = postIdx[0];
                final int to = postIdx[postIdx.length - 1] + 1;
                model.add(new ElementwiseInc(gain.slice(from, to), value, target.slice(from, to),
                    spec.label() + " neuron gains"));
            } else {
                final double[] all = gain.initialValue();
                final double[] sub = new double[postIdx.length];
                for (int i = 0; i < sub.length; i++) {
                    sub[i] = all[postIdx[i]];
                }
                final Signal scaled = Signal.zeros(spec.label() + ".gained", sub.length);
                model.add(new Reset(scaled, 0.0, spec.label()));
                model.add(new ElementwiseInc(Signal.constant(spec.label() + ".gains", sub), value, scaled,
                    spec.label() + " neuron gains"));
                model.add(new Copy(scaled, target, null, postIdx, true, spec.label() + " post slice"));
            }
            return;
        }
        final Signal target = postObj instanceof LearningRule rule ? model.sig(rule).get("in")
            : model.sig(postObj).get("in");
        if (target == null) {
            throw new BuildError(spec.label() + ": post " + spec.post().describe() + " has no input signal"
                + (postObj instanceof Node ? " (a node with sizeIn 0 cannot receive connections)" : ""));
        }
        if (postIdx == null) {
            model.add(new Copy(value, target, null, null, true, spec.label()));
        } else if (contiguous(postIdx)) {
            model.add(new Copy(value, target.slice(postIdx[0], postIdx[postIdx.length - 1] + 1), null, null, true,
                spec.label()));
        } else {
            model.add(new Copy(value, target, null, postIdx, true, spec.label() + " post slice"));
        }
    }

    static boolean contiguous(final int[] idx) {
        for (int i = 1; i < idx.length; i++) {
            if (idx[i] != idx[i - 1] + 1) {
                return false;
            }
        }
        return true;
    }
}
