package org.synthaudit.metrics.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;
import org.synthaudit.core.stats.RocAnalysis;
import org.synthaudit.metrics.models.Comparison;
import org.synthaudit.metrics.models.Predictions;
import org.synthaudit.metrics.models.TestRows;
import org.synthaudit.metrics.stats.PairedBootstrap;

/**
 * The bias of a classifier trained on the synthetic release and of the same classifier trained
 * on the real training table, both judged on the holdout rows, for one attribute set: the four
 * measures of {@link BiasMeasure} for each model, and their change (synthetic - real), which is
 * the bias the generator added (positive for a difference, negative for the ratio) or removed.
 * Per group, each model's accuracy and ROC AUC show whether the synthetic data serves some groups
 * worse than others.
 *
 * <p>A group is scored when it has at least the minimum number of holdout rows. A gap skips the
 * groups whose rate is undefined (no positive labels: no true-positive rate; no negative labels:
 * no false-positive rate) and the method text lists them. Intervals come from one bootstrap that
 * resamples the holdout rows and rescores both models on each resample, so the change is paired.
 *
 * @param set the attribute set
 * @param settings the shared settings
 */
record ModelBias(AttributeSet set, Settings settings) {

    /**
     * Builds the figures.
     *
     * @param comparison the random forests trained on synthetic and on real data
     * @param listed the groups to report
     * @return the per-group figures, then the measures and their changes
     */
    List<Figure> figures(Comparison comparison, boolean[] listed) {
        TestRows test = comparison.test();
        int[] groups = set.groups(test.table(), test.rows());
        boolean[] truth = new boolean[test.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = test.classes()[i] == settings.positive();
        }
        LabelledRows labelled = LabelledRows.of(groups, truth, set.groupCount());
        Judged synthetic = Judged.of(comparison.synthetic().predictions(),
                "trained on the synthetic release", test, settings);
        Judged real = Judged.of(comparison.real().predictions(),
                "trained on the real training table", test, settings);
        double[] holdoutRows = labelled.positiveRates(truth, units(test.size())).counted();
        boolean[] eligible = new boolean[set.groupCount()];
        for (int g = 0; g < eligible.length; g++) {
            eligible[g] = settings.large(holdoutRows[g]);
        }

        String prefix = "fairness." + set.name() + ".";
        List<Figure> figures = new ArrayList<>();
        for (int g = 0; g < listed.length; g++) {
            if (listed[g]) {
                figures.addAll(groupFigures(prefix + set.label(g) + ".", g, labelled,
                        holdoutRows[g], synthetic, real));
            }
        }
        figures.addAll(measureFigures(prefix, labelled, eligible, synthetic, real));
        return figures;
    }

    private static int[] units(int n) {
        return PairedBootstrap.unitWeights(n)[0];
    }

    private List<Figure> groupFigures(String prefix, int g, LabelledRows labelled, double rows,
            Judged synthetic, Judged real) {
        String label = set.label(g);
        int[] members = IntStream.range(0, labelled.groups().length)
                .filter(i -> labelled.groups()[i] == g).toArray();
        Estimate syntheticAccuracy = accuracy(synthetic, members, rows);
        Estimate realAccuracy = accuracy(real, members, rows);
        Estimate syntheticAuc = auc(synthetic, members, labelled, rows);
        Estimate realAuc = auc(real, members, labelled, rows);
        return List.of(
                new Figure(prefix + "accuracy", "Accuracy in group " + label + " (TSTR)", label,
                        syntheticAccuracy, realAccuracy, Bounds.UNIT, Sense.HIGHER_IS_BETTER),
                new Figure(prefix + "auc", "ROC AUC in group " + label + " (TSTR)", label,
                        syntheticAuc, realAuc, Bounds.UNIT, Sense.HIGHER_IS_BETTER));
    }

    private Estimate accuracy(Judged side, int[] members, double rows) {
        if (!side.predictions.isDefined()) {
            return Estimate.undefined(side.missingReason());
        }
        if (!settings.large(rows)) {
            return settings.tooSmall(rows, "holdout");
        }
        int correct = 0;
        for (int i : members) {
            correct += side.correct[i] ? 1 : 0;
        }
        Estimate.Value v = (Estimate.Value) Proportions.wilson(correct, members.length,
                settings.bootstrap().level());
        return Estimate.of(v.value(), v.lower(), v.upper(), v.level(), "accuracy of the random "
                + "forest " + side.trainedOn + " on the group's holdout rows; " + v.method());
    }

    private Estimate auc(Judged side, int[] members, LabelledRows labelled, double rows) {
        if (!side.predictions.isDefined()) {
            return Estimate.undefined(side.missingReason());
        }
        if (!settings.large(rows)) {
            return settings.tooSmall(rows, "holdout");
        }
        double[] positives = IntStream.of(members).filter(i -> labelled.positive()[i])
                .mapToDouble(i -> side.scores[i]).toArray();
        double[] negatives = IntStream.of(members).filter(i -> !labelled.positive()[i])
                .mapToDouble(i -> side.scores[i]).toArray();
        if (positives.length == 0 || negatives.length == 0) {
            return Estimate.undefined(positives.length == 0 ? "single class: no holdout row "
                    + "of the group is labelled '" + settings.positiveLabel() + "'"
                    : "single class: every holdout row of the group is labelled '"
                            + settings.positiveLabel() + "'");
        }
        Estimate auc = RocAnalysis.of(positives, negatives).auc(settings.bootstrap().level());
        if (!(auc instanceof Estimate.Value v)) {
            return auc;
        }
        return Estimate.of(v.value(), v.lower(), v.upper(), v.level(), "ROC AUC of the random "
                + "forest " + side.trainedOn + " ranking the group's holdout rows by the "
                + "probability of '" + settings.positiveLabel() + "'; " + v.method()
                        .replace("non-members", "negatives").replace("members", "positives"));
    }

    private List<Figure> measureFigures(String prefix, LabelledRows labelled,
            boolean[] eligible, Judged synthetic, Judged real) {
        List<PairedBootstrap.Statistic> statistics = new ArrayList<>();
        for (BiasMeasure measure : BiasMeasure.values()) {
            statistics.add(w -> synthetic.measure(measure, labelled, w[0], eligible));
            statistics.add(w -> real.measure(measure, labelled, w[0], eligible));
            statistics.add(w -> synthetic.measure(measure, labelled, w[0], eligible)
                    - real.measure(measure, labelled, w[0], eligible));
        }
        int n = labelled.groups().length;
        double[][] replicates = settings.bootstrap().replicate(new int[] {n},
                settings.seeds().child(set.name()).child("model"), settings.pool(), statistics);
        int[][] units = PairedBootstrap.unitWeights(n);

        List<Figure> figures = new ArrayList<>();
        BiasMeasure[] measures = BiasMeasure.values();
        for (int m = 0; m < measures.length; m++) {
            BiasMeasure measure = measures[m];
            String scope = scope(measure, labelled, eligible);
            Estimate syntheticValue = value(synthetic, statistics.get(3 * m).on(units),
                    replicates[3 * m], measure, scope);
            Estimate realValue = value(real, statistics.get(3 * m + 1).on(units),
                    replicates[3 * m + 1], measure, scope);
            Estimate change = change(syntheticValue, realValue, replicates[3 * m + 2], measure,
                    scope);
            figures.add(new Figure(prefix + measure.id(), measure.label() + " over " + set.name()
                    + " (random forest trained on synthetic data)", null, syntheticValue,
                    realValue, measure.bounds(), measure.sense()));
            figures.add(new Figure(prefix + measure.id() + "_change", measure.label() + " over "
                    + set.name() + ", trained on synthetic - trained on real", null, change,
                    Estimate.exact(0, "no bias added or removed"), Bounds.SIGNED_UNIT,
                    measure.sense()));
        }
        return figures;
    }

    private Estimate value(Judged side, double point, double[] replicates, BiasMeasure measure,
            String scope) {
        if (!side.predictions.isDefined()) {
            return Estimate.undefined(side.missingReason());
        }
        if (Double.isNaN(point)) {
            return Estimate.undefined(undefinedReason(measure) + "; " + scope);
        }
        return settings.bootstrap().interval(point, replicates, measure.label() + " of the "
                + "random forest " + side.trainedOn + ", on the holdout rows; " + scope);
    }

    private Estimate change(Estimate synthetic, Estimate real, double[] replicates,
            BiasMeasure measure, String scope) {
        if (!(synthetic instanceof Estimate.Value s)) {
            return Estimate.undefined("the measure of the model trained on synthetic data is "
                    + "undefined");
        }
        if (!(real instanceof Estimate.Value r)) {
            return Estimate.undefined("the measure of the model trained on real data is "
                    + "undefined");
        }
        return settings.bootstrap().interval(s.value() - r.value(), replicates, measure.label()
                + " of the random forest trained on synthetic minus trained on real data; "
                + scope);
    }

    private String undefinedReason(BiasMeasure measure) {
        return switch (measure) {
            case DISPARATE_IMPACT_RATIO -> "fewer than two groups of " + set.name() + " are "
                    + "large enough, or no group is predicted positive";
            case DEMOGRAPHIC_PARITY_DIFFERENCE -> "fewer than two groups of " + set.name()
                    + " are large enough";
            case EQUAL_OPPORTUNITY_DIFFERENCE -> "fewer than two groups of " + set.name()
                    + " are large enough and have positive labels";
            case EQUALIZED_ODDS_DIFFERENCE -> "fewer than two groups of " + set.name()
                    + " are large enough and have both positive and negative labels";
        };
    }

    /** Which groups a measure compares and which it leaves out, and why. */
    private String scope(BiasMeasure measure, LabelledRows labelled, boolean[] eligible) {
        int[] units = units(labelled.groups().length);
        double[] rows = labelled.positiveRates(labelled.positive(), units).counted();
        double[] positives = labelled.truePositiveRates(labelled.positive(), units).counted();
        double[] negatives = labelled.falsePositiveRates(labelled.positive(), units).counted();
        List<String> compared = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int g = 0; g < eligible.length; g++) {
            if (rows[g] == 0) {
                continue;
            }
            String label = set.label(g);
            boolean needsPositives = measure == BiasMeasure.EQUAL_OPPORTUNITY_DIFFERENCE
                    || measure == BiasMeasure.EQUALIZED_ODDS_DIFFERENCE;
            if (!eligible[g]) {
                skipped.add(label + " (n = " + (long) rows[g] + " < " + settings.minGroupSize()
                        + ")");
            } else if (needsPositives && positives[g] == 0) {
                skipped.add(label + " (no positive labels: true-positive rate undefined)");
            } else if (measure == BiasMeasure.EQUALIZED_ODDS_DIFFERENCE && negatives[g] == 0) {
                skipped.add(label + " (no negative labels: false-positive rate undefined)");
            } else {
                compared.add(label);
            }
        }
        return "groups compared: " + (compared.isEmpty() ? "none" : String.join(", ", compared))
                + (skipped.isEmpty() ? "" : "; groups left out: " + String.join(", ", skipped));
    }

    /** One model's judgement of the holdout rows. */
    private record Judged(Predictions predictions, String trainedOn, boolean[] predicted,
            boolean[] correct, double[] scores) {

        static Judged of(Predictions predictions, String trainedOn, TestRows test,
                Settings settings) {
            int n = test.size();
            boolean[] predicted = new boolean[n];
            boolean[] correct = new boolean[n];
            double[] scores = new double[n];
            if (predictions.isDefined()) {
                for (int i = 0; i < n; i++) {
                    predicted[i] = predictions.predictedClass(i) == settings.positive();
                    correct[i] = predictions.predictedClass(i) == test.classes()[i];
                    scores[i] = predictions.probability(i, settings.positive());
                }
            }
            return new Judged(predictions, trainedOn, predicted, correct, scores);
        }

        String missingReason() {
            return "no random forest " + trainedOn + ": " + predictions.undefinedReason();
        }

        double measure(BiasMeasure measure, LabelledRows labelled, int[] weights,
                boolean[] eligible) {
            return predictions.isDefined() ? measure.compute(labelled, predicted, weights,
                    eligible) : Double.NaN;
        }
    }
}
