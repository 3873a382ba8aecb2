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

    @Nested
    class ApproximateLowerBound {
        @Test
        void isThePureBoundAtDeltaZero() {
            for (int[] counts : new int[][] {{10, 10}, {100, 75}, {200, 150}}) {
                assertEquals(OneRunEpsilon.lowerBound(counts[0], counts[1], 0.95),
                        OneRunEpsilon.lowerBound(1000, counts[0], counts[1], 0, 0.95));
            }
        }

        @Test
        void matchesValuesComputedIndependently() {
            // f(v) + 2 m delta max_i (f(v - i) - f(v)) / i = 0.05, solved with SciPy's binomial
            // distribution and bisection
            assertEquals(1.0482370591291221, value(OneRunEpsilon.lowerBound(100, 10, 10, 1e-5,
                    0.95)).value(), 1e-8);
            assertEquals(0.699466813163407, value(OneRunEpsilon.lowerBound(1000, 100, 75, 1e-5,
                    0.95)).value(), 1e-8);
            assertEquals(0.6729846641074201, value(OneRunEpsilon.lowerBound(1000, 100, 75,
                    1e-4, 0.95)).value(), 1e-8);
            assertEquals(1.5202614885365375, value(OneRunEpsilon.lowerBound(200, 100, 90, 1e-3,
                    0.95)).value(), 1e-8);
        }

        @Test
        void putsTheTailBoundAtBetaByADirectSum() {
            int m = 1000;
            int r = 100;
            int v = 75;
            double delta = 1e-4;
            double bound = value(OneRunEpsilon.lowerBound(m, r, v, delta, 0.95)).value();
            assertEquals(0.05, directTail(m, r, v, delta, bound), 1e-8);
            assertTrue(directTail(m, r, v, delta, bound + 1e-3) > 0.05);
        }

        /** The tail bound summed from binomial probabilities written out with logarithms. */
        private static double directTail(int m, int r, int v, double delta, double epsilon) {
            double p = Math.exp(epsilon) / (1 + Math.exp(epsilon));
            double[] pmf = new double[r + 1];
            for (int k = 0; k <= r; k++) {
                double logChoose = 0;
                for (int j = 1; j <= k; j++) {
                    logChoose += Math.log(r - k + j) - Math.log(j);
                }
                pmf[k] = Math.exp(logChoose + k * Math.log(p) + (r - k) * Math.log(1 - p));
            }
            double atV = 0;
            for (int k = v; k <= r; k++) {
                atV += pmf[k];
            }
            double largest = 0;
            for (int i = 1; i <= v; i++) {
                double between = 0;
                for (int k = v - i; k < v; k++) {
                    between += pmf[k];
                }
                largest = Math.max(largest, between / i);
            }
            return atV + 2 * m * delta * largest;
        }

        @Test
        void shrinksAsDeltaGrows() {
            double previous = Double.POSITIVE_INFINITY;
            for (double delta : new double[] {0, 1e-6, 1e-5, 1e-4}) {
                double bound = value(OneRunEpsilon.lowerBound(1000, 100, 75, delta, 0.95))
                        .value();
                assertTrue(bound < previous, delta + ": " + bound);
                previous = bound;
            }
        }

        @Test
        void isUndefinedWhenTheDeltaTermAloneExceedsBeta() {
            Estimate none = OneRunEpsilon.lowerBound(1000, 100, 75, 0.01, 0.95);
            assertTrue(((Estimate.Undefined) none).reason().startsWith("75 of 100 guesses "
                    + "correct do not reject epsilon = 0 with delta = 0.01"), none.toString());
        }

        @Test
        void rejectsMoreGuessesThanCanaries() {
            assertThrows(IllegalArgumentException.class,
                    () -> OneRunEpsilon.lowerBound(10, 20, 15, 1e-5, 0.95));
        }
    }
}
