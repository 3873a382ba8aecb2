package org.synthaudit.metrics.fairness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rates checked by hand on nine rows of three groups:
 *
 * <pre>
 *   group      a a a a  b b b b  c
 *   label      1 1 0 0  1 1 0 0  1
 *   predicted  1 0 0 0  1 0 1 0  1
 * </pre>
 *
 * Positive prediction rates a 1/4, b 2/4, c 1/1; true-positive rates a 1/2, b 1/2, c 1/1;
 * false-positive rates a 0/2, b 1/2, c undefined (no negative labels).
 */
class GroupRatesTest {
    private static final int[] GROUPS = {0, 0, 0, 0, 1, 1, 1, 1, 2};
    private static final boolean[] LABELS = {true, true, false, false, true, true, false, false,
        true};
    private static final boolean[] PREDICTED = {true, false, false, false, true, false, true,
        false, true};
    private static final int[] ONES = {1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final boolean[] A_AND_B = {true, true, false};
    private static final boolean[] ALL = {true, true, true};
    private static final LabelledRows ROWS = LabelledRows.of(GROUPS, LABELS, 3);

    private static double measure(BiasMeasure measure, boolean[] eligible) {
        return measure.compute(ROWS, PREDICTED, ONES, eligible);
    }

    @Nested
    class Rates {
        @Test
        void areTheWeightedShareOfEventsPerGroup() {
            GroupRates rates = ROWS.positiveRates(PREDICTED, ONES);

            assertEquals(0.25, rates.rate(0));
            assertEquals(0.5, rates.rate(1));
            assertEquals(1.0, rates.rate(2));
        }

        @Test
        void areUndefinedForAGroupWithoutCountedRows() {
            assertTrue(Double.isNaN(ROWS.falsePositiveRates(PREDICTED, ONES).rate(2)));
        }

        @Test
        void weighARowAsOftenAsItWasDrawn() {
            int[] weights = {3, 1, 1, 1, 1, 1, 1, 1, 1};

            assertEquals(0.5, ROWS.positiveRates(PREDICTED, weights).rate(0));
        }
    }

    @Nested
    class Measures {
        @Test
        void demographicParityDifferenceIsTheGapOfPositiveRates() {
            assertEquals(0.25, measure(BiasMeasure.DEMOGRAPHIC_PARITY_DIFFERENCE, A_AND_B));
            assertEquals(0.75, measure(BiasMeasure.DEMOGRAPHIC_PARITY_DIFFERENCE, ALL));
        }

        @Test
        void equalOpportunityDifferenceIsTheGapOfTruePositiveRates() {
            assertEquals(0.0, measure(BiasMeasure.EQUAL_OPPORTUNITY_DIFFERENCE, A_AND_B));
            assertEquals(0.5, measure(BiasMeasure.EQUAL_OPPORTUNITY_DIFFERENCE, ALL));
        }

        @Test
        void equalizedOddsDifferenceIsTheLargerGap() {
            assertEquals(0.5, measure(BiasMeasure.EQUALIZED_ODDS_DIFFERENCE, A_AND_B));
        }

        @Test
        void skipsAGroupWithoutNegativeLabelsForTheFalsePositiveGap() {
            // c has no negative labels: its false-positive rate is skipped, the gap over a and b
            // is 0.5, the true-positive gap over a, b and c is 0.5
            assertEquals(0.5, measure(BiasMeasure.EQUALIZED_ODDS_DIFFERENCE, ALL));
        }

        @Test
        void disparateImpactRatioIsTheSmallestOverTheLargestRate() {
            assertEquals(0.5, measure(BiasMeasure.DISPARATE_IMPACT_RATIO, A_AND_B));
            assertEquals(0.25, measure(BiasMeasure.DISPARATE_IMPACT_RATIO, ALL));
        }

        @Test
        void areUndefinedWithFewerThanTwoGroups() {
            assertTrue(Double.isNaN(measure(BiasMeasure.DEMOGRAPHIC_PARITY_DIFFERENCE,
                    new boolean[] {true, false, false})));
        }

        @Test
        void disparateImpactIsUndefinedWhenNoGroupIsPredictedPositive() {
            boolean[] none = new boolean[9];

            assertTrue(Double.isNaN(BiasMeasure.DISPARATE_IMPACT_RATIO.compute(ROWS, none, ONES,
                    A_AND_B)));
        }
    }

    @Nested
    class Defined {
        @Test
        void keepsTheEligibleGroupsWithRows() {
            assertArrayEquals(new boolean[] {true, true, false}, ROWS.falsePositiveRates(
                    PREDICTED, ONES).defined(ALL));
        }
    }
}
