package org.synthaudit.metrics.models;

import java.util.Objects;

/**
 * A model's predictions for the test rows, or the reason there are none (a training table with a
 * single class, or without rows).
 *
 * <p>A classifier gives each test row a probability for every code of the target's shared
 * vocabulary (0 for classes its training table lacks) and predicts the most probable code, the
 * lowest code on a tie. A regressor gives each row a value.
 */
public final class Predictions {
    private final String undefinedReason;
    private final double[][] probabilities;
    private final int[] classes;
    private final double[] values;

    private Predictions(String undefinedReason, double[][] probabilities, double[] values) {
        this.undefinedReason = undefinedReason;
        this.probabilities = probabilities;
        this.values = values;
        this.classes = probabilities == null ? null : argmax(probabilities);
    }

    /**
     * Predictions of a classifier.
     *
     * @param probabilities for each test row, one probability per vocabulary code; kept, not
     *     copied
     * @return the predictions
     */
    public static Predictions ofProbabilities(double[][] probabilities) {
        return new Predictions(null, Objects.requireNonNull(probabilities), null);
    }

    /**
     * Predictions of a regressor.
     *
     * @param values one predicted value per test row; kept, not copied
     * @return the predictions
     */
    public static Predictions ofValues(double[] values) {
        return new Predictions(null, null, Objects.requireNonNull(values));
    }

    /**
     * No predictions.
     *
     * @param reason why the model could not be trained
     * @return the empty predictions
     */
    public static Predictions undefined(String reason) {
        return new Predictions(Objects.requireNonNull(reason), null, null);
    }

    private static int[] argmax(double[][] probabilities) {
        int[] best = new int[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            double[] p = probabilities[i];
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best[i]]) {
                    best[i] = c;
                }
            }
        }
        return best;
    }

    /**
     * Tells whether the model was trained.
     *
     * @return true when there are predictions
     */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /**
     * Why there are no predictions.
     *
     * @return the reason, or {@code null} when there are predictions
     */
    public String undefinedReason() {
        return undefinedReason;
    }

    /**
     * The probability a classifier gives a class.
     *
     * @param row a test row, as positioned in the test rows
     * @param code a vocabulary code of the target
     * @return the probability, in [0, 1]
     */
    public double probability(int row, int code) {
        return probabilities[row][code];
    }

    /**
     * The class a classifier predicts.
     *
     * @param row a test row
     * @return the most probable vocabulary code
     */
    public int predictedClass(int row) {
        return classes[row];
    }

    /**
     * The value a regressor predicts.
     *
     * @param row a test row
     * @return the value
     */
    public double value(int row) {
        return values[row];
    }
}
