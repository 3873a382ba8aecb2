package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;
import org.synthaudit.metrics.fidelity.ColumnCells.Sample;
import org.synthaudit.metrics.fidelity.ColumnResult.Extra;
import org.synthaudit.metrics.stats.PercentileBootstrap;

/**
 * Compares one column of train with the synthetic release and, for the baseline, with the
 * holdout. Each comparison draws its bootstrap replicates from its own seed node,
 * {@code seeds.child(column name).child("synthetic" or "holdout")}, so a column's figures do
 * not depend on the other columns or on the order in which columns are computed. All figures of
 * a column (the distance, then the Wasserstein distance and range coverage, or the category
 * coverage) are computed on the same resamples.
 *
 * @param bootstrap the interval estimator
 * @param seeds the evaluator's seed node
 */
record ColumnComparison(PercentileBootstrap bootstrap, Seeds seeds) {

    /**
     * The fewest non-missing values of a column in each compared table for its distances: a
     * resample of fewer always repeats the sample.
     */
    static final int MIN_VALUES = 2;

    /** The reason a numeric figure is undefined when the synthetic column is all missing. */
    static final String SYNTHETIC_ALL_MISSING = "synthetic column all missing";

    /**
     * One statistic of a column.
     *
     * @param statistic how it compares two samples' cell counts
     * @param label what it is, for the method text
     * @param allMissing its value when the synthetic column is all missing
     * @param bounds the range of its values
     */
    private record Spec(CellStatistic statistic, String label, Estimate allMissing,
            Bounds bounds) {
    }

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

        List<Spec> specs = specs(coded, statistic, cells);
        Estimate[] estimates = synthetic(cells, specs, columnSeeds.child("synthetic"));
        Estimate[] baselines = baseline(cells, specs, columnSeeds.child("holdout"));
        String note = null;
        if (estimates[0] instanceof Estimate.Value && cells.synthetic().cells().length == 0) {
            note = "Column '" + name + "': the synthetic column is all missing, so no real "
                    + "category is reproduced; its total variation distance is the maximum, 1.";
        }
        return new ColumnResult(name, statistic, estimates[0], baselines[0],
                missingRate(cells.train(), "train"), missingRate(cells.synthetic(), "synthetic"),
                extras(coded, estimates, baselines), note);
    }

    private static List<Spec> specs(boolean coded, TwoSampleStatistic statistic,
            ColumnCells cells) {
        List<Spec> specs = new ArrayList<>();
        if (coded) {
            specs.add(new Spec(statistic, statistic.label(), Estimate.exact(1, "maximal total "
                    + "variation distance: the synthetic column is all missing, so no real "
                    + "category is reproduced"), Bounds.UNIT));
            specs.add(new Spec(CategoryCoverage.INSTANCE, "Category coverage", Estimate.exact(0,
                    "no real category is reproduced: the synthetic column is all missing"),
                    Bounds.UNIT));
            return specs;
        }
        Estimate undefined = Estimate.undefined(SYNTHETIC_ALL_MISSING);
        specs.add(new Spec(statistic, statistic.label(), undefined, Bounds.UNIT));
        ScaledWasserstein wasserstein = ScaledWasserstein.of(cells);
        specs.add(new Spec(wasserstein, wasserstein.byEquality()
                ? "Wasserstein-1 distance with an equal / not equal ground distance, as the "
                        + "real values have zero range (equals the total variation distance)"
                : "Wasserstein-1 distance divided by the train range " + wasserstein.rangeText(),
                undefined, Bounds.NON_NEGATIVE));
        specs.add(new Spec(new RangeCoverage(cells.grid()), "Share of the train range covered",
                undefined, Bounds.UNIT));
        return specs;
    }

    private static List<Extra> extras(boolean coded, Estimate[] estimates,
            Estimate[] baselines) {
        if (coded) {
            return List.of(new Extra("category_coverage", "Category coverage", estimates[1],
                    baselines[1], Bounds.UNIT, Sense.HIGHER_IS_BETTER));
        }
        return List.of(
                new Extra("wasserstein", "Wasserstein distance (scaled by the real range)",
                        estimates[1], baselines[1], Bounds.NON_NEGATIVE, Sense.HIGHER_IS_WORSE),
                new Extra("range_coverage", "Range coverage", estimates[2], baselines[2],
                        Bounds.UNIT, Sense.HIGHER_IS_BETTER));
    }

    /** Every statistic between train and synthetic. */
    private Estimate[] synthetic(ColumnCells cells, List<Spec> specs, Seeds node) {
        Optional<String> unusable = unusable(cells.train(), "train");
        if (unusable.isPresent()) {
            return undefined(specs, unusable.get());
        }
        Sample synthetic = cells.synthetic();
        if (synthetic.rows() == 0) {
            return undefined(specs, "synthetic table has no rows");
        }
        if (synthetic.cells().length == 0) {
            return specs.stream().map(Spec::allMissing).toArray(Estimate[]::new);
        }
        if (synthetic.cells().length < MIN_VALUES) {
            return undefined(specs, tooFew(synthetic, "synthetic"));
        }
        return measured(cells.train(), synthetic, cells.cellCount(), specs, node, "synthetic");
    }

    /** Every statistic between train and holdout. */
    private Estimate[] baseline(ColumnCells cells, List<Spec> specs, Seeds node) {
        Optional<String> unusable = unusable(cells.train(), "train")
                .or(() -> unusable(cells.holdout(), "holdout"));
        if (unusable.isPresent()) {
            return undefined(specs, unusable.get());
        }
        return measured(cells.train(), cells.holdout(), cells.cellCount(), specs, node,
                "holdout");
    }

    private static Estimate[] undefined(List<Spec> specs, String reason) {
        Estimate[] estimates = new Estimate[specs.size()];
        Arrays.fill(estimates, Estimate.undefined(reason));
        return estimates;
    }

    private static Optional<String> unusable(Sample sample, String table) {
        if (sample.rows() == 0) {
            return Optional.of(table + " table has no rows");
        }
        if (sample.cells().length == 0) {
            return Optional.of(table + " column all missing");
        }
        if (sample.cells().length < MIN_VALUES) {
            return Optional.of(tooFew(sample, table));
        }
        return Optional.empty();
    }

    private static String tooFew(Sample sample, String table) {
        return "too few rows: " + sample.cells().length + " non-missing " + table + " value; a "
                + "bootstrap interval needs at least " + MIN_VALUES + " in each table (every "
                + "resample of one value repeats it, so the interval would have no width)";
    }

    /**
     * The statistics with their bootstrap intervals. Each replicate resamples both samples
     * independently with replacement, from one stream in order, and computes every statistic
     * on the same resampled counts.
     */
    private Estimate[] measured(Sample first, Sample second, int cellCount, List<Spec> specs,
            Seeds node, String secondName) {
        int n = first.cells().length;
        int m = second.cells().length;
        int[] firstCounts = TwoSampleStatistic.counts(first.cells(), cellCount);
        int[] secondCounts = TwoSampleStatistic.counts(second.cells(), cellCount);

        int[] resampledFirst = new int[cellCount];
        int[] resampledSecond = new int[cellCount];
        double[][] replicates = new double[specs.size()][bootstrap.replicates()];
        SplittableRandom random = node.random();
        for (int r = 0; r < bootstrap.replicates(); r++) {
            resample(first.cells(), resampledFirst, random);
            resample(second.cells(), resampledSecond, random);
            for (int s = 0; s < specs.size(); s++) {
                replicates[s][r] = specs.get(s).statistic().between(resampledFirst, n,
                        resampledSecond, m);
            }
        }

        Estimate[] estimates = new Estimate[specs.size()];
        for (int s = 0; s < specs.size(); s++) {
            double point = specs.get(s).statistic().between(firstCounts, n, secondCounts, m);
            String method = specs.get(s).label() + " between the " + n + " non-missing train "
                    + "values and the " + m + " non-missing " + secondName + " values; the "
                    + "bootstrap resamples both with replacement";
            estimates[s] = bootstrap.basicInterval(point, replicates[s], method,
                    specs.get(s).bounds());
        }
        return estimates;
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
