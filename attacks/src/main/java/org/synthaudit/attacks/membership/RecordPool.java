package org.synthaudit.attacks.membership;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.synthaudit.core.data.Dataset;

/**
 * Records of the real table that training sets are drawn from, held as rows of the real table,
 * so that records of different splits (reference records and a target from the training split)
 * can be put together in one view.
 */
final class RecordPool {
    private final Dataset real;
    private final int[] rows;

    private RecordPool(Dataset real, int[] rows) {
        this.real = real;
        this.rows = rows;
    }

    /**
     * The records of a split.
     *
     * @param real the real table every split is a view of
     * @param split a split (train, holdout or reference), a view of the same base table
     * @return the split's records as rows of {@code real}
     * @throws IllegalArgumentException if the split is not a view of the real table's base, or
     *     holds a record the real table lacks
     */
    static RecordPool of(Dataset real, Dataset split) {
        if (!real.sharesBaseWith(split)) {
            throw new IllegalArgumentException("table '" + split.name() + "' is not a view of "
                    + "the real table");
        }
        int largest = 0;
        for (int r = 0; r < real.rowCount(); r++) {
            largest = Math.max(largest, real.recordId(r));
        }
        int[] rowOfRecord = new int[largest + 1];
        Arrays.fill(rowOfRecord, -1);
        for (int r = 0; r < real.rowCount(); r++) {
            rowOfRecord[real.recordId(r)] = r;
        }
        int[] rows = new int[split.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            int id = split.recordId(i);
            rows[i] = id < rowOfRecord.length ? rowOfRecord[id] : -1;
            if (rows[i] < 0) {
                throw new IllegalArgumentException("record " + id + " of '" + split.name()
                        + "' is not in the real table");
            }
        }
        return new RecordPool(real, rows);
    }

    /**
     * The number of records.
     *
     * @return the count
     */
    int size() {
        return rows.length;
    }

    /**
     * The row of the real table of a record.
     *
     * @param index a record of the pool, in {@code [0, size())}
     * @return its row in the real table
     */
    int realRow(int index) {
        return rows[index];
    }

    /**
     * The pool without some of its records.
     *
     * @param realRows rows of the real table to leave out
     * @return a new pool
     */
    RecordPool without(int... realRows) {
        int[] sortedOut = realRows.clone();
        Arrays.sort(sortedOut);
        int[] kept = Arrays.stream(rows).filter(r -> Arrays.binarySearch(sortedOut, r) < 0)
                .toArray();
        return new RecordPool(real, kept);
    }

    /**
     * Draws distinct records of the pool, uniformly, plus extra records, as one view of the real
     * table in ascending row order.
     *
     * @param name the view's name
     * @param size the number of records drawn from the pool, in {@code [0, size()]}
     * @param extra rows of the real table added to the draw
     * @param random the source of the draw
     * @return the view
     */
    Dataset draw(String name, int size, int[] extra, SplittableRandom random) {
        int[] chosen = Arrays.copyOf(choose(rows, size, random), size + extra.length);
        System.arraycopy(extra, 0, chosen, size, extra.length);
        Arrays.sort(chosen);
        return real.select(name, chosen);
    }

    /**
     * A uniform sample of distinct entries by a partial Fisher-Yates shuffle of a copy.
     *
     * @param items the entries
     * @param size the sample size, in {@code [0, items.length]}
     * @param random the source
     * @return the sample, in draw order
     */
    static int[] choose(int[] items, int size, SplittableRandom random) {
        if (size < 0 || size > items.length) {
            throw new IllegalArgumentException("cannot draw " + size + " of " + items.length
                    + " records");
        }
        int[] copy = items.clone();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(copy.length - i);
            int swap = copy[i];
            copy[i] = copy[j];
            copy[j] = swap;
        }
        return Arrays.copyOf(copy, size);
    }
}
