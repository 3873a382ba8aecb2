package org.synthaudit.core.audit;

import java.util.Objects;

/**
 * Data for one line chart, such as an ROC curve. Reports draw it; they never
 * compute it.
 *
 * @param id a stable id within the finding, e.g. {@code roc}
 * @param label the legend label
 * @param xLabel the x-axis label
 * @param yLabel the y-axis label
 * @param x the x values
 * @param y the y values, as many as x
 */
public record Series(String id, String label, String xLabel, String yLabel, double[] x,
        double[] y) implements Chart {
    /** Checks that x and y have the same length and copies them. */
    public Series {
        Objects.requireNonNull(id, "id");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + id + ": " + x.length + " x values but "
                    + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Series s && s.id.equals(id) && s.label.equals(label)
                && java.util.Arrays.equals(s.x, x) && java.util.Arrays.equals(s.y, y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, java.util.Arrays.hashCode(x), java.util.Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Series[" + id + ", " + x.length + " points]";
    }
}
