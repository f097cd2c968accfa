package dev.neurovec.network.synapses;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;
import dev.neurovec.network.processes.ProcessStep;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A general SISO linear filter {@code H(s) = num(s) / den(s)} (analog, discretised with the simulator's
 * {@code dt}) or {@code H(z) = num(z) / den(z)} (digital, used as given), applied element-wise, as
 * Nengo's {@code LinearFilter} (nengo-semantics.md §1.8). The transfer function is realised in
 * controllable canonical form ({@link StateSpace#fromTransferFunction}) and, when analog, discretised by
 * {@link Method}; {@link #makeStep} then picks one of four step functions by structure
 * ({@link StepKind}). Immutable, and equal by value (class, coefficients, analog flag and method).
 */
public class LinearFilter extends Synapse {

    /** Continuous-to-discrete conversion methods ({@code scipy.signal.cont2discrete}). */
    public enum Method {
        /** Zero-order hold: exact for inputs held constant over each step (Nengo's default). */
        ZOH("zoh"),
        /** Tustin's bilinear transform, the generalised bilinear transform with alpha = 1/2. */
        BILINEAR("bilinear"),
        /** Forward Euler, alpha = 0. */
        EULER("euler"),
        /** Backward differences, alpha = 1. */
        BACKWARD_DIFF("backward_diff"),
        /** Generalised bilinear transform with a given alpha in [0, 1] (see {@link LinearFilter#gbt}). */
        GBT("gbt");

        private final String nengoName;

        Method(final String nengoName) {
            this.nengoName = nengoName;
        }

        @Override
        public String toString() {
            return nengoName;
        }
    }

    /** The step function chosen from the discrete system's structure, in Nengo's order of preference. */
    public enum StepKind {
        /** No state: {@code y = D u}. */
        NO_X,
        /** One state, {@code D = 0}: {@code x = a x + (C B) u; y = x}. */
        ONE_X,
        /** Several states, {@code D = 0}: {@code x = A x + B u; y = C x}. */
        NO_D,
        /** {@code D != 0}: {@code y = C x + D u; x = A x + B u}. */
        GENERAL
    }

    private final double[] num;
    private final double[] den;
    private final boolean analog;
    private final Method method;
    private final double alpha;
    private final StateSpace continuous;

    /**
     * An analog filter discretised by zero-order hold.
     *
     * @param num numerator coefficients, highest power first
     * @param den denominator coefficients, highest power first
     */
    public LinearFilter(final double[] num, final double[] den) {
        this(num, den, true, Method.ZOH);
    }

    /**
     * @param num    numerator coefficients, highest power first
     * @param den    denominator coefficients, highest power first
     * @param analog true for {@code H(s)} (discretised by zero-order hold), false for {@code H(z)}
     */
    public LinearFilter(final double[] num, final double[] den, final boolean analog) {
        this(num, den, analog, Method.ZOH);
    }

    /**
     * @param num    numerator coefficients, highest power first
     * @param den    denominator coefficients, highest power first
     * @param analog true for {@code H(s)}, false for {@code H(z)} (then {@code method} is unused)
     * @param method discretisation method; for {@link Method#GBT} use {@link #gbt} to give alpha
     * @throws IllegalArgumentException if the transfer function is invalid or improper, or method is GBT
     */
    public LinearFilter(final double[] num, final double[] den, final boolean analog, final Method method) {
        this(num, den, analog, method, alphaOf(method));
    }

    /**
     * The full constructor.
     *
     * @param num    numerator coefficients, highest power first
     * @param den    denominator coefficients, highest power first
     * @param analog true for {@code H(s)}, false for {@code H(z)}
     * @param method discretisation method
     * @param alpha  the GBT weighting (implied by the other methods; NaN for zero-order hold)
     */
    protected LinearFilter(final double[] num, final double[] den, final boolean analog, final Method method,
                           final double alpha) {
        if (method == null) {
            throw new ValidationError("LinearFilter: method = null; expected a method");
        }
        this.continuous = StateSpace.fromTransferFunction(num, den);
        this.num = num.clone();
        this.den = den.clone();
        this.analog = analog;
        this.method = method;
        this.alpha = alpha;
    }

    /**
     * An analog filter discretised by the generalised bilinear transform.
     *
     * @param num   numerator coefficients, highest power first
     * @param den   denominator coefficients, highest power first
     * @param alpha the weighting in [0, 1] (0 forward Euler, 1/2 bilinear, 1 backward differences)
     * @return the filter
     * @throws IllegalArgumentException if alpha is outside [0, 1]
     */
    public static LinearFilter gbt(final double[] num, final double[] den, final double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new ValidationError("LinearFilter: alpha = " + alpha + "; expected 0 <= alpha <= 1");
        }
        return new LinearFilter(num, den, true, Method.GBT, alpha);
    }

    private static double alphaOf(final Method method) {
        if (method == null) {
            return Double.NaN;
        }
        switch (method) {
            case EULER:
                return 0.0;
            case BILINEAR:
                return 0.5;
            case BACKWARD_DIFF:
                return 1.0;
            case GBT:
                throw new ValidationError("LinearFilter: method = gbt needs alpha; expected "
                    + "LinearFilter.gbt(num, den, alpha)");
            default:
                return Double.NaN;
        }
    }

    /** @return a copy of the numerator as given */
    public final double[] num() {
        return num.clone();
    }

    /** @return a copy of the denominator as given */
    public final double[] den() {
        return den.clone();
    }

    /** @return true for a continuous-time transfer function */
    public final boolean analog() {
        return analog;
    }

    /** @return the discretisation method (unused when digital) */
    public final Method method() {
        return method;
    }

    /** @return the GBT weighting alpha (0, 1/2 or 1 for the named methods; NaN for zero-order hold) */
    public final double alpha() {
        return alpha;
    }

    /**
     * The discrete system the simulator steps: the canonical realisation, discretised by the method
     * when analog, as given when digital.
     *
     * @param dt the step, in seconds, greater than 0
     * @return the discrete system
     * @throws IllegalArgumentException if {@code dt <= 0}
     */
    public final StateSpace discretize(final double dt) {
        if (!(dt > 0) || dt == Double.POSITIVE_INFINITY) {
            throw new ValidationError(this + ": dt = " + dt + "; expected dt > 0");
        }
        if (!analog) {
            return continuous;
        }
        return method == Method.ZOH ? continuous.zeroOrderHold(dt) : continuous.generalizedBilinear(dt, alpha);
    }

    /**
     * @param dt the step, in seconds
     * @return the step function {@link #makeStep} uses at this step size
     */
    public final StepKind stepKind(final double dt) {
        return kindOf(discretize(dt));
    }

    static StepKind kindOf(final StateSpace ss) {
        if (ss.order() == 0) {
            return StepKind.NO_X;
        }
        if (ss.d() != 0) {
            return StepKind.GENERAL;
        }
        return ss.order() == 1 ? StepKind.ONE_X : StepKind.NO_D;
    }

    /**
     * One state array {@code "X"} of {@code order * sizeOut} zeros: state {@code s} of signal {@code i}
     * at {@code s * sizeOut + i} (zero initial output, Nengo's {@code y0 = 0}).
     */
    @Override
    public final Map<String, double[]> makeState(final int sizeIn, final int sizeOut, final double dt) {
        checkSizes(sizeIn, sizeOut);
        final Map<String, double[]> state = new LinkedHashMap<>();
        state.put("X", new double[discretize(dt).order() * sizeOut]);
        return state;
    }

    @Override
    public final ProcessStep makeStep(final int sizeIn, final int sizeOut, final double dt, final RandomState rng,
                                      final double[][] state) {
        checkSizes(sizeIn, sizeOut);
        final StateSpace ss = discretize(dt);
        final double[] x = state[0];
        if (x.length != ss.order() * sizeOut) {
            throw new ValidationError(this + ": state X has " + x.length + " values; expected "
                + ss.order() * sizeOut + " (" + ss.order() + " states x " + sizeOut + " signals)");
        }
        return LinearSteps.make(kindOf(ss), ss, sizeOut, x);
    }

    private void checkSizes(final int sizeIn, final int sizeOut) {
        if (sizeIn != sizeOut || sizeOut < 0) {
            throw new ValidationError(this + ": sizeIn = " + sizeIn + ", sizeOut = " + sizeOut
                + "; expected equal sizes");
        }
    }

    @Override
    public final boolean equals(final Object o) {
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        final LinearFilter f = (LinearFilter) o;
        return Arrays.equals(num, f.num) && Arrays.equals(den, f.den) && analog == f.analog && method == f.method
            && Double.compare(alpha, f.alpha) == 0;
    }

    @Override
    public final int hashCode() {
        return (((getClass().hashCode() * 31 + Arrays.hashCode(num)) * 31 + Arrays.hashCode(den)) * 31
            + Boolean.hashCode(analog)) * 31 + method.hashCode();
    }

    @Override
    public String toString() {
        return "LinearFilter(num=" + Arrays.toString(num) + ", den=" + Arrays.toString(den)
            + (analog ? "" : ", analog=False")
            + (method == Method.ZOH ? "" : ", method='" + method + "'")
            + (method == Method.GBT ? ", alpha=" + alpha : "") + ")";
    }
}
