package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synthaudit.core.stats.Estimate;

class ProportionDifferenceTest {

    @Nested
    class Of {
        /** The examples of Newcombe (1998), Table II, method 10, to four decimals. */
        @ParameterizedTest
        @CsvSource({
            "56, 70, 48, 80, 0.2000, 0.0524, 0.3339",
            "9, 10, 3, 10, 0.6000, 0.1705, 0.8090",
            "6, 7, 2, 7, 0.5714, 0.0582, 0.8062",
            "5, 56, 0, 29, 0.0893, -0.0381, 0.1926",
            "0, 10, 0, 20, 0.0000, -0.1611, 0.2775"})
        void reproducesNewcombesPublishedIntervals(long s1, long n1, long s2, long n2,
                double difference, double lower, double upper) {
            Estimate.Value d = (Estimate.Value) ProportionDifference.of(s1, n1, s2, n2, 0.95);
            assertEquals(difference, d.value(), 5e-5);
            assertEquals(lower, d.lower(), 5e-5);
            assertEquals(upper, d.upper(), 5e-5);
        }

        @Test
        void staysInsideMinusOneAndOneAtTheExtremes() {
            Estimate.Value d = (Estimate.Value) ProportionDifference.of(20, 20, 0, 20, 0.95);
            assertEquals(1, d.value());
            assertEquals(0.7721, d.lower(), 5e-5);
            assertTrue(d.upper() <= 1 + 1e-12, d.toString());
            Estimate.Value e = (Estimate.Value) ProportionDifference.of(0, 20, 20, 20, 0.95);
            assertTrue(e.lower() >= -1 - 1e-12, e.toString());
        }

        @Test
        void isUndefinedWhenASideHadNoAttempts() {
            Estimate d = ProportionDifference.of(0, 0, 3, 10, 0.95);
            assertFalse(d.isDefined());
            assertTrue(((Estimate.Undefined) d).reason().contains("first rate"));
        }
    }
}
