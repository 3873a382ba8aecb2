package org.synthaudit.metrics.fidelity;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;
import org.synthaudit.metrics.fidelity.ColumnCells.Sample;
import org.synthaudit.metrics.stats.PercentileBootstrap;

/**
 * Compares one column of train with the synthetic release and, for the baseline, with the
 * holdout. Each comparison draws its bootstrap replicates from its own seed node,
 * {@code seeds.child(column name).child("synthetic" or "holdout")}, so a column's figures do
 * not depend on the other columns or on the order in which columns are computed.
 *
 * @param bootstrap the interval estimator
 * @param seeds the evaluator's seed node
 */
record ColumnComparison(PercentileBootstrap bootstrap, Seeds seeds) {

    /** The reason a numeric figure is undefined when the synthetic column is all missing. */
    static final String SYNTHETIC_ALL_MISSING = "synthetic column all missing";

    /**
     * Compares one column.
     *
     * @param column the column position, not an identifier
     * @param train the training table
     * @param synthetic the synthetic release
     * @param holdout the holdout table
     * @return the column's figures
     */
    ColumnResult compare(int column, Dataset train, Dataset synthetic, Dataset holdout) {
        String name = train.schema().column(column).name();
        TwoSampleStatistic statistic = train.schema().column(column).type().isCoded()
                ? TwoSampleStatistic.TOTAL_VARIATION : TwoSampleStatistic.KOLMOGOROV_SMIRNOV;
        ColumnCells cells = ColumnCells.of(column, train, synthetic, holdout);
        Seeds columnSeeds = seeds.child(name);

        Estimate distance = distance(cells, statistic, columnSeeds.child("synthetic"));
        Estimate baseline = baseline(cells, statistic, columnSeeds.child("holdout"));
        String note = null;
        if (distance instanceof Estimate.Value && cells.synthetic().cells().length == 0) {
            note = "Column '" + name + "': the synthetic column is all missing, so no real "
                    + "category is reproduced; its total variation distance is the maximum, 1.";
        }
        return new ColumnResult(name, statistic, distance, baseline,
                missingRate(cells.train(), "train"), missingRate(cells.synthetic(), "synthetic"),
                note);
    }

    private Estimate distance(ColumnCells cells, TwoSampleStatistic statistic, Seeds node) {
        Optional<String> unusable = unusable(cells.train(), "train");
        if (unusable.isPresent()) {
            return Estimate.undefined(unusable.get());
        }
        Sample synthetic = cells.synthetic();
        if (synthetic.rows() == 0) {
            return Estimate.undefined("synthetic table has no rows");
        }
        if (synthetic.cells().length == 0) {
            return statistic == TwoSampleStatistic.TOTAL_VARIATION
                    ? Estimate.exact(1, "maximal total variation distance: the synthetic column "
                            + "is all missing, so no real category is reproduced")
                    : Estimate.undefined(SYNTHETIC_ALL_MISSING);
        }
        return measured(cells.train(), synthetic, cells.cellCount(), statistic, node,
                "synthetic");
    }

    private Estimate baseline(ColumnCells cells, TwoSampleStatistic statistic, Seeds node) {
        Optional<String> unusable = unusable(cells.train(), "train")
                .or(() -> unusable(cells.holdout(), "holdout"));
        if (unusable.isPresent()) {
            return Estimate.undefined(unusable.get());
        }
        return measured(cells.train(), cells.holdout(), cells.cellCount(), statistic, node,
                "holdout");
    }

    private static Optional<String> unusable(Sample sample, String table) {
        if (sample.rows() == 0) {
            return Optional.of(table + " table has no rows");
        }
        if (sample.cells().length == 0) {
            return Optional.of(table + " column all missing");
        }
        return Optional.empty();
    }

    /** The distance with its bootstrap interval, resampling both samples independently. */
    private Estimate measured(Sample first, Sample second, int cellCount,
            TwoSampleStatistic statistic, Seeds node, String secondName) {
        int n = first.cells().length;
        int m = second.cells().length;
        double point = statistic.between(TwoSampleStatistic.counts(first.cells(), cellCount), n,
                TwoSampleStatistic.counts(second.cells(), cellCount), m);

        int[] resampledFirst = new int[cellCount];
        int[] resampledSecond = new int[cellCount];
        double[] replicates = bootstrap.replicate(node, random -> {
            resample(first.cells(), resampledFirst, random);
            resample(second.cells(), resampledSecond, random);
            return statistic.between(resampledFirst, n, resampledSecond, m);
        });
        String method = statistic.label() + " between the "
                + n + " non-missing train values and the " + m + " non-missing " + secondName
                + " values; the bootstrap resamples both with replacement";
        return bootstrap.interval(point, replicates, method);
    }

    /** Draws as many cells as the sample has, with replacement, and counts them. */
    private static void resample(int[] cells, int[] counts, SplittableRandom random) {
        Arrays.fill(counts, 0);
        for (int i = 0; i < cells.length; i++) {
            counts[cells[random.nextInt(cells.length)]]++;
        }
    }

    private static Estimate missingRate(Sample sample, String table) {
        if (sample.rows() == 0) {
            return Estimate.undefined(table + " table has no rows");
        }
        return Proportions.wilson(sample.missing(), sample.rows(), ColumnFidelity.LEVEL);
    }
}
