package org.synthaudit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.stats.Estimate;

class WilsonScoreIntervalTest {

    @Nested
    class Of {
        @Test
        void givesTheTextbookIntervalForFiveOfTen() {
            Estimate.Value e = WilsonScoreInterval.of(5, 10);
            assertEquals(0.5, e.value());
            assertEquals(0.2366, e.lower(), 5e-5);
            assertEquals(0.7634, e.upper(), 5e-5);
            assertEquals(0.95, e.level());
        }

        @Test
        void startsAtZeroForNoSuccesses() {
            Estimate.Value e = WilsonScoreInterval.of(0, 10);
            assertEquals(0, e.value());
            assertEquals(0, e.lower());
            assertEquals(0.2775, e.upper(), 5e-5);
        }

        @Test
        void endsAtOneForAllSuccesses() {
            Estimate.Value e = WilsonScoreInterval.of(10, 10);
            assertEquals(0.7225, e.lower(), 5e-5);
            assertEquals(1, e.upper());
        }

        @Test
        void rejectsZeroTrials() {
            assertThrows(IllegalArgumentException.class, () -> WilsonScoreInterval.of(0, 0));
        }

        @Test
        void rejectsMoreSuccessesThanTrials() {
            assertThrows(IllegalArgumentException.class, () -> WilsonScoreInterval.of(3, 2));
        }
    }
}
