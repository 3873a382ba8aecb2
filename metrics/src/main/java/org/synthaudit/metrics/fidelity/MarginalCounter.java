package org.synthaudit.metrics.fidelity;

import java.util.Arrays;
import java.util.List;

/**
 * Counts one marginal (a combination of binned columns) in several samples and computes total
 * variation distances between them in exact integer arithmetic:
 * {@code TVD = sum_c |a_c * m - b_c * n| / (2 n m)} for counts a, b of sizes n, m. Only the
 * cells a sample occupies are visited, so a comparison costs the sample's rows, not the number
 * of possible cells. One counter belongs to one thread.
 *
 * <p>The cells of a row are numbered by mixed radix over the columns' bins; when the product of
 * the bin counts exceeds {@link #DENSE_LIMIT}, the occupied combinations are sorted and
 * renumbered densely first, so the counts never need more cells than there are rows.
 */
final class MarginalCounter {
    /** The largest number of possible cells counted in a plain array. */
    static final int DENSE_LIMIT = 1 << 18;

    private final int[][] cells;
    private final int[] reference;
    private final int[] referenceOccupied;
    private final long referenceSize;
    private final int[] first;
    private final int[] second;
    private final int[] firstTouched;
    private final int[] secondTouched;

    /**
     * Numbers the cells of every row of every table and counts the reference table.
     *
     * @param columns the binned columns of the marginal, all over the same tables
     * @param referenceTable the position of the table other samples are compared with
     */
    MarginalCounter(List<MarginalBins> columns, int referenceTable) {
        this.cells = cellsOf(columns);
        int cellCount = 0;
        for (int[] table : cells) {
            for (int cell : table) {
                cellCount = Math.max(cellCount, cell + 1);
            }
        }
        this.first = new int[cellCount];
        this.second = new int[cellCount];
        this.firstTouched = new int[cellCount];
        this.secondTouched = new int[cellCount];
        this.reference = new int[cellCount];
        int[] touched = new int[cellCount];
        int occupied = count(cells[referenceTable], Resample.all(cells[referenceTable].length),
                reference, touched);
        this.referenceOccupied = Arrays.copyOf(touched, occupied);
        this.referenceSize = cells[referenceTable].length;
    }

    private static int[][] cellsOf(List<MarginalBins> columns) {
        int tables = columns.getFirst().bins().length;
        long product = 1;
        for (MarginalBins column : columns) {
            product *= column.count();
        }
        long[][] keys = new long[tables][];
        for (int t = 0; t < tables; t++) {
            int rows = columns.getFirst().bins()[t].length;
            keys[t] = new long[rows];
            for (int i = 0; i < rows; i++) {
                long key = 0;
                for (MarginalBins column : columns) {
                    key = key * column.count() + column.bins()[t][i];
                }
                keys[t][i] = key;
            }
        }
        long[] grid = product > DENSE_LIMIT ? occupied(keys) : null;
        int[][] cells = new int[tables][];
        for (int t = 0; t < tables; t++) {
            cells[t] = new int[keys[t].length];
            for (int i = 0; i < keys[t].length; i++) {
                cells[t][i] = grid == null ? (int) keys[t][i]
                        : Arrays.binarySearch(grid, keys[t][i]);
            }
        }
        return cells;
    }

    /** The distinct keys of all tables, ascending, to number sparse cells densely. */
    private static long[] occupied(long[][] keys) {
        long[] all = Arrays.stream(keys).flatMapToLong(Arrays::stream).sorted().toArray();
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /**
     * The number of rows of a table.
     *
     * @param table the table's position
     * @return its row count
     */
    int rows(int table) {
        return cells[table].length;
    }

    /**
     * The distance between the reference table and a sample of a table.
     *
     * @param table the sample's table
     * @param sample the sample's rows of that table and their weights
     * @return the total variation distance, in [0, 1]
     */
    double toReference(int table, Resample sample) {
        int touched = count(cells[table], sample, second, secondTouched);
        long m = sample.size();
        long n = referenceSize;
        long sum = 0;
        for (int c : referenceOccupied) {
            sum += Math.abs(reference[c] * m - second[c] * n);
        }
        for (int i = 0; i < touched; i++) {
            int c = secondTouched[i];
            if (reference[c] == 0) {
                sum += second[c] * n;
            }
            second[c] = 0;
        }
        return sum / (2.0 * n * m);
    }

    /**
     * The distance between samples of two tables, such as two bootstrap resamples.
     *
     * @param tableA the first table
     * @param sampleA its rows and weights
     * @param tableB the second table
     * @param sampleB its rows and weights
     * @return the total variation distance, in [0, 1]
     */
    double between(int tableA, Resample sampleA, int tableB, Resample sampleB) {
        int touchedA = count(cells[tableA], sampleA, first, firstTouched);
        int touchedB = count(cells[tableB], sampleB, second, secondTouched);
        long n = sampleA.size();
        long m = sampleB.size();
        long sum = 0;
        for (int i = 0; i < touchedA; i++) {
            int c = firstTouched[i];
            sum += Math.abs(first[c] * m - second[c] * n);
        }
        for (int i = 0; i < touchedB; i++) {
            int c = secondTouched[i];
            if (first[c] == 0) {
                sum += second[c] * n;
            }
            second[c] = 0;
        }
        for (int i = 0; i < touchedA; i++) {
            first[firstTouched[i]] = 0;
        }
        return sum / (2.0 * n * m);
    }

    /** Adds the sample's rows to counts, listing each newly occupied cell; returns how many. */
    private static int count(int[] cells, Resample sample, int[] counts, int[] touched) {
        int occupied = 0;
        int[] rows = sample.rows();
        int[] weights = sample.counts();
        for (int k = 0; k < rows.length; k++) {
            int c = cells[rows[k]];
            if (counts[c] == 0) {
                touched[occupied++] = c;
            }
            counts[c] += weights[k];
        }
        return occupied;
    }
}
