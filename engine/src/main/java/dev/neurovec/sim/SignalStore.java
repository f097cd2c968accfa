package dev.neurovec.sim;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.TimeUpdate;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference executor's memory: one double array per base signal and minibatch element. Signals
 * some operator writes carry the minibatch (states, activities); parameters nobody writes, and the
 * clock, are shared by all elements (nengo-semantics.md §4.4).
 */
final class SignalStore {
    private final int batch;
    private final Map<Signal, double[][]> data = new IdentityHashMap<>();

    SignalStore(final List<Operator> operators, final int batch, final Signal step, final Signal time) {
        this.batch = batch;
        for (Operator op : operators) {
            for (List<Signal> list : List.of(op.sets(), op.incs(), op.updates(), op.reads())) {
                for (Signal s : list) {
                    final Signal b = s.base();
                    if (!data.containsKey(b)) {
                        data.put(b, new double[shared(b, step, time) ? 1 : batch][b.size()]);
                    }
                }
            }
        }
        data.put(step, new double[1][1]);
        data.put(time, new double[1][1]);
    }

    /** Parameters and the clock are shared; everything else (written, fed or constant) per element. */
    private static boolean shared(final Signal base, final Signal step, final Signal time) {
        return base.readonly() || base == step || base == time;
    }

    /** Restores initial values in every element. */
    void reset() {
        for (Map.Entry<Signal, double[][]> e : data.entrySet()) {
            final double[] init = e.getKey().initialValue();
            for (double[] row : e.getValue()) {
                System.arraycopy(init, 0, row, 0, init.length);
            }
        }
    }

    /**
     * @param s a signal (or view)
     * @param b minibatch element
     * @return the base array holding it for element b (shared arrays ignore b)
     */
    double[] array(final Signal s, final int b) {
        final double[][] rows = rows(s);
        return rows[rows.length == 1 ? 0 : b];
    }

    /** @return true when the signal has one copy per minibatch element */
    boolean batched(final Signal s) {
        return rows(s).length > 1 || batch == 1;
    }

    private double[][] rows(final Signal s) {
        double[][] rows = data.get(s.base());
        if (rows == null) {
            rows = new double[s.base().readonly() ? 1 : batch][s.base().size()];
            for (double[] r : rows) {
                System.arraycopy(s.base().initialValue(), 0, r, 0, s.base().size());
            }
            data.put(s.base(), rows);
        }
        return rows;
    }

    int batch() {
        return batch;
    }
}
