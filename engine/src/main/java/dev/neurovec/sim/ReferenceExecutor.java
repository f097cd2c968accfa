package dev.neurovec.sim;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.build.StepOrder;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.errors.SimulationError;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oracle executor: runs a model's operators one at a time, in dependency order, in plain double
 * precision. In float32 mode every value an operator writes is rounded to float before the next
 * operator reads it, so signals hold float32 values as NengoDL's do (intermediate arithmetic inside
 * an operator stays double). Kept small and obvious on purpose: the planned executor is tested
 * against it.
 */
public final class ReferenceExecutor implements Executor {
    private final Model model;
    private final SimulatorOptions options;
    private final SignalStore store;
    private final List<Operator> operators;
    private final List<Operator> order;
    private ReferenceSteps.Step[] steps;
    private WrittenViews[] written;

    /**
     * @param model   the built model
     * @param options simulator settings (precision, minibatch, finite checks)
     * @param seed    the simulator seed
     */
    public ReferenceExecutor(final Model model, final SimulatorOptions options, final long seed) {
        this(model, model.operators(), options, seed);
    }

    /**
     * Runs a rewritten operator list over the model's signals (fed inputs, rate-swapped neurons).
     *
     * @param model     the built model
     * @param operators the operators, in build order
     * @param options   simulator settings (precision, minibatch, finite checks)
     * @param seed      the simulator seed
     */
    public ReferenceExecutor(final Model model, final List<Operator> operators, final SimulatorOptions options,
                             final long seed) {
        this.model = model;
        this.options = options;
        this.operators = List.copyOf(operators);
        this.order = StepOrder.of(this.operators);
        this.store = new SignalStore(this.operators, options.minibatchSize(), model.step(), model.time());
        reset(seed);
    }

    /** @return operators in the order they run */
    public List<Operator> stepOrder() {
        return order;
    }

    @Override
    public void reset(final long seed) {
        store.reset();
        final ProcessSeeds seeds = new ProcessSeeds(model, store.batch(), seed);
        // operators of a rewritten list that are not in the model (rate-swapped neurons) bind the same way
        final ReferenceSteps factory = new ReferenceSteps(store, model.dt(), model.time(), options.precision() == Precision.FLOAT32);
        final Map<Operator, ReferenceSteps.Step> bound = new IdentityHashMap<>();
        for (Operator op : order) {
            bound.put(op, factory.bind(op, seeds));
        }
        steps = new ReferenceSteps.Step[order.size()];
        written = new WrittenViews[order.size()];
        for (int i = 0; i < order.size(); i++) {
            steps[i] = bound.get(order.get(i));
            written[i] = new WrittenViews(order.get(i));
        }
    }

    @Override
    public void step() {
        final boolean f32 = options.precision() == Precision.FLOAT32;
        final boolean check = options.checkFinite();
        for (int i = 0; i < steps.length; i++) {
            steps[i].run();
            if (f32) {
                written[i].roundToFloat();
            }
            if (check) {
                written[i].checkFinite();
            }
        }
    }

    @Override
    public void read(final Signal signal, final int batch, final double[] dst, final int dstOff) {
        System.arraycopy(store.array(signal, batch), signal.offset(), dst, dstOff, signal.size());
    }

    @Override
    public void write(final Signal signal, final int batch, final double[] src, final int srcOff) {
        System.arraycopy(src, srcOff, store.array(signal, batch), signal.offset(), signal.size());
    }

    @Override
    public long stepCount() {
        return Math.round(store.array(model.step(), 0)[0]);
    }

    @Override
    public void setStepCount(final long steps) {
        store.array(model.step(), 0)[0] = steps;
        final double t = steps * model.dt();
        store.array(model.time(), 0)[0] = options.precision() == Precision.FLOAT32 ? (float) steps * (float) model.dt() : t;
    }

    @Override
    public int minibatchSize() {
        return store.batch();
    }

    @Override
    public void close() {
        // no threads or native resources
    }

    /** The signals one operator writes, for float32 rounding and finite checks after it runs. */
    private final class WrittenViews {
        private final Operator op;
        private final Signal[] signals;

        WrittenViews(final Operator op) {
            this.op = op;
            final Set<Signal> s = new LinkedHashSet<>();
            s.addAll(op.sets());
            s.addAll(op.incs());
            s.addAll(op.updates());
            this.signals = new ArrayList<>(s).toArray(new Signal[0]);
        }

        void roundToFloat() {
            for (Signal s : signals) {
                for (int b = 0; b < store.batch(); b++) {
                    final double[] a = store.array(s, b);
                    for (int i = s.offset(); i < s.offset() + s.size(); i++) {
                        a[i] = (float) a[i];
                    }
                }
            }
        }

        void checkFinite() {
            for (Signal s : signals) {
                for (int b = 0; b < store.batch(); b++) {
                    final double[] a = store.array(s, b);
                    for (int i = 0; i < s.size(); i++) {
                        if (!Double.isFinite(a[s.offset() + i])) {
                            throw new SimulationError(op.tag() + ": wrote " + a[s.offset() + i] + " to signal "
                                + s.name() + "[" + i + "]" + (store.batch() > 1 ? " (minibatch element " + b + ")" : "")
                                + " at t = " + store.array(model.time(), 0)[0] + "; expected finite values");
                        }
                    }
                }
            }
        }
    }
}
