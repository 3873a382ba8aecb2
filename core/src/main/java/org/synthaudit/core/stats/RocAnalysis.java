package org.synthaudit.core.stats;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Receiver operating characteristic (ROC) analysis of an attack's scores, where a higher score
 * means "more likely a member" (a positive).
 *
 * <ul>
 *   <li>The area under the curve (AUC) is the Mann-Whitney statistic: the share of
 *       (member, non-member) pairs the scores order correctly, a tie counting one half
 *       (equivalently, the mid-rank form of Hanley and McNeil 1982).
 *   <li>Its interval uses the variance of DeLong, DeLong and Clarke-Pearson (1988), "Comparing
 *       the areas under two or more correlated receiver operating characteristic curves: a
 *       nonparametric approach", Biometrics 44:837-845, with a normal approximation. When the
 *       normal interval reaches past 0 or 1 it is cut at that bound and the method says so.
 *       When the DeLong variance is 0 (complete separation, or every score tied) a normal
 *       interval would have no width at all, however few records were scored; the interval is
 *       then the Wilson score interval of the AUC read as a proportion over the smaller class,
 *       a conservative stand-in that the method names.
 *   <li>The true-positive rate at a fixed false-positive rate follows Carlini et al. (2022),
 *       "Membership inference attacks from first principles", IEEE S&amp;P. Where the target
 *       false-positive rate falls inside a group of tied scores, the attacker flags that group
 *       with the probability that meets the target exactly (a randomised threshold), which is
 *       linear interpolation between the two ROC points around it; without it, ties would
 *       force the rate down to the previous point and a release with many exact copies would
 *       read as no risk. The rate carries a Wilson interval over the members.
 * </ul>
 */
public final class RocAnalysis {
    /**
     * The lowest false-positive rate the curve is read at: the left end of the logarithmic axis
     * on which membership inference curves are compared (Carlini et al. 2022).
     */
    public static final double LOG_FPR_FLOOR = 1e-3;

    private final double[] positives;
    private final double[] negatives;

    private RocAnalysis(double[] positives, double[] negatives) {
        this.positives = positives;
        this.negatives = negatives;
    }

    /**
     * Prepares the analysis of two samples of scores.
     *
     * @param positives the scores of the members (the class the attack tries to detect)
     * @param negatives the scores of the non-members
     * @return the analysis; the arrays are copied
     * @throws IllegalArgumentException if a score is NaN
     */
    public static RocAnalysis of(double[] positives, double[] negatives) {
        return new RocAnalysis(sortedCopy(positives, "member"), sortedCopy(negatives,
                "non-member"));
    }

    private static double[] sortedCopy(double[] scores, String what) {
        double[] copy = scores.clone();
        Arrays.sort(copy);
        if (copy.length > 0 && Double.isNaN(copy[copy.length - 1])) {
            throw new IllegalArgumentException("a " + what + " score is NaN");
        }
        return copy;
    }

    /**
     * The number of members scored.
     *
     * @return the count of positives
     */
    public int positiveCount() {
        return positives.length;
    }

    /**
     * The number of non-members scored.
     *
     * @return the count of negatives
     */
    public int negativeCount() {
        return negatives.length;
    }

    /**
     * The ROC AUC with its DeLong interval.
     *
     * @param level the two-sided confidence level, in (0, 1)
     * @return the AUC in [0, 1] with an interval inside [0, 1], or undefined when a class has
     *     fewer than 2 scores (none: no AUC; one: no DeLong variance)
     * @throws IllegalArgumentException if the level is outside (0, 1)
     */
    public Estimate auc(double level) {
        double z = Levels.z(level);
        if (positives.length == 0 || negatives.length == 0) {
            return Estimate.undefined("ROC AUC needs members and non-members; have "
                    + positives.length + " members and " + negatives.length + " non-members");
        }
        if (positives.length < 2 || negatives.length < 2) {
            return Estimate.undefined("the DeLong interval needs at least 2 members and 2 "
                    + "non-members; have " + positives.length + " and " + negatives.length);
        }
        double[] aucAndVariance = aucAndVariance();
        double auc = aucAndVariance[0];
        double half = z * Math.sqrt(aucAndVariance[1]);
        double lower = auc - half;
        double upper = auc + half;
        String method = "Mann-Whitney AUC with DeLong " + Levels.percent(level)
                + " normal interval (" + positives.length + " members, " + negatives.length
                + " non-members)";
        if (aucAndVariance[1] == 0) {
            int smaller = Math.min(positives.length, negatives.length);
            double[] bounds = wilson(auc, smaller, z);
            return Estimate.of(auc, Math.min(auc, bounds[0]), Math.max(auc, bounds[1]), level,
                    "Mann-Whitney AUC (" + positives.length + " members, " + negatives.length
                    + " non-members); the DeLong variance is 0 (complete separation or all scores"
                    + " tied), so the " + Levels.percent(level) + " interval is the Wilson score"
                    + " interval of the AUC as a proportion over " + smaller + " records");
        } else if (lower < 0 || upper > 1) {
            method += "; interval cut at " + (lower < 0 ? "0" : "1")
                    + " where the normal approximation crossed it";
        }
        return Estimate.of(auc, Math.max(0, lower), Math.min(1, upper), level, method);
    }

    /** Wilson score bounds for a proportion {@code p} over {@code n} trials at normal quantile z. */
    private static double[] wilson(double p, int n, double z) {
        double z2 = z * z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * The AUC and DeLong's variance of it, from the structural components
     * {@code V10(x_i)} (the share of non-members below member i, ties one half) and
     * {@code V01(y_j)} (the share of members above non-member j):
     * {@code var = S10 / m + S01 / n}, with {@code S10}, {@code S01} their sample variances.
     *
     * @return {AUC, variance}; needs at least 2 scores in each class
     */
    double[] aucAndVariance() {
        int m = positives.length;
        int n = negatives.length;
        double[] v10 = new double[m];
        double[] v01 = new double[n];
        long twiceCorrect = 0;
        for (int i = 0; i < m; i++) {
            int below = below(negatives, positives[i]);
            long twice = below + (long) atOrBelow(negatives, positives[i]);
            twiceCorrect += twice;
            v10[i] = twice / (2.0 * n);
        }
        for (int j = 0; j < n; j++) {
            int above = m - atOrBelow(positives, negatives[j]);
            long twice = above + (long) (m - below(positives, negatives[j]));
            v01[j] = twice / (2.0 * m);
        }
        double auc = twiceCorrect / (2.0 * m * n);
        double s10 = squaredDeviations(v10, auc) / (m - 1);
        double s01 = squaredDeviations(v01, auc) / (n - 1);
        return new double[] {auc, s10 / m + s01 / n};
    }

    private static double squaredDeviations(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum;
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

    /** The number of sorted values at or below x. */
    private static int atOrBelow(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The points of the ROC curve, from (0, 0) to (1, 1), one per distinct score; a group of
     * tied scores is one segment, so every corner of the curve is a point. When there are more
     * than {@code maxPoints}, the curve is simplified by repeated elimination of the point that
     * matters least (Visvalingam and Whyatt 1993, "Line generalisation by repeated elimination
     * of points", The Cartographic Journal 30(1):46-51): the point whose triangle with its two
     * remaining neighbours has the smallest area, where a point's weight is the larger of that
     * area on linear axes and on the axes the curve is read on, a logarithmic false-positive
     * rate from {@value #LOG_FPR_FLOOR} to 1 (both scaled to the unit square). Points inside a
     * vertical or horizontal run go first (their triangles have no area on either pair of
     * axes), and all of them once thinning starts, so a thinned curve may have fewer points
     * than asked.
     * Removing a point changes the area under the curve by exactly its triangle on linear
     * axes, so the corners of large tied groups (exact copies) are kept and the trapezoid area
     * of the thinned curve stays close to the AUC.
     *
     * @param maxPoints the most points to return, {@code >= 2}
     * @return the false- and true-positive rates, or an empty curve when a class is empty
     * @throws IllegalArgumentException if {@code maxPoints < 2}
     */
    public Curve curve(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a curve needs at least 2 points, asked for "
                    + maxPoints);
        }
        if (positives.length == 0 || negatives.length == 0) {
            return new Curve(new double[0], new double[0]);
        }
        Steps steps = steps();
        boolean[] kept = simplified(steps, maxPoints);
        int keep = 0;
        for (boolean k : kept) {
            keep += k ? 1 : 0;
        }
        double[] fpr = new double[keep];
        double[] tpr = new double[keep];
        int next = 0;
        for (int at = 0; at < steps.size; at++) {
            if (kept[at]) {
                fpr[next] = (double) steps.falsePositives[at] / negatives.length;
                tpr[next] = (double) steps.truePositives[at] / positives.length;
                next++;
            }
        }
        return new Curve(fpr, tpr);
    }

    /**
     * Which of the steps the Visvalingam-Whyatt elimination keeps: the first and last always,
     * every step when there are no more than {@code maxPoints}, else at most {@code maxPoints}
     * and none inside a vertical or horizontal run of kept points.
     *
     * @return one flag per step
     */
    private boolean[] simplified(Steps steps, int maxPoints) {
        int count = steps.size;
        boolean[] kept = new boolean[count];
        Arrays.fill(kept, true);
        if (count <= maxPoints) {
            return kept;
        }
        int[] previous = new int[count];
        int[] following = new int[count];
        double[] weight = new double[count];
        for (int at = 0; at < count; at++) {
            previous[at] = at - 1;
            following[at] = at + 1;
        }
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0]
                ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        for (int at = 1; at < count - 1; at++) {
            weight[at] = weight(steps, at - 1, at, at + 1);
            queue.add(new double[] {weight[at], at});
        }
        int left = count;
        while (!queue.isEmpty() && (left > maxPoints || queue.peek()[0] == 0)) {
            double[] head = queue.poll();
            int at = (int) head[1];
            if (!kept[at] || head[0] != weight[at]) {
                continue; // removed already, or queued before a neighbour went
            }
            kept[at] = false;
            left--;
            int before = previous[at];
            int after = following[at];
            following[before] = after;
            previous[after] = before;
            for (int neighbour : new int[] {before, after}) {
                if (neighbour > 0 && neighbour < count - 1) {
                    weight[neighbour] = weight(steps, previous[neighbour], neighbour,
                            following[neighbour]);
                    queue.add(new double[] {weight[neighbour], neighbour});
                }
            }
        }
        return kept;
    }

    /**
     * The weight of point {@code b} between {@code a} and {@code c}: the larger of the areas
     * of their triangle on linear axes (counted exactly, so collinear points weigh 0) and on a
     * logarithmic false-positive-rate axis (where a vertical or horizontal run weighs 0 too),
     * both in the unit square.
     */
    private double weight(Steps steps, int a, int b, int c) {
        long[] x = steps.falsePositives;
        long[] y = steps.truePositives;
        long cross = (x[b] - x[a]) * (y[c] - y[a]) - (x[c] - x[a]) * (y[b] - y[a]);
        double linear = Math.abs((double) cross) / (2.0 * negatives.length * positives.length);
        double xa = logFpr(x[a]);
        double xb = logFpr(x[b]);
        double xc = logFpr(x[c]);
        double ya = (double) y[a] / positives.length;
        double yb = (double) y[b] / positives.length;
        double yc = (double) y[c] / positives.length;
        double logarithmic = Math.abs((xb - xa) * (yc - ya) - (xc - xa) * (yb - ya)) / 2;
        return Math.max(linear, logarithmic);
    }

    /** A false-positive count on the logarithmic axis, 0 at the floor rate and below, 1 at 1. */
    private double logFpr(long falsePositives) {
        double rate = Math.max(LOG_FPR_FLOOR, (double) falsePositives / negatives.length);
        return Math.log10(rate) / -Math.log10(LOG_FPR_FLOOR) + 1;
    }

    /**
     * The true-positive rate at a target false-positive rate: the share of members an attacker
     * flags when it flags exactly the target share of non-members, flagging the group of tied
     * scores that straddles the target with the probability that meets it (linear
     * interpolation between the two ROC points around the target).
     *
     * @param targetFpr the false-positive rate allowed, in (0, 1), e.g. 0.01
     * @param level the two-sided confidence level of the Wilson interval, in (0, 1)
     * @return the true-positive rate with its interval over the members, or undefined when there
     *     are fewer than {@code 1 / targetFpr} non-members (the rate cannot be resolved) or no
     *     members
     * @throws IllegalArgumentException if the target or the level is outside (0, 1)
     */
    public Estimate tprAtFpr(double targetFpr, double level) {
        if (!(targetFpr > 0 && targetFpr < 1)) {
            throw new IllegalArgumentException("target false-positive rate must be in (0, 1), was "
                    + targetFpr);
        }
        Levels.check(level);
        long needed = (long) Math.ceil(1 / targetFpr - 1e-9);
        if (negatives.length < needed) {
            return Estimate.undefined("too few non-members to resolve FPR "
                    + Levels.percent(targetFpr) + " (need >= " + needed + ", have "
                    + negatives.length + ")");
        }
        if (positives.length == 0) {
            return Estimate.undefined("no members were scored");
        }
        double allowed = targetFpr * negatives.length;
        Steps steps = steps();
        int at = 0;
        while (at + 1 < steps.size && steps.falsePositives[at + 1] <= allowed) {
            at++;
        }
        double flagged = steps.truePositives[at];
        String how = "threshold at a score";
        if (at + 1 < steps.size && steps.falsePositives[at] < allowed) {
            double share = (allowed - steps.falsePositives[at])
                    / (steps.falsePositives[at + 1] - steps.falsePositives[at]);
            flagged += share * (steps.truePositives[at + 1] - steps.truePositives[at]);
            how = "randomised threshold inside a group of tied scores (linear interpolation "
                    + "between ROC points)";
        }
        double rate = flagged / positives.length;
        double[] bounds = wilson(rate, positives.length, Levels.z(level));
        return Estimate.of(rate, Math.min(rate, bounds[0]), Math.max(rate, bounds[1]), level,
                "share of " + positives.length + " members flagged at FPR "
                + Levels.percent(targetFpr) + " of " + negatives.length + " non-members; " + how
                + "; Wilson " + Levels.percent(level) + " interval over the members; threshold "
                + "chosen on these scores");
    }

    /** The cumulative counts above each distinct score, highest score first, from (0, 0). */
    private Steps steps() {
        int size = 1;
        long[] fp = new long[positives.length + negatives.length + 1];
        long[] tp = new long[fp.length];
        int i = positives.length - 1;
        int j = negatives.length - 1;
        while (i >= 0 || j >= 0) {
            double score = Math.max(i >= 0 ? positives[i] : Double.NEGATIVE_INFINITY,
                    j >= 0 ? negatives[j] : Double.NEGATIVE_INFINITY);
            long truePositives = tp[size - 1];
            long falsePositives = fp[size - 1];
            while (i >= 0 && positives[i] == score) {
                truePositives++;
                i--;
            }
            while (j >= 0 && negatives[j] == score) {
                falsePositives++;
                j--;
            }
            tp[size] = truePositives;
            fp[size] = falsePositives;
            size++;
        }
        return new Steps(size, fp, tp);
    }

    /** Cumulative counts; entry 0 is the point (0, 0). */
    private record Steps(int size, long[] falsePositives, long[] truePositives) {
    }

    /**
     * Points of an ROC curve, in order of increasing threshold leniency.
     *
     * @param falsePositiveRates the share of non-members flagged, from 0 to 1
     * @param truePositiveRates the share of members flagged, from 0 to 1
     */
    public record Curve(double[] falsePositiveRates, double[] truePositiveRates) {
        /** Copies the arrays. */
        public Curve {
            falsePositiveRates = falsePositiveRates.clone();
            truePositiveRates = truePositiveRates.clone();
        }

        /**
         * The false-positive rates.
         *
         * @return a copy, one rate per point
         */
        @Override
        public double[] falsePositiveRates() {
            return falsePositiveRates.clone();
        }

        /**
         * The true-positive rates.
         *
         * @return a copy, one rate per point
         */
        @Override
        public double[] truePositiveRates() {
            return truePositiveRates.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Curve c
                    && Arrays.equals(c.falsePositiveRates, falsePositiveRates)
                    && Arrays.equals(c.truePositiveRates, truePositiveRates);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(falsePositiveRates) + Arrays.hashCode(truePositiveRates);
        }

        @Override
        public String toString() {
            return "Curve[" + falsePositiveRates.length + " points]";
        }
    }
}
