package org.synthaudit.core.stats;

/**
 * The difference of two independent binomial proportions, such as a membership attack's
 * true-positive rate minus its false-positive rate (its membership advantage, Yeom et al. 2018).
 *
 * <p>The interval is Newcombe's hybrid score interval (method 10 of Newcombe 1998, "Interval
 * estimation for the difference between independent proportions: comparison of eleven methods",
 * Statistics in Medicine 17:873-890): with the Wilson intervals {@code [l1, u1]} of
 * {@code p1} and {@code [l2, u2]} of {@code p2}, the difference {@code d = p1 - p2} has the
 * interval {@code [d - sqrt((p1 - l1)^2 + (u2 - p2)^2), d + sqrt((u1 - p1)^2 + (p2 - l2)^2)]}.
 * It stays inside [-1, 1] and behaves well near 0 and 1, where the Wald interval fails.
 */
public final class RateDifference {
    private RateDifference() {
    }

    /**
     * The difference {@code k1 / n1 - k2 / n2} with Newcombe's hybrid score interval.
     *
     * @param k1 successes of the first rate, in {@code [0, n1]}
     * @param n1 attempts of the first rate, {@code >= 0}
     * @param k2 successes of the second rate, in {@code [0, n2]}
     * @param n2 attempts of the second rate, {@code >= 0}
     * @param level the two-sided confidence level, in (0, 1)
     * @return the difference in [-1, 1] with its interval, or undefined when either rate had no
     *     attempts
     * @throws IllegalArgumentException if a count is negative, successes exceed attempts, or the
     *     level is outside (0, 1)
     */
    public static Estimate newcombe(long k1, long n1, long k2, long n2, double level) {
        Estimate first = Proportions.wilson(k1, n1, level);
        Estimate second = Proportions.wilson(k2, n2, level);
        if (!(first instanceof Estimate.Value a) || !(second instanceof Estimate.Value b)) {
            return Estimate.undefined("a difference of rates needs attempts on both sides; have "
                    + n1 + " and " + n2);
        }
        double d = a.value() - b.value();
        double lower = d - Math.hypot(a.value() - a.lower(), b.upper() - b.value());
        double upper = d + Math.hypot(a.upper() - a.value(), b.value() - b.lower());
        return Estimate.of(d, Math.max(-1, lower), Math.min(1, upper), level,
                "difference of rates " + k1 + "/" + n1 + " - " + k2 + "/" + n2
                        + ", Newcombe hybrid score " + Levels.percent(level) + " interval");
    }
}
