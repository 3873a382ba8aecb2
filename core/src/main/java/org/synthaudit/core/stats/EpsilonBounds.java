package org.synthaudit.core.stats;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Empirical lower bounds on the differential-privacy parameter epsilon from the error rates of a
 * membership test, after Jagielski, Ullman and Oprea (2020), "Auditing differentially private
 * machine learning: how private is private SGD?", NeurIPS, who build on the hypothesis-testing
 * view of Kairouz, Oh and Viswanath (2015).
 *
 * <p>If a mechanism is (epsilon, delta)-differentially private, every test that tells its
 * output on a dataset {@code D} from its output on a neighbour {@code D'} has a false-positive
 * rate {@code alpha} and a false-negative rate {@code beta} with
 * {@code alpha + e^epsilon beta >= 1 - delta} and {@code beta + e^epsilon alpha >= 1 - delta},
 * hence
 *
 * <pre>
 *   epsilon &gt;= max( ln((1 - delta - beta) / alpha), ln((1 - delta - alpha) / beta) ).
 * </pre>
 *
 * The observed rates are replaced by one-sided Clopper-Pearson upper bounds {@code alpha_ub}
 * and {@code beta_ub}, each at level {@code 1 - (1 - c) / 2}, so that both hold together with
 * probability at least {@code c} (Bonferroni); the bound then holds with confidence {@code c}.
 * A threshold test ("member when the score is at least t") must have its threshold fixed before
 * the counted trials are seen: {@link #bestThreshold} picks it on validation trials and
 * {@link #atThreshold} counts the errors on separate test trials.
 *
 * <p>The bound is reported as the estimate {@code [bound, +infinity)}: a one-sided interval
 * whose lower end is the bound.
 */
public final class EpsilonBounds {
    private EpsilonBounds() {
    }

    /**
     * The lower bound on epsilon from counted errors.
     *
     * @param falsePositives non-members guessed to be members, in {@code [0, negatives]}
     * @param negatives trials without the target (non-members), {@code >= 0}
     * @param falseNegatives members guessed to be non-members, in {@code [0, positives]}
     * @param positives trials with the target (members), {@code >= 0}
     * @param delta the delta of the privacy guarantee tested, in [0, 1)
     * @param confidence the joint confidence of the two rate bounds, in (0, 1), e.g. 0.95
     * @return the bound with the interval {@code [bound, +infinity)}, or undefined when a side
     *     has no trials, when neither numerator is positive, or when the bound is not above 0
     * @throws IllegalArgumentException if a count is out of range, or delta or the confidence
     *     is outside its range
     */
    public static Estimate fromErrors(long falsePositives, long negatives, long falseNegatives,
            long positives, double delta, double confidence) {
        checkDelta(delta);
        Levels.check(confidence);
        if (negatives == 0 || positives == 0) {
            checkCounts(falsePositives, negatives, falseNegatives, positives);
            return Estimate.undefined("an epsilon bound needs trials with and without the target;"
                    + " have " + positives + " with and " + negatives + " without");
        }
        double alpha = upper(falsePositives, negatives, confidence);
        double beta = upper(falseNegatives, positives, confidence);
        String counts = "false positives " + falsePositives + "/" + negatives
                + " (upper bound " + round(alpha) + "), false negatives " + falseNegatives + "/"
                + positives + " (upper bound " + round(beta) + ")";
        if (1 - delta - beta <= 0 && 1 - delta - alpha <= 0) {
            return Estimate.undefined("no positive numerator: with " + counts + " and delta "
                    + delta + ", both 1 - delta - beta and 1 - delta - alpha are at most 0");
        }
        double bound = bound(alpha, beta, delta);
        if (!(bound > 0)) {
            return Estimate.undefined("the error rates bound no epsilon above 0: " + counts
                    + ", delta " + delta);
        }
        return Estimate.of(bound, bound, Double.POSITIVE_INFINITY, confidence,
                "empirical epsilon lower bound from error rates (Jagielski et al. 2020): "
                        + counts + ", one-sided Clopper-Pearson "
                        + Levels.percent(1 - (1 - confidence) / 2) + " each, jointly "
                        + Levels.percent(confidence) + " (Bonferroni), delta " + delta);
    }

    /**
     * The bound for a threshold test ("member when the score is at least the threshold") on
     * scored trials, typically test trials kept apart from those the threshold was chosen on.
     *
     * @param threshold the threshold, fixed before these trials were seen; may be infinite
     * @param positives the scores of trials with the target (members)
     * @param negatives the scores of trials without the target (non-members)
     * @param delta the delta of the privacy guarantee tested, in [0, 1)
     * @param confidence the joint confidence, in (0, 1)
     * @return the bound as {@link #fromErrors} gives it
     * @throws IllegalArgumentException if the threshold or a score is NaN, or delta or the
     *     confidence is out of range
     */
    public static Estimate atThreshold(double threshold, double[] positives, double[] negatives,
            double delta, double confidence) {
        requireNumber(threshold);
        long falsePositives = atLeast(negatives, threshold);
        long falseNegatives = positives.length - atLeast(positives, threshold);
        return fromErrors(falsePositives, negatives.length, falseNegatives, positives.length,
                delta, confidence);
    }

    /**
     * The threshold that gives the largest bound on a set of (validation) trials. Every
     * distinct score is tried as a threshold; ties of the bound go to the higher threshold.
     *
     * @param positives the scores of trials with the target
     * @param negatives the scores of trials without the target
     * @param delta the delta of the privacy guarantee tested, in [0, 1)
     * @param confidence the joint confidence used to bound the rates, in (0, 1)
     * @return the threshold, or empty when no threshold gives a bound above 0 (or a side has no
     *     trials)
     * @throws IllegalArgumentException if a score is NaN, or delta or the confidence is out of
     *     range
     */
    public static OptionalDouble bestThreshold(double[] positives, double[] negatives,
            double delta, double confidence) {
        checkDelta(delta);
        Levels.check(confidence);
        if (positives.length == 0 || negatives.length == 0) {
            return OptionalDouble.empty();
        }
        double[] pos = sorted(positives);
        double[] neg = sorted(negatives);
        double[] candidates = distinctDescending(pos, neg);
        double best = 0;
        OptionalDouble threshold = OptionalDouble.empty();
        for (double t : candidates) {
            long fp = neg.length - below(neg, t);
            long fn = below(pos, t);
            double alpha = upper(fp, neg.length, confidence);
            double beta = upper(fn, pos.length, confidence);
            double bound = bound(alpha, beta, delta);
            if (bound > best) {
                best = bound;
                threshold = OptionalDouble.of(t);
            }
        }
        return threshold;
    }

    /** The larger of the two logarithms; NaN or negative when neither numerator is positive. */
    static double bound(double alpha, double beta, double delta) {
        double first = 1 - delta - beta > 0 ? Math.log((1 - delta - beta) / alpha)
                : Double.NEGATIVE_INFINITY;
        double second = 1 - delta - alpha > 0 ? Math.log((1 - delta - alpha) / beta)
                : Double.NEGATIVE_INFINITY;
        return Math.max(first, second);
    }

    /**
     * The one-sided Clopper-Pearson upper bound of a rate at level {@code 1 - (1 - c) / 2}: the
     * upper end of the two-sided interval at level {@code c}.
     */
    static double upper(long errors, long trials, double confidence) {
        return ((Estimate.Value) Proportions.clopperPearson(errors, trials, confidence)).upper();
    }

    private static long atLeast(double[] scores, double threshold) {
        long count = 0;
        for (double s : scores) {
            requireNumber(s);
            count += s >= threshold ? 1 : 0;
        }
        return count;
    }

    private static double[] sorted(double[] scores) {
        double[] copy = scores.clone();
        Arrays.sort(copy);
        requireNumber(copy[copy.length - 1]);
        return copy;
    }

    private static double[] distinctDescending(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        double[] distinct = Arrays.stream(all).distinct().sorted().toArray();
        double[] descending = new double[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            descending[i] = distinct[distinct.length - 1 - i];
        }
        return descending;
    }

    /** The number of sorted values strictly below x. */
    private static int below(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void requireNumber(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("a score or threshold is NaN");
        }
    }

    private static void checkDelta(double delta) {
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in [0, 1), was " + delta);
        }
    }

    private static void checkCounts(long fp, long negatives, long fn, long positives) {
        if (fp < 0 || fp > negatives || fn < 0 || fn > positives) {
            throw new IllegalArgumentException("error counts must be in [0, trials]: " + fp + "/"
                    + negatives + " and " + fn + "/" + positives);
        }
    }

    private static String round(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4))
                .stripTrailingZeros().toPlainString();
    }
}
