package org.synthaudit.attacks.linkage;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;

/**
 * Seeded samples of attack targets that depend on which records a table holds, not on the order
 * it holds them in: rows are put in record-id order before the draw, so a shuffled view of the
 * same records gives the same targets (case C23).
 */
final class TargetSample {
    private TargetSample() {
    }

    /**
     * Draws records without replacement.
     *
     * @param table the records to draw from
     * @param size how many to draw, in {@code [0, table.rowCount()]}
     * @param seeds the seed node of the draw
     * @param name the name of the returned view
     * @return a view of the drawn records in ascending record-id order
     * @throws IllegalArgumentException if {@code size} is out of range
     */
    static Dataset draw(Dataset table, int size, Seeds seeds, String name) {
        int count = table.rowCount();
        if (size < 0 || size > count) {
            throw new IllegalArgumentException("cannot draw " + size + " of " + count
                    + " records of '" + table.name() + "'");
        }
        int[] rows = byRecordId(table);
        SplittableRandom random = seeds.random();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(count - i);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        int[] chosen = Arrays.copyOf(rows, size);
        sortByRecordId(table, chosen);
        return table.select(name, chosen);
    }

    private static int[] byRecordId(Dataset table) {
        int[] rows = new int[table.rowCount()];
        Arrays.setAll(rows, i -> i);
        sortByRecordId(table, rows);
        return rows;
    }

    /** Sorts rows of a table by their record ids; record ids of one table are distinct. */
    private static void sortByRecordId(Dataset table, int[] rows) {
        long[] keyed = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keyed[i] = ((long) table.recordId(rows[i]) << 32) | rows[i];
        }
        Arrays.sort(keyed);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (int) keyed[i];
        }
    }
}
