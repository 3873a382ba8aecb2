package org.synthaudit.reports;

import java.util.Locale;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Decimals;
import org.synthaudit.core.stats.Estimate;

/**
 * Formats numbers for people by the one rule of {@link Decimals}: four significant digits, half
 * up, plain decimals in the usual range and scientific notation outside it; a figure of a finite
 * declared range at that range's resolution (four decimals for [0, 1]). The JSON report keeps
 * full precision; this is for the HTML report and the Markdown summary.
 */
final class Numbers {
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
        return Decimals.format(value);
    }

    /**
     * Formats a figure at the resolution of its declared range.
     *
     * @param value any double
     * @param bounds the figure's declared range
     * @return e.g. {@code 0.0000} for 4e-16 in [0, 1]; as {@link #format(double)} for a range
     *     that is not finite
     */
    static String format(double value, Bounds bounds) {
        return Decimals.format(value, bounds);
    }

    /**
     * Formats a confidence interval at the resolution of the figure's declared range.
     *
     * @param value the estimate
     * @param bounds the figure's declared range
     * @return e.g. {@code [0.0000, 0.0098]}, or {@code null} for an exact value
     */
    static String interval(Estimate.Value value, Bounds bounds) {
        return Decimals.interval(value, bounds);
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
     * @return e.g. {@code [0.5811, 0.6657]} or {@code [0, 0]}, or {@code null} for an exact
     *     value (level 1), whose interval is the value itself
     */
    static String interval(Estimate.Value value) {
        return Decimals.interval(value);
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
}
