package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.random.Seeds;

class ResampleTest {

    @Nested
    class Bootstrap {
        @Test
        void drawsAsManyRowsAsTheTableHasOverDistinctAscendingRows() {
            Resample resample = Resample.bootstrap(1000, Seeds.root(3));
            assertEquals(1000, resample.size());
            assertEquals(1000, Arrays.stream(resample.counts()).sum());
            int[] rows = resample.rows();
            for (int k = 1; k < rows.length; k++) {
                assertTrue(rows[k - 1] < rows[k]);
            }
            // about 1 - 1/e of the rows are drawn
            assertTrue(rows.length > 580 && rows.length < 680, () -> "" + rows.length);
        }

        @Test
        void repeatsItselfForTheSameSeed() {
            assertArrayEquals(Resample.bootstrap(50, Seeds.root(3)).counts(),
                    Resample.bootstrap(50, Seeds.root(3)).counts());
        }
    }

    @Nested
    class Stack {
        @Test
        void shiftsTheSecondTablesRows() {
            Resample stacked = Resample.stack(Resample.all(2), Resample.of(new int[] {1}), 2);
            assertArrayEquals(new int[] {0, 1, 3}, stacked.rows());
            assertEquals(3, stacked.size());
        }
    }
}
