package org.synthaudit.core.stats;

/**
 * The range a figure can take, declared with the figure. A value outside it is a bug in the code
 * that computed it, never something to clamp.
 *
 * @param min the smallest possible value, may be {@code -Infinity}
 * @param max the largest possible value, may be {@code +Infinity}
 */
public record Bounds(double min, double max) {
    /** The unit interval, for rates, probabilities, AUC and distances scaled to [0, 1]. */
    public static final Bounds UNIT = new Bounds(0, 1);
    /** Non-negative reals. */
    public static final Bounds NON_NEGATIVE = new Bounds(0, Double.POSITIVE_INFINITY);
    /** The whole real line. */
    public static final Bounds REAL = new Bounds(Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY);
    /** Differences of two rates, [-1, 1]. */
    public static final Bounds SIGNED_UNIT = new Bounds(-1, 1);

    /** Checks that the range is not empty. */
    public Bounds {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("empty bounds [" + min + ", " + max + "]");
        }
    }

    /**
     * Tells whether a value lies in the range, with a relative slack of 1e-9 for rounding.
     *
     * @param value the value
     * @return true if {@code min <= value <= max} up to rounding
     */
    public boolean contains(double value) {
        double slack = 1e-9 * Math.max(1, Math.abs(value));
        return value >= min - slack && value <= max + slack;
    }
}
