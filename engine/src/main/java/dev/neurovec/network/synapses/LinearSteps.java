package dev.neurovec.network.synapses;

import dev.neurovec.network.processes.ProcessStep;

/**
 * The four step functions of a discrete SISO filter applied element-wise to {@code size} signals, as
 * Nengo chooses them from the system's structure (nengo-semantics.md §1.8). The state {@code x} is
 * {@code k} rows of {@code size}: state {@code s} of signal {@code i} is {@code x[s * size + i]}. Each
 * step keeps its constants and scratch in final fields and allocates nothing.
 */
final class LinearSteps {

    private LinearSteps() {
    }

    /**
     * @param kind the variant (from {@link LinearFilter#kindOf(StateSpace)})
     * @param ss   the discrete system
     * @param size number of signals filtered
     * @param x    the state, {@code ss.order() * size} values, read and updated by the step
     * @return the step
     */
    static ProcessStep make(final LinearFilter.StepKind kind, final StateSpace ss, final int size, final double[] x) {
        switch (kind) {
            case NO_X:
                return new NoX(ss.d(), size);
            case ONE_X:
                return new OneX(ss.a()[0][0], ss.c()[0] * ss.b()[0], size, x);
            case NO_D:
                return new NoD(ss, size, x);
            default:
                return new General(ss, size, x);
        }
    }

    /** No state: {@code y = D u}. */
    private static final class NoX implements ProcessStep {
        private final double d;
        private final int size;

        NoX(final double d, final int size) {
            this.d = d;
            this.size = size;
        }

        @Override
        public void step(final double t, final double[] u, final double[] y) {
            for (int i = 0; i < size; i++) {
                y[i] = d * u[i];
            }
        }
    }

    /**
     * One state and no feed-through: {@code x = a x + (C B) u; y = x}. The output includes the current
     * input, which removes the extra step of delay the general form would add.
     */
    private static final class OneX implements ProcessStep {
        private final double a;
        private final double b;
        private final int size;
        private final double[] x;

        OneX(final double a, final double b, final int size, final double[] x) {
            this.a = a;
            this.b = b;
            this.size = size;
            this.x = x;
        }

        @Override
        public void step(final double t, final double[] u, final double[] y) {
            final double[] x = this.x;
            for (int i = 0; i < size; i++) {
                final double v = a * x[i] + b * u[i];
                x[i] = v;
                y[i] = v;
            }
        }
    }

    /** Several states and no feed-through: {@code x = A x + B u; y = C x} (current input reaches the output). */
    private static final class NoD implements ProcessStep {
        private final double[][] a;
        private final double[] b;
        private final double[] c;
        private final int size;
        private final double[] x;
        private final double[] column;

        NoD(final StateSpace ss, final int size, final double[] x) {
            this.a = ss.a();
            this.b = ss.b();
            this.c = ss.c();
            this.size = size;
            this.x = x;
            this.column = new double[b.length];
        }

        @Override
        public void step(final double t, final double[] u, final double[] y) {
            final double[] x = this.x;
            final double[] col = this.column;
            final int k = b.length;
            for (int i = 0; i < size; i++) {
                for (int s = 0; s < k; s++) {
                    col[s] = x[s * size + i];
                }
                double out = 0;
                for (int s = 0; s < k; s++) {
                    final double[] as = a[s];
                    double v = b[s] * u[i];
                    for (int r = 0; r < k; r++) {
                        v += as[r] * col[r];
                    }
                    x[s * size + i] = v;
                    out += c[s] * v;
                }
                y[i] = out;
            }
        }
    }

    /** Feed-through present: {@code y = C x + D u}, then {@code x = A x + B u} (output before update). */
    private static final class General implements ProcessStep {
        private final double[][] a;
        private final double[] b;
        private final double[] c;
        private final double d;
        private final int size;
        private final double[] x;
        private final double[] column;

        General(final StateSpace ss, final int size, final double[] x) {
            this.a = ss.a();
            this.b = ss.b();
            this.c = ss.c();
            this.d = ss.d();
            this.size = size;
            this.x = x;
            this.column = new double[b.length];
        }

        @Override
        public void step(final double t, final double[] u, final double[] y) {
            final double[] x = this.x;
            final double[] col = this.column;
            final int k = b.length;
            for (int i = 0; i < size; i++) {
                double out = d * u[i];
                for (int s = 0; s < k; s++) {
                    col[s] = x[s * size + i];
                    out += c[s] * col[s];
                }
                for (int s = 0; s < k; s++) {
                    final double[] as = a[s];
                    double v = b[s] * u[i];
                    for (int r = 0; r < k; r++) {
                        v += as[r] * col[r];
                    }
                    x[s * size + i] = v;
                }
                y[i] = out;
            }
        }
    }
}
