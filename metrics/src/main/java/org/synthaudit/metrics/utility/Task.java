package org.synthaudit.metrics.utility;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.metrics.models.TargetColumn;
import org.synthaudit.metrics.models.TestRows;

/**
 * What the downstream models are scored on: the classes the real data holds and the class AUC
 * scores, or a regression.
 *
 * @param target the target column
 * @param classCount the size of the target's vocabulary (0 for regression)
 * @param realClasses the codes present in the real training rows or the holdout rows, sorted
 * @param positive for a binary target, the class whose probability the ROC AUC ranks: the rarer
 *     class of the training rows; -1 otherwise
 * @param positiveLabel the label of {@code positive}, or {@code null}
 */
record Task(TargetColumn target, int classCount, int[] realClasses, int positive,
        String positiveLabel) {

    /**
     * Describes the task of an audit.
     *
     * @param target the target column
     * @param train the real training table
     * @param test the holdout rows scored
     * @return the task
     */
    static Task of(TargetColumn target, Dataset train, TestRows test) {
        if (!target.categorical()) {
            return new Task(target, 0, new int[0], -1, null);
        }
        int[] trainCodes = Arrays.stream(target.rowsWithValue(train))
                .map(r -> train.code(target.index(), r)).toArray();
        int[] classes = IntStream.concat(Arrays.stream(trainCodes), Arrays.stream(test.classes()))
                .distinct().sorted().toArray();
        int positive = -1;
        String label = null;
        if (classes.length == 2) {
            positive = target.rarerClass(train).orElse(classes[1]);
            label = train.vocabulary(target.index()).label(positive);
        }
        return new Task(target, target.classCount(train), classes, positive, label);
    }

    /**
     * Tells whether the real data holds exactly two classes.
     *
     * @return true for a binary classification
     */
    boolean binary() {
        return positive >= 0;
    }

    /**
     * The classes the ROC AUC is computed for: the positive class of a binary target, every
     * real class of a multiclass target (one against the rest, then averaged).
     *
     * @return the codes
     */
    int[] aucClasses() {
        return binary() ? new int[] {positive} : realClasses.clone();
    }
}
