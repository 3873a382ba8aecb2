package org.synthaudit.core.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllocationTest {
    @Nested
    class Allocate {
        @Test
        void splitsExactSharesExactly() {
            int[][] counts = Allocation.allocate(new int[] {60, 40}, new int[] {50, 30, 20},
                    new SplittableRandom(1));

            assertArrayEquals(new int[] {30, 18, 12}, counts[0]);
            assertArrayEquals(new int[] {20, 12, 8}, counts[1]);
        }

        @Test
        void roundsEveryShareToAnAdjacentWholeNumberAndKeepsAllTotals() {
            SplittableRandom fixtures = new SplittableRandom(7);
            for (int trial = 0; trial < 200; trial++) {
                int[] strata = new int[1 + fixtures.nextInt(12)];
                int total = 0;
                for (int s = 0; s < strata.length; s++) {
                    strata[s] = fixtures.nextInt(40);
                    total += strata[s];
                }
                int[] parts = new int[4];
                int left = total;
                for (int p = 0; p < 3; p++) {
                    parts[p] = left == 0 ? 0 : fixtures.nextInt(left + 1);
                    left -= parts[p];
                }
                parts[3] = left;

                int[][] counts = Allocation.allocate(strata, parts, new SplittableRandom(trial));

                check(strata, parts, total, counts);
            }
        }

        private void check(int[] strata, int[] parts, int total, int[][] counts) {
            int[] partSums = new int[parts.length];
            for (int s = 0; s < strata.length; s++) {
                int rowSum = 0;
                for (int p = 0; p < parts.length; p++) {
                    double share = (double) parts[p] * strata[s] / total;
                    assertTrue(Math.abs(counts[s][p] - share) < 1, counts[s][p] + " vs " + share);
                    rowSum += counts[s][p];
                    partSums[p] += counts[s][p];
                }
                assertEquals(strata[s], rowSum);
            }
            assertArrayEquals(parts, partSums);
        }

        @Test
        void rejectsPartsThatDoNotAddUpToTheStrata() {
            assertThrows(IllegalArgumentException.class, () -> Allocation.allocate(
                    new int[] {3, 4}, new int[] {3, 3}, new SplittableRandom(1)));
        }
    }
}
