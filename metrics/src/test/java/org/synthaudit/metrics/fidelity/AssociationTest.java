package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssociationTest {
    private static final double NA = Double.NaN;

    private static double pearson(double[] x, double[] y) {
        return Association.pearson(x, y, Resample.all(x.length));
    }

    private static double cramersV(int[] a, int categoriesA, int[] b, int categoriesB) {
        return Association.cramersV(a, categoriesA, b, categoriesB, Resample.all(a.length));
    }

    private static double correlationRatio(int[] groups, int categories, double[] y) {
        return Association.correlationRatio(groups, categories, y, Resample.all(y.length));
    }

    @Nested
    class Pearson {
        @Test
        void matchesTheTextbookFormula() {
            // deviations (-1.5, -0.5, 0.5, 1.5) and (-3, -1, 0, 4): Sxy 11, Sxx 5, Syy 26
            double r = pearson(new double[] {1, 2, 3, 4},
                    new double[] {2, 4, 5, 9});
            assertEquals(11 / Math.sqrt(5 * 26), r, 1e-15);
        }

        @Test
        void skipsRowsWithAMissingValue() {
            double r = pearson(new double[] {1, 2, NA, 3, 4, 7},
                    new double[] {2, 4, 8, 5, 9, NA});
            assertEquals(11 / Math.sqrt(5 * 26), r, 1e-15);
        }

        @Test
        void countsAWeightedRowAsThatManyCopies() {
            double weighted = Association.pearson(new double[] {1, 2, 3, 4},
                    new double[] {2, 4, 5, 9},
                    new Resample(new int[] {0, 2, 3}, new int[] {2, 1, 1}, 4));
            double repeated = pearson(new double[] {1, 1, 3, 4},
                    new double[] {2, 2, 5, 9});
            assertEquals(repeated, weighted, 1e-15);
        }

        @Test
        void isUndefinedForAConstantColumnOrFewerThanTwoRows() {
            assertTrue(Double.isNaN(pearson(new double[] {1, 8, 3},
                    new double[] {4, 4, 4})));
            assertTrue(Double.isNaN(pearson(new double[] {1, 8},
                    new double[] {4, NA})));
        }

        @Test
        void isMinusOneForAnExactlyDecreasingLine() {
            assertEquals(-1, pearson(new double[] {1, 2, 3},
                    new double[] {-2, -4, -6}), 1e-15);
        }
    }

    @Nested
    class CramersV {
        @Test
        void isOneForAPerfectAssociation() {
            // phi2 = 1, corrected to 1 - 1/3; k~ - 1 = r~ - 1 = 1 - 1/3
            assertEquals(1, cramersV(new int[] {0, 0, 1, 1}, 2,
                    new int[] {0, 0, 1, 1}, 2), 1e-15);
        }

        @Test
        void correctsAWeakAssociationInFewRowsToZero() {
            // table [[2, 1], [1, 2]]: chi2 = 2/3, phi2 = 1/9 below the bias 1/5; plain V = 1/3
            assertEquals(0, cramersV(new int[] {0, 0, 1, 1, 0, 1}, 2,
                    new int[] {0, 1, 1, 1, 0, 0}, 2));
        }

        @Test
        void matchesBergsmasFormulaOnAThreeByTwoTable() {
            // table x: (3, 0), y: (1, 2), z: (1, 3); chi2 = 13/3, phi2 = 13/30, bias 2/9,
            // k~ - 1 = 8/9, r~ - 1 = 14/9, so V~ = sqrt((13/30 - 2/9) / (8/9)) = sqrt(19/80)
            int[] a = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
            int[] b = {0, 0, 0, 0, 1, 1, 0, 1, 1, 1};
            assertEquals(Math.sqrt(19.0 / 80), cramersV(a, 3, b, 2), 1e-15);
        }

        @Test
        void ignoresCategoriesThatDoNotOccur() {
            int[] a = {0, 0, 0, 1, 1, 1, 3, 3, 3, 3};
            int[] b = {0, 0, 0, 0, 2, 2, 0, 2, 2, 2};
            assertEquals(Math.sqrt(19.0 / 80), cramersV(a, 5, b, 3), 1e-15);
        }

        @Test
        void isUndefinedForAConstantColumnOrTooManyCategories() {
            assertTrue(Double.isNaN(cramersV(new int[] {0, 1, 2}, 3,
                    new int[] {0, 0, 0}, 1)));
            // three categories in three rows: k~ - 1 = 2 - 4/2 = 0
            assertTrue(Double.isNaN(cramersV(new int[] {0, 1, 2}, 3,
                    new int[] {0, 1, 1}, 2)));
        }
    }

    @Nested
    class CorrelationRatio {
        @Test
        void isTheRootOfTheExplainedShareOfVariance() {
            // group means 2, 6, 10 around 5.2: between 44.8 of a total 48.8
            assertEquals(Math.sqrt(44.8 / 48.8), correlationRatio(
                    new int[] {0, 0, 1, 1, 2}, 3, new double[] {1, 3, 5, 7, 10}), 1e-15);
        }

        @Test
        void isOneWhenTheGroupsDetermineTheValue() {
            assertEquals(1, correlationRatio(new int[] {0, 0, 1, 1}, 2,
                    new double[] {3, 3, 8, 8}), 1e-15);
        }

        @Test
        void isZeroWhenEveryGroupHasTheSameMean() {
            assertEquals(0, correlationRatio(new int[] {0, 0, 1, 1}, 2,
                    new double[] {1, 3, 3, 1}), 1e-15);
        }

        @Test
        void isUndefinedForOneGroupOrAConstantValue() {
            assertTrue(Double.isNaN(correlationRatio(new int[] {0, 0, 0}, 1,
                    new double[] {1, 2, 3})));
            assertTrue(Double.isNaN(correlationRatio(new int[] {0, 1, -1}, 2,
                    new double[] {5, 5, 1})));
        }
    }
}
