package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;

class RealPrecisionTest {
    private static RealPrecision of(ColumnType type, double... values) {
        Tables tables = new Tables("v", type);
        Dataset train = tables.table("train", values);
        return RealPrecision.of(train, 0);
    }

    @Nested
    class Of {
        @Test
        void findsTheFewestDecimalsThatWriteEveryValue() {
            assertEquals("whole numbers", of(ColumnType.NUMERIC, 39, 40, Double.NaN)
                    .description());
            assertEquals("1 decimal", of(ColumnType.NUMERIC, 0.1, 2.5).description());
            assertEquals("2 decimals", of(ColumnType.NUMERIC, 0.07, 1.5).description());
            assertEquals(0.0, of(ColumnType.NUMERIC, Math.PI).step());
        }

        @Test
        void findsWholeDaysInDates() {
            assertEquals("whole days", of(ColumnType.DATETIME, 1.266624e9, 86_400).description());
            assertEquals("whole minutes", of(ColumnType.DATETIME, 60, 180).description());
        }

        @Test
        void roundsNothingWithoutARealValue() {
            assertEquals(0.0, of(ColumnType.NUMERIC, Double.NaN).step());
        }
    }

    @Nested
    class Round {
        @Test
        void roundsHalfToEvenAndKeepsMissingValues() {
            RealPrecision whole = of(ColumnType.NUMERIC, 1, 2);
            assertArrayEquals(numbers(2, 2, -0.0 + 0.0, 39, Double.NaN),
                    whole.round(numbers(2.5, 1.5, -0.2, 39.4, Double.NaN)));
            RealPrecision cents = of(ColumnType.NUMERIC, 0.01);
            assertEquals(1.23, cents.round(1.2345), 0.0);
            RealPrecision days = of(ColumnType.DATETIME, 86_400);
            assertEquals(86_400, days.round(86_400 + 40_000));
        }
    }
}
