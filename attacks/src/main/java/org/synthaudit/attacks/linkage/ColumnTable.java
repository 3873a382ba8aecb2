package org.synthaudit.attacks.linkage;

import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Vocabulary;

/**
 * A table's analysable columns as column-major {@code double} arrays, the layout the linkage
 * kernels scan: numeric values as they are, category codes as whole numbers, {@code NaN} for a
 * missing value in either. One array per {@link Agreement} slot.
 */
final class ColumnTable {
    private final Dataset source;
    private final double[][] values;

    private ColumnTable(Dataset source, double[][] values) {
        this.source = source;
        this.values = values;
    }

    /**
     * Copies a table's analysable columns.
     *
     * @param table the table
     * @param agreement the slots to copy
     * @return the column-major copy
     */
    static ColumnTable of(Dataset table, Agreement agreement) {
        double[][] values = new double[agreement.slots()][];
        for (int slot = 0; slot < values.length; slot++) {
            int column = agreement.column(slot);
            if (agreement.coded(slot)) {
                int[] codes = table.codeColumn(column);
                double[] asDoubles = new double[codes.length];
                for (int r = 0; r < codes.length; r++) {
                    asDoubles[r] = codes[r] == Vocabulary.MISSING ? Double.NaN : codes[r];
                }
                values[slot] = asDoubles;
            } else {
                values[slot] = table.numericColumn(column);
            }
        }
        return new ColumnTable(table, values);
    }

    int rows() {
        return source.rowCount();
    }

    Dataset source() {
        return source;
    }

    double value(int slot, int row) {
        return values[slot][row];
    }

    /** The values of a slot, shared, not copied: callers only read it. */
    double[] column(int slot) {
        return values[slot];
    }

    /** Every slot's values, shared, not copied: callers only read them. */
    double[][] columns() {
        return values.clone();
    }

    int recordId(int row) {
        return source.recordId(row);
    }
}
