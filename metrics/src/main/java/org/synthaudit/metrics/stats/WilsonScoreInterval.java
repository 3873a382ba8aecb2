package org.synthaudit.metrics.stats;

import org.synthaudit.core.stats.Estimate;

/**
 * The Wilson score interval for a binomial proportion (Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22, 1927) at the 95 % level. Unlike the normal
 * approximation it stays inside [0, 1] and is not degenerate at a rate of 0 or 1.
 */
public final class WilsonScoreInterval {
    /** The confidence level of every interval. */
    public static final double LEVEL = 0.95;
    /** The standard normal quantile for {@link #LEVEL}: the inverse normal CDF at 0.975. */
    private static final double Z = 1.959963984540054;

    private WilsonScoreInterval() {
    }

    /**
     * Estimates a rate.
     *
     * @param successes the number of counted events, in {@code [0, trials]}
     * @param trials the number of trials, {@code >= 1}
     * @return the observed rate {@code successes / trials} with its 95 % Wilson interval
     * @throws IllegalArgumentException if trials is below 1 or successes outside [0, trials]
     */
    public static Estimate.Value of(long successes, long trials) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("rate of " + successes + " in " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = successes == 0 ? 0 : Math.min(p, centre - half);
        double upper = successes == trials ? 1 : Math.max(p, centre + half);
        return new Estimate.Value(p, Math.max(0, lower), Math.min(1, upper), LEVEL,
                "observed rate with its 95% Wilson score interval");
    }
}
