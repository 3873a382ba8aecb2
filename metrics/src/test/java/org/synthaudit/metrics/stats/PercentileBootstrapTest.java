package org.synthaudit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class PercentileBootstrapTest {
    private final PercentileBootstrap bootstrap = new PercentileBootstrap(5, 0.5);

    @Nested
    class Construct {
        @Test
        void rejectsALevelOfOne() {
            assertThrows(IllegalArgumentException.class, () -> new PercentileBootstrap(200, 1));
        }

        @Test
        void rejectsASingleReplicate() {
            assertThrows(IllegalArgumentException.class, () -> new PercentileBootstrap(1, 0.9));
        }
    }

    @Nested
    class Quantile {
        @Test
        void interpolatesBetweenOrderStatistics() {
            double[] sorted = {1, 2, 3, 4};
            assertEquals(1, PercentileBootstrap.quantile(sorted, 0));
            assertEquals(2.5, PercentileBootstrap.quantile(sorted, 0.5));
            assertEquals(3.25, PercentileBootstrap.quantile(sorted, 0.75));
            assertEquals(4, PercentileBootstrap.quantile(sorted, 1));
        }

        @Test
        void rejectsAProbabilityAboveOne() {
            assertThrows(IllegalArgumentException.class,
                    () -> PercentileBootstrap.quantile(new double[] {1}, 1.5));
        }
    }

    @Nested
    class Replicate {
        @Test
        void drawsTheSameReplicatesForTheSameSeed() {
            assertArrayEquals(bootstrap.replicate(Seeds.root(3), r -> r.nextDouble()),
                    bootstrap.replicate(Seeds.root(3), r -> r.nextDouble()));
        }

        @Test
        void rejectsAStatisticThatIsNotFinite() {
            assertThrows(IllegalStateException.class,
                    () -> bootstrap.replicate(Seeds.root(3), r -> Double.NaN));
        }
    }

    @Nested
    class BasicInterval {
        @Test
        void mirrorsTheSpreadAroundTheMedianAroundThePoint() {
            // quartiles 2 and 4, median 3: [t - (4 - 3), t + (3 - 2)] around t = 1.5
            Estimate.Value e = bootstrap.basicInterval(1.5, new double[] {5, 1, 4, 2, 3},
                    "distance", new Bounds(0, 10));
            assertEquals(0.5, e.lower(), 1e-15);
            assertEquals(2.5, e.upper(), 1e-15);
            assertEquals(1.5, e.value());
        }

        @Test
        void keepsThePointInsideWhenEveryReplicateExceedsIt() {
            // a plug-in distance below most of its replicates: the percentile interval
            // [0.2, 0.4] misses it; the basic one is [0.15 - (0.4 - 0.3), 0.15 + (0.3 - 0.2)]
            Estimate.Value e = bootstrap.basicInterval(0.15, new double[] {0.2, 0.3, 0.4, 0.5,
                0.1}, "distance", Bounds.UNIT);
            assertEquals(0.05, e.lower(), 1e-15);
            assertEquals(0.25, e.upper(), 1e-15);
        }

        @Test
        void isCutToTheBoundsOfTheStatistic() {
            Estimate.Value e = bootstrap.basicInterval(0, new double[] {0.2, 0.1, 0.4, 0.3,
                0.5}, "distance", Bounds.UNIT);
            assertEquals(0, e.lower());
            assertEquals(0.1, e.upper(), 1e-15);
        }

        /**
         * Two samples of 300 from ten categories, shares 0.12 for the first five and 0.08 for
         * the rest against a uniform 0.1 (population distance 0.1), or both uniform (population
         * distance 0); the plug-in total variation distance is biased upwards in both. Over 400
         * seeded trials the basic interval of 200 replicates should cover the median plug-in
         * distance (found from 20,000 independent draws) at about 95 %, and, away from the bound
         * 0, never have an end at the point.
         */
        @Test
        void coversTheMedianPlugInDistanceAtAboutTheNominalRate() {
            double[] uniform = new double[10];
            java.util.Arrays.fill(uniform, 0.1);
            double[] tilted = {0.12, 0.12, 0.12, 0.12, 0.12, 0.08, 0.08, 0.08, 0.08, 0.08};
            double[] shifted = coverage(uniform, tilted, 7);
            double[] same = coverage(uniform, uniform, 8);
            assertTrue(shifted[0] >= 0.9 && shifted[0] <= 0.99, "coverage " + shifted[0]);
            assertTrue(same[0] >= 0.9 && same[0] <= 1, "coverage " + same[0]);
            assertEquals(0, shifted[1], "share of intervals with an end at the point");
        }

        /** The share of trials whose interval covers, and the share with an end at the point. */
        private static double[] coverage(double[] p, double[] q, long seed) {
            int n = 300;
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            double[] truths = new double[20_000];
            for (int i = 0; i < truths.length; i++) {
                truths[i] = tvd(draw(p, n, random), draw(q, n, random), n);
            }
            java.util.Arrays.sort(truths);
            double median = PercentileBootstrap.quantile(truths, 0.5);

            PercentileBootstrap basic = new PercentileBootstrap(200, 0.95);
            int trials = 400;
            int covered = 0;
            int atPoint = 0;
            for (int t = 0; t < trials; t++) {
                int[] a = draw(p, n, random);
                int[] b = draw(q, n, random);
                double[] replicates = new double[200];
                for (int r = 0; r < replicates.length; r++) {
                    replicates[r] = tvd(resample(a, n, random), resample(b, n, random), n);
                }
                Estimate.Value e = basic.basicInterval(tvd(a, b, n), replicates, "tvd",
                        Bounds.UNIT);
                covered += e.lower() <= median && median <= e.upper() ? 1 : 0;
                atPoint += e.lower() == e.value() || e.upper() == e.value() ? 1 : 0;
            }
            return new double[] {(double) covered / trials, (double) atPoint / trials};
        }

        private static int[] draw(double[] shares, int n, java.util.SplittableRandom random) {
            int[] counts = new int[shares.length];
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                int c = 0;
                while (c < shares.length - 1 && u >= shares[c]) {
                    u -= shares[c++];
                }
                counts[c]++;
            }
            return counts;
        }

        private static int[] resample(int[] counts, int n, java.util.SplittableRandom random) {
            double[] shares = new double[counts.length];
            for (int c = 0; c < counts.length; c++) {
                shares[c] = (double) counts[c] / n;
            }
            return draw(shares, n, random);
        }

        private static double tvd(int[] a, int[] b, int n) {
            double sum = 0;
            for (int c = 0; c < a.length; c++) {
                sum += Math.abs(a[c] - b[c]);
            }
            return sum / (2.0 * n);
        }

        @Test
        void statesTheMethodAndTheBootstrapBias() {
            Estimate.Value e = bootstrap.basicInterval(0.15, new double[] {0.2, 0.3, 0.4, 0.5,
                0.1}, "distance", Bounds.UNIT);
            assertEquals("distance; 50% basic bootstrap interval (Davison and Hinkley 1997) of "
                    + "the statistic's median at these sample sizes, from 5 seeded replicates: "
                    + "their spread around their median, mirrored around the point; the "
                    + "replicates put the plug-in's bias at +0.15", e.method());
        }
    }

    @Nested
    class Interval {
        @Test
        void runsFromTheQuarterToTheThreeQuarterQuantileAtLevelOneHalf() {
            Estimate.Value e = bootstrap.interval(3, new double[] {5, 1, 4, 2, 3}, "mean");
            assertEquals(2, e.lower());
            assertEquals(4, e.upper());
            assertEquals(0.5, e.level());
            assertEquals("mean; 50% percentile bootstrap interval from 5 seeded replicates, "
                    + "widened where needed to contain the point estimate", e.method());
        }

        @Test
        void widensToContainAPointBelowEveryReplicate() {
            Estimate.Value e = bootstrap.interval(0, new double[] {0.2, 0.1, 0.4, 0.3, 0.5},
                    "distance");
            assertEquals(0, e.lower());
            assertEquals(0.4, e.upper(), 1e-15);
        }

        @Test
        void rejectsTheWrongNumberOfReplicates() {
            assertThrows(IllegalArgumentException.class,
                    () -> bootstrap.interval(0, new double[] {1, 2}, "distance"));
        }
    }
}
