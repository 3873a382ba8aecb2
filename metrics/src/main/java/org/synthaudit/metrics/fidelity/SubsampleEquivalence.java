package org.synthaudit.metrics.fidelity;

import java.util.Arrays;
import java.util.Locale;
import org.synthaudit.core.stats.Estimate;

/**
 * The share of the training data whose random subsample matches a given mean total variation
 * distance: NIST's reading of the k-marginal score in the SDNist reports ("the deidentified
 * data scores like a random x % subsample of the target data"). Subsamples of train, drawn
 * without replacement at shares {@code f_1 < ... < f_s} ({@link MarginalPlan#SHARES}) and
 * compared with all of train, give a decreasing curve of distance against share, which ends at
 * share 1 with distance 0. A distance d is matched to the share where the curve of the
 * subsamples' median distance crosses d, interpolating linearly in the logarithm of the share
 * between the two tried shares around it.
 *
 * <p>The interval repeats the interpolation on the curves of the lowest and highest distance of
 * the subsamples at each share; with r subsamples per share, the two cover each share's median
 * distance with probability {@code 1 - 2^(1 - r)} (order statistics), the interval's stated
 * level. A distance above every median of the smallest share is undefined: the data scores
 * worse than the smallest subsample tried.
 *
 * @param fractions the tried shares, ascending
 * @param median the median distance at each share
 * @param lowest the lowest distance at each share
 * @param highest the highest distance at each share
 * @param smallest the number of rows of the smallest subsample, for messages
 */
record SubsampleEquivalence(double[] fractions, double[] median, double[] lowest,
        double[] highest, int smallest) {

    /**
     * Reads the curve from the subsample distances.
     *
     * @param plan the draws, with the shares and subsamples per share
     * @param shares the mean distance of each train subsample, as
     *     {@link MarginalScores#shares()}
     * @param trainRows the number of training rows
     * @return the curve
     */
    static SubsampleEquivalence of(MarginalPlan plan, double[] shares, int trainRows) {
        int s = plan.fractions().length;
        int r = plan.perShare();
        double[] median = new double[s];
        double[] lowest = new double[s];
        double[] highest = new double[s];
        for (int f = 0; f < s; f++) {
            double[] values = Arrays.copyOfRange(shares, f * r, (f + 1) * r);
            Arrays.sort(values);
            median[f] = (values[(r - 1) / 2] + values[r / 2]) / 2;
            lowest[f] = values[0];
            highest[f] = values[r - 1];
        }
        int smallest = s == 0 ? 0 : (int) Math.round(plan.fractions()[0] * trainRows);
        return new SubsampleEquivalence(plan.fractions(), median, lowest, highest, smallest);
    }

    /**
     * The share of train whose subsamples score like a distance.
     *
     * @param distance a mean total variation distance, in [0, 1]
     * @param replicates the subsamples per share, for the level
     * @return the share in (0, 1] with its interval, or undefined when the distance is worse than
     *     the smallest share's median or no share could be tried
     */
    Estimate share(double distance, int replicates) {
        if (fractions.length == 0) {
            return Estimate.undefined("the training data is too small to draw subsamples of "
                    + "the shares tried");
        }
        double value = cross(median, distance);
        if (Double.isNaN(value)) {
            return Estimate.undefined(String.format(Locale.ROOT, "scores worse than a random "
                    + "subsample of %s%% of the training records (%d records), the smallest "
                    + "share tried", percent(fractions[0]), smallest));
        }
        double lower = cross(lowest, distance);
        double upper = cross(highest, distance);
        double level = 1 - Math.pow(2, 1 - replicates);
        String method = "share of the training records whose random subsample, compared with "
                + "all training records, has the same mean total variation distance (median of "
                + replicates + " subsamples per share, shares " + shareList()
                + ", interpolated in the logarithm of the share); interval from the lowest and "
                + "highest subsample distances at each share";
        return Estimate.of(value, Double.isNaN(lower) ? 0 : Math.min(lower, value),
                Math.max(upper, value), level, method);
    }

    /** Where a decreasing curve, extended by distance 0 at share 1, falls to the distance. */
    private double cross(double[] curve, double distance) {
        if (distance > curve[0]) {
            return Double.NaN;
        }
        for (int i = 0; i <= curve.length; i++) {
            double at = i < curve.length ? curve[i] : 0;
            double share = i < curve.length ? fractions[i] : 1;
            if (at <= distance) {
                if (i == 0 || at == distance) {
                    return share;
                }
                double before = curve[i - 1];
                double t = (before - distance) / (before - at);
                double logShare = Math.log(fractions[i - 1])
                        + t * (Math.log(share) - Math.log(fractions[i - 1]));
                return Math.min(1, Math.exp(logShare));
            }
        }
        return 1;
    }

    private String shareList() {
        return String.join(", ", Arrays.stream(fractions).mapToObj(SubsampleEquivalence::percent)
                .map(p -> p + "%").toList());
    }

    private static String percent(double fraction) {
        return new java.math.BigDecimal(fraction * 100).round(new java.math.MathContext(3))
                .stripTrailingZeros().toPlainString();
    }
}
