package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;

class MarginalBinsTest {
    private static final double NA = Double.NaN;

    @Nested
    class Of {
        @Test
        void cutsTheTrainRangeIntoEqualWidthsWithBinsOutsideIt() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset train = tables.table("train", numbers(0, 10, 4.99, 5));
            Dataset synthetic = tables.table("synthetic", numbers(-1, 11, NA, 9.999));
            MarginalBins bins = MarginalBins.of(0, 2, train, List.of(train, synthetic));
            assertEquals(5, bins.count());
            assertArrayEquals(new int[] {2, 3, 2, 3}, bins.bins()[0]);
            assertArrayEquals(new int[] {1, 4, 0, 3}, bins.bins()[1]);
        }

        @Test
        void givesAZeroRangeColumnOneBinForItsValue() {
            Tables tables = new Tables("age", ColumnType.NUMERIC);
            Dataset train = tables.table("train", numbers(40, 40, 40, 40));
            Dataset synthetic = tables.table("synthetic", numbers(40, 41));
            MarginalBins bins = MarginalBins.of(0, 10, train, List.of(train, synthetic));
            assertEquals(4, bins.count());
            assertArrayEquals(new int[] {2, 3}, bins.bins()[1]);
        }

        @Test
        void keepsTheCodesOfACodedColumnAfterTheMissingBin() {
            Tables tables = new Tables("c", ColumnType.CATEGORICAL);
            Dataset train = tables.table("train", labels("a", null, "b"));
            Dataset synthetic = tables.table("synthetic", labels("c", "a"));
            MarginalBins bins = MarginalBins.of(0, 10, train, List.of(train, synthetic));
            assertEquals(4, bins.count());
            assertArrayEquals(new int[] {1, 0, 2}, bins.bins()[0]);
            assertArrayEquals(new int[] {3, 1}, bins.bins()[1]);
        }

        @Test
        void putsEveryValueInOneBinWhenTrainHasNone() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset train = tables.table("train", numbers(NA, NA));
            Dataset synthetic = tables.table("synthetic", numbers(3, NA));
            MarginalBins bins = MarginalBins.of(0, 10, train, List.of(train, synthetic));
            assertEquals(2, bins.count());
            assertArrayEquals(new int[] {1, 0}, bins.bins()[1]);
        }
    }
}
