package org.synthaudit.attacks.linkage;

import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;

/**
 * The difference of two independent proportions with Newcombe's hybrid score interval (Newcombe
 * 1998, "Interval estimation for the difference between independent proportions: comparison of
 * eleven methods", Statistics in Medicine 17:873-890, method 10). With Wilson score limits
 * {@code [l1, u1]} of {@code p1} and {@code [l2, u2]} of {@code p2}, the interval of
 * {@code d = p1 - p2} is
 *
 * <pre>
 *   [ d - sqrt((p1 - l1)^2 + (u2 - p2)^2),  d + sqrt((u1 - p1)^2 + (p2 - l2)^2) ]
 * </pre>
 *
 * It never leaves [-1, 1], keeps its coverage near rates of 0 and 1 where the Wald interval
 * fails, and is defined whenever both rates are.
 */
final class ProportionDifference {
    private ProportionDifference() {
    }

    /**
     * The difference of two rates with its hybrid score interval.
     *
     * @param successes1 successes of the first group, in {@code [0, trials1]}
     * @param trials1 attempts of the first group, {@code >= 0}
     * @param successes2 successes of the second group, in {@code [0, trials2]}
     * @param trials2 attempts of the second group, {@code >= 0}
     * @param level the two-sided confidence level, in (0, 1)
     * @return {@code successes1 / trials1 - successes2 / trials2} with its interval, or undefined
     *     when either group had no attempts
     * @throws IllegalArgumentException if a count is negative, successes exceed trials, or the
     *     level is outside (0, 1)
     */
    static Estimate of(long successes1, long trials1, long successes2, long trials2,
            double level) {
        Estimate first = Proportions.wilson(successes1, trials1, level);
        Estimate second = Proportions.wilson(successes2, trials2, level);
        if (!(first instanceof Estimate.Value a)) {
            return Estimate.undefined("the first rate is undefined: "
                    + ((Estimate.Undefined) first).reason());
        }
        if (!(second instanceof Estimate.Value b)) {
            return Estimate.undefined("the second rate is undefined: "
                    + ((Estimate.Undefined) second).reason());
        }
        double d = a.value() - b.value();
        double lower = d - Math.hypot(a.value() - a.lower(), b.upper() - b.value());
        double upper = d + Math.hypot(a.upper() - a.value(), b.value() - b.lower());
        return Estimate.of(d, lower, upper, level, "difference of rates, Newcombe hybrid score "
                + Math.round(level * 100) + "%, " + successes1 + "/" + trials1 + " - "
                + successes2 + "/" + trials2);
    }
}
