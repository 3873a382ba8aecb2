package org.synthaudit.metrics.stats;

import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;

/**
 * The Wilson score interval for a binomial proportion (Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22, 1927) at the 95 % level, as
 * {@link Proportions#wilson} computes it for any level. New code should call
 * {@link Proportions#wilson} directly; this class remains for callers written against it.
 */
public final class WilsonScoreInterval {
    /** The confidence level of every interval. */
    public static final double LEVEL = 0.95;

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
        return (Estimate.Value) Proportions.wilson(successes, trials, LEVEL);
    }
}
