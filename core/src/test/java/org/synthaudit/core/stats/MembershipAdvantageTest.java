package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MembershipAdvantageTest {

    @Nested
    class BestThreshold {
        @Test
        void picksTheScoreWithTheLargestTprMinusFpr() {
            // at 0.8: TPR 2/3, FPR 0; at 0.4: TPR 1, FPR 1/2; at 0.7: TPR 2/3, FPR 1/2
            double[] members = {0.9, 0.8, 0.4};
            double[] nonMembers = {0.7, 0.3};
            assertEquals(0.8, MembershipAdvantage.bestThreshold(members, nonMembers));
        }

        @Test
        void flagsNoOneWhenNoThresholdBeatsGuessing() {
            assertEquals(Double.POSITIVE_INFINITY,
                    MembershipAdvantage.bestThreshold(new double[] {1, 2}, new double[] {3, 4}));
        }

        @Test
        void neverSplitsTiedScores() {
            // a threshold of 1 flags both tied records: TPR 1, FPR 1/2
            assertEquals(1.0, MembershipAdvantage.bestThreshold(new double[] {1, 1},
                    new double[] {1, 0}));
        }
    }

    @Nested
    class At {
        @Test
        void countsRatesAtOrAboveTheThreshold() {
            Estimate.Value value = (Estimate.Value) MembershipAdvantage.at(0.5,
                    new double[] {0.9, 0.5, 0.1, 0.7}, new double[] {0.6, 0.2, 0.3, 0.1}, 0.95);
            assertEquals(0.75 - 0.25, value.value(), 1e-12);
        }

        @Test
        void staysNearZeroOnFreshTrialsWhenScoresAreNoise() {
            SplittableRandom random = new SplittableRandom(5);
            double[][] v = new double[4][500];
            for (double[] side : v) {
                for (int i = 0; i < side.length; i++) {
                    side[i] = random.nextDouble();
                }
            }
            double threshold = MembershipAdvantage.bestThreshold(v[0], v[1]);
            Estimate.Value test = (Estimate.Value) MembershipAdvantage.at(threshold, v[2], v[3],
                    0.95);
            assertEquals(0, test.value(), 0.08);
        }

        @Test
        void isUndefinedWithoutMembers() {
            assertFalse(MembershipAdvantage.at(0.5, new double[0], new double[] {1}, 0.95)
                    .isDefined());
        }

        @Test
        void rejectsANanThreshold() {
            assertThrows(IllegalArgumentException.class, () -> MembershipAdvantage.at(Double.NaN,
                    new double[] {1}, new double[] {1}, 0.95));
        }
    }
}
