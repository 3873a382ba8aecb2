package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.List;
import org.synthaudit.core.random.Seeds;

/**
 * The seeded draws every marginal is scored on, made once so that all marginals see the same
 * resamples and subsamples (their means then get intervals that reflect how the marginals move
 * together).
 *
 * <p>Real subsamples are drawn without replacement from the pool of non-member records
 * (holdout and reference), as large as the synthetic table but at most half the pool: equal to
 * the whole pool, every subsample would be the same records. Each is paired with a synthetic
 * subsample of its size, or with the whole synthetic table when the sizes agree.
 *
 * @param trainResamples per bootstrap replicate, the resampled train rows
 * @param syntheticResamples per bootstrap replicate, the resampled synthetic rows
 * @param realRows per real subsample, the drawn rows of the pool of non-member records
 * @param syntheticRows per real subsample, the synthetic rows it is paired with
 * @param fractions the shares of the training data whose subsamples set the scale of
 *     {@link SubsampleEquivalence}, ascending, each giving at least one row and fewer than all
 * @param trainRows per share and replicate ({@code share * perShare + replicate}), the drawn
 *     train rows
 * @param perShare the number of subsamples per share
 */
record MarginalPlan(Resample[] trainResamples, Resample[] syntheticResamples,
        Resample[] realRows, Resample[] syntheticRows, double[] fractions, Resample[] trainRows,
        int perShare) {

    /** The shares of the training data tried, before dropping those too small or too large. */
    static final double[] SHARES = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 0.7};

    /**
     * Makes the draws.
     *
     * @param sizes the row counts of train, synthetic and the non-member pool
     * @param replicates the number of bootstrap replicates
     * @param subsamples the number of real subsamples
     * @param perShare the number of train subsamples per share
     * @param seeds the evaluator's seed node
     * @return the plan
     */
    static MarginalPlan draw(int[] sizes, int replicates, int subsamples, int perShare,
            Seeds seeds) {
        int train = sizes[0];
        int synthetic = sizes[1];
        int pool = sizes[2];
        Resample[] trainResamples = new Resample[replicates];
        Resample[] syntheticResamples = new Resample[replicates];
        for (int r = 0; r < replicates; r++) {
            trainResamples[r] = Resample.bootstrap(train, seeds.child("train").child(r));
            syntheticResamples[r] = Resample.bootstrap(synthetic,
                    seeds.child("synthetic").child(r));
        }

        int size = Math.min(synthetic, pool / 2);
        int count = size == 0 ? 0 : subsamples;
        Resample[] realRows = new Resample[count];
        Resample[] syntheticRows = new Resample[count];
        Resample wholeSynthetic = Resample.all(synthetic);
        for (int p = 0; p < count; p++) {
            realRows[p] = Resample.of(Subsamples.draw(pool, size,
                    seeds.child("real-subsample").child(p)));
            syntheticRows[p] = size == synthetic ? wholeSynthetic : Resample.of(
                    Subsamples.draw(synthetic, size, seeds.child("synthetic-subsample").child(p)));
        }

        List<Double> fractions = new ArrayList<>();
        List<Resample> trainRows = new ArrayList<>();
        for (int f = 0; f < SHARES.length; f++) {
            int rows = (int) Math.round(SHARES[f] * train);
            if (rows >= 1 && rows < train) {
                fractions.add(SHARES[f]);
                for (int e = 0; e < perShare; e++) {
                    trainRows.add(Resample.of(Subsamples.draw(train, rows,
                            seeds.child("share").child(f).child(e))));
                }
            }
        }
        return new MarginalPlan(trainResamples, syntheticResamples, realRows, syntheticRows,
                fractions.stream().mapToDouble(Double::doubleValue).toArray(),
                trainRows.toArray(Resample[]::new), perShare);
    }

    /**
     * The size of each real subsample.
     *
     * @return the rows per subsample, 0 when there are no subsamples (fewer than 2 non-member
     *     records)
     */
    int subsampleSize() {
        return realRows.length == 0 ? 0 : realRows[0].rows().length;
    }
}
