package org.synthaudit.harness;

import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Decimals;
import org.synthaudit.core.stats.Estimate;

/**
 * Formats figures for the command line by the same rule as the HTML report ({@link Decimals}):
 * four significant digits, half up, intervals in brackets; a figure of a finite declared range at
 * that range's resolution when the range is given.
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Formats a number with at most four significant digits, as {@link Decimals#format} does.
     *
     * @param value any number
     * @return e.g. {@code 0.5123}, {@code 2000}, {@code -0.01} or {@code 1.235e-5}
     */
    public static String format(double value) {
        return Decimals.format(value);
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
            case Estimate.Value v when Decimals.isExact(v) -> format(v.value());
            case Estimate.Value v -> format(v.value()) + " " + Decimals.interval(v) + " ("
                    + percent(v.level()) + ")";
        };
    }

    private static String percent(double level) {
        return Decimals.format(level * 100) + "%";
    }

    /**
     * Formats an estimate at the resolution of the figure's declared range, as the HTML report
     * shows it.
     *
     * @param estimate the estimate
     * @param bounds the figure's declared range
     * @return e.g. {@code 0.0000 [0.0000, 0.0098] (95%)}, {@code 0.5000} for an exact value, or
     *     {@code undefined (reason)}
     */
    public static String format(Estimate estimate, Bounds bounds) {
        return switch (estimate) {
            case Estimate.Undefined u -> "undefined (" + u.reason() + ")";
            case Estimate.Value v when Decimals.isExact(v) -> Decimals.format(v.value(), bounds);
            case Estimate.Value v -> Decimals.format(v.value(), bounds) + " "
                    + Decimals.interval(v, bounds) + " (" + percent(v.level()) + ")";
        };
    }
}
