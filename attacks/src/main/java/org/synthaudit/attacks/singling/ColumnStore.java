package org.synthaudit.attacks.singling;

import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Vocabulary;

/**
 * The analysable columns of one table as primitive arrays, for scanning predicates column by
 * column: numeric and datetime columns as {@code double[]} ({@code NaN} when missing), coded
 * columns as {@code int[]} ({@link Vocabulary#MISSING} when missing).
 */
final class ColumnStore {
    private final double[][] numbers;
    private final int[][] codes;
    private final int rows;

    private ColumnStore(double[][] numbers, int[][] codes, int rows) {
        this.numbers = numbers;
        this.codes = codes;
        this.rows = rows;
    }

    /**
     * Copies the columns of a table.
     *
     * @param table the table
     * @param columns the schema positions of the columns, none an identifier
     * @return the store; store column {@code j} is schema column {@code columns[j]}
     */
    static ColumnStore of(Dataset table, int[] columns) {
        double[][] numbers = new double[columns.length][];
        int[][] codes = new int[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            if (table.schema().column(columns[j]).type().isCoded()) {
                codes[j] = table.codeColumn(columns[j]);
            } else {
                numbers[j] = table.numericColumn(columns[j]);
            }
        }
        return new ColumnStore(numbers, codes, table.rowCount());
    }

    /**
     * The number of rows.
     *
     * @return the row count
     */
    int rows() {
        return rows;
    }

    /**
     * The number of columns.
     *
     * @return the column count
     */
    int columns() {
        return codes.length;
    }

    /**
     * Tells whether a column is coded.
     *
     * @param column a store column
     * @return true for a categorical or boolean column
     */
    boolean coded(int column) {
        return codes[column] != null;
    }

    /**
     * A numeric column.
     *
     * @param column a numeric store column
     * @return its values, not copied
     */
    double[] numbers(int column) {
        return numbers[column];
    }

    /**
     * A coded column.
     *
     * @param column a coded store column
     * @return its codes, not copied
     */
    int[] codes(int column) {
        return codes[column];
    }

    /**
     * Finds the record a predicate singles out: the first term scans its whole column, the
     * others filter the survivors.
     *
     * @param predicate the terms of a conjunction, at least one
     * @return the only matching row, or -1 when no row matches, or -2 when several do
     */
    int isolate(Condition[] predicate) {
        int[] survivors = new int[rows];
        int count = scan(predicate[0], survivors);
        for (int t = 1; t < predicate.length && count > 0; t++) {
            count = filter(predicate[t], survivors, count);
        }
        return count == 1 ? survivors[0] : count == 0 ? -1 : -2;
    }

    private int scan(Condition term, int[] out) {
        int count = 0;
        if (term.kind() == Condition.Kind.CODE || (term.kind() == Condition.Kind.MISSING
                && coded(term.column()))) {
            int[] values = codes[term.column()];
            int wanted = term.kind() == Condition.Kind.MISSING ? Vocabulary.MISSING
                    : (int) term.low();
            for (int r = 0; r < rows; r++) {
                out[count] = r;
                count += values[r] == wanted ? 1 : 0;
            }
            return count;
        }
        double[] values = numbers[term.column()];
        for (int r = 0; r < rows; r++) {
            out[count] = r;
            count += matches(term, values[r]) ? 1 : 0;
        }
        return count;
    }

    private int filter(Condition term, int[] survivors, int count) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int r = survivors[i];
            boolean match = coded(term.column())
                    ? codes[term.column()][r] == (term.kind() == Condition.Kind.MISSING
                            ? Vocabulary.MISSING : (int) term.low())
                    : matches(term, numbers[term.column()][r]);
            survivors[kept] = r;
            kept += match ? 1 : 0;
        }
        return kept;
    }

    private static boolean matches(Condition term, double value) {
        return switch (term.kind()) {
            case MISSING -> Double.isNaN(value);
            case AT_MOST -> value <= term.low();
            case AT_LEAST -> value >= term.low();
            case WITHIN -> value >= term.low() && value <= term.high();
            case CODE -> throw new IllegalStateException("a code term on a numeric column");
        };
    }
}
