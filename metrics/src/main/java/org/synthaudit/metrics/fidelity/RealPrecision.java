package org.synthaudit.metrics.fidelity;

import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;

/**
 * The precision a numeric or datetime column has in the real data, and the rounding of other
 * values to it. A generator that emits {@code 39.2731} where the real data only ever has whole
 * years makes every synthetic record trivially recognisable, and a value a hair off a real one
 * hides an exact copy; so synthetic values are rounded to the real precision before they are
 * compared record by record (propensity, exact copies).
 *
 * <p>Detection, on the non-missing train values:
 * <ul>
 *   <li>datetime (seconds since the epoch): the coarsest of whole days (86,400 s, midnight UTC),
 *       hours, minutes and seconds that every value is a multiple of, else as numeric;
 *   <li>numeric: the fewest decimal places {@code d <= 10} with which every value is written
 *       exactly, up to binary rounding ({@code v * 10^d} within {@code max(1e-6, 8 ulp)} of a
 *       whole number, so {@code 0.1} has one decimal); values needing more are left
 *       unrounded.
 * </ul>
 *
 * @param column the column name
 * @param step the rounding step: a multiple of a second for datetimes, {@code 10^-d} for
 *     decimals, or 0 for no rounding
 * @param description the detected precision in words, e.g. {@code "2 decimals"}
 */
record RealPrecision(String column, double step, String description) {
    private static final int MAX_DECIMALS = 10;
    private static final double[] TIME_STEPS = {86_400, 3_600, 60};
    private static final String[] TIME_NAMES = {"whole days", "whole hours", "whole minutes"};

    /**
     * Detects the precision of one column of the real data.
     *
     * @param train the real (train) table
     * @param column a numeric or datetime column
     * @return the precision; no rounding when the column has no value
     */
    static RealPrecision of(Dataset train, int column) {
        String name = train.schema().column(column).name();
        double[] values = train.numericColumn(column);
        if (java.util.Arrays.stream(values).allMatch(Double::isNaN)) {
            return new RealPrecision(name, 0, "no real value, not rounded");
        }
        if (train.schema().column(column).type() == ColumnType.DATETIME) {
            for (int s = 0; s < TIME_STEPS.length; s++) {
                if (allMultiples(values, TIME_STEPS[s])) {
                    return new RealPrecision(name, TIME_STEPS[s], TIME_NAMES[s]);
                }
            }
        }
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            if (allWritten(values, Math.pow(10, d))) {
                return new RealPrecision(name, Math.pow(10, -d), d == 0 ? "whole numbers"
                        : d + " decimal" + (d == 1 ? "" : "s"));
            }
        }
        return new RealPrecision(name, 0, "more than " + MAX_DECIMALS + " decimals, not "
                + "rounded");
    }

    private static boolean allMultiples(double[] values, double step) {
        boolean any = false;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                any = true;
                if (v % step != 0) {
                    return false;
                }
            }
        }
        return any;
    }

    private static boolean allWritten(double[] values, double scale) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double scaled = v * scale;
                double slack = Math.max(1e-6, 8 * Math.ulp(scaled));
                if (Math.abs(scaled - Math.rint(scaled)) > slack) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Rounds values to the precision, half to even; missing values stay missing.
     *
     * @param values the values, modified in place
     * @return the same array
     */
    double[] round(double[] values) {
        if (step == 0) {
            return values;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = round(values[i]);
        }
        return values;
    }

    /**
     * Rounds one value to the precision, half to even.
     *
     * @param value the value, {@code NaN} when missing
     * @return the rounded value, or the value itself when there is no rounding
     */
    double round(double value) {
        if (step == 0 || Double.isNaN(value)) {
            return value;
        }
        if (step >= 1) {
            return Math.rint(value / step) * step + 0.0;
        }
        double scale = Math.rint(1 / step);
        return Math.rint(value * scale) / scale + 0.0;
    }
}
