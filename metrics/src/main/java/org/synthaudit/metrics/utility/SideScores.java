package org.synthaudit.metrics.utility;

import org.synthaudit.metrics.models.Predictions;
import org.synthaudit.metrics.models.TestRows;

/**
 * The scores of one trained model on the holdout rows, for any row weights. The sorting the ROC
 * AUC needs is done once, so each bootstrap replicate costs one pass over the rows.
 */
final class SideScores {
    private final Task task;
    private final TestRows test;
    private final Predictions predictions;
    private final int[] predicted;
    private final double[][] aucScores;
    private final boolean[][] aucTruth;
    private final int[][] aucOrders;
    private final double[] values;

    SideScores(Task task, TestRows test, Predictions predictions) {
        this.task = task;
        this.test = test;
        this.predictions = predictions;
        int n = test.size();
        if (!predictions.isDefined() || !task.target().categorical()) {
            this.predicted = null;
            this.aucScores = null;
            this.aucTruth = null;
            this.aucOrders = null;
            this.values = predictions.isDefined() ? valuesOf(predictions, n) : null;
            return;
        }
        this.values = null;
        this.predicted = new int[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = predictions.predictedClass(i);
        }
        int[] classes = task.aucClasses();
        this.aucScores = new double[classes.length][n];
        this.aucTruth = new boolean[classes.length][n];
        this.aucOrders = new int[classes.length][];
        for (int k = 0; k < classes.length; k++) {
            for (int i = 0; i < n; i++) {
                aucScores[k][i] = predictions.probability(i, classes[k]);
                aucTruth[k][i] = test.classes()[i] == classes[k];
            }
            aucOrders[k] = WeightedScores.order(aucScores[k]);
        }
    }

    private static double[] valuesOf(Predictions predictions, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = predictions.value(i);
        }
        return out;
    }

    /**
     * Tells whether the model was trained.
     *
     * @return true when there are predictions to score
     */
    boolean defined() {
        return predictions.isDefined();
    }

    /**
     * Why the model has no predictions.
     *
     * @return the reason, or {@code null}
     */
    String undefinedReason() {
        return predictions.undefinedReason();
    }

    /**
     * A score on weighted holdout rows.
     *
     * @param metric the score
     * @param weights each holdout row's weight
     * @return the score, or NaN when undefined on these weights or when there is no model
     */
    double score(UtilityMetric metric, int[] weights) {
        if (!defined()) {
            return Double.NaN;
        }
        return switch (metric) {
            case ACCURACY -> WeightedScores.accuracy(test.classes(), predicted, weights);
            case MACRO_F1 -> WeightedScores.macroF1(test.classes(), predicted, task.classCount(),
                    weights);
            case AUC -> auc(weights);
            case R2 -> WeightedScores.rSquared(test.values(), values, weights);
            case RMSE -> WeightedScores.rootMeanSquaredError(test.values(), values, weights);
        };
    }

    private double auc(int[] weights) {
        double[] perClass = new double[aucScores.length];
        for (int k = 0; k < perClass.length; k++) {
            perClass[k] = WeightedScores.auc(aucScores[k], aucTruth[k], aucOrders[k], weights);
        }
        return perClass.length == 1 ? perClass[0] : WeightedScores.meanOfDefined(perClass);
    }

    /**
     * The scores of the binary ROC AUC, split by truth, for the DeLong interval.
     *
     * @param positives true for the positive rows' scores, false for the negative rows'
     * @return the probabilities of the positive class
     */
    double[] binaryScores(boolean positives) {
        return java.util.stream.IntStream.range(0, test.size())
                .filter(i -> aucTruth[0][i] == positives).mapToDouble(i -> aucScores[0][i])
                .toArray();
    }

    /**
     * The number of holdout rows scored.
     *
     * @return the count
     */
    int size() {
        return test.size();
    }

    /**
     * The number of correctly predicted holdout rows.
     *
     * @return the count
     */
    int correct() {
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.classes()[i] ? 1 : 0;
        }
        return correct;
    }
}
