package org.synthaudit.metrics.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * A percentile bootstrap over the rows of one or more tables (Efron and Tibshirani, "An
 * Introduction to the Bootstrap", 1993, chapter 13) in which every statistic is computed on the
 * same resamples. Statistics computed from one replicate are therefore paired: the ratio of two
 * models' accuracies scored on the same resampled holdout rows varies far less than the ratio of
 * two independent resamples would.
 *
 * <p>A replicate draws, for each table, as many rows as the table has, with replacement, and hands
 * every statistic the number of times each row was drawn (its weight; the original sample is all
 * weights 1). Replicate {@code r} draws from {@code seeds.child(r)}, so replicates run in parallel
 * and give the same values whatever the number of threads.
 *
 * <p>A statistic may be undefined on a resample (a rate over no rows, an AUC of one class); it
 * returns {@code NaN} there. The interval then uses the replicates on which it is defined and says
 * how many were left out; when fewer than half are defined there is no interval.
 *
 * @param replicates the number of resamples, at least 2
 * @param level the confidence level, in (0, 1)
 */
public record PairedBootstrap(int replicates, double level) {

    /** Checks the ranges. */
    public PairedBootstrap {
        if (replicates < 2) {
            throw new IllegalArgumentException("replicates must be >= 2, was " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }

    /** A statistic of weighted rows. */
    @FunctionalInterface
    public interface Statistic {
        /**
         * Computes the statistic.
         *
         * @param weights for each table, how often each of its rows counts, {@code >= 0}
         * @return the value, or {@code NaN} when the statistic is undefined on these weights
         */
        double on(int[][] weights);
    }

    /**
     * The weights of the original sample: every row once.
     *
     * @param tableSizes the number of rows of each table
     * @return one array of ones per table
     */
    public static int[][] unitWeights(int... tableSizes) {
        int[][] weights = new int[tableSizes.length][];
        for (int t = 0; t < tableSizes.length; t++) {
            weights[t] = new int[tableSizes[t]];
            Arrays.fill(weights[t], 1);
        }
        return weights;
    }

    /**
     * Computes every statistic on every replicate.
     *
     * @param tableSizes the number of rows of each table; each is resampled separately
     * @param seeds the seed node of these replicates
     * @param pool the pool the replicates run in
     * @param statistics the statistics, all evaluated on the same resamples
     * @return {@code values[s][r]}: statistic {@code s} on replicate {@code r}, {@code NaN} where
     *     undefined
     */
    public double[][] replicate(int[] tableSizes, Seeds seeds, ForkJoinPool pool,
            List<Statistic> statistics) {
        double[][] values = new double[statistics.size()][replicates];
        pool.submit(() -> IntStream.range(0, replicates).parallel().forEach(r -> {
            int[][] weights = draw(tableSizes, seeds.child(r).random());
            for (int s = 0; s < statistics.size(); s++) {
                values[s][r] = statistics.get(s).on(weights);
            }
        })).join();
        return values;
    }

    private static int[][] draw(int[] tableSizes, SplittableRandom random) {
        int[][] weights = new int[tableSizes.length][];
        for (int t = 0; t < tableSizes.length; t++) {
            int n = tableSizes[t];
            weights[t] = new int[n];
            for (int i = 0; i < n; i++) {
                weights[t][random.nextInt(n)]++;
            }
        }
        return weights;
    }

    /**
     * The percentile interval of a statistic around its value on the original sample.
     *
     * @param point the statistic on the original sample, finite
     * @param replicateValues the statistic on each replicate, {@code NaN} where undefined
     * @param method how the point estimate was computed; the interval's description is added
     * @return the estimate with its interval, widened where needed to contain the point; or
     *     undefined when the statistic was undefined on more than half of the replicates
     * @throws IllegalArgumentException if the point is not finite or the number of replicate
     *     values is not {@link #replicates()}
     */
    public Estimate interval(double point, double[] replicateValues, String method) {
        return interval(point, replicateValues, method, null);
    }

    /**
     * The basic bootstrap interval of the median of a plug-in distance around its value on the
     * original sample ({@link PercentileBootstrap#basicInterval}): for a statistic biased
     * upwards, such as a total variation distance between two samples' shares, whose
     * replicates can all exceed it.
     *
     * @param point the statistic on the original sample, finite and within the bounds
     * @param replicateValues the statistic on each replicate, {@code NaN} where undefined
     * @param method how the point estimate was computed; the interval's description is added
     * @param bounds the range of the statistic; the interval is cut to it
     * @return the estimate with its interval; or undefined when the statistic was undefined on
     *     more than half of the replicates
     * @throws IllegalArgumentException if the point is not finite or the number of replicate
     *     values is not {@link #replicates()}
     */
    public Estimate basicInterval(double point, double[] replicateValues, String method,
            Bounds bounds) {
        return interval(point, replicateValues, method, java.util.Objects.requireNonNull(bounds,
                "bounds"));
    }

    private Estimate interval(double point, double[] replicateValues, String method,
            Bounds bounds) {
        if (!Double.isFinite(point)) {
            throw new IllegalArgumentException("point estimate must be finite, was " + point);
        }
        if (replicateValues.length != replicates) {
            throw new IllegalArgumentException("expected " + replicates + " replicates, got "
                    + replicateValues.length);
        }
        double[] defined = Arrays.stream(replicateValues).filter(Double::isFinite).toArray();
        int left = replicates - defined.length;
        if (defined.length < 2 || 2 * defined.length < replicates) {
            return Estimate.undefined("the statistic is undefined on " + left + " of "
                    + replicates + " bootstrap resamples, too many for an interval");
        }
        String described = left == 0 ? method : method + "; undefined on " + left + " of "
                + replicates + " resamples, which are left out";
        PercentileBootstrap percentile = new PercentileBootstrap(defined.length, level);
        String joint = described + "; rows resampled jointly for every paired figure";
        return bounds == null ? percentile.interval(point, defined, joint)
                : percentile.basicInterval(point, defined, joint, bounds);
    }
}
