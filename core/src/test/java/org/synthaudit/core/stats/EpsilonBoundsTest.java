package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EpsilonBoundsTest {

    private static Estimate.Value value(Estimate estimate) {
        return (Estimate.Value) estimate;
    }

    @Nested
    class Upper {
        @Test
        void isTheUpperEndOfPublishedClopperPearsonIntervals() {
            // two-sided 95% intervals (e.g. Newcombe 1998, Table I; standard binomial tables):
            // 0/20: 0-0.1684, 5/100: 0.0164-0.1128, 10/100: 0.0490-0.1762, 1/10: 0.0025-0.4450
            assertEquals(0.1684, round4(EpsilonBounds.upper(0, 20, 0.95)));
            assertEquals(0.1128, round4(EpsilonBounds.upper(5, 100, 0.95)));
            assertEquals(0.1762, round4(EpsilonBounds.upper(10, 100, 0.95)));
            assertEquals(0.4450, round4(EpsilonBounds.upper(1, 10, 0.95)));
        }

        @Test
        void hasTheClosedFormForNoErrors() {
            // P[Bin(n, u) = 0] = 0.025 at u = 1 - 0.025^(1/n)
            assertEquals(1 - Math.pow(0.025, 1.0 / 100), EpsilonBounds.upper(0, 100, 0.95),
                    1e-9);
        }

        private static double round4(double x) {
            return Math.round(x * 1e4) / 1e4;
        }
    }

    @Nested
    class FromErrors {
        @Test
        void matchesTheBoundComputedByHandForAPerfectTest() {
            // alpha_ub = beta_ub = 1 - 0.025^(1/100) = 0.036217; ln(0.963783 / 0.036217) = 3.2813
            Estimate.Value bound = value(EpsilonBounds.fromErrors(0, 100, 0, 100, 0, 0.95));
            assertEquals(3.2813, bound.value(), 1e-4);
        }

        @Test
        void matchesTheBoundComputedByHandFromTableValues() {
            // alpha_ub = 0.1128 (5/100), beta_ub = 0.1762 (10/100), delta = 1e-5:
            // ln((1 - 1e-5 - 0.1762) / 0.1128) = ln(7.3031) = 1.9883 and
            // ln((1 - 1e-5 - 0.1128) / 0.1762) = ln(5.0351) = 1.6164
            Estimate.Value bound = value(EpsilonBounds.fromErrors(5, 100, 10, 100, 1e-5, 0.95));
            assertEquals(1.9883, bound.value(), 1e-3);
        }

        @Test
        void isAOneSidedIntervalAtTheConfidence() {
            Estimate.Value bound = value(EpsilonBounds.fromErrors(5, 100, 10, 100, 1e-5, 0.95));
            assertEquals(bound.value(), bound.lower());
            assertEquals(Double.POSITIVE_INFINITY, bound.upper());
            assertEquals(0.95, bound.level());
            assertTrue(bound.method().contains("false positives 5/100"), bound.method());
            assertTrue(bound.method().contains("97.5%"), bound.method());
        }

        @Test
        void shrinksAsDeltaGrows() {
            double small = value(EpsilonBounds.fromErrors(5, 100, 10, 100, 0, 0.95)).value();
            double large = value(EpsilonBounds.fromErrors(5, 100, 10, 100, 0.1, 0.95)).value();
            assertTrue(large < small, large + " vs " + small);
        }

        @Test
        void isUndefinedWithoutAPositiveNumerator() {
            // 5/10 errors on each side: alpha_ub = beta_ub = 0.8129 > 1 - delta = 0.8
            Estimate none = EpsilonBounds.fromErrors(5, 10, 5, 10, 0.2, 0.95);
            assertFalse(none.isDefined());
            assertTrue(((Estimate.Undefined) none).reason().startsWith("no positive numerator"),
                    none.toString());
        }

        @Test
        void isUndefinedWhenTheErrorsBoundNoEpsilonAboveZero() {
            Estimate none = EpsilonBounds.fromErrors(50, 100, 50, 100, 0, 0.95);
            assertFalse(none.isDefined());
            assertTrue(((Estimate.Undefined) none).reason().contains("no epsilon above 0"),
                    none.toString());
        }

        @Test
        void isUndefinedWithoutTrialsOnASide() {
            assertFalse(EpsilonBounds.fromErrors(0, 0, 0, 10, 0, 0.95).isDefined());
        }

        @Test
        void rejectsADeltaOfOne() {
            assertThrows(IllegalArgumentException.class,
                    () -> EpsilonBounds.fromErrors(0, 10, 0, 10, 1, 0.95));
        }
    }

    @Nested
    class Thresholds {
        private final double[] members = {0.9, 0.8, 0.75, 0.7, 0.6, 0.2};
        private final double[] nonMembers = {0.5, 0.4, 0.3, 0.1, 0.05, 0.65};

        @Test
        void countsErrorsAtAFixedThreshold() {
            // at 0.6: false positives {0.65} = 1/6, false negatives {0.2} = 1/6
            Estimate expected = EpsilonBounds.fromErrors(1, 6, 1, 6, 0, 0.5);
            assertEquals(expected, EpsilonBounds.atThreshold(0.6, members, nonMembers, 0, 0.5));
        }

        @Test
        void picksTheThresholdWithTheLargestBound() {
            OptionalDouble best = EpsilonBounds.bestThreshold(members, nonMembers, 0, 0.5);
            assertTrue(best.isPresent());
            double chosen = value(EpsilonBounds.atThreshold(best.getAsDouble(), members,
                    nonMembers, 0, 0.5)).value();
            for (double t : new double[] {0.9, 0.8, 0.7, 0.65, 0.6, 0.5, 0.2}) {
                Estimate other = EpsilonBounds.atThreshold(t, members, nonMembers, 0, 0.5);
                assertTrue(!other.isDefined() || value(other).value() <= chosen, "t = " + t);
            }
        }

        @Test
        void findsNoThresholdWhenScoresCannotSeparate() {
            double[] same = {0.5, 0.5, 0.5};
            assertTrue(EpsilonBounds.bestThreshold(same, same, 0, 0.95).isEmpty());
            assertTrue(EpsilonBounds.bestThreshold(new double[0], same, 0, 0.95).isEmpty());
        }
    }
}
