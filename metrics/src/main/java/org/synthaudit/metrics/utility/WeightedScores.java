package org.synthaudit.metrics.utility;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Scores of predictions against the truth on weighted rows, where a row's weight is how often a
 * bootstrap resample drew it (all 1 on the original rows). A score that is undefined on the given
 * weights (no rows, one class only, a constant truth) is {@code NaN}; the callers turn it into an
 * undefined estimate or drop the replicate.
 */
final class WeightedScores {
    private WeightedScores() {
    }

    /**
     * The share of rows predicted correctly.
     *
     * @param truth each row's true class
     * @param predicted each row's predicted class
     * @param weights each row's weight
     * @return the accuracy in [0, 1], or NaN when all weights are 0
     */
    static double accuracy(int[] truth, int[] predicted, int[] weights) {
        long correct = 0;
        long total = 0;
        for (int i = 0; i < truth.length; i++) {
            total += weights[i];
            correct += truth[i] == predicted[i] ? weights[i] : 0;
        }
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    /**
     * The macro-averaged F1 score: the mean over classes of {@code 2 TP / (2 TP + FP + FN)},
     * over every class that occurs in the truth or the predictions (as scikit-learn's
     * {@code f1_score(average="macro")} does). A class that is true but never predicted scores 0.
     *
     * @param truth each row's true class, in {@code [0, classCount)}
     * @param predicted each row's predicted class, in {@code [0, classCount)}
     * @param classCount the number of classes
     * @param weights each row's weight
     * @return the macro F1 in [0, 1], or NaN when all weights are 0
     */
    static double macroF1(int[] truth, int[] predicted, int classCount, int[] weights) {
        long[] truePositives = new long[classCount];
        long[] falsePositives = new long[classCount];
        long[] falseNegatives = new long[classCount];
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == predicted[i]) {
                truePositives[truth[i]] += weights[i];
            } else {
                falseNegatives[truth[i]] += weights[i];
                falsePositives[predicted[i]] += weights[i];
            }
        }
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < classCount; c++) {
            long denominator = 2 * truePositives[c] + falsePositives[c] + falseNegatives[c];
            if (denominator > 0) {
                sum += 2.0 * truePositives[c] / denominator;
                classes++;
            }
        }
        return classes == 0 ? Double.NaN : sum / classes;
    }

    /**
     * The order of rows by ascending score, for {@link #auc}.
     *
     * @param scores each row's score
     * @return the row positions sorted by score
     */
    static int[] order(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble(i -> scores[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * The area under the ROC curve: the weighted share of (positive, negative) pairs the scores
     * order correctly, a tie counting one half (the Mann-Whitney statistic).
     *
     * @param scores each row's score, higher meaning more likely positive
     * @param positive each row's truth
     * @param order the rows sorted by ascending score, from {@link #order}
     * @param weights each row's weight
     * @return the AUC in [0, 1], or NaN when the weighted rows hold only one class
     */
    static double auc(double[] scores, boolean[] positive, int[] order, int[] weights) {
        double correct = 0;
        double negativesBelow = 0;
        double positives = 0;
        int i = 0;
        while (i < order.length) {
            double score = scores[order[i]];
            double groupPositives = 0;
            double groupNegatives = 0;
            for (; i < order.length && scores[order[i]] == score; i++) {
                int row = order[i];
                if (positive[row]) {
                    groupPositives += weights[row];
                } else {
                    groupNegatives += weights[row];
                }
            }
            correct += groupPositives * (negativesBelow + groupNegatives / 2);
            negativesBelow += groupNegatives;
            positives += groupPositives;
        }
        return positives == 0 || negativesBelow == 0 ? Double.NaN
                : correct / (positives * negativesBelow);
    }

    /**
     * The coefficient of determination, {@code 1 - SSE / SST}, with the weighted mean of the
     * truth as the reference prediction.
     *
     * @param truth each row's true value
     * @param predicted each row's predicted value
     * @param weights each row's weight
     * @return R-squared, at most 1 and unbounded below, or NaN when the weighted truth is
     *     constant
     */
    static double rSquared(double[] truth, double[] predicted, int[] weights) {
        double total = 0;
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            total += weights[i];
            sum += weights[i] * truth[i];
        }
        if (total == 0) {
            return Double.NaN;
        }
        double mean = sum / total;
        double residual = 0;
        double spread = 0;
        for (int i = 0; i < truth.length; i++) {
            residual += weights[i] * (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            spread += weights[i] * (truth[i] - mean) * (truth[i] - mean);
        }
        return spread == 0 ? Double.NaN : 1 - residual / spread;
    }

    /**
     * The root mean squared error.
     *
     * @param truth each row's true value
     * @param predicted each row's predicted value
     * @param weights each row's weight
     * @return the RMSE, {@code >= 0}, or NaN when all weights are 0
     */
    static double rootMeanSquaredError(double[] truth, double[] predicted, int[] weights) {
        double total = 0;
        double residual = 0;
        for (int i = 0; i < truth.length; i++) {
            total += weights[i];
            residual += weights[i] * (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
        }
        return total == 0 ? Double.NaN : Math.sqrt(residual / total);
    }

    /**
     * The mean of defined values.
     *
     * @param values values, NaN where undefined
     * @return their mean, or NaN when none is defined
     */
    static double meanOfDefined(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).average().orElse(Double.NaN);
    }
}
