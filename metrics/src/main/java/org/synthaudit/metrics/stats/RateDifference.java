package org.synthaudit.metrics.stats;

import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;

/**
 * The difference of two rates from independent samples, {@code p1 - p2}, with the hybrid score
 * interval of Newcombe (1998), "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17:873-890 (method 10).
 * With the Wilson limits {@code [l1, u1]} of {@code p1} and {@code [l2, u2]} of {@code p2}:
 *
 * <pre>
 *   lower = (p1 - p2) - sqrt((p1 - l1)^2 + (u2 - p2)^2)
 *   upper = (p1 - p2) + sqrt((u1 - p1)^2 + (p2 - l2)^2)
 * </pre>
 *
 * It never leaves [-1, 1] and, unlike the Wald interval, does not collapse when a rate is 0 or 1.
 */
public final class RateDifference {
    private RateDifference() {
    }

    private static String percent(double level) {
        return java.math.BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /**
     * The difference of two rates with its hybrid score interval.
     *
     * @param successes1 the events in the first sample, in {@code [0, trials1]}
     * @param trials1 the size of the first sample, {@code >= 0}
     * @param successes2 the events in the second sample, in {@code [0, trials2]}
     * @param trials2 the size of the second sample, {@code >= 0}
     * @param level the two-sided confidence level, in (0, 1)
     * @return {@code successes1 / trials1 - successes2 / trials2} with its interval, or undefined
     *     when a sample is empty
     * @throws IllegalArgumentException if the counts are inconsistent or the level is outside
     *     (0, 1)
     */
    public static Estimate newcombe(long successes1, long trials1, long successes2, long trials2,
            double level) {
        Estimate first = Proportions.wilson(successes1, trials1, level);
        Estimate second = Proportions.wilson(successes2, trials2, level);
        if (!(first instanceof Estimate.Value a)) {
            return Estimate.undefined("the first sample is empty");
        }
        if (!(second instanceof Estimate.Value b)) {
            return Estimate.undefined("the second sample is empty");
        }
        double difference = a.value() - b.value();
        double lower = difference - Math.hypot(a.value() - a.lower(), b.upper() - b.value());
        double upper = difference + Math.hypot(a.upper() - a.value(), b.value() - b.lower());
        // The limits lie in [-1, 1] and around the difference in exact arithmetic; min and max
        // only remove rounding residues of the order of 1e-16.
        return Estimate.of(difference, Math.max(-1, Math.min(lower, difference)),
                Math.min(1, Math.max(upper, difference)), level, "difference of rates "
                        + successes1 + "/" + trials1 + " - " + successes2 + "/" + trials2
                        + " with the Newcombe hybrid score " + percent(level) + " interval");
    }
}
