package org.synthaudit.core.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Distribution-free estimates from order statistics: the sample median with the confidence
 * interval between two order statistics whose ranks come from the Binomial(n, 1/2) distribution
 * (Conover, "Practical Nonparametric Statistics", 3rd ed., 1999, section 3.2). The interval
 * assumes only independent draws from a continuous distribution; its coverage is at least the
 * nominal level, and with ties it stays conservative.
 */
public final class OrderStatistics {
    private OrderStatistics() {
    }

    /**
     * The median with its order-statistic interval {@code [x(j), x(n + 1 - j)]}, where
     * {@code j} is the largest rank with {@code P(B < j) <= (1 - level) / 2} for
     * {@code B ~ Binomial(n, 1/2)}.
     *
     * @param values the sample, without NaN; not modified
     * @param level the two-sided confidence level, in (0, 1)
     * @return the median (the mean of the two middle values when n is even) with its interval,
     *     or undefined when the sample is too small to reach the level
     * @throws IllegalArgumentException if a value is NaN or the level is outside (0, 1)
     */
    public static Estimate median(double[] values, double level) {
        Levels.check(level);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n > 0 && Double.isNaN(sorted[n - 1])) {
            throw new IllegalArgumentException("values must not be NaN");
        }
        double tail = (1 - level) / 2;
        int j = lowerRank(n, tail);
        if (j == 0) {
            return Estimate.undefined("too few values (" + n + ") for a "
                    + Levels.percent(level) + " interval of the median; need at least "
                    + minimumSize(tail));
        }
        double median = (sorted[(n - 1) / 2] + sorted[n / 2]) / 2;
        return Estimate.of(median, sorted[j - 1], sorted[n - j], level,
                "median, distribution-free order-statistic " + Levels.percent(level)
                        + " interval (ranks " + j + " and " + (n + 1 - j) + " of " + n + ")");
    }

    /** The largest rank j with P(B < j) <= tail, or 0 when even P(B < 1) exceeds it. */
    static int lowerRank(int n, double tail) {
        if (n == 0) {
            return 0;
        }
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        int j = Math.max(0, b.inverseCumulativeProbability(tail) - 1);
        while (j < n && b.cumulativeProbability(j) <= tail) {
            j++;
        }
        while (j > 0 && b.cumulativeProbability(j - 1) > tail) {
            j--;
        }
        return j;
    }

    private static int minimumSize(double tail) {
        int n = 1;
        while (Math.pow(0.5, n) > tail) {
            n++;
        }
        return n;
    }
}
