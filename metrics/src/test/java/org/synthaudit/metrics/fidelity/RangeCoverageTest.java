package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RangeCoverageTest {
    private final RangeCoverage coverage = new RangeCoverage(new double[] {0, 2, 5, 10, 20});

    @Nested
    class Between {
        @Test
        void givesTheOverlapOverTheRealRange() {
            // real [0, 10], other [5, 20]
            assertEquals(0.5, coverage.between(new int[] {1, 0, 0, 1, 0}, 2,
                    new int[] {0, 0, 1, 0, 1}, 2));
        }

        @Test
        void staysDefinedWhenTheRealRangeOverflowsADouble() {
            // real [-1e308, 1e308], other [0, 1e308]: half the range, though 2e308 overflows
            RangeCoverage wide = new RangeCoverage(new double[] {-1e308, 0, 1e308});
            assertEquals(0.5, wide.between(new int[] {1, 0, 1}, 2, new int[] {0, 1, 1}, 2));
        }

        @Test
        void givesNothingForDisjointRanges() {
            assertEquals(0.0, coverage.between(new int[] {1, 1, 0, 0, 0}, 2,
                    new int[] {0, 0, 0, 1, 1}, 2));
        }

        @Test
        void coversAZeroRangeWhenTheOtherRangeContainsItsValue() {
            assertEquals(1.0, coverage.between(new int[] {0, 3, 0, 0, 0}, 3,
                    new int[] {1, 0, 0, 1, 0}, 2));
            assertEquals(0.0, coverage.between(new int[] {0, 3, 0, 0, 0}, 3,
                    new int[] {0, 0, 1, 1, 0}, 2));
        }
    }
}
