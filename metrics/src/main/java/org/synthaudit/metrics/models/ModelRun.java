package org.synthaudit.metrics.models;

import java.util.Map;
import java.util.Objects;

/**
 * One model trained on one table and scored on the test rows.
 *
 * @param trainedOn the name of the training table, {@code synthetic} or {@code train}
 * @param predictions its predictions for the test rows, or why there are none
 * @param trainingRows the training rows used (those with a target value)
 * @param droppedTrainingRows training rows left out because their target value is missing
 * @param unseenTestRows test rows holding a category that no training row holds; they are scored
 *     all the same
 * @param unseenCellsByColumn the number of such categories per column, in schema order
 */
public record ModelRun(String trainedOn, Predictions predictions, int trainingRows,
        int droppedTrainingRows, int unseenTestRows, Map<String, Integer> unseenCellsByColumn) {

    /** Freezes the map. */
    public ModelRun {
        Objects.requireNonNull(trainedOn, "trainedOn");
        Objects.requireNonNull(predictions, "predictions");
        unseenCellsByColumn = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(unseenCellsByColumn));
    }
}
