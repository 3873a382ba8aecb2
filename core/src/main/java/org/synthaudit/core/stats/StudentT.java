package org.synthaudit.core.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Intervals and tests from Student's t distribution ("Student", "The probable error of a mean",
 * Biometrika 6(1), 1908), for a handful of repeated measurements such as the figures of one
 * generator audited on several seeded splits.
 *
 * <p>For values {@code x_1 .. x_n} with mean {@code m} and sample standard deviation {@code s}
 * (divisor {@code n - 1}), the interval of the mean at level {@code L} is
 * {@code m ± t(n - 1, (1 + L) / 2) s / sqrt(n)}, where {@code t(df, q)} is the q-quantile of the
 * t distribution with df degrees of freedom. The paired t test applies the same to the
 * differences {@code d_i = a_i - b_i} of paired measurements: {@code t = mean(d) / (s_d /
 * sqrt(n))} with {@code n - 1} degrees of freedom, two-sided p-value {@code 2 P(T >= |t|)}.
 */
public final class StudentT {
    /**
     * Differences whose standard deviation is below this share of their largest magnitude are
     * taken as equal: the rest is rounding (0.7 - 0.6 and 0.8 - 0.7 differ in the 17th digit).
     */
    private static final double ROUNDING = 1e-12;

    private StudentT() {
    }

    /**
     * The mean of some values with its Student t interval.
     *
     * @param values the measurements, at least two, all finite
     * @param level the confidence level, in (0, 1)
     * @return the mean and its interval; a point interval when all values are equal
     * @throws IllegalArgumentException for fewer than two values, a value that is not finite, or
     *     a level outside (0, 1)
     */
    public static Estimate.Value meanInterval(double[] values, double level) {
        Levels.check(level);
        requireSample(values);
        int n = values.length;
        double mean = mean(values);
        double halfWidth = quantile(n - 1, level) * standardDeviation(values, mean)
                / Math.sqrt(n);
        return new Estimate.Value(mean, mean - halfWidth, mean + halfWidth, level,
                "mean of " + n + ", Student t interval " + Levels.percent(level) + " (df "
                        + (n - 1) + ")");
    }

    /**
     * The mean of paired differences {@code first[i] - second[i]} with its Student t interval.
     *
     * @param first the first measurement of each pair
     * @param second the second measurement of each pair, in the same order
     * @param level the confidence level, in (0, 1)
     * @return the mean difference and its interval
     * @throws IllegalArgumentException for arrays of different lengths, fewer than two pairs,
     *     a value that is not finite, or a level outside (0, 1)
     */
    public static Estimate.Value meanDifference(double[] first, double[] second, double level) {
        Estimate.Value interval = meanInterval(differences(first, second), level);
        return new Estimate.Value(interval.value(), interval.lower(), interval.upper(), level,
                "mean of " + first.length + " paired differences, Student t interval "
                        + Levels.percent(level) + " (df " + (first.length - 1) + ")");
    }

    /**
     * The two-sided paired t test of the hypothesis that the mean difference is 0.
     *
     * @param first the first measurement of each pair
     * @param second the second measurement of each pair, in the same order
     * @return the test, or untestable when the differences do not vary beyond rounding (the
     *     statistic would be 0 / 0 or a difference / 0)
     * @throws IllegalArgumentException for arrays of different lengths, fewer than two pairs or
     *     a value that is not finite
     */
    public static TTest pairedTest(double[] first, double[] second) {
        double[] d = differences(first, second);
        int n = d.length;
        double mean = mean(d);
        double sd = standardDeviation(d, mean);
        if (sd <= ROUNDING * maxAbs(d)) {
            return new TTest.Untestable("the paired differences are the same in all " + n
                    + " pairs (" + Decimals.format(mean) + "), so their standard deviation is 0"
                    + " and the t statistic is undefined");
        }
        double t = mean / (sd / Math.sqrt(n));
        TDistribution distribution = new TDistribution(null, n - 1);
        double p = Math.min(1, 2 * distribution.cumulativeProbability(-Math.abs(t)));
        return new TTest.Tested(t, n - 1, p, "paired t test, " + n + " pairs");
    }

    /**
     * The quantile of the t distribution that a two-sided interval needs.
     *
     * @param degreesOfFreedom the degrees of freedom, {@code >= 1}
     * @param level the confidence level, in (0, 1)
     * @return {@code t(df, (1 + level) / 2)}, {@code > 0}
     */
    static double quantile(int degreesOfFreedom, double level) {
        return new TDistribution(null, degreesOfFreedom)
                .inverseCumulativeProbability((1 + level) / 2);
    }

    private static double[] differences(double[] first, double[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired measurements need arrays of the same "
                    + "length, were " + first.length + " and " + second.length);
        }
        double[] d = new double[first.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = first[i] - second[i];
        }
        requireSample(d);
        return d;
    }

    private static void requireSample(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("a Student t interval needs at least 2 values, "
                    + "had " + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values must be finite, found " + v);
            }
        }
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The sample standard deviation (divisor n - 1), by the two-pass formula. */
    private static double standardDeviation(double[] values, double mean) {
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
