package org.synthaudit.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.synthaudit.core.stats.Estimate;

/**
 * Formats numbers for people: four significant digits, plain decimals in the usual range and
 * scientific notation outside it. The JSON report keeps full precision; this is for HTML only.
 */
final class Numbers {
    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);
    private static final double SMALLEST_PLAIN = 1e-4;
    private static final double LARGEST_PLAIN = 1e7;
    private static final double LARGEST_INTEGER = 1e15;

    private Numbers() {
    }

    /**
     * Formats a figure to four significant digits.
     *
     * @param value any double
     * @return e.g. {@code 0.6234}, {@code 12}, {@code 1.235e-5}, {@code ∞}; whole numbers
     *     are written without a decimal point
     */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (value == Math.rint(value) && magnitude < LARGEST_INTEGER) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(FOUR_DIGITS).stripTrailingZeros();
        if (magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN) {
            return rounded.toPlainString();
        }
        return scientific(rounded);
    }

    /**
     * Formats a count with thousands separators.
     *
     * @param count a non-negative count
     * @return e.g. {@code 12,500}
     */
    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /**
     * Formats a confidence interval.
     *
     * @param value the estimate
     * @return e.g. {@code [0.5811, 0.6657]}, or {@code null} for an exact value, whose
     *     interval is the value itself
     */
    static String interval(Estimate.Value value) {
        if (value.lower() == value.value() && value.upper() == value.value()) {
            return null;
        }
        return "[" + format(value.lower()) + ", " + format(value.upper()) + "]";
    }

    /**
     * Formats a confidence level.
     *
     * @param level a level in (0, 1]
     * @return e.g. {@code 95 %}, or {@code exact} for level 1
     */
    static String level(double level) {
        return level == 1 ? "exact" : format(level * 100) + " %";
    }

    private static String scientific(BigDecimal rounded) {
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}
