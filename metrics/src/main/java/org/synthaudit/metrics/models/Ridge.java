package org.synthaudit.metrics.models;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;

/**
 * Ridge regression (Hoerl and Kennard, 1970, "Ridge regression: biased estimation for
 * nonorthogonal problems", Technometrics 12:55-67) with an unpenalised intercept, solved in closed
 * form: {@code (X'X + lambda D) b = X'y}, where {@code X} has a last column of ones and {@code D}
 * is the identity without its last entry. The penalty keeps the normal equations solvable when
 * one-hot columns are collinear or constant. Solved here with a Cholesky factorisation rather
 * than with Smile's linear models, which need a native BLAS library.
 */
final class Ridge {
    private Ridge() {
    }

    /**
     * Fits the coefficients.
     *
     * @param x the rows, all of the same width
     * @param y the response, one value per row
     * @param lambda the penalty, {@code > 0}
     * @return the coefficients, one per column of {@code x}, then the intercept
     */
    static double[] fit(double[][] x, double[] y, double lambda) {
        int p = x.length == 0 ? 0 : x[0].length;
        double[][] gram = new double[p + 1][p + 1];
        double[] moment = new double[p + 1];
        double[] row = new double[p + 1];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, row, 0, p);
            row[p] = 1;
            for (int a = 0; a <= p; a++) {
                if (row[a] == 0) {
                    continue;
                }
                moment[a] += row[a] * y[i];
                for (int b = a; b <= p; b++) {
                    gram[a][b] += row[a] * row[b];
                }
            }
        }
        for (int a = 0; a <= p; a++) {
            for (int b = 0; b < a; b++) {
                gram[a][b] = gram[b][a];
            }
            if (a < p) {
                gram[a][a] += lambda;
            }
        }
        return new CholeskyDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver()
                .solve(new ArrayRealVector(moment, false)).toArray();
    }

    /**
     * Predicts one row.
     *
     * @param coefficients as {@link #fit} returns them
     * @param x the row
     * @return the predicted value
     */
    static double predict(double[] coefficients, double[] x) {
        double sum = coefficients[x.length];
        for (int j = 0; j < x.length; j++) {
            sum += coefficients[j] * x[j];
        }
        return sum;
    }
}
