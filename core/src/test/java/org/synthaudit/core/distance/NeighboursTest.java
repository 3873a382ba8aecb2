package org.synthaudit.core.distance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NeighboursTest {
    private final Neighbours neighbours = new Neighbours(2, 2, new int[] {4, 1, 0, 3},
            new double[] {0.1, 0.2, 0.0, 0.5});

    @Nested
    class Accessors {
        @Test
        void readsRowMajorEntries() {
            assertEquals(1, neighbours.index(0, 1));
            assertEquals(0.5, neighbours.distance(1, 1));
            assertArrayEquals(new double[] {0.1, 0.0}, neighbours.nearestDistances());
        }

        @Test
        void rejectsARankBeyondK() {
            assertThrows(IndexOutOfBoundsException.class, () -> neighbours.index(0, 2));
        }
    }

    @Nested
    class Constructor {
        @Test
        void rejectsArraysThatDoNotMatchTheShape() {
            assertThrows(IllegalArgumentException.class,
                    () -> new Neighbours(2, 2, new int[3], new double[3]));
        }
    }
}
