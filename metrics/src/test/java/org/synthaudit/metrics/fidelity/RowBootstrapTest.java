package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class RowBootstrapTest {
    private final RowBootstrap bootstrap = new RowBootstrap(4, 0.95);

    @Nested
    class Interval {
        @Test
        void leavesUndefinedReplicatesOutAndSaysSo() {
            Estimate.Value value = assertInstanceOf(Estimate.Value.class,
                    bootstrap.interval(0.5, new double[] {0.4, Double.NaN, 0.6, 0.5}, "test",
                    Bounds.UNIT));
            assertEquals(0.5, value.value());
            assertTrue(value.method().contains("3 of 4 resamples computed it"), value::method);
        }

        @Test
        void isUndefinedWhenFewerThanHalfTheReplicatesAreDefined() {
            assertInstanceOf(Estimate.Undefined.class, bootstrap.interval(0.5,
                    new double[] {0.4, Double.NaN, Double.NaN, Double.NaN}, "test", Bounds.UNIT));
        }
    }

    @Nested
    class Construction {
        @Test
        void rejectsFewerThanTwoReplicates() {
            assertThrows(IllegalArgumentException.class, () -> new RowBootstrap(1, 0.95));
        }
    }
}
