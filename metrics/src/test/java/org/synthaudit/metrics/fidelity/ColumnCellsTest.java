package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;

class ColumnCellsTest {

    @Nested
    class Of {
        @Test
        void ranksNumericValuesOnTheGridOfAllThreeTables() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset train = tables.table("train", numbers(5, Double.NaN, 2));
            Dataset synthetic = tables.table("synthetic", numbers(7, -0.0));
            Dataset holdout = tables.table("holdout", numbers(0.0, 5));
            ColumnCells cells = ColumnCells.of(0, train, synthetic, holdout);
            assertEquals(4, cells.cellCount());
            assertArrayEquals(new int[] {2, 1}, cells.train().cells());
            assertEquals(1, cells.train().missing());
            assertArrayEquals(new int[] {3, 0}, cells.synthetic().cells());
            assertArrayEquals(new int[] {0, 2}, cells.holdout().cells());
        }

        @Test
        void usesTheSharedCodesOfACodedColumn() {
            Tables tables = new Tables("c", ColumnType.CATEGORICAL);
            Dataset train = tables.table("train", labels("a", null, "b"));
            Dataset synthetic = tables.table("synthetic", labels("c", "a"));
            Dataset holdout = tables.table("holdout", labels((String) null));
            ColumnCells cells = ColumnCells.of(0, train, synthetic, holdout);
            assertEquals(3, cells.cellCount());
            assertArrayEquals(new int[] {0, 1}, cells.train().cells());
            assertArrayEquals(new int[] {2, 0}, cells.synthetic().cells());
            assertEquals(1, cells.holdout().missing());
        }
    }
}
