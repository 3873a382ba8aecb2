package org.synthaudit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.stats.Estimate;

class RateDifferenceTest {

    @Nested
    class Newcombe {
        @Test
        void matchesNewcombesWorkedExample() {
            // Newcombe (1998), Statistics in Medicine 17:873-890, Table II, example (a):
            // 56/70 - 48/80, method 10: 0.0524 to 0.3339.
            Estimate.Value e = (Estimate.Value) RateDifference.newcombe(56, 70, 48, 80, 0.95);

            assertEquals(0.2, e.value(), 1e-12);
            assertEquals(0.0524, e.lower(), 5e-5);
            assertEquals(0.3339, e.upper(), 5e-5);
        }

        @Test
        void staysInsideMinusOneToOneAtTheExtremes() {
            // Newcombe's example (h): 10/10 - 0/20, method 10: 0.6791 to 1.0000.
            Estimate.Value e = (Estimate.Value) RateDifference.newcombe(10, 10, 0, 20, 0.95);

            assertEquals(1.0, e.value());
            assertEquals(0.6791, e.lower(), 5e-5);
            assertEquals(1.0, e.upper());
        }

        @Test
        void isUndefinedForAnEmptySample() {
            Estimate e = RateDifference.newcombe(0, 0, 3, 10, 0.95);

            assertFalse(e.isDefined());
            assertEquals("the first sample is empty", ((Estimate.Undefined) e).reason());
        }
    }
}
