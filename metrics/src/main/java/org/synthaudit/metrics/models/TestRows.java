package org.synthaudit.metrics.models;

import java.util.Objects;
import org.synthaudit.core.data.Dataset;

/**
 * The rows every model is scored on: the holdout rows whose target value is present.
 *
 * @param table the holdout table
 * @param rows the rows of {@code table} scored, in order; position {@code i} in every
 *     prediction array is {@code rows[i]}
 * @param classes for a categorical target, each row's true vocabulary code; otherwise
 *     {@code null}
 * @param values for a numeric target, each row's true value; otherwise {@code null}
 * @param droppedRows holdout rows left out because their target value is missing
 */
public record TestRows(Dataset table, int[] rows, int[] classes, double[] values,
        int droppedRows) {

    /** Checks that the table is present. */
    public TestRows {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rows, "rows");
    }

    /**
     * Selects the scored rows of the holdout.
     *
     * @param holdout the holdout table
     * @param target the target column
     * @return the rows with a target value and their truth
     */
    public static TestRows of(Dataset holdout, TargetColumn target) {
        int[] rows = target.rowsWithValue(holdout);
        int[] classes = null;
        double[] values = null;
        if (target.categorical()) {
            classes = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                classes[i] = holdout.code(target.index(), rows[i]);
            }
        } else {
            values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = holdout.numeric(target.index(), rows[i]);
            }
        }
        return new TestRows(holdout, rows, classes, values, holdout.rowCount() - rows.length);
    }

    /**
     * The number of scored rows.
     *
     * @return the count
     */
    public int size() {
        return rows.length;
    }
}
