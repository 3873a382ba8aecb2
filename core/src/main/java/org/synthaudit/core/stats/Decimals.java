package org.synthaudit.core.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes figures for people, with one rule wherever a figure is shown (the HTML report, the
 * command-line summary, policy messages), so the same figure never reads two ways.
 *
 * <p>The rule: whole numbers below 10<sup>15</sup> are written in full; any other value is
 * rounded to {@value #DIGITS} significant digits, half up, on the exact decimal value of the
 * double (so 0.94725, stored as 0.94725000000000003..., becomes 0.9473), written plainly when its
 * magnitude is in [10<sup>-4</sup>, 10<sup>7</sup>) and in scientific notation ({@code 1.235e-5})
 * outside it, without trailing zeros.
 *
 * <p>A figure whose declared range is finite is written instead at the resolution of that range,
 * with a fixed number of decimals (see {@link #format(double, Bounds)}): a figure in [0, 1] gets
 * four decimals, so that a true 0 computed as 4e-16 reads 0.0000 and not as a tiny number. Reports
 * for machines keep the exact value.
 */
public final class Decimals {
    /** The number of significant digits shown. */
    public static final int DIGITS = 4;

    private static final MathContext ROUNDING = new MathContext(DIGITS, RoundingMode.HALF_UP);
    private static final BigDecimal SMALLEST_PLAIN = new BigDecimal("1e-4");
    private static final BigDecimal LARGEST_PLAIN = new BigDecimal("1e7");
    private static final double LARGEST_WHOLE = 1e15;

    private Decimals() {
    }

    /**
     * The number of decimals a figure of a finite range is written with: {@value #DIGITS} for a
     * range of width in [1, 10), one fewer per factor of ten wider, one more per factor of ten
     * narrower, and never fewer than 0 nor more than 12.
     *
     * @param bounds the declared range
     * @return the decimals, or -1 when the range is not finite (or a point) and figures are
     *     written to significant digits
     */
    public static int decimals(Bounds bounds) {
        double width = bounds.max() - bounds.min();
        if (!Double.isFinite(width) || width <= 0) {
            return -1;
        }
        int magnitude = (int) Math.floor(Math.log10(width));
        return Math.clamp(DIGITS - magnitude, 0, 12);
    }

    /**
     * Formats a figure at the resolution of its declared range: with {@link #decimals(Bounds)}
     * decimals, half up, trailing zeros kept (0.5000) and a value that rounds to zero written
     * without a sign; by {@link #format(double)} when the range is not finite.
     *
     * @param value any double
     * @param bounds the figure's declared range
     * @return e.g. {@code 0.0000} for 4.1e-16 in [0, 1], {@code 999.9} in [0, 1000], or
     *     {@code 1.235e-5} for a figure in [0, ∞)
     */
    public static String format(double value, Bounds bounds) {
        int decimals = decimals(bounds);
        if (decimals < 0 || !Double.isFinite(value)) {
            return format(value);
        }
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.toPlainString();
    }

    /**
     * Formats the interval of an estimate at the resolution of the figure's declared range, as
     * {@link #format(double, Bounds)} does.
     *
     * @param estimate the estimate
     * @param bounds the figure's declared range
     * @return e.g. {@code [0.0000, 0.0098]}, or {@code null} for an exact value
     */
    public static String interval(Estimate.Value estimate, Bounds bounds) {
        return isExact(estimate) ? null : "[" + format(estimate.lower(), bounds) + ", "
                + format(estimate.upper(), bounds) + "]";
    }

    /**
     * Formats a number by the rule above.
     *
     * @param value any double
     * @return e.g. {@code 0.9473}, {@code 12}, {@code 1.235e-5}, {@code -0.5}; {@code ∞},
     *     {@code −∞} or {@code NaN} for values that are not finite
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_WHOLE) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        BigDecimal magnitude = rounded.abs();
        if (magnitude.compareTo(SMALLEST_PLAIN) >= 0 && magnitude.compareTo(LARGEST_PLAIN) < 0) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e"
                + exponent;
    }

    /**
     * Tells whether an estimate is an exact value, shown without an interval: its level is 1
     * and its interval is the value itself. A confidence interval that happens to be a point,
     * such as [0, 0] at 95 %, is not exact and is shown.
     *
     * @param estimate the estimate
     * @return true for an exact value
     */
    public static boolean isExact(Estimate.Value estimate) {
        return estimate.level() >= 1 && estimate.lower() == estimate.upper();
    }

    /**
     * Formats the interval of an estimate.
     *
     * @param estimate the estimate
     * @return e.g. {@code [0.5811, 0.6657]} or {@code [0, 0]}, or {@code null} for an exact value
     */
    public static String interval(Estimate.Value estimate) {
        return isExact(estimate) ? null
                : "[" + format(estimate.lower()) + ", " + format(estimate.upper()) + "]";
    }
}
