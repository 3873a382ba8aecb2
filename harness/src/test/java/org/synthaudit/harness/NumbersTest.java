package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class NumbersTest {

    @Nested
    class FormatNumber {
        @Test
        void keepsFourSignificantDigits() {
            assertEquals("0.5123", Numbers.format(0.51234));
            assertEquals("1235", Numbers.format(1234.5));
            // 0.00012345 is stored just below the half: rounded down.
            assertEquals("0.0001234", Numbers.format(0.00012345));
        }

        @Test
        void roundsHalfUpOnTheExactValueLikeTheHtmlReport() {
            assertEquals("0.9473", Numbers.format(0.94725));
            assertEquals("2.063", Numbers.format(2.0625));
        }

        @Test
        void writesTinyValuesInScientificNotationLikeTheHtmlReport() {
            assertEquals("1.235e-5", Numbers.format(0.00001234567));
        }

        @Test
        void dropsTrailingZerosWithoutExponent() {
            assertEquals("0.5", Numbers.format(0.5));
            assertEquals("2000", Numbers.format(2000));
            assertEquals("0", Numbers.format(-0.0));
            assertEquals("-0.01", Numbers.format(-0.01));
        }
    }

    @Nested
    class FormatEstimate {
        @Test
        void showsTheIntervalAndLevel() {
            assertEquals("0.51 [0.49, 0.53] (95%)",
                    Numbers.format(Estimate.of(0.51, 0.49, 0.53, 0.95, "test")));
        }

        @Test
        void showsAnExactValueAlone() {
            assertEquals("3", Numbers.format(Estimate.exact(3, "count")));
        }

        @Test
        void showsTheReasonOfAnUndefinedFigure() {
            assertEquals("undefined (single class)",
                    Numbers.format(Estimate.undefined("single class")));
        }

        @Test
        void showsAConfidenceIntervalThatIsAPoint() {
            assertEquals("0 [0, 0] (95%)", Numbers.format(Estimate.of(0, 0, 0, 0.95, "t")));
        }

        @Test
        void showsAFigureOfAFiniteRangeAtItsResolution() {
            Estimate pairs = Estimate.of(4.1229230042226794e-16, 4.1229230042226794e-16,
                    0.00980963323363095, 0.95, "bootstrap");

            assertEquals("0.0000 [0.0000, 0.0098] (95%)",
                    Numbers.format(pairs, new Bounds(0, 2)));
            assertEquals("4.123e-16 [4.123e-16, 0.00981] (95%)",
                    Numbers.format(pairs, Bounds.NON_NEGATIVE));
            assertEquals("0.5000", Numbers.format(Estimate.exact(0.5, "guess"), Bounds.UNIT));
        }

        @Test
        void showsAFractionalLevel() {
            assertEquals("1 [0, 2] (99.5%)", Numbers.format(Estimate.of(1, 0, 2, 0.995, "t")));
        }
    }
}
