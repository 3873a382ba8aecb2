package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScaledWassersteinTest {

    @Nested
    class Between {
        @Test
        void isTheAreaBetweenTheDistributionFunctionsOverTheScale() {
            // grid 0, 1, 3; first all at 0, second half at 1 and half at 3:
            // |F - G| is 1 on [0, 1) and 1/2 on [1, 3): area 2, over a scale of 4
            ScaledWasserstein distance = new ScaledWasserstein(new double[] {0, 1, 3}, 4);
            assertEquals(0.5, distance.between(new int[] {2, 0, 0}, 2, new int[] {0, 1, 1}, 2),
                    1e-15);
        }

        @Test
        void becomesTheTotalVariationDistanceWithoutARange() {
            ScaledWasserstein distance = new ScaledWasserstein(new double[] {40, 41}, 0);
            assertEquals(0.5, distance.between(new int[] {4, 0}, 4, new int[] {1, 1}, 2));
        }

        @Test
        void staysDefinedWhenTheRangeOverflowsADouble() {
            // grid -1e308, 1e308 (range 2e308, past the largest double); first half at each
            // end, second all at the top: |F - G| is 1/2 over the whole range, so W1 / range
            // is 1/2, computed on halved values
            ScaledWasserstein distance = new ScaledWasserstein(new double[] {-1e308, 1e308},
                    0.5, 1e308);
            assertEquals(0.5, distance.between(new int[] {1, 1}, 2, new int[] {0, 2}, 2));
        }

        @Test
        void rejectsANegativeScale() {
            assertThrows(IllegalArgumentException.class,
                    () -> new ScaledWasserstein(new double[] {0}, -1));
        }
    }
}
