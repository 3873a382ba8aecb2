package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.random.Seeds;

class SubsamplesTest {

    @Nested
    class Draw {
        @Test
        void drawsDistinctRowsInAscendingOrder() {
            int[] rows = Subsamples.draw(100, 30, Seeds.root(1));
            assertEquals(30, Arrays.stream(rows).distinct().count());
            assertArrayEquals(Arrays.stream(rows).sorted().toArray(), rows);
        }

        @Test
        void drawsEveryRowWhenAskedForAll() {
            assertArrayEquals(new int[] {0, 1, 2}, Subsamples.draw(3, 3, Seeds.root(1)));
        }

        @Test
        void rejectsMoreRowsThanThereAre() {
            assertThrows(IllegalArgumentException.class, () -> Subsamples.draw(3, 4,
                    Seeds.root(1)));
        }
    }
}
