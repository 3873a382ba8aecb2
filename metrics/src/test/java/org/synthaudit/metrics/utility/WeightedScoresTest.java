package org.synthaudit.metrics.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.RocAnalysis;

class WeightedScoresTest {
    private static final int[] ONES4 = {1, 1, 1, 1};

    @Nested
    class Accuracy {
        @Test
        void countsCorrectRows() {
            assertEquals(0.75, WeightedScores.accuracy(new int[] {0, 1, 1, 0},
                    new int[] {0, 1, 0, 0}, ONES4));
        }

        @Test
        void weighsRows() {
            assertEquals(1.0, WeightedScores.accuracy(new int[] {0, 1, 1, 0},
                    new int[] {0, 1, 0, 0}, new int[] {2, 1, 0, 1}));
        }

        @Test
        void isUndefinedWithoutRows() {
            assertTrue(Double.isNaN(WeightedScores.accuracy(new int[] {0}, new int[] {0},
                    new int[] {0})));
        }
    }

    @Nested
    class MacroF1 {
        @Test
        void matchesTheScikitLearnExample() {
            // scikit-learn's f1_score documentation: y_true = [0, 1, 2, 0, 1, 2],
            // y_pred = [0, 2, 1, 0, 0, 1], average="macro" gives 0.267 (F1 0.8, 0, 0).
            double f1 = WeightedScores.macroF1(new int[] {0, 1, 2, 0, 1, 2},
                    new int[] {0, 2, 1, 0, 0, 1}, 3, new int[] {1, 1, 1, 1, 1, 1});

            assertEquals(0.8 / 3, f1, 1e-12);
        }

        @Test
        void skipsClassesNeitherTrueNorPredicted() {
            assertEquals(1.0, WeightedScores.macroF1(new int[] {0, 1}, new int[] {0, 1}, 5,
                    new int[] {1, 1}));
        }
    }

    @Nested
    class Auc {
        private final double[] scores = {0.1, 0.4, 0.35, 0.8};
        private final boolean[] positive = {false, false, true, true};

        @Test
        void matchesTheScikitLearnExample() {
            // roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75
            assertEquals(0.75, WeightedScores.auc(scores, positive,
                    WeightedScores.order(scores), ONES4));
        }

        @Test
        void countsATieAsOneHalf() {
            double[] tied = {0.5, 0.5, 0.5, 0.9};

            assertEquals(0.75, WeightedScores.auc(tied, new boolean[] {false, true, false, true},
                    WeightedScores.order(tied), ONES4));
        }

        @Test
        void equalsTheAucOfDuplicatedRows() {
            int[] weights = {2, 0, 3, 1};
            Estimate.Value duplicated = (Estimate.Value) RocAnalysis.of(
                    new double[] {0.35, 0.35, 0.35, 0.8}, new double[] {0.1, 0.1}).auc(0.95);

            assertEquals(duplicated.value(), WeightedScores.auc(scores, positive,
                    WeightedScores.order(scores), weights), 1e-12);
        }

        @Test
        void isUndefinedForOneClass() {
            assertTrue(Double.isNaN(WeightedScores.auc(scores, positive,
                    WeightedScores.order(scores), new int[] {1, 1, 0, 0})));
        }
    }

    @Nested
    class RSquared {
        @Test
        void comparesWithTheMean() {
            assertEquals(0.8, WeightedScores.rSquared(new double[] {1, 2, 3, 4},
                    new double[] {1, 2, 3, 5}, ONES4), 1e-12);
        }

        @Test
        void isUndefinedForAConstantTruth() {
            assertTrue(Double.isNaN(WeightedScores.rSquared(new double[] {2, 2},
                    new double[] {1, 3}, new int[] {1, 1})));
        }
    }

    @Nested
    class RootMeanSquaredError {
        @Test
        void averagesSquaredErrors() {
            assertEquals(0.5, WeightedScores.rootMeanSquaredError(new double[] {1, 2, 3, 4},
                    new double[] {1, 2, 3, 5}, ONES4), 1e-12);
        }
    }
}
