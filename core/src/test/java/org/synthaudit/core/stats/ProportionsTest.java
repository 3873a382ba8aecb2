package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Published values: Newcombe (1998), Statistics in Medicine 17:857, Table I. */
class ProportionsTest {

    private static void assertInterval(double lower, double upper, Estimate estimate) {
        Estimate.Value value = (Estimate.Value) estimate;
        assertEquals(lower, round4(value.lower()), 1e-12, "lower end " + value.lower());
        assertEquals(upper, round4(value.upper()), 1e-12, "upper end " + value.upper());
    }

    private static double round4(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    @Nested
    class Wilson {
        @Test
        void matchesNewcombeTableOne() {
            assertInterval(0.2553, 0.3662, Proportions.wilson(81, 263, 0.95));
            assertInterval(0.0624, 0.1605, Proportions.wilson(15, 148, 0.95));
            assertInterval(0.0, 0.1611, Proportions.wilson(0, 20, 0.95));
            assertInterval(0.0061, 0.1718, Proportions.wilson(1, 29, 0.95));
        }

        @Test
        void givesTheRateAsValueAndNamesTheMethodAndCounts() {
            Estimate.Value value = (Estimate.Value) Proportions.wilson(81, 263, 0.95);
            assertEquals(81.0 / 263, value.value());
            assertEquals(0.95, value.level());
            assertEquals("Wilson score 95%, 81/263", value.method());
        }

        @Test
        void endsExactlyAtZeroAndOneForNoneAndAllSuccesses() {
            assertEquals(0.0, ((Estimate.Value) Proportions.wilson(0, 7, 0.95)).lower());
            Estimate.Value all = (Estimate.Value) Proportions.wilson(7, 7, 0.95);
            assertEquals(1.0, all.upper());
            assertEquals(1.0, all.value());
            assertTrue(all.lower() < 1);
        }

        @Test
        void isUndefinedWithoutAttempts() {
            Estimate none = Proportions.wilson(0, 0, 0.95);
            assertFalse(none.isDefined());
            assertTrue(((Estimate.Undefined) none).reason().contains("no attempts"));
        }

        @Test
        void rejectsMoreSuccessesThanAttempts() {
            assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(5, 4, 0.95));
            assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(-1, 4, 0.95));
        }

        @Test
        void rejectsALevelOutsideTheOpenUnitInterval() {
            assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(1, 4, 1.0));
            assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(1, 4, 0));
        }
    }

    @Nested
    class ClopperPearson {
        @Test
        void matchesNewcombeTableOne() {
            // method 5 of the table; 0.2535-0.3682 for 81/263 is method 4 (score interval with
            // continuity correction), not the exact interval
            assertInterval(0.2527, 0.3676, Proportions.clopperPearson(81, 263, 0.95));
            assertInterval(0.0578, 0.1617, Proportions.clopperPearson(15, 148, 0.95));
            assertInterval(0.0, 0.1684, Proportions.clopperPearson(0, 20, 0.95));
            assertInterval(0.0009, 0.1776, Proportions.clopperPearson(1, 29, 0.95));
        }

        @Test
        void isWiderThanWilson() {
            Estimate.Value exact = (Estimate.Value) Proportions.clopperPearson(15, 148, 0.95);
            Estimate.Value score = (Estimate.Value) Proportions.wilson(15, 148, 0.95);
            assertTrue(exact.upper() - exact.lower() > score.upper() - score.lower());
        }

        @Test
        void isUndefinedWithoutAttempts() {
            assertFalse(Proportions.clopperPearson(0, 0, 0.95).isDefined());
        }

        @Test
        void rejectsMoreSuccessesThanAttempts() {
            assertThrows(IllegalArgumentException.class,
                    () -> Proportions.clopperPearson(3, 2, 0.95));
        }
    }
}
