package org.synthaudit.generators;

import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;

/**
 * The training records a generator learnt from, copied once into primitive arrays (one per
 * column, identifiers left out), and the means to copy chosen rows into a new synthetic table.
 * Immutable after construction, so one instance serves concurrent samples.
 */
final class TrainingColumns {
    private final Schema schema;
    private final Dictionary dictionary;
    private final Object[] values;
    private final int rowCount;

    private TrainingColumns(Dataset train) {
        this.schema = train.schema();
        this.dictionary = train.dictionary();
        this.rowCount = train.rowCount();
        this.values = new Object[schema.size()];
        for (int c = 0; c < schema.size(); c++) {
            ColumnType type = schema.column(c).type();
            if (type.isNumeric()) {
                values[c] = train.numericColumn(c);
            } else if (type.isCoded()) {
                values[c] = train.codeColumn(c);
            }
        }
    }

    /**
     * Copies the training records.
     *
     * @param train the training table or view
     * @param generatorId the generator's id, for the error message
     * @return the copied columns
     * @throws InputException if the training table has no rows
     */
    static TrainingColumns of(Dataset train, String generatorId) {
        if (train.rowCount() == 0) {
            throw new InputException("generator " + generatorId + ": the training table '"
                    + train.name() + "' has no rows; expected at least one record to learn from");
        }
        return new TrainingColumns(train);
    }

    /**
     * The number of training records.
     *
     * @return the row count, {@code >= 1}
     */
    int rowCount() {
        return rowCount;
    }

    /**
     * The schema of the training table.
     *
     * @return the schema
     */
    Schema schema() {
        return schema;
    }

    /**
     * Starts the synthetic table every generator returns.
     *
     * @param rows the number of synthetic records, {@code >= 0}
     * @return a builder named {@code synthetic} with the training schema and dictionary
     * @throws IllegalArgumentException if rows is negative
     */
    Dataset.Builder newSynthetic(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, was " + rows);
        }
        return Dataset.builder("synthetic", schema, dictionary, rows);
    }

    /**
     * Fills one column of a synthetic table with chosen training values; identifier columns
     * are left unset, so they come out missing.
     *
     * @param builder the synthetic table
     * @param column the column position
     * @param rows for each synthetic row, the training row whose value it takes
     */
    void copy(Dataset.Builder builder, int column, int[] rows) {
        switch (values[column]) {
            case double[] source -> {
                double[] out = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = source[rows[i]];
                }
                builder.numeric(column, out);
            }
            case int[] source -> {
                int[] out = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = source[rows[i]];
                }
                builder.codes(column, out);
            }
            case null -> { }
            default -> throw new IllegalStateException("unexpected column storage");
        }
    }
}
