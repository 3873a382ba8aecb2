package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarginalCounterTest {
    /** Two columns over two tables: table 0 the reference, table 1 compared with it. */
    private static MarginalCounter counter(int count, int[] a0, int[] b0, int[] a1, int[] b1) {
        return new MarginalCounter(List.of(new MarginalBins("a", count, new int[][] {a0, a1}),
                new MarginalBins("b", count, new int[][] {b0, b1})), 0);
    }

    @Nested
    class ToReference {
        @Test
        void halvesTheSumOfAbsoluteShareDifferences() {
            MarginalCounter counter = counter(3, new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1},
                    new int[] {0, 0, 2}, new int[] {0, 0, 2});
            // reference: four cells of 1/4; other: (0,0) 2/3 and (2,2) 1/3
            double expected = (Math.abs(0.25 - 2.0 / 3) + 0.25 + 0.25 + 0.25 + 1.0 / 3) / 2;
            assertEquals(expected, counter.toReference(1, Resample.all(3)), 1e-15);
        }

        @Test
        void countsOnlyTheChosenRows() {
            MarginalCounter counter = counter(3, new int[] {0, 1}, new int[] {0, 1},
                    new int[] {0, 2, 1}, new int[] {0, 2, 1});
            assertEquals(0.0, counter.toReference(1, Resample.of(new int[] {0, 2})));
            assertEquals(0.5, counter.toReference(1, Resample.of(new int[] {0, 1})));
        }

        @Test
        void givesTheSameDistanceWhenTheCellsMustBeRenumbered() {
            int wide = 1000;
            MarginalCounter dense = counter(3, new int[] {0, 1, 1, 2}, new int[] {2, 2, 1, 0},
                    new int[] {0, 1, 2}, new int[] {2, 0, 0});
            MarginalCounter sparse = counter(wide, new int[] {0, 1, 1, 2},
                    new int[] {2, 2, 1, 0}, new int[] {0, 1, 2}, new int[] {2, 0, 0});
            assertEquals(dense.toReference(1, Resample.all(3)),
                    sparse.toReference(1, Resample.all(3)), 0.0);
        }
    }

    @Nested
    class Between {
        @Test
        void weighsEachRowByItsCount() {
            MarginalCounter counter = counter(2, new int[] {0, 1}, new int[] {0, 1},
                    new int[] {0, 1}, new int[] {0, 1});
            Resample first = new Resample(new int[] {0, 1}, new int[] {1, 3}, 4);
            Resample second = new Resample(new int[] {0, 1}, new int[] {1, 1}, 2);
            assertEquals(0.25, counter.between(0, first, 1, second), 1e-15);
            assertEquals(0.0, counter.between(0, second, 1, second));
        }
    }
}
