package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed values. With two degrees of freedom the t distribution has closed forms:
 * {@code P(T <= t) = 1/2 + t / (2 sqrt(t^2 + 2))} and the q-quantile
 * {@code (2q - 1) / sqrt(2 q (1 - q))}, so the 0.975-quantile is {@code 0.95 / sqrt(0.04875) =
 * 4.302653}.
 */
class StudentTTest {
    private static final double T_975_DF2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025);

    @Nested
    class MeanInterval {
        @Test
        void givesTheMeanPlusMinusTTimesTheStandardError() {
            // mean 2, s = 1, standard error 1 / sqrt(3)
            Estimate.Value mean = StudentT.meanInterval(new double[] {1, 2, 3}, 0.95);

            assertEquals(2, mean.value(), 1e-15);
            assertEquals(2 - T_975_DF2 / Math.sqrt(3), mean.lower(), 1e-9);
            assertEquals(2 + T_975_DF2 / Math.sqrt(3), mean.upper(), 1e-9);
            assertEquals(-0.484138, mean.lower(), 1e-6);
            assertEquals("mean of 3, Student t interval 95% (df 2)", mean.method());
        }

        @Test
        void matchesTheTableValueForTwoValues() {
            // df 1: t(0.975) = 12.7062; mean 0.5, s = sqrt(0.02), se = 0.1
            Estimate.Value mean = StudentT.meanInterval(new double[] {0.4, 0.6}, 0.95);

            assertEquals(0.5 + 1.270620, mean.upper(), 1e-5);
        }

        @Test
        void givesAPointIntervalForEqualValues() {
            Estimate.Value mean = StudentT.meanInterval(new double[] {0.25, 0.25, 0.25}, 0.95);

            assertEquals(0.25, mean.lower());
            assertEquals(0.25, mean.upper());
        }

        @Test
        void needsTwoValues() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StudentT.meanInterval(new double[] {1}, 0.95));

            assertEquals("a Student t interval needs at least 2 values, had 1", e.getMessage());
        }
    }

    @Nested
    class PairedDifferences {
        private final double[] first = {3, 5, 7};
        private final double[] second = {2, 3, 4};

        @Test
        void intervalOfTheMeanDifference() {
            // differences 1, 2, 3
            Estimate.Value d = StudentT.meanDifference(first, second, 0.95);

            assertEquals(2, d.value(), 1e-15);
            assertEquals(-0.484138, d.lower(), 1e-6);
            assertEquals(4.484138, d.upper(), 1e-6);
            assertEquals("mean of 3 paired differences, Student t interval 95% (df 2)",
                    d.method());
        }

        @Test
        void pValueOfThePairedTest() {
            // t = 2 / (1 / sqrt 3) = sqrt 12; p = 1 - t / sqrt(t^2 + 2) = 1 - sqrt(6 / 7)
            TTest.Tested test = assertInstanceOf(TTest.Tested.class,
                    StudentT.pairedTest(first, second));

            assertEquals(Math.sqrt(12), test.t(), 1e-12);
            assertEquals(2, test.degreesOfFreedom());
            assertEquals(1 - Math.sqrt(6.0 / 7), test.pValue(), 1e-9);
            assertEquals(0.0741799, test.pValue(), 1e-7);
            assertEquals("paired t test, 3 pairs", test.method());
        }

        @Test
        void isSymmetricInTheOrderOfThePair() {
            TTest.Tested ab = (TTest.Tested) StudentT.pairedTest(first, second);
            TTest.Tested ba = (TTest.Tested) StudentT.pairedTest(second, first);

            assertEquals(-ab.t(), ba.t(), 1e-12);
            assertEquals(ab.pValue(), ba.pValue(), 1e-15);
        }

        @Test
        void cannotTestDifferencesThatDoNotVary() {
            TTest test = StudentT.pairedTest(new double[] {0.7, 0.8}, new double[] {0.6, 0.7});

            assertEquals(new TTest.Untestable("the paired differences are the same in all 2 "
                    + "pairs (0.1), so their standard deviation is 0 and the t statistic is "
                    + "undefined"), test);
        }

        @Test
        void rejectsPairsOfDifferentLengths() {
            assertThrows(IllegalArgumentException.class,
                    () -> StudentT.pairedTest(new double[] {1, 2}, new double[] {1, 2, 3}));
        }
    }
}
