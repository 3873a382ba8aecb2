package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Published values: Newcombe (1998), Statistics in Medicine 17:873, Table II, method 10, and
 * Newcombe (1998), Statistics in Medicine 17:2635, Table II, method 10.
 */
class ProportionDifferenceTest {

    private static void assertInterval(double value, double lower, double upper,
            Estimate estimate) {
        Estimate.Value v = (Estimate.Value) estimate;
        assertEquals(value, v.value(), 1e-12, "value");
        assertEquals(lower, round4(v.lower()), 1e-12, "lower end " + v.lower());
        assertEquals(upper, round4(v.upper()), 1e-12, "upper end " + v.upper());
    }

    private static double round4(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    @Nested
    class Unpaired {
        @Test
        void matchesNewcombesHybridScoreExamples() {
            assertInterval(0.2, 0.0524, 0.3339, ProportionDifference.unpaired(56, 70, 48, 80,
                    0.95));
            assertInterval(0.6, 0.1705, 0.8090, ProportionDifference.unpaired(9, 10, 3, 10,
                    0.95));
            assertInterval(5.0 / 56, -0.0381, 0.1926, ProportionDifference.unpaired(5, 56, 0,
                    29, 0.95));
            assertInterval(0, -0.1611, 0.2775, ProportionDifference.unpaired(0, 10, 0, 20,
                    0.95));
            assertInterval(1, 0.6791, 1, ProportionDifference.unpaired(10, 10, 0, 20, 0.95));
        }

        @Test
        void staysInsideMinusOneToOneAtTheExtremes() {
            Estimate.Value v = (Estimate.Value) ProportionDifference.unpaired(0, 5, 5, 5, 0.99);
            assertEquals(-1, v.value());
            assertEquals(-1, v.lower());
            assertTrue(v.upper() < 0 && v.upper() > -1, v.toString());
        }

        @Test
        void namesTheMethodAndBothCounts() {
            Estimate.Value v = (Estimate.Value) ProportionDifference.unpaired(56, 70, 48, 80,
                    0.95);
            assertEquals("Newcombe hybrid score 95%, 56/70 - 48/80", v.method());
        }

        @Test
        void isUndefinedWithoutAttemptsOnOneSide() {
            Estimate e = ProportionDifference.unpaired(3, 10, 0, 0, 0.95);
            assertFalse(e.isDefined());
            assertEquals("the difference needs attempts on both sides; have 10 and 0",
                    ((Estimate.Undefined) e).reason());
        }

        @Test
        void rejectsMoreSuccessesThanAttempts() {
            assertThrows(IllegalArgumentException.class,
                    () -> ProportionDifference.unpaired(11, 10, 0, 10, 0.95));
        }
    }

    @Nested
    class Paired {
        @Test
        void matchesNewcombesPairedExample() {
            // 36 both, 12 first only, 2 second only, 0 neither: d = (12 - 2) / 50 = 0.2,
            // phi = (0 - 24) / sqrt(48 * 2 * 38 * 12) = -0.1147.
            assertInterval(0.2, 0.0569, 0.3404, ProportionDifference.paired(36, 12, 2, 0,
                    0.95));
        }

        @Test
        void isNarrowerThanTheUnpairedIntervalWhenOutcomesAgree() {
            Estimate.Value paired = (Estimate.Value) ProportionDifference.paired(12, 5, 2, 21,
                    0.95);
            Estimate.Value unpaired = (Estimate.Value) ProportionDifference.unpaired(17, 40,
                    14, 40, 0.95);
            assertEquals(unpaired.value(), paired.value(), 1e-12);
            assertTrue(paired.upper() - paired.lower() < unpaired.upper() - unpaired.lower());
        }

        @Test
        void keepsTheWilsonWidthWhenBothMeasurementsAlwaysSucceed() {
            Estimate.Value v = (Estimate.Value) ProportionDifference.paired(20, 0, 0, 0, 0.95);
            assertEquals(0, v.value());
            assertTrue(v.lower() < 0 && v.upper() > 0, "the Wilson limits still have width");
        }

        @Test
        void isUndefinedWithoutUnits() {
            assertFalse(ProportionDifference.paired(0, 0, 0, 0, 0.95).isDefined());
        }

        @Test
        void rejectsNegativeCounts() {
            assertThrows(IllegalArgumentException.class,
                    () -> ProportionDifference.paired(1, -1, 0, 0, 0.95));
        }
    }

    @Nested
    class Phi {
        @Test
        void isZeroWhenAMarginIsEmpty() {
            assertEquals(0, ProportionDifference.phi(5, 0, 3, 0));
        }

        @Test
        void isOneForPerfectAgreement() {
            assertEquals(1, ProportionDifference.phi(4, 0, 0, 6), 1e-12);
        }
    }
}
