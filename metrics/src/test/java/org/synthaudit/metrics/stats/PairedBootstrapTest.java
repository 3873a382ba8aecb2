package org.synthaudit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;

class PairedBootstrapTest {
    private static final PairedBootstrap BOOTSTRAP = new PairedBootstrap(100, 0.95);

    /** The weighted mean of 0, 1, ..., n - 1. */
    private static double mean(int[] weights) {
        double sum = 0;
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += i * (double) weights[i];
            total += weights[i];
        }
        return sum / total;
    }

    @Nested
    class UnitWeights {
        @Test
        void givesEveryRowWeightOne() {
            int[][] weights = PairedBootstrap.unitWeights(3, 1);

            assertArrayEquals(new int[] {1, 1, 1}, weights[0]);
            assertArrayEquals(new int[] {1}, weights[1]);
        }
    }

    @Nested
    class Replicate {
        @Test
        void drawsAsManyRowsAsEachTableHas() {
            double[][] totals = BOOTSTRAP.replicate(new int[] {7, 3}, Seeds.root(1),
                    ForkJoinPool.commonPool(), List.of(w -> Arrays.stream(w[0]).sum(),
                            w -> Arrays.stream(w[1]).sum()));

            assertTrue(Arrays.stream(totals[0]).allMatch(t -> t == 7));
            assertTrue(Arrays.stream(totals[1]).allMatch(t -> t == 3));
        }

        @Test
        void givesTheSameValuesWhateverTheThreadCount() {
            try (ForkJoinPool one = new ForkJoinPool(1); ForkJoinPool three =
                    new ForkJoinPool(3)) {
                double[][] first = BOOTSTRAP.replicate(new int[] {50}, Seeds.root(9), one,
                        List.of(w -> mean(w[0])));
                double[][] second = BOOTSTRAP.replicate(new int[] {50}, Seeds.root(9), three,
                        List.of(w -> mean(w[0])));

                assertArrayEquals(first[0], second[0]);
            }
        }

        @Test
        void pairsTheStatisticsOfOneReplicate() {
            double[][] values = BOOTSTRAP.replicate(new int[] {40}, Seeds.root(2),
                    ForkJoinPool.commonPool(), List.of(w -> mean(w[0]), w -> mean(w[0]) + 1));

            for (int r = 0; r < 100; r++) {
                assertEquals(values[0][r] + 1, values[1][r], 1e-12);
            }
        }
    }

    @Nested
    class Interval {
        @Test
        void coversTheMeanOfAUniformSample() {
            double[][] values = BOOTSTRAP.replicate(new int[] {200}, Seeds.root(3),
                    ForkJoinPool.commonPool(), List.of(w -> mean(w[0])));

            Estimate.Value e = (Estimate.Value) BOOTSTRAP.interval(99.5, values[0], "mean");

            assertEquals(99.5, e.value());
            assertTrue(e.lower() < 99.5 && e.upper() > 99.5, e.toString());
            assertTrue(e.upper() - e.lower() < 25, e.toString());
        }

        @Test
        void leavesOutUndefinedReplicatesAndSaysSo() {
            double[] replicates = new double[100];
            Arrays.fill(replicates, 0.5);
            replicates[0] = Double.NaN;
            replicates[1] = Double.NaN;

            Estimate.Value e = (Estimate.Value) BOOTSTRAP.interval(0.5, replicates, "rate");

            assertEquals(0.5, e.lower());
            assertTrue(e.method().contains("undefined on 2 of 100 resamples"), e.method());
        }

        @Test
        void isUndefinedWhenMostReplicatesAreUndefined() {
            double[] replicates = new double[100];
            Arrays.fill(replicates, Double.NaN);
            replicates[0] = 0.4;

            Estimate e = BOOTSTRAP.interval(0.5, replicates, "rate");

            assertFalse(e.isDefined());
            assertEquals("the statistic is undefined on 99 of 100 bootstrap resamples, too many "
                    + "for an interval", ((Estimate.Undefined) e).reason());
        }

        @Test
        void rejectsAPointThatIsNotFinite() {
            assertThrows(IllegalArgumentException.class,
                    () -> BOOTSTRAP.interval(Double.NaN, new double[100], "x"));
        }
    }

    @Test
    void rejectsFewerThanTwoReplicates() {
        assertThrows(IllegalArgumentException.class, () -> new PairedBootstrap(1, 0.95));
    }
}
