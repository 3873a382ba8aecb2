package org.synthaudit.core.stats;

/**
 * Confidence intervals for the difference of two proportions, such as an attack's success rate
 * on members minus its rate on holdout records. Both are Newcombe's "method 10", which combines
 * the Wilson score intervals of the two rates ({@link Proportions#wilson}):
 *
 * <ul>
 *   <li>{@link #unpaired}: two independent samples (Newcombe 1998, "Interval estimation for the
 *       difference between independent proportions: comparison of eleven methods", Statistics
 *       in Medicine 17:873-890), the hybrid score interval;
 *   <li>{@link #paired}: two rates measured on the same units (Newcombe 1998, "Improved
 *       confidence intervals for the difference between binomial proportions based on paired
 *       data", Statistics in Medicine 17:2635-2650), which corrects for the correlation
 *       {@code phi} between the two outcomes of a unit.
 * </ul>
 *
 * <p>With rates {@code p1, p2}, Wilson limits {@code [l1, u1]} and {@code [l2, u2]} and
 * {@code d = p1 - p2}:
 * <pre>
 *   lower = d - sqrt((p1 - l1)^2 - 2 phi (p1 - l1)(u2 - p2) + (u2 - p2)^2)
 *   upper = d + sqrt((u1 - p1)^2 - 2 phi (u1 - p1)(p2 - l2) + (p2 - l2)^2)
 * </pre>
 * where {@code phi = 0} for independent samples. Both limits always lie in [-1, 1].
 */
public final class ProportionDifference {
    private ProportionDifference() {
    }

    /**
     * The difference of two independent rates with Newcombe's hybrid score interval.
     *
     * @param successes1 successes in the first sample, in {@code [0, trials1]}
     * @param trials1 attempts in the first sample, {@code >= 0}
     * @param successes2 successes in the second sample, in {@code [0, trials2]}
     * @param trials2 attempts in the second sample, {@code >= 0}
     * @param level the two-sided confidence level, in (0, 1)
     * @return {@code successes1 / trials1 - successes2 / trials2} with its interval, or
     *     undefined when either sample has no attempts
     * @throws IllegalArgumentException if a count is negative, successes exceed attempts, or the
     *     level is outside (0, 1)
     */
    public static Estimate unpaired(long successes1, long trials1, long successes2,
            long trials2, double level) {
        Estimate first = Proportions.wilson(successes1, trials1, level);
        Estimate second = Proportions.wilson(successes2, trials2, level);
        if (!(first instanceof Estimate.Value a) || !(second instanceof Estimate.Value b)) {
            return Estimate.undefined("the difference needs attempts on both sides; have "
                    + trials1 + " and " + trials2);
        }
        return combine(a, b, 0, level, "Newcombe hybrid score " + Levels.percent(level)
                + ", " + successes1 + "/" + trials1 + " - " + successes2 + "/" + trials2);
    }

    /**
     * The difference of two rates measured on the same units, with Newcombe's paired score
     * interval. Each unit has two binary outcomes; the four counts form the 2 x 2 table.
     *
     * @param both units that succeed in both measurements, {@code >= 0}
     * @param firstOnly units that succeed in the first measurement only, {@code >= 0}
     * @param secondOnly units that succeed in the second measurement only, {@code >= 0}
     * @param neither units that fail in both, {@code >= 0}
     * @param level the two-sided confidence level, in (0, 1)
     * @return {@code (firstOnly - secondOnly) / n} with its interval, or undefined when there
     *     are no units
     * @throws IllegalArgumentException if a count is negative or the level is outside (0, 1)
     */
    public static Estimate paired(long both, long firstOnly, long secondOnly, long neither,
            double level) {
        if (both < 0 || firstOnly < 0 || secondOnly < 0 || neither < 0) {
            throw new IllegalArgumentException("paired counts must be >= 0, were " + both + ", "
                    + firstOnly + ", " + secondOnly + ", " + neither);
        }
        long n = both + firstOnly + secondOnly + neither;
        Estimate first = Proportions.wilson(both + firstOnly, n, level);
        Estimate second = Proportions.wilson(both + secondOnly, n, level);
        if (!(first instanceof Estimate.Value a) || !(second instanceof Estimate.Value b)) {
            return Estimate.undefined("the paired difference needs at least one unit; have 0");
        }
        double phi = phi(both, firstOnly, secondOnly, neither);
        return combine(a, b, phi, level, "Newcombe paired score " + Levels.percent(level)
                + ", " + (both + firstOnly) + "/" + n + " - " + (both + secondOnly) + "/" + n
                + " on the same units");
    }

    /**
     * The correlation of the two outcomes of a unit, {@code (ad - bc) / sqrt(efgh)} over the
     * four margins; 0 when a margin is empty.
     */
    static double phi(long a, long b, long c, long d) {
        double margins = (double) (a + b) * (c + d) * (a + c) * (b + d);
        if (margins == 0) {
            return 0;
        }
        return ((double) a * d - (double) b * c) / Math.sqrt(margins);
    }

    private static Estimate combine(Estimate.Value a, Estimate.Value b, double phi,
            double level, String method) {
        double d = a.value() - b.value();
        double down1 = a.value() - a.lower();
        double up1 = a.upper() - a.value();
        double down2 = b.value() - b.lower();
        double up2 = b.upper() - b.value();
        // The radicands are sums of squares minus at most their cross term (|phi| <= 1), so
        // they are >= 0 and the limits lie in [-1, 1]; max/min only remove rounding residues.
        double lower = d - Math.sqrt(Math.max(0,
                down1 * down1 - 2 * phi * down1 * up2 + up2 * up2));
        double upper = d + Math.sqrt(Math.max(0,
                up1 * up1 - 2 * phi * up1 * down2 + down2 * down2));
        return Estimate.of(d, Math.max(-1, lower), Math.min(1, upper), level, method);
    }
}
