package org.synthaudit.metrics.fidelity;

import java.util.Arrays;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Vocabulary;

/**
 * One column of train, synthetic and holdout, each reduced to the grid cells of its non-missing
 * values. For a coded column the cells are the codes of the shared vocabulary; for a numeric or
 * datetime column they are the ranks of the distinct values of the three tables together, found
 * by one sort, so every later distance and bootstrap replicate counts cells instead of sorting.
 *
 * @param cellCount the number of cells of the grid
 * @param grid for a numeric or datetime column the value of each cell, ascending; empty for a
 *     coded column
 * @param train the training sample
 * @param synthetic the synthetic sample
 * @param holdout the holdout sample
 */
record ColumnCells(int cellCount, double[] grid, Sample train, Sample synthetic,
        Sample holdout) {

    /**
     * One table's values of the column.
     *
     * @param rows the number of rows of the table, missing values included
     * @param cells the cell of every non-missing value, in row order
     */
    record Sample(int rows, int[] cells) {
        /**
         * The number of missing values.
         *
         * @return rows minus non-missing values
         */
        int missing() {
            return rows - cells.length;
        }
    }

    /**
     * Reduces one column of three tables to cells.
     *
     * @param column the column position, not an identifier
     * @param train the training table
     * @param synthetic the synthetic table
     * @param holdout the holdout table
     * @return the cells
     */
    static ColumnCells of(int column, Dataset train, Dataset synthetic, Dataset holdout) {
        if (train.schema().column(column).type().isCoded()) {
            int[][] codes = {present(train.codeColumn(column)),
                present(synthetic.codeColumn(column)), present(holdout.codeColumn(column))};
            int cellCount = train.vocabulary(column).size();
            for (int[] sample : codes) {
                for (int code : sample) {
                    cellCount = Math.max(cellCount, code + 1);
                }
            }
            return new ColumnCells(cellCount, new double[0],
                    new Sample(train.rowCount(), codes[0]),
                    new Sample(synthetic.rowCount(), codes[1]),
                    new Sample(holdout.rowCount(), codes[2]));
        }
        double[][] values = {present(train.numericColumn(column)),
            present(synthetic.numericColumn(column)), present(holdout.numericColumn(column))};
        double[] grid = distinctSorted(values);
        return new ColumnCells(grid.length, grid,
                new Sample(train.rowCount(), ranks(values[0], grid)),
                new Sample(synthetic.rowCount(), ranks(values[1], grid)),
                new Sample(holdout.rowCount(), ranks(values[2], grid)));
    }

    private static int[] present(int[] codes) {
        return Arrays.stream(codes).filter(c -> c != Vocabulary.MISSING).toArray();
    }

    /** The non-missing values, with -0.0 turned into 0.0 so that the two compare equal. */
    private static double[] present(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).map(v -> v + 0.0).toArray();
    }

    private static double[] distinctSorted(double[][] samples) {
        int total = 0;
        for (double[] sample : samples) {
            total += sample.length;
        }
        double[] all = new double[total];
        int at = 0;
        for (double[] sample : samples) {
            System.arraycopy(sample, 0, all, at, sample.length);
            at += sample.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private static int[] ranks(double[] values, double[] grid) {
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = Arrays.binarySearch(grid, values[i]);
        }
        return ranks;
    }
}
