package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Nested
    class FormatForARange {
        @Test
        void writesAFigureOfTheUnitIntervalToFourDecimals() {
            // The mean association difference of a copy: floating-point noise of a true 0.
            assertEquals("0.0000", Decimals.format(4.1229230042226794e-16, new Bounds(0, 2)));
            assertEquals("0.0098", Decimals.format(0.00980963323363095, new Bounds(0, 2)));
            assertEquals("0.5000", Decimals.format(0.5, Bounds.UNIT));
            assertEquals("1.0000", Decimals.format(1, Bounds.UNIT));
            assertEquals("0.9473", Decimals.format(0.94725, Bounds.UNIT));
        }

        @Test
        void writesATinyNegativeDifferenceAsZeroWithoutASign() {
            assertEquals("0.0000", Decimals.format(-3e-17, Bounds.SIGNED_UNIT));
            assertEquals("-0.0012", Decimals.format(-0.00123, Bounds.SIGNED_UNIT));
        }

        @Test
        void givesOneDecimalFewerPerFactorOfTenOfWidth() {
            assertEquals(4, Decimals.decimals(Bounds.UNIT));
            assertEquals(4, Decimals.decimals(Bounds.SIGNED_UNIT));
            assertEquals(2, Decimals.decimals(new Bounds(0, 100)));
            assertEquals(1, Decimals.decimals(new Bounds(0, 1000)));
            assertEquals(5, Decimals.decimals(new Bounds(0, 0.5)));
            assertEquals("999.9", Decimals.format(999.94, new Bounds(0, 1000)));
        }

        @Test
        void fallsBackToSignificantDigitsForAnOpenRange() {
            assertEquals(-1, Decimals.decimals(Bounds.NON_NEGATIVE));
            assertEquals(-1, Decimals.decimals(new Bounds(3, 3)));
            assertEquals("4.123e-16", Decimals.format(4.1229230042226794e-16,
                    Bounds.NON_NEGATIVE));
            assertEquals("2.398", Decimals.format(2.3981, Bounds.NON_NEGATIVE));
        }

        @Test
        void writesTheIntervalAtTheSameResolution() {
            Estimate.Value pairs = new Estimate.Value(4.1229230042226794e-16,
                    4.1229230042226794e-16, 0.00980963323363095, 0.95, "bootstrap");

            assertEquals("[0.0000, 0.0098]", Decimals.interval(pairs, new Bounds(0, 2)));
            assertNull(Decimals.interval(new Estimate.Value(0.5, 0.5, 0.5, 1, "exact"),
                    Bounds.UNIT));
        }
    }

    @Nested
    class Format {
        @Test
        void roundsHalfUpOnTheExactValueOfTheDouble() {
            // 0.94725 is stored as 0.94725000000000003...: above the half, so up.
            assertEquals("0.9473", Decimals.format(0.94725));
            // 0.00012345 is stored as 0.00012344999999...: below the half, so down.
            assertEquals("0.0001234", Decimals.format(0.00012345));
            // 2.0625 is exact in binary: a true half, rounded up (half-even would give 2.062).
            assertEquals("2.063", Decimals.format(2.0625));
            assertEquals("1001", Decimals.format(1000.5));
            assertEquals("-1001", Decimals.format(-1000.5));
        }

        @Test
        void keepsFourSignificantDigitsWithoutTrailingZeros() {
            assertEquals("0.3333", Decimals.format(1.0 / 3));
            assertEquals("0.3", Decimals.format(0.1 + 0.2));
            assertEquals("1235", Decimals.format(1234.5678));
        }

        @Test
        void writesWholeNumbersInFull() {
            assertEquals("16283", Decimals.format(16283));
            assertEquals("0", Decimals.format(-0.0));
            assertEquals("1500000000", Decimals.format(1.5e9));
        }

        @Test
        void switchesToScientificNotationForTinyAndHugeValues() {
            assertEquals("1.235e-5", Decimals.format(0.00001234567));
            assertEquals("1e-7", Decimals.format(1e-7));
            assertEquals("1.235e8", Decimals.format(123456789.5));
        }

        @Test
        void namesValuesThatAreNotFinite() {
            assertEquals("∞", Decimals.format(Double.POSITIVE_INFINITY));
            assertEquals("−∞", Decimals.format(Double.NEGATIVE_INFINITY));
            assertEquals("NaN", Decimals.format(Double.NaN));
        }
    }

    @Nested
    class Interval {
        @Test
        void showsAPointIntervalOfAConfidenceLevel() {
            Estimate.Value none = new Estimate.Value(0, 0, 0, 0.95, "Newcombe");

            assertFalse(Decimals.isExact(none));
            assertEquals("[0, 0]", Decimals.interval(none));
        }

        @Test
        void hasNoIntervalForAnExactValue() {
            Estimate.Value chance = new Estimate.Value(0.5, 0.5, 0.5, 1, "chance");

            assertTrue(Decimals.isExact(chance));
            assertNull(Decimals.interval(chance));
        }

        @Test
        void writesBothEndsByTheSameRule() {
            assertEquals("[0.9473, 1]", Decimals.interval(new Estimate.Value(0.97, 0.94725, 1,
                    0.95, "DeLong")));
        }
    }
}
