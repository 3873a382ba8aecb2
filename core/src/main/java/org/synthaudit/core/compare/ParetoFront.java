package org.synthaudit.core.compare;

import org.synthaudit.core.audit.Sense;

/**
 * The Pareto front of points judged on two figures: the points no other point dominates. A point
 * dominates another when it is at least as good on both figures and strictly better on one
 * (Pareto optimality, as in multi-objective optimisation; Deb, "Multi-objective optimization
 * using evolutionary algorithms", Wiley 2001, ch. 2). Each figure's {@link Sense} says which
 * direction is better, so a privacy risk (higher is worse) is weighed against a utility (higher
 * is better) without changing signs by hand.
 *
 * <p>Points whose value is missing on either figure ({@code NaN}) are not on the front and
 * dominate nothing. Equal points do not dominate each other, so both stay on the front.
 */
public final class ParetoFront {
    private ParetoFront() {
    }

    /**
     * Marks the points on the Pareto front.
     *
     * @param x each point's first figure, {@code NaN} when missing
     * @param xSense which direction of {@code x} is worse
     * @param y each point's second figure, in the same order, {@code NaN} when missing
     * @param ySense which direction of {@code y} is worse
     * @return for each point whether it is on the front
     * @throws IllegalArgumentException if the arrays differ in length or a sense is
     *     {@link Sense#NEUTRAL}, which has no better direction
     */
    public static boolean[] of(double[] x, Sense xSense, double[] y, Sense ySense) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, were "
                    + x.length + " and " + y.length);
        }
        double[] gx = goodness(x, xSense);
        double[] gy = goodness(y, ySense);
        boolean[] front = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            front[i] = !Double.isNaN(gx[i]) && !Double.isNaN(gy[i]) && !dominated(i, gx, gy);
        }
        return front;
    }

    private static boolean dominated(int i, double[] gx, double[] gy) {
        for (int j = 0; j < gx.length; j++) {
            boolean noWorse = gx[j] >= gx[i] && gy[j] >= gy[i];
            boolean better = gx[j] > gx[i] || gy[j] > gy[i];
            if (j != i && noWorse && better) {
                return true;
            }
        }
        return false;
    }

    /** The values turned so that larger is better; NaN stays NaN and compares false. */
    private static double[] goodness(double[] values, Sense sense) {
        double sign = switch (sense) {
            case HIGHER_IS_BETTER -> 1;
            case HIGHER_IS_WORSE -> -1;
            case NEUTRAL -> throw new IllegalArgumentException("a neutral figure has no better "
                    + "direction, so it cannot decide a Pareto front");
        };
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = sign * values[i];
        }
        return out;
    }
}
