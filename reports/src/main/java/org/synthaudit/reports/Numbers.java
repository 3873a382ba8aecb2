package org.synthaudit.reports;

import java.util.Locale;
import org.synthaudit.core.stats.Decimals;
import org.synthaudit.core.stats.Estimate;

/**
 * Formats numbers for people by the one rule of {@link Decimals}: four significant digits, half
 * up, plain decimals in the usual range and scientific notation outside it. The JSON report keeps
 * full precision; this is for HTML only.
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
