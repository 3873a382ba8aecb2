package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synthaudit.metrics.fidelity.TwoSampleStatistic.KOLMOGOROV_SMIRNOV;
import static org.synthaudit.metrics.fidelity.TwoSampleStatistic.TOTAL_VARIATION;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TwoSampleStatisticTest {

    @Nested
    class Between {
        @Test
        void givesOneThirdForTotalVariationOfOneTwoThreeAgainstTwoThreeThree() {
            assertEquals(1.0 / 3, TOTAL_VARIATION.between(new int[] {1, 1, 1}, 3,
                    new int[] {0, 1, 2}, 3), 0.0);
        }

        @Test
        void givesOneThirdForKolmogorovSmirnovOfOneToThreeAgainstTwoToFour() {
            assertEquals(1.0 / 3, KOLMOGOROV_SMIRNOV.between(new int[] {1, 1, 1, 0}, 3,
                    new int[] {0, 1, 1, 1}, 3), 0.0);
        }

        @Test
        void comparesSharesOfSamplesOfDifferentSizes() {
            int[] first = {2, 2};
            int[] second = {1, 3};
            assertEquals(0.25, TOTAL_VARIATION.between(first, 4, second, 4), 0.0);
            assertEquals(0.25, KOLMOGOROV_SMIRNOV.between(first, 4, new int[] {2, 6}, 8), 0.0);
        }

        @Test
        void isZeroForEqualSharesAndOneForDisjointSamples() {
            for (TwoSampleStatistic statistic : TwoSampleStatistic.values()) {
                assertEquals(0.0, statistic.between(new int[] {1, 2}, 3, new int[] {2, 4}, 6));
                assertEquals(1.0, statistic.between(new int[] {3, 0}, 3, new int[] {0, 5}, 5));
            }
        }

        @Test
        void isSymmetric() {
            int[] first = {4, 0, 1, 7};
            int[] second = {1, 1, 5, 2};
            for (TwoSampleStatistic statistic : TwoSampleStatistic.values()) {
                assertEquals(statistic.between(first, 12, second, 9),
                        statistic.between(second, 9, first, 12), 0.0);
            }
        }
    }

    @Nested
    class Counts {
        @Test
        void countsEveryCell() {
            assertArrayEquals(new int[] {2, 0, 1}, TwoSampleStatistic.counts(new int[] {0, 2, 0},
                    3));
        }
    }
}
