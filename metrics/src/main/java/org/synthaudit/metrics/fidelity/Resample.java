package org.synthaudit.metrics.fidelity;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.synthaudit.core.random.Seeds;

/**
 * A weighted selection of a table's rows: the distinct rows, ascending, and how often each is
 * taken. A bootstrap resample of n rows takes about 63 % of them, some several times; looping
 * over the distinct rows with their counts visits fewer rows than looping over all with
 * weights, and never branches on a zero weight.
 *
 * @param rows the distinct rows, ascending (or in the order given to {@link #inOrder})
 * @param counts how often each row is taken, {@code >= 1}, one per row
 * @param size the total weight, the sum of the counts
 */
record Resample(int[] rows, int[] counts, long size) {

    /**
     * Every row once.
     *
     * @param rowCount the number of rows of the table, {@code >= 0}
     * @return the selection of all rows with weight 1
     */
    static Resample all(int rowCount) {
        int[] rows = new int[rowCount];
        Arrays.setAll(rows, i -> i);
        int[] counts = new int[rowCount];
        Arrays.fill(counts, 1);
        return new Resample(rows, counts, rowCount);
    }

    /**
     * Some rows once each.
     *
     * @param rows the rows, distinct and ascending
     * @return the selection with weight 1
     */
    static Resample of(int[] rows) {
        int[] counts = new int[rows.length];
        Arrays.fill(counts, 1);
        return new Resample(rows, counts, rows.length);
    }

    /**
     * Every row once, visited in a given order. Sums over the rows are then taken in that
     * order, so two tables that hold the same rows in different orders give bit-identical sums
     * when both are visited in a canonical order.
     *
     * @param order a permutation of the table's rows
     * @return the selection of all rows with weight 1, in that order
     */
    static Resample inOrder(int[] order) {
        int[] counts = new int[order.length];
        Arrays.fill(counts, 1);
        return new Resample(order.clone(), counts, order.length);
    }

    /**
     * Draws as many rows as the table has, with replacement (a bootstrap resample, Efron and
     * Tibshirani 1993).
     *
     * @param rowCount the number of rows of the table, {@code >= 0}
     * @param seeds the seed node of this table and replicate
     * @return the resample; its size is the row count
     */
    static Resample bootstrap(int rowCount, Seeds seeds) {
        int[] multiplicity = new int[rowCount];
        SplittableRandom random = seeds.random();
        for (int i = 0; i < rowCount; i++) {
            multiplicity[random.nextInt(rowCount)]++;
        }
        int distinct = 0;
        for (int m : multiplicity) {
            distinct += m > 0 ? 1 : 0;
        }
        int[] rows = new int[distinct];
        int[] counts = new int[distinct];
        int k = 0;
        for (int i = 0; i < rowCount; i++) {
            if (multiplicity[i] > 0) {
                rows[k] = i;
                counts[k++] = multiplicity[i];
            }
        }
        return new Resample(rows, counts, rowCount);
    }

    /**
     * Joins a selection of one table with a selection of another stacked after it.
     *
     * @param first a selection of the first table
     * @param second a selection of the second table
     * @param offset the first table's row count: the position of the second table's row 0
     * @return the rows of both, the second's shifted by the offset
     */
    static Resample stack(Resample first, Resample second, int offset) {
        int[] rows = Arrays.copyOf(first.rows(), first.rows().length + second.rows().length);
        int[] counts = Arrays.copyOf(first.counts(), rows.length);
        for (int k = 0; k < second.rows().length; k++) {
            rows[first.rows().length + k] = second.rows()[k] + offset;
            counts[first.rows().length + k] = second.counts()[k];
        }
        return new Resample(rows, counts, first.size() + second.size());
    }
}
