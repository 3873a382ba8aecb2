package org.synthaudit.metrics.fidelity;

import java.util.List;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;

/**
 * The analysable values of a table's rows as primitive columns, with a hash per row, for
 * finding equal rows: codes of coded columns and values of numeric and datetime columns
 * (optionally rounded to the real precision). Two rows are equal when every code and every
 * value is equal, a missing value equal only to a missing value; {@code -0.0} equals
 * {@code 0.0}.
 *
 * @param codes the codes of each coded column, {@code -1} missing
 * @param numbers the values of each numeric column, {@code NaN} missing
 * @param hashes the hash of each row's values ({@link RowHash})
 */
record RowValues(int[][] codes, double[][] numbers, long[] hashes) {

    /**
     * Reads a table's analysable columns.
     *
     * @param table the table
     * @param precisions per analysable numeric column in schema order, the rounding to apply,
     *     or {@code null} to keep the values
     * @return the rows
     */
    static RowValues of(Dataset table, List<RealPrecision> precisions) {
        Schema schema = table.schema();
        int[] analysable = schema.analysable();
        int coded = (int) java.util.Arrays.stream(analysable)
                .filter(c -> schema.column(c).type().isCoded()).count();
        int[][] codes = new int[coded][];
        double[][] numbers = new double[analysable.length - coded][];
        int nextCode = 0;
        int nextNumber = 0;
        for (int c : analysable) {
            if (schema.column(c).type().isCoded()) {
                codes[nextCode++] = table.codeColumn(c);
            } else {
                double[] values = table.numericColumn(c);
                numbers[nextNumber] = precisions == null ? values
                        : precisions.get(nextNumber).round(values);
                nextNumber++;
            }
        }
        long[] hashes = new long[table.rowCount()];
        for (int i = 0; i < hashes.length; i++) {
            long hash = RowHash.EMPTY;
            for (int[] column : codes) {
                hash = RowHash.code(hash, column[i]);
            }
            for (double[] column : numbers) {
                hash = RowHash.number(hash, column[i]);
            }
            hashes[i] = RowHash.finish(hash);
        }
        return new RowValues(codes, numbers, hashes);
    }

    /**
     * Tells whether a row of this table equals a row of another table with the same columns.
     *
     * @param row a row of this table
     * @param other the other table
     * @param otherRow a row of the other table
     * @return true if every value is equal
     */
    boolean equal(int row, RowValues other, int otherRow) {
        for (int c = 0; c < codes.length; c++) {
            if (codes[c][row] != other.codes[c][otherRow]) {
                return false;
            }
        }
        for (int c = 0; c < numbers.length; c++) {
            double a = numbers[c][row];
            double b = other.numbers[c][otherRow];
            if (!(a == b || Double.isNaN(a) && Double.isNaN(b))) {
                return false;
            }
        }
        return true;
    }
}
