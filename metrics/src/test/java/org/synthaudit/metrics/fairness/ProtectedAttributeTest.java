package org.synthaudit.metrics.fairness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synthaudit.metrics.models.TestTables.column;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.metrics.models.TestTables;

class ProtectedAttributeTest {

    @Nested
    class Coded {
        @Test
        void makesMissingValuesAGroupOfTheirOwn() {
            // case C04: group = a, a, a, a, b, b, (empty)
            TestTables tables = new TestTables(column("group", ColumnType.CATEGORICAL,
                    Role.PROTECTED));
            Dataset table = tables.table("t", (Object) new String[] {"a", "a", "a", "a", "b",
                "b", null});

            ProtectedAttribute attribute = ProtectedAttribute.coded(table, 0);

            assertEquals(List.of("a", "b", "(missing)"), attribute.labels());
            assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 2}, new AttributeSet(List.of(
                    attribute)).groups(table, new int[] {0, 1, 2, 3, 4, 5, 6}));
        }
    }

    @Nested
    class Binned {
        private final TestTables tables = new TestTables(column("age", ColumnType.NUMERIC,
                Role.PROTECTED));

        @Test
        void cutsAtTheGivenPoints() {
            Dataset table = tables.table("t", new double[] {19, 25, 40, Double.NaN});

            ProtectedAttribute attribute = ProtectedAttribute.binned(table, 0,
                    new double[] {25});

            assertEquals(List.of("< 25", ">= 25", "(missing)"), attribute.labels());
            assertArrayEquals(new int[] {0, 1, 1, 2}, new AttributeSet(List.of(attribute))
                    .groups(table, new int[] {0, 1, 2, 3}));
        }

        @Test
        void cutsAtTheQuartilesByDefault() {
            Dataset table = tables.table("t", new double[] {1, 2, 3, 4, 5, 6, 7, 8});

            ProtectedAttribute attribute = ProtectedAttribute.binned(table, 0, null);

            assertEquals(List.of("< 2.75", "[2.75, 4.5)", "[4.5, 6.25)", ">= 6.25", "(missing)"),
                    attribute.labels());
        }
    }
}
