package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RowHashTest {
    private static long hash(int code, double value) {
        return RowHash.finish(RowHash.number(RowHash.code(RowHash.EMPTY, code), value));
    }

    @Nested
    class Number {
        @Test
        void hashesEveryNaNAndBothZerosAlike() {
            assertEquals(hash(1, Double.NaN), hash(1, Double.longBitsToDouble(
                    0x7ff0000000000001L)));
            assertEquals(hash(1, 0.0), hash(1, -0.0));
        }

        @Test
        void tellsValuesAndTheirOrderApart() {
            assertNotEquals(hash(1, 2.0), hash(2, 1.0));
            assertNotEquals(hash(1, 2.0), hash(1, 2.5));
        }
    }
}
