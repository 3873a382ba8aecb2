package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.stats.Estimate;

class NumbersTest {
    @Nested
    class Format {
        @Test
        void keepsFourSignificantDigits() {
            assertEquals("0.6234", Numbers.format(0.6234));
            assertEquals("0.6235", Numbers.format(0.62345678));
            assertEquals("0.3333", Numbers.format(1.0 / 3));
            assertEquals("1235", Numbers.format(1234.5678));
            assertEquals("-0.5", Numbers.format(-0.5));
        }

        @Test
        void roundsHalfUpOnTheExactValueLikeTheCommandLine() {
            assertEquals("0.9473", Numbers.format(0.94725));
            assertEquals("2.063", Numbers.format(2.0625));
        }

        @Test
        void dropsTrailingZerosAndRoundingNoise() {
            assertEquals("0.3", Numbers.format(0.1 + 0.2));
            assertEquals("0.05", Numbers.format(0.05));
        }

        @Test
        void writesWholeNumbersWithoutADecimalPoint() {
            assertEquals("12", Numbers.format(12.0));
            assertEquals("0", Numbers.format(-0.0));
            assertEquals("1500000000", Numbers.format(1.5e9));
        }

        @Test
        void switchesToScientificNotationForTinyAndHugeValues() {
            assertEquals("1.235e-5", Numbers.format(0.00001234567));
            assertEquals("1e-7", Numbers.format(1e-7));
            assertEquals("1.235e8", Numbers.format(123456789.5));
        }

        @Test
        void namesNonFiniteValues() {
            assertEquals("∞", Numbers.format(Double.POSITIVE_INFINITY));
            assertEquals("−∞", Numbers.format(Double.NEGATIVE_INFINITY));
            assertEquals("NaN", Numbers.format(Double.NaN));
        }
    }

    @Nested
    class Count {
        @Test
        void groupsThousands() {
            assertEquals("12,500", Numbers.count(12500));
            assertEquals("7", Numbers.count(7));
        }
    }

    @Nested
    class Interval {
        @Test
        void writesBothEnds() {
            Estimate.Value auc = new Estimate.Value(0.6234, 0.5811, 0.6657, 0.95, "DeLong");

            assertEquals("[0.5811, 0.6657]", Numbers.interval(auc));
        }

        @Test
        void writesAnInfiniteEnd() {
            Estimate.Value ratio = new Estimate.Value(2.5, 1.5, Double.POSITIVE_INFINITY, 0.95,
                    "Fieller");

            assertEquals("[1.5, ∞]", Numbers.interval(ratio));
        }

        @Test
        void writesAPointConfidenceIntervalAsTwoEnds() {
            assertEquals("[0, 0]", Numbers.interval(new Estimate.Value(0, 0, 0, 0.95,
                    "Newcombe")));
        }

        @Test
        void hasNoIntervalForAnExactValue() {
            assertNull(Numbers.interval(new Estimate.Value(0.5, 0.5, 0.5, 1, "chance")));
        }
    }

    @Nested
    class Level {
        @Test
        void writesPercentages() {
            assertEquals("95 %", Numbers.level(0.95));
            assertEquals("90 %", Numbers.level(0.9));
            assertEquals("99.9 %", Numbers.level(0.999));
        }

        @Test
        void callsLevelOneExact() {
            assertEquals("exact", Numbers.level(1));
        }
    }
}
