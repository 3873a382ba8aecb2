package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OneRunEpsilonTest {

    private static Estimate.Value value(Estimate estimate) {
        return (Estimate.Value) estimate;
    }

    @Nested
    class LowerBound {
        @Test
        void hasTheClosedFormWhenEveryGuessIsCorrect() {
            // q = 0.05^(1/10) = 0.741134, ln(q / (1 - q)) = 1.05188
            assertEquals(1.05188, value(OneRunEpsilon.lowerBound(10, 10, 0.95)).value(), 1e-5);
            // q = 0.05^(1/5) = 0.549280, ln(q / (1 - q)) = 0.197754
            assertEquals(0.197754, value(OneRunEpsilon.lowerBound(5, 5, 0.95)).value(), 1e-5);
            double q = Math.pow(0.05, 1.0 / 200);
            assertEquals(Math.log(q / (1 - q)),
                    value(OneRunEpsilon.lowerBound(200, 200, 0.95)).value(), 1e-8);
        }

        @Test
        void solvesTheBinomialTailForNineOfTen() {
            // P[Bin(10, p) >= 9] = 10 p^9 - 9 p^10 = 0.05 at p = 0.60584, ln(p / (1 - p)) = 0.4298
            Estimate.Value bound = value(OneRunEpsilon.lowerBound(10, 9, 0.95));
            assertEquals(0.4298, bound.value(), 2e-4);
            assertEquals(0.05, OneRunEpsilon.tail(10, 9, bound.value()), 1e-8);
        }

        @Test
        void solvesTheBinomialTailForSeventyFiveOfAHundred() {
            // At epsilon = ln 3, p = 3/4 and P[Bin(100, 3/4) >= 75] = sum over k = 75..100 of
            // C(100, k) 0.75^k 0.25^(100 - k) = 0.553471 (exact sum), far above 0.05; the tail
            // falls to 0.05 at epsilon = 0.702214
            assertEquals(0.5534708238482482, OneRunEpsilon.tail(100, 75, Math.log(3)), 1e-9);
            assertEquals(0.702214, value(OneRunEpsilon.lowerBound(100, 75, 0.95)).value(), 1e-6);
        }

        @Test
        void isAOneSidedIntervalAtTheConfidence() {
            Estimate.Value bound = value(OneRunEpsilon.lowerBound(10, 10, 0.95));
            assertEquals(bound.value(), bound.lower());
            assertEquals(Double.POSITIVE_INFINITY, bound.upper());
            assertEquals(0.95, bound.level());
            assertTrue(bound.method().contains("10 of 10 guesses correct"), bound.method());
        }

        @Test
        void growsWithTheNumberOfCorrectGuesses() {
            double previous = 0;
            for (int correct = 150; correct <= 200; correct += 10) {
                double bound = value(OneRunEpsilon.lowerBound(200, correct, 0.95)).value();
                assertTrue(bound > previous, correct + " correct: " + bound);
                previous = bound;
            }
        }

        @Test
        void isUndefinedWhenCoinFlipsExplainTheGuesses() {
            // three of three: the chance by coin flips is 1/8 > 0.05
            Estimate none = OneRunEpsilon.lowerBound(3, 3, 0.95);
            assertFalse(none.isDefined());
            assertTrue(((Estimate.Undefined) none).reason().contains("0.125"), none.toString());
            assertFalse(OneRunEpsilon.lowerBound(200, 110, 0.95).isDefined());
            assertFalse(OneRunEpsilon.lowerBound(0, 0, 0.95).isDefined());
        }

        @Test
        void rejectsMoreCorrectGuessesThanGuesses() {
            assertThrows(IllegalArgumentException.class,
                    () -> OneRunEpsilon.lowerBound(3, 4, 0.95));
        }
    }
}
