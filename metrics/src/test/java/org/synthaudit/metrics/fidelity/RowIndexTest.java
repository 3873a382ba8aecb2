package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RowIndexTest {

    @Nested
    class Contains {
        @Test
        void neverCountsAHashCollisionAsACopy() {
            long[] sameHash = {42, 42, 42};
            RowValues table = new RowValues(new int[][] {{0, 1, 2}}, new double[0][],
                    sameHash);
            RowValues other = new RowValues(new int[][] {{1, 3}}, new double[0][],
                    new long[] {42, 42});
            RowIndex index = new RowIndex(table, new int[] {0, 1, 2});
            assertTrue(index.contains(other, 0));
            assertFalse(index.contains(other, 1));
            assertEquals(1, index.countContained(other));
        }

        @Test
        void seesOnlyTheIndexedRows() {
            RowValues table = new RowValues(new int[0][], new double[][] {{1.5, Double.NaN}},
                    new long[] {RowHash.finish(RowHash.number(RowHash.EMPTY, 1.5)),
                        RowHash.finish(RowHash.number(RowHash.EMPTY, Double.NaN))});
            RowIndex onlyFirst = new RowIndex(table, new int[] {0});
            assertTrue(onlyFirst.contains(table, 0));
            assertFalse(onlyFirst.contains(table, 1));
            assertTrue(new RowIndex(table, new int[] {1}).contains(table, 1));
        }
    }
}
