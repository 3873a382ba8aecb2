package org.synthaudit.harness;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.synthaudit.core.stats.Estimate;

/** Formats figures for people: four significant digits, intervals in brackets. */
public final class Numbers {
    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private Numbers() {
    }

    /**
     * Formats a number with at most four significant digits and no exponent.
     *
     * @param value a finite number
     * @return e.g. {@code 0.5123}, {@code 2000} or {@code -0.01}
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * Formats an estimate with its interval and confidence level.
     *
     * @param estimate the estimate
     * @return e.g. {@code 0.5123 [0.4934, 0.5312] (95%)}, {@code 3} for an exact value, or
     *     {@code undefined (reason)}
     */
    public static String format(Estimate estimate) {
        return switch (estimate) {
            case Estimate.Undefined u -> "undefined (" + u.reason() + ")";
            case Estimate.Value v when v.level() >= 1 && v.lower() == v.upper() ->
                    format(v.value());
            case Estimate.Value v -> format(v.value()) + " [" + format(v.lower()) + ", "
                    + format(v.upper()) + "] (" + percent(v.level()) + ")";
        };
    }

    private static String percent(double level) {
        double p = level * 100;
        return (p == Math.rint(p) ? Long.toString(Math.round(p))
                : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }
}
