package org.synthaudit.metrics.fidelity;

import java.util.Arrays;

/**
 * An index of some rows of a table by their values, answering "does this table hold a row equal
 * to that one?" in expected constant time: an open-addressing hash table from row hashes to a
 * chain of the rows with that hash, and a comparison of the values of each candidate, so hash
 * collisions never count as matches.
 */
final class RowIndex {
    private final RowValues table;
    private final long[] keys;
    private final int[] heads;
    private final int[] next;
    private final int mask;

    /**
     * Indexes rows of a table.
     *
     * @param table the table's values
     * @param rows the rows to index
     */
    RowIndex(RowValues table, int[] rows) {
        this.table = table;
        int capacity = Integer.highestOneBit(Math.max(2, rows.length * 2) - 1) << 1;
        this.keys = new long[capacity];
        this.heads = new int[capacity];
        Arrays.fill(heads, -1);
        this.next = new int[table.hashes().length];
        this.mask = capacity - 1;
        for (int row : rows) {
            int slot = slot(table.hashes()[row]);
            next[row] = heads[slot];
            keys[slot] = table.hashes()[row];
            heads[slot] = row;
        }
    }

    /** The slot of a hash: where it is, or the empty slot where it would go. */
    private int slot(long hash) {
        int slot = (int) hash & mask;
        while (heads[slot] >= 0 && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * Tells whether an indexed row equals a row of another table.
     *
     * @param other the other table's values, with the same columns
     * @param row the row of the other table
     * @return true if some indexed row has the same values
     */
    boolean contains(RowValues other, int row) {
        return find(other, row) >= 0;
    }

    /**
     * Finds an indexed row equal to a row of another table.
     *
     * @param other the other table's values, with the same columns
     * @param row the row of the other table
     * @return the last indexed row with the same values, or -1 when there is none
     */
    int find(RowValues other, int row) {
        int slot = slot(other.hashes()[row]);
        for (int candidate = heads[slot]; candidate >= 0; candidate = next[candidate]) {
            if (table.equal(candidate, other, row)) {
                return candidate;
            }
        }
        return -1;
    }

    /**
     * Counts the rows of another table that equal some indexed row.
     *
     * @param other the other table's values
     * @return the number of its rows with a copy among the indexed rows
     */
    long countContained(RowValues other) {
        long count = 0;
        for (int row = 0; row < other.hashes().length; row++) {
            count += contains(other, row) ? 1 : 0;
        }
        return count;
    }
}
