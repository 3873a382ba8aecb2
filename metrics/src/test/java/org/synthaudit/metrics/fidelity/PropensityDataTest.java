package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;

class PropensityDataTest {

    @Nested
    class Of {
        @Test
        void countsTheInterceptAStandardisedColumnItsMissingFlagAndAllButOneLevel() {
            Tables tables = new Tables("id", ColumnType.IDENTIFIER, "v", ColumnType.NUMERIC,
                    "c", ColumnType.CATEGORICAL, "k", ColumnType.NUMERIC);
            Dataset real = tables.table("real", labels("1", "2", "3"), numbers(1, 2, 3),
                    labels("a", "b", "a"), numbers(7, 7, 7));
            Dataset synthetic = tables.table("synthetic", labels("4", "5"), numbers(2, Double.NaN),
                    labels("c", "a"), numbers(7, 7));
            PropensityData data = PropensityData.of(real, synthetic);
            // intercept, v, v missing, c = b, c = c (a is the reference); k is constant
            assertEquals(5, data.parameters());
            assertArrayEquals(new int[] {0, 0, 0, 1, 1}, data.labels());
            assertEquals(3, data.bins().length);
        }

        @Test
        void roundsTheSyntheticValuesOnly() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 2));
            Dataset synthetic = tables.table("synthetic", numbers(1.4, 1.6));
            PropensityData data = PropensityData.of(real, synthetic);
            int[] bins = data.bins()[0];
            assertArrayEquals(new int[] {bins[0], bins[1]}, new int[] {bins[2], bins[3]});
            assertEquals(2, data.parameters());
        }
    }
}
