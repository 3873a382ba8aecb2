package org.synthaudit.attacks.inference;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;

/**
 * Seeded samples of attack targets. The rows are first put in the order of their record ids,
 * so the sample depends only on which records a table holds and on the seed, never on the
 * order of its rows: shuffling the training or holdout table does not change the targets
 * (case C23).
 */
public final class TargetSample {
    private TargetSample() {
    }

    /**
     * Draws records without replacement.
     *
     * @param table the table to draw from
     * @param size the number of records, in {@code [0, table.rowCount()]}
     * @param seeds the seed node of the draw
     * @param name the name of the returned view
     * @return a view of {@code size} records of {@code table}, in ascending record-id order
     * @throws IllegalArgumentException if {@code size} is negative or exceeds the table
     */
    public static Dataset draw(Dataset table, int size, Seeds seeds, String name) {
        if (size < 0 || size > table.rowCount()) {
            throw new IllegalArgumentException("cannot draw " + size + " records from "
                    + table.rowCount());
        }
        int[] rows = byRecordId(table);
        SplittableRandom random = seeds.random();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(rows.length - i);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        int[] chosen = Arrays.copyOf(rows, size);
        return table.select(name, sortByRecordId(table, chosen));
    }

    /** The rows of a table ordered by record id. */
    private static int[] byRecordId(Dataset table) {
        int[] rows = new int[table.rowCount()];
        Arrays.setAll(rows, i -> i);
        return sortByRecordId(table, rows);
    }

    private static int[] sortByRecordId(Dataset table, int[] rows) {
        long[] keyed = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keyed[i] = ((long) table.recordId(rows[i]) << 32) | rows[i];
        }
        Arrays.sort(keyed);
        int[] sorted = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sorted[i] = (int) keyed[i];
        }
        return sorted;
    }
}
