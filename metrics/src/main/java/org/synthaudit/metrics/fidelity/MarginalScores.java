package org.synthaudit.metrics.fidelity;

import java.util.List;

/**
 * The total variation distances of one marginal, or their means over several marginals.
 *
 * @param count the number of marginals
 * @param point train against the synthetic release
 * @param replicates train against the synthetic release in each bootstrap replicate
 * @param real train against each real subsample
 * @param synthetic train against the synthetic sample paired with each real subsample
 * @param shares train against each of its own subsamples, as {@link MarginalPlan#trainRows()}
 */
record MarginalScores(int count, double point, double[] replicates, double[] real,
        double[] synthetic, double[] shares) {

    /** The positions of the tables a {@link MarginalCounter} of this evaluator counts. */
    static final int TRAIN = 0;
    /** The synthetic release. */
    static final int SYNTHETIC = 1;
    /** The non-member pool: holdout and reference rows. */
    static final int POOL = 2;

    /**
     * Scores one marginal.
     *
     * @param counter the marginal's counter over train, synthetic and pool, train the reference
     * @param plan the draws
     * @return its distances
     */
    static MarginalScores of(MarginalCounter counter, MarginalPlan plan) {
        double point = counter.toReference(SYNTHETIC, Resample.all(counter.rows(SYNTHETIC)));
        double[] replicates = new double[plan.trainResamples().length];
        for (int r = 0; r < replicates.length; r++) {
            replicates[r] = counter.between(TRAIN, plan.trainResamples()[r], SYNTHETIC,
                    plan.syntheticResamples()[r]);
        }
        double[] real = new double[plan.realRows().length];
        double[] synthetic = new double[real.length];
        for (int p = 0; p < real.length; p++) {
            real[p] = counter.toReference(POOL, plan.realRows()[p]);
            Resample paired = plan.syntheticRows()[p];
            synthetic[p] = paired.size() == counter.rows(SYNTHETIC) ? point
                    : counter.toReference(SYNTHETIC, paired);
        }
        double[] shares = new double[plan.trainRows().length];
        for (int s = 0; s < shares.length; s++) {
            shares[s] = counter.toReference(TRAIN, plan.trainRows()[s]);
        }
        return new MarginalScores(1, point, replicates, real, synthetic, shares);
    }

    /**
     * The means over marginals.
     *
     * @param scores the marginals' scores, at least one, all from one plan
     * @return the mean of every distance, with the count of marginals
     */
    static MarginalScores mean(List<MarginalScores> scores) {
        MarginalScores first = scores.getFirst();
        double point = 0;
        double[] replicates = new double[first.replicates().length];
        double[] real = new double[first.real().length];
        double[] synthetic = new double[first.synthetic().length];
        double[] shares = new double[first.shares().length];
        for (MarginalScores s : scores) {
            point += s.point();
            add(replicates, s.replicates());
            add(real, s.real());
            add(synthetic, s.synthetic());
            add(shares, s.shares());
        }
        int k = scores.size();
        for (double[] values : List.of(replicates, real, synthetic, shares)) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= k;
            }
        }
        return new MarginalScores(k, point / k, replicates, real, synthetic, shares);
    }

    private static void add(double[] sum, double[] values) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += values[i];
        }
    }

    /**
     * How many real subsamples score no better than the synthetic sample they are paired with:
     * a real distance at least the synthetic one.
     *
     * @return the count, in {@code [0, real.length]}
     */
    int realNoCloser() {
        int count = 0;
        for (int p = 0; p < real.length; p++) {
            count += real[p] >= synthetic[p] ? 1 : 0;
        }
        return count;
    }
}
