package org.synthaudit.core.stats;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Confidence intervals for a binomial proportion: a rate of successes among independent
 * attempts, such as the share of targets an attack re-identifies.
 *
 * <p>Two intervals, as compared by Newcombe (1998), "Two-sided confidence intervals for the
 * single proportion: comparison of seven methods", Statistics in Medicine 17:857-872:
 *
 * <ul>
 *   <li>the Wilson score interval (Wilson 1927, Newcombe's method 3), the default: good coverage
 *       near 0 and 1 where the Wald interval fails, and never outside [0, 1];
 *   <li>the Clopper-Pearson "exact" interval (Clopper and Pearson 1934, Newcombe's method 5)
 *       from Beta quantiles: coverage at least the nominal level, at the price of width.
 * </ul>
 */
public final class Proportions {
    private static final double BETA_ACCURACY = 1e-12;

    private Proportions() {
    }

    /**
     * The Wilson score interval of a rate.
     *
     * @param successes the number of successes, in {@code [0, trials]}
     * @param trials the number of attempts, {@code >= 0}
     * @param level the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the rate {@code successes / trials} with its interval, or undefined when there
     *     were no attempts
     * @throws IllegalArgumentException if the counts are negative, successes exceed trials, or
     *     the level is outside (0, 1)
     */
    public static Estimate wilson(long successes, long trials, double level) {
        double z = Levels.z(level);
        checkCounts(successes, trials);
        if (trials == 0) {
            return noTrials();
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // The interval touches 0 exactly when successes = 0 and 1 when successes = trials;
        // set those ends exactly instead of leaving a rounding residue.
        double lower = successes == 0 ? 0 : centre - half;
        double upper = successes == trials ? 1 : centre + half;
        return Estimate.of(p, lower, upper, level, "Wilson score " + Levels.percent(level)
                + ", " + successes + "/" + trials);
    }

    /**
     * The Clopper-Pearson exact interval of a rate, from quantiles of Beta distributions.
     *
     * @param successes the number of successes, in {@code [0, trials]}
     * @param trials the number of attempts, {@code >= 0}
     * @param level the two-sided confidence level, in (0, 1)
     * @return the rate with its interval, or undefined when there were no attempts
     * @throws IllegalArgumentException if the counts are negative, successes exceed trials, or
     *     the level is outside (0, 1)
     */
    public static Estimate clopperPearson(long successes, long trials, double level) {
        Levels.check(level);
        checkCounts(successes, trials);
        if (trials == 0) {
            return noTrials();
        }
        double alpha = 1 - level;
        double lower = successes == 0 ? 0
                : beta(successes, trials - successes + 1, alpha / 2);
        double upper = successes == trials ? 1
                : beta(successes + 1, trials - successes, 1 - alpha / 2);
        return Estimate.of((double) successes / trials, lower, upper, level,
                "Clopper-Pearson exact " + Levels.percent(level) + ", " + successes + "/"
                        + trials);
    }

    private static double beta(double a, double b, double probability) {
        return new BetaDistribution(null, a, b, BETA_ACCURACY)
                .inverseCumulativeProbability(probability);
    }

    private static void checkCounts(long successes, long trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, trials]: " + successes
                    + " successes in " + trials + " trials");
        }
    }

    private static Estimate noTrials() {
        return Estimate.undefined("no attempts were made, so the rate 0/0 is undefined");
    }
}
