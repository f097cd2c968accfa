package dev.neurovec.graph;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.DotInc;
import dev.neurovec.build.ops.DotSet;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.SimNeurons;
import dev.neurovec.build.ops.TimeUpdate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The optimized form of a model: simplified operators, merged into groups in execution order, over
 * signals laid out in two base arrays. Executors bind it to memory and kernels. {@link #describe()}
 * prints what was merged, how many kernel calls each group needs, the bytes each moves per step,
 * and the path each dense product takes.
 */
public final class Plan {
    /** How a dense product runs. */
    public enum DotPath {
        /** y (+)= A x for one input vector */
        GEMV,
        /** Y (+)= A X over the minibatch */
        GEMM,
        /** y += sum of the columns of A whose (spiking) input is non-zero: cost in proportion to spikes */
        EVENT,
        /** y (+)= sum over the few columns of A of x_k times column k: long contiguous axpys, no short dots */
        COLUMNS
    }

    /**
     * Fewest rows for the event path: it scans the input for spikes and then adds whole columns, so it
     * saves work only when a column is long. Measured on a recurrent 1000-neuron ensemble of D
     * dimensions (decoders D x 1000, AVX-512): dense wins up to D = 32, the event path from D = 64.
     */
    static final int EVENT_MIN_ROWS = 48;

    /**
     * Most columns for the column path. A row-major GEMV of a tall, narrow matrix (the encoders of a
     * low-dimensional ensemble) is one short dot per row, mostly lane tail; a transposed copy turns it
     * into {@code cols} contiguous axpys over the rows.
     */
    static final int COLUMNS_MAX_COLS = 8;

    /** Fewest rows for the column path: below a vector of rows the axpys are tails too. */
    static final int COLUMNS_MIN_ROWS = 16;

    private final Model model;
    private final int batch;
    private final int opsBefore;
    private final Simplifier.Result simplified;
    private final List<OpGroup> groups;
    private final BaseArrayLayout layout;
    private final Map<Operator, DotPath> dotPaths = new IdentityHashMap<>();
    private final Set<Signal> spikingOutputs = Collections.newSetFromMap(new IdentityHashMap<>());

    private Plan(final Model model, final List<Operator> operators, final int batch, final Set<Signal> protectedBases,
                 final Collection<Signal> extraSignals) {
        this.model = model;
        this.batch = batch;
        this.opsBefore = operators.size();
        this.simplified = Simplifier.simplify(operators, protectedBases);
        this.groups = Planner.plan(simplified.operators());
        this.layout = new BaseArrayLayout(batch);
        final Set<Signal> written = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operator op : simplified.operators()) {
            if (op instanceof TimeUpdate) {
                continue;
            }
            for (List<Signal> l : List.of(op.sets(), op.incs(), op.updates())) {
                for (Signal s : l) {
                    written.add(s.base());
                }
            }
            if (op instanceof SimNeurons n && n.type().spiking()) {
                spikingOutputs.add(n.output().base());
            }
        }
        // Everything but parameters carries the minibatch, written or not: an unwritten signal is a
        // constant an input or an optimization left behind, and kernels read it like any state.
        final Set<Signal> batchedBases = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operator op : simplified.operators()) {
            for (List<Signal> l : List.of(op.sets(), op.incs(), op.updates(), op.reads())) {
                for (Signal s : l) {
                    if (!s.base().readonly()) {
                        batchedBases.add(s.base());
                    }
                }
            }
        }
        for (Signal s : extraSignals) {
            if (!s.base().readonly()) {
                batchedBases.add(s.base());
            }
        }
        for (OpGroup g : groups) {
            // argument by argument across the group's operators, so each argument of the group is one run
            int positions = 0;
            for (Operator op : g.ops()) {
                positions = Math.max(positions, OpArgs.of(op).size());
            }
            for (int pos = 0; pos < positions; pos++) {
                for (Operator op : g.ops()) {
                    final List<Signal> args = OpArgs.of(op);
                    if (pos < args.size()) {
                        layout.place(args.get(pos), batchedBases.contains(args.get(pos).base()));
                    }
                }
            }
            g.reorder(sortedByPrimaryArg(g.ops()));
        }
        for (Signal s : extraSignals) {
            if (s != model.time() && s != model.step()) {
                layout.place(s, batchedBases.contains(s.base()));
            }
        }
        for (OpGroup g : groups) {
            for (Operator op : g.ops()) {
                if (op instanceof DotInc || op instanceof DotSet) {
                    final Signal x = op instanceof DotInc d ? d.x() : ((DotSet) op).x();
                    final Signal a = op instanceof DotInc d ? d.a() : ((DotSet) op).a();
                    // The event path reads a transposed copy of A, so A must not change while running.
                    final boolean fixedA = !written.contains(a.base());
                    dotPaths.put(op, batch > 1 ? DotPath.GEMM
                        : spikingOutputs.contains(x.base()) && fixedA && a.rows() >= EVENT_MIN_ROWS ? DotPath.EVENT
                        : fixedA && a.cols() <= COLUMNS_MAX_COLS && a.rows() >= COLUMNS_MIN_ROWS ? DotPath.COLUMNS
                        : DotPath.GEMV);
                }
            }
        }
    }

    /**
     * @param model          the built model
     * @param batch          minibatch size
     * @param protectedBases base signals written from outside the operators (fed inputs, trained
     *                       parameters): never folded away by the simplifications
     * @param extraSignals   signals that must be in memory though no operator uses them (probed signals)
     * @return the plan
     */
    public static Plan of(final Model model, final int batch, final Set<Signal> protectedBases,
                          final Collection<Signal> extraSignals) {
        return of(model, model.operators(), batch, protectedBases, extraSignals);
    }

    /**
     * A plan of a rewritten operator list over the model's signals (training plans swap neuron types
     * and drop the operators of fed input nodes).
     *
     * @param model          the built model (signals, time)
     * @param operators      the operators to plan, in build order
     * @param batch          minibatch size
     * @param protectedBases base signals written from outside the operators
     * @param extraSignals   signals that must be in memory though no operator uses them
     * @return the plan
     */
    public static Plan of(final Model model, final List<Operator> operators, final int batch,
                          final Set<Signal> protectedBases, final Collection<Signal> extraSignals) {
        if (batch < 1) {
            throw new IllegalArgumentException("Plan: batch = " + batch + "; expected >= 1");
        }
        return new Plan(model, operators, batch, protectedBases, extraSignals);
    }

    private List<Operator> sortedByPrimaryArg(final List<Operator> ops) {
        final List<Operator> sorted = new ArrayList<>(ops);
        sorted.sort(Comparator.comparingInt((Operator op) -> {
            final List<Signal> a = OpArgs.of(op);
            return a.isEmpty() ? 0 : (layout.slot(a.get(0)).region().ordinal() << 30) + layout.elementOffset(a.get(0));
        }));
        return sorted;
    }

    /** @return the model this plan runs */
    public Model model() {
        return model;
    }

    /** @return groups in execution order */
    public List<OpGroup> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** @return where every signal lives */
    public BaseArrayLayout layout() {
        return layout;
    }

    /** @return the simplified operators and the rules applied */
    public Simplifier.Result simplified() {
        return simplified;
    }

    /**
     * @param op a dense product of this plan
     * @return the path it runs on
     */
    public DotPath dotPath(final Operator op) {
        return dotPaths.get(op);
    }

    /**
     * Splits a group into runs of consecutive members whose every argument continues the previous
     * member's memory, so each run can be one kernel call.
     *
     * @param g a group of this plan
     * @return [from, to) member ranges
     */
    public List<int[]> segments(final OpGroup g) {
        final List<int[]> out = new ArrayList<>();
        final List<Operator> ops = g.ops();
        int start = 0;
        for (int i = 1; i <= ops.size(); i++) {
            if (i == ops.size() || !continues(ops.get(i - 1), ops.get(i))) {
                out.add(new int[] {start, i});
                start = i;
            }
        }
        return out;
    }

    private boolean continues(final Operator a, final Operator b) {
        if (!sameCallShape(a, b)) {
            return false;
        }
        final List<Signal> x = OpArgs.of(a);
        final List<Signal> y = OpArgs.of(b);
        if (x.size() != y.size()) {
            return false;
        }
        for (int k = 0; k < x.size(); k++) {
            final Signal s = x.get(k);
            final Signal t = y.get(k);
            if (layout.slot(s).region() != layout.slot(t).region()
                || layout.elementOffset(s) + s.size() != layout.elementOffset(t)) {
                return false;
            }
        }
        return true;
    }

    /** Members that one kernel call can cover together: same matrix shape, same neuron parameters, no index maps. */
    private static boolean sameCallShape(final Operator a, final Operator b) {
        if (a instanceof DotInc d && b instanceof DotInc e) {
            return d.a().rows() == e.a().rows() && d.a().cols() == e.a().cols();
        }
        if (a instanceof DotSet d && b instanceof DotSet e) {
            return d.a().rows() == e.a().rows() && d.a().cols() == e.a().cols();
        }
        if (a instanceof SimNeurons m && b instanceof SimNeurons n) {
            return m.type().equals(n.type());
        }
        if (a instanceof dev.neurovec.build.ops.Copy c && b instanceof dev.neurovec.build.ops.Copy d) {
            return c.srcIndices() == null && c.dstIndices() == null && d.srcIndices() == null && d.dstIndices() == null;
        }
        if (a instanceof dev.neurovec.build.ops.ElementwiseInc e && b instanceof dev.neurovec.build.ops.ElementwiseInc f) {
            return (e.a().size() == 1) == (f.a().size() == 1) && (e.x().size() == 1) == (f.x().size() == 1)
                && (e.a().size() != 1 || e.a().base() == f.a().base() && e.a().offset() == f.a().offset());
        }
        if (a instanceof dev.neurovec.build.ops.ElementwiseSet e && b instanceof dev.neurovec.build.ops.ElementwiseSet f) {
            return (e.a().size() == 1) == (f.a().size() == 1) && (e.x().size() == 1) == (f.x().size() == 1)
                && (e.a().size() != 1 || e.a().base() == f.a().base() && e.a().offset() == f.a().offset());
        }
        if (a instanceof dev.neurovec.build.ops.Reset r && b instanceof dev.neurovec.build.ops.Reset q) {
            return r.value() == q.value();
        }
        return a.getClass() == b.getClass() && !(a instanceof dev.neurovec.build.ops.SimNode)
            && !(a instanceof dev.neurovec.build.ops.SimTensorNode)
            && !(a instanceof dev.neurovec.build.ops.SimPes) && !(a instanceof TimeUpdate);
    }

    /** @return bytes one step reads and writes in a group (increments count twice) */
    long bytesPerStep(final OpGroup g) {
        long bytes = 0;
        for (Operator op : g.ops()) {
            for (List<Signal> l : List.of(op.sets(), op.incs(), op.incs(), op.reads(), op.updates())) {
                for (Signal s : l) {
                    if (s != model.time() && s != model.step()) {
                        bytes += 4L * s.size() * (layout.batched(s) ? batch : 1);
                    }
                }
            }
        }
        return bytes;
    }

    /**
     * @return a human-readable description: operator counts before and after simplification, each
     *     group with its members, kernel calls, bytes per step and product paths, and the totals
     */
    public String describe() {
        final StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Plan: %d operators built, %d after simplification, %d groups, minibatch %d%n",
            opsBefore, simplified.operators().size(), groups.size(), batch));
        simplified.applied().forEach((k, v) -> sb.append("  simplification '").append(k).append("' applied in ")
            .append(v).append(v == 1 ? " round" : " rounds").append(System.lineSeparator()));
        sb.append(String.format(Locale.ROOT, "  memory: state %d floats (%d elements x %d), params %d floats%n",
            (long) layout.stateSize() * batch, layout.stateSize(), batch, layout.paramsSize()));
        sb.append(String.format(Locale.ROOT, "  %-4s %-28s %6s %6s %12s  %s%n", "#", "group", "ops", "calls", "bytes/step",
            "notes"));
        long totalBytes = 0;
        int totalCalls = 0;
        int gathers = 0;
        for (int i = 0; i < groups.size(); i++) {
            final OpGroup g = groups.get(i);
            final int calls = segments(g).size();
            final long bytes = bytesPerStep(g);
            totalBytes += bytes;
            totalCalls += calls;
            gathers += calls - 1;
            sb.append(String.format(Locale.ROOT, "  %-4d %-28s %6d %6d %12d  %s%n", i, g.key(), g.ops().size(), calls,
                bytes, notes(g)));
        }
        sb.append(String.format(Locale.ROOT,
            "  total: %d kernel calls per step, %d extra calls where members are not contiguous, %.3f MB moved per step%n",
            totalCalls, gathers, totalBytes / 1e6));
        return sb.toString();
    }

    private String notes(final OpGroup g) {
        final Map<DotPath, Integer> paths = new java.util.EnumMap<>(DotPath.class);
        for (Operator op : g.ops()) {
            final DotPath p = dotPaths.get(op);
            if (p != null) {
                paths.merge(p, 1, Integer::sum);
            }
        }
        if (paths.isEmpty()) {
            return "";
        }
        final StringBuilder sb = new StringBuilder();
        paths.forEach((p, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(p.name().toLowerCase(Locale.ROOT))
            .append(" x").append(n));
        return sb.toString();
    }
}
