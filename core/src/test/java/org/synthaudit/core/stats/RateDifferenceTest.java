package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Published values: Newcombe (1998), Statistics in Medicine 17:873, Table II, method 10. */
class RateDifferenceTest {

    private static void assertInterval(double lower, double upper, Estimate estimate) {
        Estimate.Value value = (Estimate.Value) estimate;
        assertEquals(lower, Math.round(value.lower() * 1e4) / 1e4, 1e-12, "lower " + value);
        assertEquals(upper, Math.round(value.upper() * 1e4) / 1e4, 1e-12, "upper " + value);
    }

    @Nested
    class Newcombe {
        @Test
        void matchesNewcombeTableTwo() {
            assertInterval(0.0524, 0.3339, RateDifference.newcombe(56, 70, 48, 80, 0.95));
            assertInterval(0.1705, 0.8090, RateDifference.newcombe(9, 10, 3, 10, 0.95));
            assertInterval(0.0582, 0.8062, RateDifference.newcombe(6, 7, 2, 7, 0.95));
            assertInterval(-0.0381, 0.1926, RateDifference.newcombe(5, 56, 0, 29, 0.95));
        }

        @Test
        void matchesNewcombeTableTwoAtTheEdges() {
            assertInterval(-0.1611, 0.2775, RateDifference.newcombe(0, 10, 0, 20, 0.95));
            assertInterval(-0.2775, 0.2775, RateDifference.newcombe(0, 10, 0, 10, 0.95));
            assertInterval(0.6791, 1.0, RateDifference.newcombe(10, 10, 0, 20, 0.95));
            assertInterval(0.6075, 1.0, RateDifference.newcombe(10, 10, 0, 10, 0.95));
        }

        @Test
        void givesTheDifferenceAsValueAndNamesTheCounts() {
            Estimate.Value value = (Estimate.Value) RateDifference.newcombe(56, 70, 48, 80, 0.95);
            assertEquals(0.2, value.value(), 1e-12);
            assertTrue(value.method().contains("56/70 - 48/80"), value.method());
        }

        @Test
        void isUndefinedWhenASideHasNoAttempts() {
            assertFalse(RateDifference.newcombe(0, 0, 3, 10, 0.95).isDefined());
        }

        @Test
        void rejectsMoreSuccessesThanAttempts() {
            assertThrows(IllegalArgumentException.class,
                    () -> RateDifference.newcombe(11, 10, 3, 10, 0.95));
        }
    }
}
