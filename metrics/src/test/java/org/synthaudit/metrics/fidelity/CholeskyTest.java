package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CholeskyTest {

    @Nested
    class Solve {
        @Test
        void solvesASmallSystem() {
            // [4 2; 2 3] x = [4 4] has x = (1/2, 1)
            assertArrayEquals(new double[] {0.5, 1}, Cholesky.solve(new double[] {4, 2, 2, 3},
                    new double[] {4, 4}, 2), 1e-15);
        }

        @Test
        void rejectsAMatrixThatIsNotPositiveDefinite() {
            assertThrows(IllegalStateException.class, () -> Cholesky.solve(
                    new double[] {1, 2, 2, 1}, new double[] {1, 1}, 2));
        }
    }
}
