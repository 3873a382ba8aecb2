package org.synthaudit.metrics.stats;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * The percentile bootstrap (Efron and Tibshirani, "An Introduction to the Bootstrap", 1993,
 * chapter 13): a statistic is recomputed on many resamples of the data, and the interval runs
 * from the {@code (1 - level) / 2} to the {@code (1 + level) / 2} quantile of the replicates.
 *
 * <p>All replicates draw from one seeded stream, in order, so the same seed gives the same
 * interval. Quantiles interpolate linearly between order statistics (Hyndman and Fan, 1996,
 * definition 7).
 *
 * <p>A plug-in distance between two samples (a total variation or Kolmogorov-Smirnov distance,
 * a difference of associations) is biased upwards, and its replicates, distances between two
 * resamples, are biased once more: every replicate can exceed the point, and the percentile
 * interval then misses the point altogether. For such statistics {@link #basicInterval} gives
 * the basic bootstrap interval of the statistic's median at the sample sizes at hand instead.
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
     * The basic bootstrap interval (Davison and Hinkley, "Bootstrap Methods and their
     * Application", 1997, section 5.2) of the median of a plug-in statistic at the sample sizes
     * at hand: the spread of the replicates around their median {@code m*}, mirrored around the
     * point {@code t}, that is {@code [t - (q_hi - m*), t + (m* - q_lo)]} with {@code q_lo} and
     * {@code q_hi} the {@code (1 -+ level) / 2} quantiles of the replicates, cut to the
     * statistic's bounds. It rests on {@code t - median(T)} being distributed like
     * {@code T* - m*}, which holds for a biased statistic too, so the point lies inside by
     * construction ({@code q_lo <= m* <= q_hi}) and neither end sits at it except at a bound.
     *
     * <p>It is not an interval of the population value of a distance: at and near a population
     * distance of 0 the plug-in distance is not smooth, and no bootstrap interval covers that
     * value at its nominal rate (Andrews, "Inconsistency of the bootstrap when a parameter is on
     * the boundary of the parameter space", Econometrica 68, 2000). Such a figure is read
     * against a baseline, the same plug-in statistic between two real samples, which carries the
     * same kind of bias. The method text states the bootstrap's estimate of that bias,
     * {@code m* - t}.
     *
     * @param point the statistic on the original samples, within the bounds
     * @param replicateValues the statistic on each resample, as {@link #replicate} returns them
     * @param method how the point estimate was computed; the interval's description is added
     * @param bounds the range of the statistic; the interval is cut to it
     * @return the estimate
     * @throws IllegalArgumentException if the number of replicate values is not
     *     {@link #replicates()}
     */
    public Estimate.Value basicInterval(double point, double[] replicateValues, String method,
            Bounds bounds) {
        if (replicateValues.length != replicates) {
            throw new IllegalArgumentException("expected " + replicates + " replicates, got "
                    + replicateValues.length);
        }
        double[] sorted = replicateValues.clone();
        Arrays.sort(sorted);
        double low = quantile(sorted, (1 - level) / 2);
        double median = quantile(sorted, 0.5);
        double high = quantile(sorted, (1 + level) / 2);
        double lower = Math.max(bounds.min(), Math.min(point, point - (high - median)));
        double upper = Math.min(bounds.max(), Math.max(point, point + (median - low)));
        return new Estimate.Value(point, lower, upper, level, method + "; " + describeBasic()
                + "; the replicates put the plug-in's bias at " + signed(median - point));
    }

    /**
     * Describes the basic interval for a report.
     *
     * @return e.g. {@code "95% basic bootstrap interval of the median ..."}
     */
    public String describeBasic() {
        return percent() + "% basic bootstrap interval (Davison and Hinkley 1997) of the "
                + "statistic's median at these sample sizes, from " + replicates + " seeded "
                + "replicates: their spread around their median, mirrored around the point";
    }

    private static String signed(double value) {
        String digits = new BigDecimal(value).round(new java.math.MathContext(3))
                .stripTrailingZeros().toPlainString();
        return value > 0 ? "+" + digits : digits;
    }

    private String percent() {
        return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /**
     * Describes the interval for a report.
     *
     * @return e.g. {@code "95% percentile bootstrap interval from 200 seeded replicates, ..."}
     */
    public String describe() {
        return percent() + "% percentile bootstrap interval from " + replicates
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
