package dev.neurovec.examples.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Prints float32 values the way the tutorial's output shows them. TensorFlow's print gives 6 significant
 * digits, or 9 when 6 do not read back as the same float: {@code 1 * 0.001f} prints {@code 0.001}, while
 * {@code 5 * 0.001f}, one ulp above the float nearest 0.005, prints {@code 0.00500000035}. NumPy's arrays
 * give the shortest digits that read back, at most 8 after the point, aligned on the point.
 */
public final class Float32Text {
    private static final MathContext SHORT = new MathContext(6);
    private static final MathContext FULL = new MathContext(9);
    private static final int NUMPY_DECIMALS = 8;

    private Float32Text() {
    }

    /**
     * @param v a float
     * @return its text: plain notation, no trailing zeros
     */
    public static String of(final float v) {
        if (!Float.isFinite(v)) {
            return Float.toString(v);
        }
        if (v == 0) {
            return (Float.floatToRawIntBits(v) < 0 ? "-" : "") + "0";
        }
        final BigDecimal exact = new BigDecimal(v);
        final String s = exact.round(SHORT).stripTrailingZeros().toPlainString();
        return Float.parseFloat(s) == v ? s : exact.round(FULL).stripTrailingZeros().toPlainString();
    }

    /**
     * @param rows a matrix
     * @return {@code [[a b] [c d]]}, each value by {@link #of(float)}
     */
    public static String of(final float[][] rows) {
        final StringBuilder sb = new StringBuilder("[");
        for (int r = 0; r < rows.length; r++) {
            sb.append(r > 0 ? " [" : "[");
            for (int c = 0; c < rows[r].length; c++) {
                sb.append(c > 0 ? " " : "").append(of(rows[r][c]));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    /**
     * @param v a float
     * @return the fewest significant digits that read back as {@code v}, rounded to at most 8 decimals,
     *     plain notation, no trailing zeros (NumPy's default for float32 arrays)
     */
    public static String shortest(final float v) {
        if (!Float.isFinite(v) || v == 0) {
            return of(v);
        }
        final BigDecimal exact = new BigDecimal(v);
        BigDecimal d = exact.round(FULL);
        for (int digits = 1; digits < FULL.getPrecision(); digits++) {
            final BigDecimal c = exact.round(new MathContext(digits));
            if (c.floatValue() == v) {
                d = c;
                break;
            }
        }
        if (d.scale() > NUMPY_DECIMALS) {
            d = d.setScale(NUMPY_DECIMALS, RoundingMode.HALF_EVEN);
        }
        final String s = d.stripTrailingZeros().toPlainString();
        return s.equals("0") && v < 0 ? "-0" : s;
    }

    /**
     * @param steps a {@code (steps, size)} block of one minibatch element
     * @return it as NumPy prints a {@code (1, steps, size)} array: one step per line, values by
     *     {@link #shortest(float)}, signs in their own column, decimal points aligned
     */
    public static String batchOfOne(final float[][] steps) {
        int intWidth = 0;
        int fracWidth = 0;
        boolean negative = false;
        final String[][] text = new String[steps.length][];
        for (int r = 0; r < steps.length; r++) {
            text[r] = new String[steps[r].length];
            for (int c = 0; c < steps[r].length; c++) {
                final String t = shortest(steps[r][c]);
                text[r][c] = t;
                negative |= t.startsWith("-");
                final int dot = t.indexOf('.');
                intWidth = Math.max(intWidth, (dot < 0 ? t.length() : dot) - (t.startsWith("-") ? 1 : 0));
                fracWidth = Math.max(fracWidth, dot < 0 ? 0 : t.length() - dot - 1);
            }
        }
        final StringBuilder sb = new StringBuilder();
        for (int r = 0; r < text.length; r++) {
            sb.append(r == 0 ? "[[[" : "  [");
            for (int c = 0; c < text[r].length; c++) {
                sb.append(c > 0 ? " " : "");
                final String t = text[r][c];
                final int dot = t.indexOf('.');
                final String whole = dot < 0 ? t : t.substring(0, dot);
                final String frac = dot < 0 ? "" : t.substring(dot + 1);
                final int width = intWidth + (negative ? 1 : 0);
                sb.append(" ".repeat(Math.max(0, width - whole.length()))).append(whole);
                if (fracWidth > 0) {
                    sb.append(dot < 0 ? " " : ".").append(frac).append(" ".repeat(fracWidth - frac.length()));
                }
            }
            sb.append(r == text.length - 1 ? "]]]" : "]\n");
        }
        return sb.toString();
    }
}
