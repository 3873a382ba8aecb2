package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RocAnalysisTest {
    private static final double EPS = 1e-12;
    /** Five of the six (member, non-member) pairs are ordered correctly. */
    private final RocAnalysis small = RocAnalysis.of(new double[] {0.9, 0.8, 0.4},
            new double[] {0.7, 0.3});

    private static Estimate.Value value(Estimate estimate) {
        return (Estimate.Value) estimate;
    }

    @Nested
    class Auc {
        @Test
        void countsCorrectlyOrderedPairs() {
            assertEquals(5.0 / 6, value(small.auc(0.95)).value(), EPS);
        }

        @Test
        void countsTiedPairsAsOneHalf() {
            // pairs (1,1) 1/2, (1,0) 1, (2,1) 1, (2,0) 1: 3.5 / 4
            RocAnalysis tied = RocAnalysis.of(new double[] {1, 2}, new double[] {1, 0});
            assertEquals(0.875, value(tied.auc(0.95)).value(), EPS);
        }

        @Test
        void isOneHalfWhenEveryScoreIsTied() {
            Estimate.Value auc = value(RocAnalysis.of(new double[] {3, 3, 3},
                    new double[] {3, 3}).auc(0.95));
            assertEquals(0.5, auc.value());
            // the DeLong variance is 0; Wilson for p = 1/2 over n = 2: centre 1/2,
            // half-width 1.96 / (1 + 1.96^2 / 2) * sqrt(1/8 + 1.96^2 / 16) = 0.40546
            assertEquals(0.0945, auc.lower(), 1e-4);
            assertEquals(0.9055, auc.upper(), 1e-4);
            assertTrue(auc.method().contains("DeLong variance is 0"), auc.method());
        }

        @Test
        void isOneForPerfectSeparationAndZeroWhenReversed() {
            double[] high = {5, 6, 7};
            double[] low = {1, 2, 3, 4};
            assertEquals(1.0, value(RocAnalysis.of(high, low).auc(0.95)).value());
            assertEquals(0.0, value(RocAnalysis.of(low, high).auc(0.95)).value());
        }

        @Test
        void hasTheDeLongVarianceComputedByHand() {
            // V10 = {1, 1, 1/2}, V01 = {2/3, 1}; S10 = (1/36 + 1/36 + 4/36) / 2 = 1/12,
            // S01 = (1/36 + 1/36) / 1 = 1/18; var = S10 / 3 + S01 / 2 = 1/36 + 1/36 = 1/18
            assertEquals(1.0 / 18, small.aucAndVariance()[1], EPS);
        }

        @Test
        void cutsTheNormalIntervalAtOneAndSaysSo() {
            Estimate.Value auc = value(small.auc(0.95));
            double half = 1.959963984540054 * Math.sqrt(1.0 / 18);
            assertEquals(5.0 / 6 - half, auc.lower(), 1e-9);
            assertEquals(1.0, auc.upper());
            assertTrue(auc.method().contains("cut at 1"), auc.method());
        }

        @Test
        void agreesWithAPairCountAndStaysInsideTheUnitIntervalOnRandomScores() {
            SplittableRandom random = new SplittableRandom(5);
            double[] members = random.doubles(60).map(x -> Math.round(x * 20 + 1) / 20.0)
                    .toArray();
            double[] others = random.doubles(80).map(x -> Math.round(x * 20) / 20.0).toArray();
            double pairs = 0;
            for (double x : members) {
                for (double y : others) {
                    pairs += x > y ? 1 : x == y ? 0.5 : 0;
                }
            }
            Estimate.Value auc = value(RocAnalysis.of(members, others).auc(0.95));
            assertEquals(pairs / (60 * 80), auc.value(), EPS);
            assertTrue(auc.lower() >= 0 && auc.lower() < auc.value());
            assertTrue(auc.upper() <= 1 && auc.upper() > auc.value());
        }

        @Test
        void isUndefinedWhenAClassIsEmptyOrTooSmallForTheVariance() {
            assertFalse(RocAnalysis.of(new double[0], new double[] {1, 2}).auc(0.95).isDefined());
            assertFalse(RocAnalysis.of(new double[] {1, 2}, new double[0]).auc(0.95).isDefined());
            assertFalse(RocAnalysis.of(new double[] {1}, new double[] {0, 2}).auc(0.95)
                    .isDefined());
        }

        @Test
        void rejectsNaNScores() {
            assertThrows(IllegalArgumentException.class,
                    () -> RocAnalysis.of(new double[] {Double.NaN}, new double[] {1}));
        }
    }

    @Nested
    class TprAtFpr {
        private final RocAnalysis ten = RocAnalysis.of(new double[] {0.9, 0.8, 0.6, 0.5, 0.2},
                new double[] {0.85, 0.7, 0.4, 0.3, 0.3, 0.1, 0.1, 0.05, 0, -0.1});

        @Test
        void stopsBeforeTheFalsePositiveRateExceedsTheTarget() {
            // from the top: 0.9 member, 0.85 non-member (FPR 1/10), 0.8 member, then 0.7 would
            // make FPR 2/10: threshold 0.8, TPR 2/5
            Estimate.Value tpr = value(ten.tprAtFpr(0.1, 0.95));
            assertEquals(0.4, tpr.value(), EPS);
            Estimate.Value wilson = value(Proportions.wilson(2, 5, 0.95));
            assertEquals(wilson.lower(), tpr.lower());
            assertEquals(wilson.upper(), tpr.upper());
            assertTrue(tpr.method().contains("threshold at a score"), tpr.method());
        }

        @Test
        void interpolatesInsideAGroupOfTiedScores() {
            // 0.9: one member and one non-member tied (FPR 1/10); 0.3: one member and two
            // non-members tied (FPR 3/10); 0.2: one member (FPR still 3/10). At FPR 2/10 the
            // attacker flags the 0.3 group with probability 1/2: TPR (1 + 1/2) / 3 = 1/2
            RocAnalysis tied = RocAnalysis.of(new double[] {0.9, 0.3, 0.2},
                    new double[] {0.9, 0.3, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1});
            assertEquals(1.0 / 3, value(tied.tprAtFpr(0.1, 0.95)).value(), EPS);
            assertEquals(0.5, value(tied.tprAtFpr(0.2, 0.95)).value(), EPS);
            assertEquals(1.0, value(tied.tprAtFpr(0.3, 0.95)).value(), EPS);
        }

        @Test
        void isZeroWhenNonMembersHoldTheTopScores() {
            RocAnalysis top = RocAnalysis.of(new double[] {0.5, 0.4},
                    new double[] {0.9, 0.8, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1});
            Estimate.Value tpr = value(top.tprAtFpr(0.1, 0.95));
            assertEquals(0, tpr.value());
            assertEquals(0, tpr.lower());
        }

        @Test
        void isUndefinedWhenTooFewNonMembersResolveTheRate() {
            Estimate tpr = ten.tprAtFpr(0.001, 0.95);
            assertEquals("too few non-members to resolve FPR 0.1% (need >= 1000, have 10)",
                    ((Estimate.Undefined) tpr).reason());
            assertFalse(ten.tprAtFpr(0.01, 0.95).isDefined());
        }

        @Test
        void rejectsATargetOutsideTheOpenUnitInterval() {
            assertThrows(IllegalArgumentException.class, () -> ten.tprAtFpr(0, 0.95));
        }
    }

    @Nested
    class Curve {
        @Test
        void runsFromTheOriginToTheTopRightThroughEachDistinctScore() {
            RocAnalysis.Curve curve = small.curve(200);
            // thresholds 0.9, 0.8, 0.7, 0.4, 0.3 after the origin
            assertArrayEquals(new double[] {0, 0, 0, 0.5, 0.5, 1}, curve.falsePositiveRates(),
                    EPS);
            assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 2.0 / 3, 1, 1},
                    curve.truePositiveRates(), EPS);
        }

        @Test
        void isThinnedToTheRequestedNumberOfPointsKeepingBothEnds() {
            SplittableRandom random = new SplittableRandom(9);
            RocAnalysis large = RocAnalysis.of(random.doubles(1000).toArray(),
                    random.doubles(1000).toArray());
            RocAnalysis.Curve curve = large.curve(200);
            double[] fpr = curve.falsePositiveRates();
            double[] tpr = curve.truePositiveRates();
            assertEquals(200, fpr.length);
            assertEquals(0, fpr[0]);
            assertEquals(0, tpr[0]);
            assertEquals(1, fpr[199]);
            assertEquals(1, tpr[199]);
            for (int i = 1; i < fpr.length; i++) {
                assertTrue(fpr[i] >= fpr[i - 1] && tpr[i] >= tpr[i - 1]);
            }
        }

        @Test
        void dropsCollinearPointsFirstAndKeepsTheCornersOfTiedGroups() {
            // members 5,4,3,3,3,3 and non-members 3,3,2,1.5,1: after the origin the thresholds
            // 5 and 4 climb the y axis, the group tied at 3 is the diagonal to (0.4, 1), and
            // 2, 1.5 and 1 run along the top; the three collinear points go, the corner stays
            double[] members = {5, 4, 3, 3, 3, 3};
            double[] nonMembers = {3, 3, 2, 1.5, 1};
            RocAnalysis.Curve curve = RocAnalysis.of(members, nonMembers).curve(4);
            assertArrayEquals(new double[] {0, 0, 0.4, 1}, curve.falsePositiveRates(), EPS);
            assertArrayEquals(new double[] {0, 1.0 / 3, 1, 1}, curve.truePositiveRates(), EPS);
        }

        @Test
        void keepsTheCornerOfABlockOfTiedScoresAmongManyDistinctOnes() {
            // 2,000 members all tied at the top score with 211 of 2,000 non-members (exact
            // copies at distance 0), the other non-members at distinct lower scores
            double[] members = new double[2000];
            Arrays.fill(members, 1.0);
            double[] nonMembers = new double[2000];
            SplittableRandom random = new SplittableRandom(3);
            for (int j = 0; j < nonMembers.length; j++) {
                nonMembers[j] = j < 211 ? 1.0 : random.nextDouble();
            }
            RocAnalysis roc = RocAnalysis.of(members, nonMembers);
            RocAnalysis.Curve curve = roc.curve(200);
            double[] fpr = curve.falsePositiveRates();
            double[] tpr = curve.truePositiveRates();
            assertTrue(fpr.length <= 200);
            assertEquals(0, fpr[0]);
            assertEquals(0, tpr[0]);
            assertEquals(0.1055, fpr[1], EPS);
            assertEquals(1, tpr[1], EPS);
            // the rest of the curve runs along the top, so nothing else is a corner
            assertEquals(3, fpr.length);
            assertEquals(1, fpr[2]);
            assertEquals(value(roc.auc(0.95)).value(), trapezoidArea(curve), 1e-12);
        }

        @Test
        void keepsTheTrapezoidAreaAtTheAucWithHeavyTies() {
            // a third of the members are copies tied at the top with 5 % of the non-members;
            // every other score is on one of 500 levels, members shifted up
            SplittableRandom random = new SplittableRandom(11);
            double[] members = new double[6000];
            double[] nonMembers = new double[6000];
            for (int i = 0; i < members.length; i++) {
                members[i] = i % 3 == 0 ? 1000 : random.nextInt(500) + random.nextInt(100);
                nonMembers[i] = i % 20 == 0 ? 1000 : random.nextInt(500);
            }
            RocAnalysis roc = RocAnalysis.of(members, nonMembers);
            RocAnalysis.Curve curve = roc.curve(200);
            assertTrue(curve.falsePositiveRates().length <= 200);
            assertEquals(value(roc.auc(0.95)).value(), trapezoidArea(curve), 1e-3);
        }

        @Test
        void keepsTheTrapezoidAreaAtTheAucWithoutTies() {
            SplittableRandom random = new SplittableRandom(12);
            double[] members = new double[5000];
            double[] nonMembers = new double[5000];
            for (int i = 0; i < members.length; i++) {
                members[i] = random.nextDouble() + 0.3 * random.nextDouble();
                nonMembers[i] = random.nextDouble();
            }
            RocAnalysis roc = RocAnalysis.of(members, nonMembers);
            RocAnalysis.Curve curve = roc.curve(200);
            assertEquals(200, curve.falsePositiveRates().length);
            assertEquals(value(roc.auc(0.95)).value(), trapezoidArea(curve), 1e-3);
        }

        @Test
        void keepsEveryPointWhenThereAreNoMoreThanAsked() {
            RocAnalysis.Curve curve = small.curve(6);
            assertEquals(small.curve(200), curve);
            assertEquals(6, curve.falsePositiveRates().length);
        }

        private static double trapezoidArea(RocAnalysis.Curve curve) {
            double[] fpr = curve.falsePositiveRates();
            double[] tpr = curve.truePositiveRates();
            double area = 0;
            for (int i = 1; i < fpr.length; i++) {
                area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
            }
            return area;
        }

        @Test
        void isEmptyWhenAClassIsEmpty() {
            assertEquals(0, RocAnalysis.of(new double[] {1}, new double[0]).curve(10)
                    .falsePositiveRates().length);
        }
    }
}
