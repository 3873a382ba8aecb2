package org.synthaudit.metrics.fidelity;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.synthaudit.core.random.Seeds;

/** Seeded simple random samples of rows, without replacement. */
final class Subsamples {
    private Subsamples() {
    }

    /**
     * Draws rows without replacement by a partial Fisher-Yates shuffle.
     *
     * @param population the number of rows to draw from, {@code >= 0}
     * @param size the number of rows to draw, in {@code [0, population]}
     * @param seeds the seed node of this sample
     * @return the drawn rows, ascending
     * @throws IllegalArgumentException if size is outside {@code [0, population]}
     */
    static int[] draw(int population, int size, Seeds seeds) {
        if (size < 0 || size > population) {
            throw new IllegalArgumentException("cannot draw " + size + " of " + population
                    + " rows");
        }
        int[] rows = new int[population];
        Arrays.setAll(rows, i -> i);
        SplittableRandom random = seeds.random();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(population - i);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        int[] drawn = Arrays.copyOf(rows, size);
        Arrays.sort(drawn);
        return drawn;
    }
}
