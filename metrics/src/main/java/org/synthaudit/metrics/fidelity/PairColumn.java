package org.synthaudit.metrics.fidelity;

import java.util.Arrays;
import java.util.List;
import org.synthaudit.core.data.Dataset;

/**
 * One analysable column of several tables as primitive arrays, for the pairwise and marginal
 * figures: a coded column as its codes over the shared vocabulary ({@code -1} missing), a
 * numeric or datetime column as its values centred on each table's mean of the non-missing
 * values ({@code NaN} missing), so one-pass sums stay accurate. The mean is summed over the
 * sorted values, so it does not depend on the order of the rows: a table and a shuffled copy
 * of it are centred alike.
 *
 * @param name the column name
 * @param coded true for a categorical or boolean column
 * @param categories for a coded column the number of codes used by any of the tables; 0 for a
 *     numeric one
 * @param codes for a coded column the codes per table, in the order the tables were given;
 *     otherwise {@code null}
 * @param values for a numeric column the centred values per table; otherwise {@code null}
 */
record PairColumn(String name, boolean coded, int categories, int[][] codes,
        double[][] values) {

    /**
     * Reads one column of several tables.
     *
     * @param column the column position, not an identifier
     * @param tables the tables, sharing one schema and dictionary
     * @return the column
     */
    static PairColumn of(int column, List<Dataset> tables) {
        Dataset first = tables.getFirst();
        String name = first.schema().column(column).name();
        if (first.schema().column(column).type().isCoded()) {
            int[][] codes = tables.stream().map(t -> t.codeColumn(column)).toArray(int[][]::new);
            int categories = first.vocabulary(column).size();
            for (int[] table : codes) {
                for (int code : table) {
                    categories = Math.max(categories, code + 1);
                }
            }
            return new PairColumn(name, true, categories, codes, null);
        }
        double[][] values = tables.stream().map(t -> centred(t.numericColumn(column)))
                .toArray(double[][]::new);
        return new PairColumn(name, false, 0, null, values);
    }

    private static double[] centred(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        double sum = 0;
        for (double v : present) {
            sum += v;
        }
        double mean = present.length == 0 ? 0 : sum / present.length;
        for (int i = 0; i < values.length; i++) {
            values[i] -= mean;
        }
        return values;
    }

    /**
     * Orders two rows of a table by this column's value: codes ascending, or numbers ascending
     * with missing values last.
     *
     * @param table the table's position
     * @param row one row
     * @param other another row of the same table
     * @return negative, zero or positive as the first value sorts before, with or after the
     *     second
     */
    int compare(int table, int row, int other) {
        return coded ? Integer.compare(codes[table][row], codes[table][other])
                : Double.compare(values[table][row], values[table][other]);
    }

    /**
     * Tells whether a value is missing.
     *
     * @param table the table's position in the order given
     * @param row the row
     * @return true if the value is missing
     */
    boolean missing(int table, int row) {
        return coded ? codes[table][row] < 0 : Double.isNaN(values[table][row]);
    }

    /**
     * Tells whether two present values are equal.
     *
     * @param table the table's position
     * @param row one row
     * @param other another row of the same table
     * @return true if both are equal
     */
    boolean same(int table, int row, int other) {
        return coded ? codes[table][row] == codes[table][other]
                : values[table][row] == values[table][other];
    }
}
