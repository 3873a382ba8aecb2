package org.synthaudit.metrics.fidelity;

/**
 * Solves a symmetric positive-definite linear system by the Cholesky factorisation
 * {@code A = L L^T} (Golub and Van Loan, "Matrix Computations", 4th ed., algorithm 4.2.1).
 */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * Solves {@code A x = b}.
     *
     * @param matrix A, row-major, symmetric positive definite; overwritten by its factor
     * @param right b, not modified
     * @param p the dimension
     * @return x
     * @throws IllegalStateException if A is not positive definite to working precision
     */
    static double[] solve(double[] matrix, double[] right, int p) {
        for (int j = 0; j < p; j++) {
            double diagonal = matrix[j * p + j];
            for (int k = 0; k < j; k++) {
                diagonal -= matrix[j * p + k] * matrix[j * p + k];
            }
            if (!(diagonal > 0)) {
                throw new IllegalStateException("matrix not positive definite at column " + j);
            }
            double root = Math.sqrt(diagonal);
            matrix[j * p + j] = root;
            for (int i = j + 1; i < p; i++) {
                double sum = matrix[i * p + j];
                for (int k = 0; k < j; k++) {
                    sum -= matrix[i * p + k] * matrix[j * p + k];
                }
                matrix[i * p + j] = sum / root;
            }
        }
        double[] x = right.clone();
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < i; k++) {
                x[i] -= matrix[i * p + k] * x[k];
            }
            x[i] /= matrix[i * p + i];
        }
        for (int i = p - 1; i >= 0; i--) {
            for (int k = i + 1; k < p; k++) {
                x[i] -= matrix[k * p + i] * x[k];
            }
            x[i] /= matrix[i * p + i];
        }
        return x;
    }
}
