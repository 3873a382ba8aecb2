package org.synthaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

    @Nested
    class Median {
        @Test
        void takesTheMiddleValueOrTheMeanOfTheTwoMiddleValues() {
            double[] odd = {9, 1, 5, 3, 7, 2, 8};
            double[] even = {4, 1, 3, 2, 6, 5};
            assertEquals(5, ((Estimate.Value) OrderStatistics.median(odd, 0.95)).value());
            assertEquals(3.5, ((Estimate.Value) OrderStatistics.median(even, 0.95)).value());
        }

        @Test
        void usesRanks40And61OfAHundredAtNinetyFivePercent() {
            // P(B <= 39) = 0.0176 <= 0.025 < P(B <= 40) = 0.0284 for B ~ Binomial(100, 1/2)
            double[] values = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
            Estimate.Value median = (Estimate.Value) OrderStatistics.median(values, 0.95);
            assertEquals(50.5, median.value());
            assertEquals(40, median.lower());
            assertEquals(61, median.upper());
        }

        @Test
        void spansTheWholeSampleAtTheSmallestSizeThatReachesTheLevel() {
            // six values: coverage of [x(1), x(6)] is 1 - 2 / 64 = 0.969 >= 0.95
            Estimate.Value median = (Estimate.Value) OrderStatistics.median(
                    new double[] {6, 5, 4, 3, 2, 1}, 0.95);
            assertEquals(1, median.lower());
            assertEquals(6, median.upper());
        }

        @Test
        void isUndefinedWhenTooFewValuesReachTheLevel() {
            Estimate five = OrderStatistics.median(new double[] {1, 2, 3, 4, 5}, 0.95);
            assertFalse(five.isDefined());
            assertEquals("too few values (5) for a 95% interval of the median; need at least 6",
                    ((Estimate.Undefined) five).reason());
            assertFalse(OrderStatistics.median(new double[0], 0.95).isDefined());
        }

        @Test
        void rejectsNaN() {
            assertThrows(IllegalArgumentException.class,
                    () -> OrderStatistics.median(new double[] {1, Double.NaN}, 0.95));
        }
    }
}
