package org.synthaudit.metrics.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RidgeTest {
    private static final double[][] X = {{0, 1}, {1, 0}, {2, 1}, {3, 0}, {4, 1}};
    /** y = 2 x1 - 3 x2 + 1. */
    private static final double[] Y = {-2, 3, 2, 7, 6};

    @Nested
    class Fit {
        @Test
        void recoversExactCoefficientsWithATinyPenalty() {
            double[] b = Ridge.fit(X, Y, 1e-9);

            assertArrayEquals(new double[] {2, -3, 1}, b, 1e-6);
        }

        @Test
        void shrinksTheSlopesButNotTheIntercept() {
            double[] b = Ridge.fit(X, Y, 10);

            assertTrue(Math.abs(b[0]) < 2 && Math.abs(b[1]) < 3, java.util.Arrays.toString(b));
        }

        @Test
        void solvesCollinearColumns() {
            double[][] twins = {{1, 1}, {0, 0}, {1, 1}, {0, 0}};

            double[] b = Ridge.fit(twins, new double[] {2, 0, 2, 0}, 1e-6);

            assertEquals(b[0], b[1], 1e-6);
            assertEquals(2, b[0] + b[1], 1e-4);
        }
    }

    @Nested
    class Predict {
        @Test
        void addsTheIntercept() {
            assertEquals(1 + 2 * 3 - 3 * 1, Ridge.predict(new double[] {2, -3, 1},
                    new double[] {3, 1}));
        }
    }
}
