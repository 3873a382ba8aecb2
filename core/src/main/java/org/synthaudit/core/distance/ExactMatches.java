package org.synthaudit.core.distance;

import java.util.Arrays;

/**
 * A hash index of encoded rows that answers, for any record, whether some indexed row lies at
 * record distance exactly 0 from it: equal on every compared column, a missing value equal only
 * to a missing value. It gives the same answer as a nearest-neighbour search asking whether the
 * closest distance is 0, at the cost of one hash lookup per record instead of a scan, so exact
 * copies can be counted over every training and every holdout record.
 *
 * <p>Each row is hashed from its encoded values ({@code -0.0} taken as {@code 0.0}, every
 * missing value alike); the rows sharing a target's hash are then checked with the distance
 * kernel itself, so a hash collision never counts as a match.
 */
public final class ExactMatches {
    private final EncodedRows indexed;
    /** Row hashes in ascending order. */
    private final long[] sortedHashes;
    /** The indexed row of each entry of {@link #sortedHashes}. */
    private final int[] rowOfHash;

    private ExactMatches(EncodedRows indexed, long[] sortedHashes, int[] rowOfHash) {
        this.indexed = indexed;
        this.sortedHashes = sortedHashes;
        this.rowOfHash = rowOfHash;
    }

    /**
     * Indexes the rows of a table, typically a synthetic release.
     *
     * @param rows the encoded rows to look records up in
     * @return the index
     */
    public static ExactMatches of(EncodedRows rows) {
        int n = rows.rowCount();
        long[] hashes = new long[n];
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) {
            hashes[r] = hash(rows, r);
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Long.compare(hashes[a], hashes[b]));
        long[] sorted = new long[n];
        int[] rowOf = new int[n];
        for (int i = 0; i < n; i++) {
            rowOf[i] = order[i];
            sorted[i] = hashes[order[i]];
        }
        return new ExactMatches(rows, sorted, rowOf);
    }

    /**
     * Marks the records that have an exact copy among the indexed rows.
     *
     * @param targets records encoded by the same distance as the indexed rows
     * @return per target row, whether some indexed row is at distance 0 from it
     * @throws IllegalArgumentException if {@code targets} was encoded by another distance
     */
    public boolean[] contained(EncodedRows targets) {
        targets.requireSameDistance(indexed);
        boolean[] found = new boolean[targets.rowCount()];
        for (int t = 0; t < found.length; t++) {
            found[t] = contains(targets, t);
        }
        return found;
    }

    /**
     * Counts the records that have an exact copy among the indexed rows.
     *
     * @param targets records encoded by the same distance as the indexed rows
     * @return the number of target rows with some indexed row at distance 0
     * @throws IllegalArgumentException if {@code targets} was encoded by another distance
     */
    public int count(EncodedRows targets) {
        int count = 0;
        for (boolean found : contained(targets)) {
            count += found ? 1 : 0;
        }
        return count;
    }

    private boolean contains(EncodedRows targets, int row) {
        long hash = hash(targets, row);
        int i = Arrays.binarySearch(sortedHashes, hash);
        if (i < 0) {
            return false;
        }
        while (i > 0 && sortedHashes[i - 1] == hash) {
            i--;
        }
        for (; i < sortedHashes.length && sortedHashes[i] == hash; i++) {
            if (targets.sum(row, indexed, rowOfHash[i], Double.MIN_VALUE) == 0) {
                return true;
            }
        }
        return false;
    }

    /** A hash of one encoded row on which records at distance 0 always agree. */
    private static long hash(EncodedRows rows, int row) {
        long h = 1125899906842597L;
        int[] codes = rows.codes();
        for (int j = 0, a = row * rows.codeWidth(); j < rows.codeWidth(); j++) {
            h = 31 * h + codes[a + j];
        }
        h = mix(h, rows.exact(), row * rows.exactWidth(), rows.exactWidth());
        return mix(h, rows.scaled(), row * rows.numericWidth(), rows.numericWidth());
    }

    private static long mix(long seed, double[] values, int from, int width) {
        long h = seed;
        for (int j = 0; j < width; j++) {
            double v = values[from + j];
            h = 31 * h + Double.doubleToLongBits(v == 0 ? 0.0 : v);
        }
        return h;
    }
}
