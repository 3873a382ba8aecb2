package org.synthaudit.metrics.utility;

import java.util.List;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;
import org.synthaudit.core.stats.RocAnalysis;
import org.synthaudit.metrics.stats.PairedBootstrap;

/**
 * The figures of one score of one kind of model: TSTR with TRTR as its baseline, the ratio
 * TSTR / TRTR and the difference TSTR - TRTR, with intervals from the same bootstrap resamples
 * of the holdout rows.
 *
 * @param prefix the figure id prefix, e.g. {@code utility.tstr.random_forest}
 * @param modelLabel the model's name, e.g. {@code random forest}
 * @param metric the score
 * @param synthetic the model trained on the synthetic release
 * @param real the model trained on the real training table
 * @param bootstrap the interval estimator
 */
record MetricFigures(String prefix, String modelLabel, UtilityMetric metric,
        SideScores synthetic, SideScores real, PairedBootstrap bootstrap) {

    /**
     * Builds the three figures.
     *
     * @param units the holdout rows once each
     * @param syntheticReplicates the TSTR score on each resample, NaN where undefined
     * @param realReplicates the TRTR score on each resample
     * @param task the task
     * @return the score, ratio and difference figures, in that order
     */
    List<Figure> figures(int[] units, double[] syntheticReplicates, double[] realReplicates,
            Task task) {
        double syntheticPoint = synthetic.score(metric, units);
        double realPoint = real.score(metric, units);
        Estimate tstr = score(synthetic, syntheticPoint, syntheticReplicates, task,
                "trained on the synthetic release (TSTR)");
        Estimate trtr = score(real, realPoint, realReplicates, task,
                "trained on the real training table (TRTR)");
        String id = prefix + "." + metric.id();
        return List.of(
                new Figure(id, label() + " (TSTR)", null, tstr, trtr, metric.bounds(),
                        metric.sense()),
                new Figure(id + "_ratio", label() + ", ratio TSTR / TRTR", null,
                        ratio(tstr, trtr, syntheticReplicates, realReplicates),
                        Estimate.exact(1, "equal scores"), metric.ratioBounds(), metric.sense()),
                new Figure(id + "_difference", label() + ", difference TSTR - TRTR", null,
                        difference(tstr, trtr, syntheticReplicates, realReplicates),
                        Estimate.exact(0, "equal scores"), metric.differenceBounds(),
                        metric.sense()));
    }

    private String label() {
        String model = Character.toUpperCase(modelLabel.charAt(0)) + modelLabel.substring(1);
        return model + " " + metric.label();
    }

    private Estimate score(SideScores side, double point, double[] replicates, Task task,
            String trained) {
        if (!side.defined()) {
            return Estimate.undefined("no model " + trained + ": " + side.undefinedReason());
        }
        if (!Double.isFinite(point)) {
            return Estimate.undefined(metric.undefinedReason());
        }
        String method = metric.label() + " on the holdout rows of the " + modelLabel + " "
                + trained;
        return switch (metric) {
            case ACCURACY -> accuracy(side, method);
            case AUC -> task.binary() ? deLong(side, task, method)
                    : bootstrap.interval(point, replicates, method + "; the mean of one-versus-"
                            + "rest AUCs over the classes present");
            case MACRO_F1, R2, RMSE -> bootstrap.interval(point, replicates, method);
        };
    }

    private Estimate accuracy(SideScores side, String method) {
        Estimate.Value wilson = (Estimate.Value) Proportions.wilson(side.correct(),
                side.size(), bootstrap.level());
        return Estimate.of(wilson.value(), wilson.lower(), wilson.upper(), wilson.level(),
                method + "; " + wilson.method() + " rows correct");
    }

    private Estimate deLong(SideScores side, Task task, String method) {
        Estimate auc = RocAnalysis.of(side.binaryScores(true), side.binaryScores(false))
                .auc(bootstrap.level());
        if (!(auc instanceof Estimate.Value v)) {
            return auc;
        }
        String roc = v.method().replace("non-members", "negatives")
                .replace("members", "positives");
        return Estimate.of(v.value(), v.lower(), v.upper(), v.level(), method
                + ", ranking by the probability of class '" + task.positiveLabel() + "'; " + roc);
    }

    private Estimate ratio(Estimate tstr, Estimate trtr, double[] synthetic, double[] real) {
        if (!(tstr instanceof Estimate.Value s)) {
            return Estimate.undefined("the TSTR score is undefined");
        }
        if (!(trtr instanceof Estimate.Value r)) {
            return Estimate.undefined("the TRTR score is undefined");
        }
        if (!metric.ratioDefined(r.value())) {
            return Estimate.undefined("the TRTR score is " + r.value() + "; a ratio over a "
                    + (r.value() == 0 ? "zero" : "negative") + " baseline is undefined");
        }
        double[] ratios = new double[synthetic.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = metric.ratioDefined(real[i]) ? synthetic[i] / real[i] : Double.NaN;
        }
        return bootstrap.interval(s.value() / r.value(), ratios, "ratio of the " + modelLabel
                + " " + metric.label() + " trained on synthetic to trained on real data");
    }

    private Estimate difference(Estimate tstr, Estimate trtr, double[] synthetic,
            double[] real) {
        if (!(tstr instanceof Estimate.Value s)) {
            return Estimate.undefined("the TSTR score is undefined");
        }
        if (!(trtr instanceof Estimate.Value r)) {
            return Estimate.undefined("the TRTR score is undefined");
        }
        double[] differences = new double[synthetic.length];
        for (int i = 0; i < differences.length; i++) {
            differences[i] = synthetic[i] - real[i];
        }
        return bootstrap.interval(s.value() - r.value(), differences, "difference of the "
                + modelLabel + " " + metric.label() + " trained on synthetic minus trained on "
                + "real data");
    }
}
