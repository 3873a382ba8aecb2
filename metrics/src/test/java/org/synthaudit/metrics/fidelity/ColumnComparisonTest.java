package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.metrics.stats.PercentileBootstrap;

class ColumnComparisonTest {
    private final ColumnComparison comparison = new ColumnComparison(
            new PercentileBootstrap(200, 0.95), Seeds.root(4));

    @Nested
    class Compare {
        @Test
        void givesAColumnTheSameFiguresWhateverOtherColumnsTheTableHas() {
            Tables wide = new Tables("v", ColumnType.NUMERIC, "c", ColumnType.CATEGORICAL);
            Dataset realWide = wide.table("real", numbers(1, 5, 2, 8, 3), labels("a", "b", "a",
                    "a", "b"));
            Dataset synthWide = wide.table("synthetic", numbers(2, 2, 7, 1), labels("a", "a",
                    "b", "b"));
            Tables narrow = new Tables("v", ColumnType.NUMERIC);
            Dataset realNarrow = narrow.table("real", numbers(1, 5, 2, 8, 3));
            Dataset synthNarrow = narrow.table("synthetic", numbers(2, 2, 7, 1));

            assertEquals(comparison.compare(0, realWide, synthWide, realWide),
                    comparison.compare(0, realNarrow, synthNarrow, realNarrow));
        }

        @Test
        void addsNoNoteWhenTheSyntheticColumnHasValues() {
            Tables tables = new Tables("c", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("a", "b"));
            assertNull(comparison.compare(0, real, real, real).note());
        }
    }
}
