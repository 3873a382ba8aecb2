package org.synthaudit.core.stats;

import java.util.Arrays;

/**
 * The membership advantage of a threshold attack: its true-positive rate minus its
 * false-positive rate, {@code TPR - FPR} (Yeom, Giacomelli, Fredrikson and Jha 2018, "Privacy
 * risk in machine learning: analyzing the connection to overfitting", IEEE CSF). 0 is guessing,
 * 1 a perfect attack.
 *
 * <p>The best threshold is the one that maximises the advantage. Measured on the trials it was
 * chosen on, that maximum is biased upwards (a random score still finds some threshold with a
 * positive advantage), so the threshold is chosen with {@link #bestThreshold} on validation
 * trials and the advantage is measured with {@link #at} on separate test trials, with
 * Newcombe's interval for a difference of rates ({@link ProportionDifference}).
 */
public final class MembershipAdvantage {
    private MembershipAdvantage() {
    }

    /**
     * The threshold with the largest advantage on (validation) trials, where the attack guesses
     * "member" when the score is at least the threshold. Every distinct score is tried, and
     * {@code +infinity} (guess "member" for no one, advantage 0); ties go to the higher
     * threshold.
     *
     * @param positives the scores of members
     * @param negatives the scores of non-members
     * @return the threshold, {@code +infinity} when no threshold has a positive advantage
     * @throws IllegalArgumentException if a score is NaN
     */
    public static double bestThreshold(double[] positives, double[] negatives) {
        double[] pos = sorted(positives);
        double[] neg = sorted(negatives);
        double best = 0;
        double threshold = Double.POSITIVE_INFINITY;
        if (pos.length == 0 || neg.length == 0) {
            return threshold;
        }
        int i = pos.length - 1;
        int j = neg.length - 1;
        while (i >= 0 || j >= 0) {
            double t = Math.max(i >= 0 ? pos[i] : Double.NEGATIVE_INFINITY,
                    j >= 0 ? neg[j] : Double.NEGATIVE_INFINITY);
            while (i >= 0 && pos[i] == t) {
                i--;
            }
            while (j >= 0 && neg[j] == t) {
                j--;
            }
            double tpr = (double) (pos.length - 1 - i) / pos.length;
            double fpr = (double) (neg.length - 1 - j) / neg.length;
            if (tpr - fpr > best) {
                best = tpr - fpr;
                threshold = t;
            }
        }
        return threshold;
    }

    /**
     * The advantage of a fixed threshold on (test) trials.
     *
     * @param threshold the threshold, chosen without these trials; may be infinite
     * @param positives the scores of members
     * @param negatives the scores of non-members
     * @param level the two-sided confidence level, in (0, 1)
     * @return {@code TPR - FPR} in [-1, 1] with Newcombe's interval, or undefined when a side
     *     has no trials
     * @throws IllegalArgumentException if the threshold or a score is NaN, or the level is
     *     outside (0, 1)
     */
    public static Estimate at(double threshold, double[] positives, double[] negatives,
            double level) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        long truePositives = Arrays.stream(sorted(positives)).filter(s -> s >= threshold).count();
        long falsePositives = Arrays.stream(sorted(negatives)).filter(s -> s >= threshold)
                .count();
        return ProportionDifference.unpaired(truePositives, positives.length, falsePositives,
                negatives.length, level);
    }

    private static double[] sorted(double[] scores) {
        double[] copy = scores.clone();
        Arrays.sort(copy);
        if (copy.length > 0 && Double.isNaN(copy[copy.length - 1])) {
            throw new IllegalArgumentException("a score is NaN");
        }
        return copy;
    }
}
