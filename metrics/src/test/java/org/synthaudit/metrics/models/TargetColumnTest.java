package org.synthaudit.metrics.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.models.TestTables.column;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;

class TargetColumnTest {
    private final TestTables tables = new TestTables(column("x", ColumnType.NUMERIC),
            column("y", ColumnType.CATEGORICAL, Role.TARGET));

    @Nested
    class Of {
        @Test
        void findsTheColumnWithTheTargetRole() {
            assertEquals(new TargetColumn(1, "y", true), TargetColumn.of(tables.schema())
                    .orElseThrow());
        }

        @Test
        void isEmptyWithoutATarget() {
            TestTables plain = new TestTables(column("x", ColumnType.NUMERIC));

            assertTrue(TargetColumn.of(plain.schema()).isEmpty());
        }
    }

    @Nested
    class RowsWithValue {
        @Test
        void skipsMissingTargets() {
            Dataset table = tables.table("t", new double[] {1, 2, 3},
                    new String[] {"a", null, "b"});

            assertArrayEquals(new int[] {0, 2}, TargetColumn.of(tables.schema()).orElseThrow()
                    .rowsWithValue(table));
        }
    }

    @Nested
    class RarerClass {
        @Test
        void picksTheLessFrequentClass() {
            Dataset table = tables.table("t", new double[] {1, 2, 3},
                    new String[] {"b", "a", "b"});

            assertEquals(1, TargetColumn.of(tables.schema()).orElseThrow().rarerClass(table)
                    .getAsInt());
        }

        @Test
        void picksTheLaterCodeOnATie() {
            Dataset table = tables.table("t", new double[] {1, 2}, new String[] {"0", "1"});

            assertEquals(1, TargetColumn.of(tables.schema()).orElseThrow().rarerClass(table)
                    .getAsInt());
        }
    }
}
