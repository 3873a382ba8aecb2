package org.synthaudit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.random.Seeds;
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
