package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;

class TargetSampleTest {
    private final Dataset real = new People().real(100, 0, 0, 2);

    private static int[] ids(Dataset sample) {
        return IntStream.range(0, sample.rowCount()).map(sample::recordId).toArray();
    }

    @Nested
    class Draw {
        @Test
        void drawsDistinctRecordsInRecordIdOrder() {
            int[] ids = ids(TargetSample.draw(real, 30, Seeds.root(1), "s"));
            assertEquals(30, IntStream.of(ids).distinct().count());
            assertArrayEquals(IntStream.of(ids).sorted().toArray(), ids);
        }

        @Test
        void drawsTheSameRecordsFromAShuffledView() {
            Dataset shuffled = real.select("shuffled", IntStream.range(0, 100)
                    .map(i -> (i * 37) % 100).toArray());
            assertArrayEquals(ids(TargetSample.draw(real, 30, Seeds.root(1), "a")),
                    ids(TargetSample.draw(shuffled, 30, Seeds.root(1), "b")));
        }

        @Test
        void rejectsMoreRecordsThanTheTableHas() {
            assertThrows(IllegalArgumentException.class,
                    () -> TargetSample.draw(real, 101, Seeds.root(1), "s"));
        }
    }
}
