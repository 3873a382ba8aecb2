package org.synthaudit.harness;

import java.util.Arrays;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;

/**
 * The rows of one table indexed by their analysable values, to tell how many rows of another
 * table (encoded over the same dictionary) repeat them: a hash table from row hashes to chains of
 * rows, and a comparison of the values of each candidate, so a hash collision never counts as a
 * match. Two rows are equal when every code and every number is equal, a missing value equal
 * only to a missing value and {@code -0.0} equal to {@code 0.0}; identifier columns are left out.
 * The input checks of a release-mode audit use it: a holdout that repeats the training records,
 * and a synthetic file that is the training data itself.
 */
final class RowMatches {
    private static final long NAN_BITS = 0x7ff8_0000_0000_0001L;

    private final Dataset table;
    private final int[] columns;
    private final long[] hashes;
    private final long[] keys;
    private final int[] heads;
    private final int[] next;
    private final int mask;
    /** Per row, the first row of the chain with the same values (its group). */
    private final int[] group;
    /** Per row that heads a group, how many rows the group has; 0 for the others. */
    private final int[] size;

    private RowMatches(Dataset table) {
        this.table = table;
        this.columns = table.schema().analysable();
        this.hashes = hashes(table, columns);
        int rows = table.rowCount();
        int capacity = Integer.highestOneBit(Math.max(2, rows * 2) - 1) << 1;
        this.keys = new long[capacity];
        this.heads = new int[capacity];
        Arrays.fill(heads, -1);
        this.next = new int[rows];
        this.mask = capacity - 1;
        for (int row = 0; row < rows; row++) {
            int slot = slot(hashes[row]);
            next[row] = heads[slot];
            keys[slot] = hashes[row];
            heads[slot] = row;
        }
        this.group = new int[rows];
        this.size = new int[rows];
        for (int row = 0; row < rows; row++) {
            group[row] = find(table, hashes[row], row);
            size[group[row]]++;
        }
    }

    /**
     * Indexes every row of a table.
     *
     * @param table the table
     * @return the index
     */
    static RowMatches of(Dataset table) {
        return new RowMatches(table);
    }

    /**
     * Tells whether the rows can be compared at all.
     *
     * @return false when every column is an identifier
     */
    boolean comparable() {
        return columns.length > 0;
    }

    /**
     * Counts the indexed rows that equal another indexed row: how often a record of the
     * population repeats one of these rows by chance, when the rows are a sample of it.
     *
     * @return the number of rows in groups of two or more equal rows
     */
    int repeatedRows() {
        int repeated = 0;
        for (int count : size) {
            repeated += count >= 2 ? count : 0;
        }
        return repeated;
    }

    /**
     * Counts the rows of another table that equal some indexed row.
     *
     * @param other a table with the same schema and dictionary
     * @return the number of its rows with an equal indexed row
     */
    int countContained(Dataset other) {
        long[] otherHashes = hashes(other, columns);
        int count = 0;
        for (int row = 0; row < other.rowCount(); row++) {
            count += find(other, otherHashes[row], row) >= 0 ? 1 : 0;
        }
        return count;
    }

    /**
     * Tells whether another table holds the same rows as the indexed one, in any order: every
     * distinct row as often in one as in the other.
     *
     * @param other a table with the same schema and dictionary
     * @return true when the two tables are equal as multisets of rows
     */
    boolean sameRows(Dataset other) {
        if (other.rowCount() != table.rowCount()) {
            return false;
        }
        long[] otherHashes = hashes(other, columns);
        long[] sortedOther = otherHashes.clone();
        long[] sortedThis = hashes.clone();
        Arrays.sort(sortedOther);
        Arrays.sort(sortedThis);
        if (!Arrays.equals(sortedOther, sortedThis)) {
            return false;
        }
        int[] left = size.clone();
        for (int row = 0; row < other.rowCount(); row++) {
            int found = find(other, otherHashes[row], row);
            if (found < 0 || --left[group[found]] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The first indexed row (in chain order) equal to a row of some table, or -1. */
    private int find(Dataset other, long hash, int row) {
        for (int candidate = heads[slot(hash)]; candidate >= 0; candidate = next[candidate]) {
            if (hashes[candidate] == hash && equal(candidate, other, row)) {
                return candidate;
            }
        }
        return -1;
    }

    /** The slot of a hash: where its chain is, or the empty slot where it would go. */
    private int slot(long hash) {
        int slot = (int) hash & mask;
        while (heads[slot] >= 0 && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean equal(int row, Dataset other, int otherRow) {
        Schema schema = table.schema();
        for (int c : columns) {
            if (schema.column(c).type().isCoded()) {
                if (table.code(c, row) != other.code(c, otherRow)) {
                    return false;
                }
            } else if (bits(table.numeric(c, row)) != bits(other.numeric(c, otherRow))) {
                return false;
            }
        }
        return true;
    }

    private static long[] hashes(Dataset table, int[] columns) {
        Schema schema = table.schema();
        long[] hashes = new long[table.rowCount()];
        for (int c : columns) {
            boolean coded = schema.column(c).type().isCoded();
            for (int row = 0; row < hashes.length; row++) {
                long value = coded ? table.code(c, row) : bits(table.numeric(c, row));
                hashes[row] = mix(hashes[row] * 31 + value);
            }
        }
        return hashes;
    }

    /** The bits of a number, with every NaN (missing) alike and {@code -0.0} as {@code 0.0}. */
    private static long bits(double value) {
        if (Double.isNaN(value)) {
            return NAN_BITS;
        }
        return value == 0 ? 0 : Double.doubleToLongBits(value);
    }

    /** The finalising step of SplitMix64, spreading every input bit over the hash. */
    private static long mix(long z) {
        long x = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d0_49bb_1331_11ebL;
        return x ^ (x >>> 31);
    }
}
