package org.synthaudit.metrics.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;
import org.synthaudit.metrics.models.TargetColumn;
import org.synthaudit.metrics.stats.PairedBootstrap;
import org.synthaudit.metrics.stats.RateDifference;

/**
 * Representation and base rates of one attribute set's groups in the real training table and in
 * the synthetic release: each group's share of the rows, the rate of the positive class among its
 * rows with a target value, and the gap between the largest and the smallest base rate. A
 * generator that erases a real difference in base rates shows as a negative change of the gap;
 * one that invents a difference, as a positive change.
 *
 * <p>Per-group differences are independent-sample differences of rates with Newcombe's hybrid
 * score interval; the total variation distance of the shares and the gaps have bootstrap
 * intervals that resample the training table and the release independently.
 *
 * @param set the attribute set
 * @param settings the shared settings
 */
record DataBias(AttributeSet set, Settings settings) {

    /**
     * Builds the figures.
     *
     * @param train the real training table
     * @param synthetic the synthetic release
     * @param target the categorical target, or {@code null} for representation only
     * @param listed the groups to report
     * @return the per-group figures, then the set's summary figures
     */
    List<Figure> figures(Dataset train, Dataset synthetic, TargetColumn target,
            boolean[] listed) {
        Side real = Side.of(set, train, target, settings.positive());
        Side synth = Side.of(set, synthetic, target, settings.positive());
        String prefix = "fairness." + set.name() + ".";
        List<Figure> figures = new ArrayList<>();
        for (int g = 0; g < listed.length; g++) {
            if (listed[g]) {
                figures.addAll(groupFigures(prefix + set.label(g) + ".", g, real, synth,
                        target != null));
            }
        }
        figures.addAll(summaryFigures(prefix, real, synth, target != null));
        return figures;
    }

    private List<Figure> groupFigures(String prefix, int g, Side real, Side synth,
            boolean rates) {
        String label = set.label(g);
        List<Figure> figures = new ArrayList<>();
        boolean scored = settings.large(real.rows[g]);
        Estimate tooSmall = settings.tooSmall(real.rows[g], "training table");
        figures.add(new Figure(prefix + "share", "Share of group " + label + " (synthetic)",
                label, scored ? share(synth, g) : tooSmall, scored ? share(real, g) : tooSmall,
                Bounds.UNIT, Sense.NEUTRAL));
        figures.add(new Figure(prefix + "share_difference", "Share of group " + label
                + ", synthetic - real", label, scored ? RateDifference.newcombe(
                        (long) synth.rows[g], synth.total, (long) real.rows[g], real.total,
                        settings.bootstrap().level()) : tooSmall,
                Estimate.exact(0, "equal shares"), Bounds.SIGNED_UNIT, Sense.NEUTRAL));
        if (!rates) {
            return figures;
        }
        figures.add(new Figure(prefix + "base_rate", "Base rate of '" + settings.positiveLabel()
                + "' in group " + label + " (synthetic)", label, scored ? baseRate(synth, g,
                        "synthetic release") : tooSmall, scored ? baseRate(real, g,
                                "training table") : tooSmall, Bounds.UNIT, Sense.NEUTRAL));
        figures.add(new Figure(prefix + "base_rate_difference", "Base rate in group " + label
                + ", synthetic - real", label, scored ? baseRateDifference(real, synth, g)
                        : tooSmall, Estimate.exact(0, "equal base rates"), Bounds.SIGNED_UNIT,
                Sense.NEUTRAL));
        return figures;
    }

    private Estimate share(Side side, int g) {
        return Proportions.wilson((long) side.rows[g], side.total, settings.bootstrap().level());
    }

    private Estimate baseRate(Side side, int g, String table) {
        if (!settings.large(side.baseRates.counted()[g])) {
            return settings.tooSmall(side.baseRates.counted()[g], table + " (rows with a target "
                    + "value)");
        }
        return Proportions.wilson((long) side.baseRates.events()[g],
                (long) side.baseRates.counted()[g], settings.bootstrap().level());
    }

    private Estimate baseRateDifference(Side real, Side synth, int g) {
        Estimate synthetic = baseRate(synth, g, "synthetic release");
        if (!synthetic.isDefined()) {
            return synthetic;
        }
        Estimate baseline = baseRate(real, g, "training table");
        if (!baseline.isDefined()) {
            return baseline;
        }
        return RateDifference.newcombe((long) synth.baseRates.events()[g],
                (long) synth.baseRates.counted()[g], (long) real.baseRates.events()[g],
                (long) real.baseRates.counted()[g], settings.bootstrap().level());
    }

    private List<Figure> summaryFigures(String prefix, Side real, Side synth, boolean rates) {
        boolean[] eligible = new boolean[set.groupCount()];
        for (int g = 0; g < eligible.length; g++) {
            eligible[g] = settings.large(real.baseRates.counted()[g])
                    && settings.large(synth.baseRates.counted()[g]);
        }
        List<PairedBootstrap.Statistic> statistics = new ArrayList<>();
        statistics.add(w -> totalVariation(real.weighted(w[0]), synth.weighted(w[1])));
        if (rates) {
            statistics.add(w -> real.baseRates(w[0]).gap(eligible));
            statistics.add(w -> synth.baseRates(w[1]).gap(eligible));
            statistics.add(w -> synth.baseRates(w[1]).gap(eligible)
                    - real.baseRates(w[0]).gap(eligible));
        }
        double[][] replicates = settings.bootstrap().replicate(new int[] {real.groups.length,
            synth.groups.length}, settings.seeds().child(set.name()).child("data"),
                settings.pool(), statistics);
        int[][] units = PairedBootstrap.unitWeights(real.groups.length, synth.groups.length);
        double[] points = statistics.stream().mapToDouble(s -> s.on(units)).toArray();

        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(prefix + "share_tvd", "Total variation distance of the "
                + set.name() + " group shares, synthetic vs real", null, Double.isNaN(points[0])
                        ? Estimate.undefined("the training table or the synthetic release has "
                                + "no rows") : settings.bootstrap().basicInterval(points[0],
                                        replicates[0], "total variation distance between the "
                                                + "group shares of the training table and of "
                                                + "the synthetic release", Bounds.UNIT),
                Estimate.exact(0, "identical shares"), Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        if (rates) {
            String groups = groupList(eligible);
            String tooFew = "fewer than two groups of " + set.name() + " reach the minimum size "
                    + settings.minGroupSize() + " in both tables";
            figures.add(new Figure(prefix + "base_rate_gap", "Largest minus smallest base rate "
                    + "over the " + set.name() + " groups (synthetic)", null, interval(points[2],
                            replicates[2], "base-rate gap in the synthetic release over " + groups,
                            tooFew), interval(points[1], replicates[1], "base-rate gap in the "
                                    + "training table over " + groups, tooFew), Bounds.UNIT,
                    Sense.NEUTRAL));
            figures.add(new Figure(prefix + "base_rate_gap_change", "Change of the base-rate gap "
                    + "over the " + set.name() + " groups, synthetic - real", null,
                    interval(points[3], replicates[3], "base-rate gap of the synthetic release "
                            + "minus that of the training table over " + groups, tooFew),
                    Estimate.exact(0, "the gap is kept"), Bounds.SIGNED_UNIT, Sense.NEUTRAL));
        }
        return figures;
    }

    private Estimate interval(double point, double[] replicates, String method, String reason) {
        return Double.isNaN(point) ? Estimate.undefined(reason)
                : settings.bootstrap().interval(point, replicates, method);
    }

    private String groupList(boolean[] eligible) {
        List<String> labels = IntStream.range(0, eligible.length).filter(g -> eligible[g])
                .mapToObj(set::label).toList();
        return labels.isEmpty() ? "no groups" : "the groups " + String.join(", ", labels);
    }

    private static double totalVariation(double[] first, double[] second) {
        double sumFirst = 0;
        double sumSecond = 0;
        for (int g = 0; g < first.length; g++) {
            sumFirst += first[g];
            sumSecond += second[g];
        }
        if (sumFirst == 0 || sumSecond == 0) {
            return Double.NaN;
        }
        double distance = 0;
        for (int g = 0; g < first.length; g++) {
            distance += Math.abs(first[g] / sumFirst - second[g] / sumSecond);
        }
        return distance / 2;
    }

    /** One table's groups and base rates. */
    private record Side(int[] groups, boolean[] hasTarget, boolean[] positive, double[] rows,
            long total, GroupRates baseRates, int groupCount) {

        static Side of(AttributeSet set, Dataset table, TargetColumn target, int positiveCode) {
            int n = table.rowCount();
            int[] groups = set.groups(table, IntStream.range(0, n).toArray());
            boolean[] hasTarget = new boolean[n];
            boolean[] positive = new boolean[n];
            if (target != null) {
                for (int r = 0; r < n; r++) {
                    hasTarget[r] = !table.isMissing(target.index(), r);
                    positive[r] = hasTarget[r] && table.code(target.index(), r) == positiveCode;
                }
            }
            int[] units = PairedBootstrap.unitWeights(n)[0];
            double[] rows = GroupRates.of(groups, null, hasTarget, units, set.groupCount())
                    .counted();
            GroupRates baseRates = GroupRates.of(groups, hasTarget, positive, units,
                    set.groupCount());
            return new Side(groups, hasTarget, positive, rows, n, baseRates, set.groupCount());
        }

        double[] weighted(int[] weights) {
            double[] counts = new double[groupCount];
            for (int i = 0; i < groups.length; i++) {
                counts[groups[i]] += weights[i];
            }
            return counts;
        }

        GroupRates baseRates(int[] weights) {
            return GroupRates.of(groups, hasTarget, positive, weights, groupCount);
        }
    }
}
