package org.synthaudit.metrics.stats;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;

/**
 * The percentile bootstrap (Efron and Tibshirani, "An Introduction to the Bootstrap", 1993,
 * chapter 13): a statistic is recomputed on many resamples of the data, and the interval runs
 * from the {@code (1 - level) / 2} to the {@code (1 + level) / 2} quantile of the replicates.
 *
 * <p>All replicates draw from one seeded stream, in order, so the same seed gives the same
 * interval. Quantiles interpolate linearly between order statistics (Hyndman and Fan, 1996,
 * definition 7). A plug-in statistic such as a distance between two samples is biased upwards,
 * so every replicate can exceed the point estimate; the interval is then widened to reach the
 * point estimate, and {@link #describe()} says so.
 *
 * @param replicates the number of resamples, at least 2
 * @param level the confidence level, in (0, 1)
 */
public record PercentileBootstrap(int replicates, double level) {

    /** Checks the ranges. */
    public PercentileBootstrap {
        if (replicates < 2) {
            throw new IllegalArgumentException("replicates must be >= 2, was " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }

    /**
     * Computes the replicates of a statistic.
     *
     * @param seeds the seed node of this interval; its stream feeds every replicate in order
     * @param statistic draws one resample from the given random source and returns the
     *     statistic on it; it must return a finite value
     * @return the replicate values, in the order they were drawn
     * @throws IllegalStateException if the statistic returns a value that is not finite
     */
    public double[] replicate(Seeds seeds, ToDoubleFunction<SplittableRandom> statistic) {
        SplittableRandom random = seeds.random();
        double[] values = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            values[r] = statistic.applyAsDouble(random);
            if (!Double.isFinite(values[r])) {
                throw new IllegalStateException("bootstrap replicate " + r + " is " + values[r]);
            }
        }
        return values;
    }

    /**
     * The percentile interval around a point estimate.
     *
     * @param point the statistic on the original samples
     * @param replicateValues the statistic on each resample, as {@link #replicate} returns them
     * @param method how the point estimate was computed; the interval's description is added
     * @return the estimate, its interval widened where needed to contain the point
     * @throws IllegalArgumentException if the number of replicate values is not
     *     {@link #replicates()}
     */
    public Estimate.Value interval(double point, double[] replicateValues, String method) {
        if (replicateValues.length != replicates) {
            throw new IllegalArgumentException("expected " + replicates + " replicates, got "
                    + replicateValues.length);
        }
        double[] sorted = replicateValues.clone();
        Arrays.sort(sorted);
        double lower = quantile(sorted, (1 - level) / 2);
        double upper = quantile(sorted, (1 + level) / 2);
        return new Estimate.Value(point, Math.min(lower, point), Math.max(upper, point), level,
                method + "; " + describe());
    }

    /**
     * Describes the interval for a report.
     *
     * @return e.g. {@code "95% percentile bootstrap interval from 200 seeded replicates, ..."}
     */
    public String describe() {
        String percent = BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros()
                .toPlainString();
        return percent + "% percentile bootstrap interval from " + replicates
                + " seeded replicates, widened where needed to contain the point estimate";
    }

    /**
     * A quantile of sorted values, interpolating linearly between order statistics.
     *
     * @param sorted the values in ascending order, at least one
     * @param p the probability, in [0, 1]
     * @return the quantile; {@code sorted[0]} for p = 0 and the last value for p = 1
     * @throws IllegalArgumentException if there are no values or p is outside [0, 1]
     */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile " + p + " of " + sorted.length
                    + " values");
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
