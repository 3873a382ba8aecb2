package org.synthaudit.metrics.fidelity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.metrics.fidelity.ColumnCells.Sample;
import org.synthaudit.metrics.fidelity.ColumnResult.Extra;
import org.synthaudit.metrics.stats.PercentileBootstrap;
import org.synthaudit.metrics.stats.WilsonScoreInterval;

/**
 * Compares one column of train with the synthetic release and, for the baseline, with the
 * holdout. Each comparison draws its bootstrap replicates from its own seed node,
 * {@code seeds.child(column name).child("synthetic" or "holdout")} for the distance and
 * {@code seeds.child(column name).child(figure suffix).child("synthetic" or "holdout")} for the
 * further figures, so a column's figures do not depend on the other columns or on the order in
 * which columns are computed.
 *
 * @param bootstrap the interval estimator
 * @param seeds the evaluator's seed node
 */
record ColumnComparison(PercentileBootstrap bootstrap, Seeds seeds) {

    /** The reason a numeric figure is undefined when the synthetic column is all missing. */
    static final String SYNTHETIC_ALL_MISSING = "synthetic column all missing";

    private static final String WASSERSTEIN = "wasserstein";
    private static final String RANGE_COVERAGE = "range_coverage";
    private static final String CATEGORY_COVERAGE = "category_coverage";

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
        boolean coded = train.schema().column(column).type().isCoded();
        TwoSampleStatistic statistic = coded
                ? TwoSampleStatistic.TOTAL_VARIATION : TwoSampleStatistic.KOLMOGOROV_SMIRNOV;
        ColumnCells cells = ColumnCells.of(column, train, synthetic, holdout);
        Seeds columnSeeds = seeds.child(name);

        Estimate allMissing = coded ? Estimate.exact(1, "maximal total variation distance: the "
                + "synthetic column is all missing, so no real category is reproduced")
                : Estimate.undefined(SYNTHETIC_ALL_MISSING);
        Estimate distance = synthetic(cells, statistic, statistic.label(), allMissing,
                columnSeeds);
        Estimate baseline = baseline(cells, statistic, statistic.label(), columnSeeds);
        String note = null;
        if (distance instanceof Estimate.Value && cells.synthetic().cells().length == 0) {
            note = "Column '" + name + "': the synthetic column is all missing, so no real "
                    + "category is reproduced; its total variation distance is the maximum, 1.";
        }
        List<Extra> extras = coded ? List.of(categoryCoverage(cells, columnSeeds))
                : numericExtras(cells, columnSeeds);
        return new ColumnResult(name, statistic, distance, baseline,
                missingRate(cells.train(), "train"), missingRate(cells.synthetic(), "synthetic"),
                extras, note);
    }

    private Extra categoryCoverage(ColumnCells cells, Seeds columnSeeds) {
        Seeds node = columnSeeds.child(CATEGORY_COVERAGE);
        String label = "Category coverage";
        Estimate none = Estimate.exact(0, "no real category is reproduced: the synthetic column "
                + "is all missing");
        return new Extra(CATEGORY_COVERAGE, label,
                synthetic(cells, CategoryCoverage.INSTANCE, label, none, node),
                baseline(cells, CategoryCoverage.INSTANCE, label, node), Bounds.UNIT,
                Sense.HIGHER_IS_BETTER);
    }

    private List<Extra> numericExtras(ColumnCells cells, Seeds columnSeeds) {
        Estimate allMissing = Estimate.undefined(SYNTHETIC_ALL_MISSING);
        Estimate wasserstein;
        Estimate wassersteinBaseline;
        Optional<String> unusable = unusable(cells.train(), "train");
        Seeds node = columnSeeds.child(WASSERSTEIN);
        if (unusable.isPresent()) {
            wasserstein = Estimate.undefined(unusable.get());
            wassersteinBaseline = wasserstein;
        } else {
            ScaledWasserstein statistic = ScaledWasserstein.of(cells);
            String label = statistic.byEquality()
                    ? "Wasserstein-1 distance with an equal / not equal ground distance, as the "
                            + "real values have zero range (equals the total variation distance)"
                    : "Wasserstein-1 distance divided by the train range "
                            + statistic.scale();
            wasserstein = synthetic(cells, statistic, label, allMissing, node);
            wassersteinBaseline = baseline(cells, statistic, label, node);
        }
        RangeCoverage coverage = new RangeCoverage(cells.grid());
        Seeds coverageNode = columnSeeds.child(RANGE_COVERAGE);
        String coverageLabel = "Share of the train range covered";
        return List.of(
                new Extra(WASSERSTEIN, "Wasserstein distance (scaled by the real range)",
                        wasserstein, wassersteinBaseline, Bounds.NON_NEGATIVE,
                        Sense.HIGHER_IS_WORSE),
                new Extra(RANGE_COVERAGE, "Range coverage",
                        synthetic(cells, coverage, coverageLabel, allMissing, coverageNode),
                        baseline(cells, coverage, coverageLabel, coverageNode), Bounds.UNIT,
                        Sense.HIGHER_IS_BETTER));
    }

    /** A statistic between train and synthetic, from the seed node's "synthetic" child. */
    private Estimate synthetic(ColumnCells cells, CellStatistic statistic, String label,
            Estimate allMissing, Seeds node) {
        Optional<String> unusable = unusable(cells.train(), "train");
        if (unusable.isPresent()) {
            return Estimate.undefined(unusable.get());
        }
        Sample synthetic = cells.synthetic();
        if (synthetic.rows() == 0) {
            return Estimate.undefined("synthetic table has no rows");
        }
        if (synthetic.cells().length == 0) {
            return allMissing;
        }
        return measured(cells.train(), synthetic, cells.cellCount(), statistic, label,
                node.child("synthetic"), "synthetic");
    }

    /** The same statistic between train and holdout, from the node's "holdout" child. */
    private Estimate baseline(ColumnCells cells, CellStatistic statistic, String label,
            Seeds node) {
        Optional<String> unusable = unusable(cells.train(), "train")
                .or(() -> unusable(cells.holdout(), "holdout"));
        if (unusable.isPresent()) {
            return Estimate.undefined(unusable.get());
        }
        return measured(cells.train(), cells.holdout(), cells.cellCount(), statistic, label,
                node.child("holdout"), "holdout");
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

    /** The statistic with its bootstrap interval, resampling both samples independently. */
    private Estimate measured(Sample first, Sample second, int cellCount,
            CellStatistic statistic, String label, Seeds node, String secondName) {
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
        String method = label + " between the "
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
        return WilsonScoreInterval.of(sample.missing(), sample.rows());
    }
}
