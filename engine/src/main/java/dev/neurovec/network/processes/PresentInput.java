package dev.neurovec.network.processes;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;

/**
 * Presents each row of {@code inputs} for {@code presentationTime} seconds in turn, cycling, as Nengo's
 * {@code PresentInput}: the step at time {@code t} returns row
 * {@code floor((t - dt) / presentationTime + 1e-7) mod n}. Measuring from {@code t - dt} makes the
 * first step ({@code t = dt}) show row 0, and the 1e-7 keeps a step that lands on a boundary up to
 * round-off (e.g. {@code t - dt = 0.3} computed as 0.29999999999999993) on the new row.
 */
public final class PresentInput extends Process {
    private final double[][] inputs;
    private final double presentationTime;

    /**
     * @param inputs           the rows to present, at least one, all the same non-zero length; copied
     * @param presentationTime seconds per row, greater than 0
     * @throws IllegalArgumentException if an argument is out of range
     */
    public PresentInput(final double[][] inputs, final double presentationTime) {
        super(null);
        if (inputs == null || inputs.length == 0) {
            throw new ValidationError("PresentInput: inputs is empty; expected at least one row");
        }
        final int d = inputs[0].length;
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].length != d || d == 0) {
                throw new ValidationError("PresentInput: inputs[" + i + "] has " + inputs[i].length
                    + " values; expected " + Math.max(d, 1) + " like inputs[0]");
            }
        }
        if (!(presentationTime > 0) || presentationTime == Double.POSITIVE_INFINITY) {
            throw new ValidationError("PresentInput: presentationTime = " + presentationTime
                + "; expected presentationTime > 0");
        }
        this.inputs = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            this.inputs[i] = inputs[i].clone();
        }
        this.presentationTime = presentationTime;
    }

    /** @return seconds per row */
    public double presentationTime() {
        return presentationTime;
    }

    @Override
    public int defaultSizeIn() {
        return 0;
    }

    @Override
    public int defaultSizeOut() {
        return inputs[0].length;
    }

    @Override
    public ProcessStep makeStep(final int sizeIn, final int sizeOut, final double dt, final RandomState rng,
                                final double[][] state) {
        if (sizeIn != 0 || sizeOut != inputs[0].length) {
            throw new ValidationError(this + ": sizeIn = " + sizeIn + ", sizeOut = " + sizeOut
                + "; expected 0 and " + inputs[0].length);
        }
        final double[][] rows = inputs;
        final double pt = presentationTime;
        final int n = rows.length;
        return (t, x, y) -> {
            // Python's int() truncates toward zero, as the cast does; the index then wraps like Python's %.
            final int i = Math.floorMod((long) ((t - dt) / pt + 1e-7), n);
            System.arraycopy(rows[i], 0, y, 0, sizeOut);
        };
    }

    @Override
    public String toString() {
        return "PresentInput(inputs=<" + inputs.length + " x " + inputs[0].length + ">, presentation_time="
            + presentationTime + ")";
    }
}
