package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.stats.Estimate;

class SubsampleEquivalenceTest {
    private final SubsampleEquivalence curve = new SubsampleEquivalence(
            new double[] {0.1, 0.2}, new double[] {0.4, 0.2}, new double[] {0.35, 0.15},
            new double[] {0.45, 0.25}, 10);

    @Nested
    class Share {
        @Test
        void interpolatesInTheLogarithmOfTheShare() {
            Estimate.Value share = (Estimate.Value) curve.share(0.3, 5);
            assertEquals(Math.sqrt(0.1 * 0.2), share.value(), 1e-15);
            assertEquals(1 - 1.0 / 16, share.level());
        }

        @Test
        void reachesShareOneAtDistanceZero() {
            assertEquals(1.0, ((Estimate.Value) curve.share(0, 5)).value());
            // halfway from 0.2 down to 0 lies halfway from log 0.2 up to log 1
            assertEquals(Math.sqrt(0.2), ((Estimate.Value) curve.share(0.1, 5)).value(),
                    1e-15);
        }

        @Test
        void boundsTheShareByTheLowestAndHighestSubsamples() {
            Estimate.Value share = (Estimate.Value) curve.share(0.3, 5);
            // the lowest curve crosses 0.3 between 0.1 (0.35) and 0.2 (0.15): a quarter of the way
            assertEquals(Math.exp(Math.log(0.1) + 0.25 * Math.log(2)), share.lower(), 1e-15);
            assertEquals(Math.exp(Math.log(0.1) + 0.75 * Math.log(2)), share.upper(), 1e-15);
        }

        @Test
        void isUndefinedBeyondTheSmallestShare() {
            assertEquals("scores worse than a random subsample of 10% of the training records "
                    + "(10 records), the smallest share tried",
                    assertInstanceOf(Estimate.Undefined.class, curve.share(0.5, 5)).reason());
        }
    }
}
