package org.synthaudit.metrics.fidelity;

/**
 * A logistic regression of the label on the design matrix of {@link PropensityData}, fitted by
 * Newton-Raphson (iteratively reweighted least squares, McCullagh and Nelder, "Generalized
 * Linear Models", 1989) with step halving. A small ridge penalty {@link #RIDGE}
 * {@code * |beta|^2 / 2} on every coefficient but the intercept keeps the fit defined when
 * the classes can be separated completely (the unpenalised estimate then runs off to infinity)
 * and when indicators are collinear; it moves no fitted probability by a visible amount on
 * tables of more than a few rows. The intercept is unpenalised, so the fitted probabilities
 * average exactly the synthetic share.
 *
 * <p>Rows enter with the weights of a {@link Resample}; the fit is deterministic, with sums
 * in row order.
 *
 * @param beta the coefficients, the intercept first
 */
record LogisticModel(double[] beta) {
    /** The ridge penalty on every coefficient but the intercept. */
    static final double RIDGE = 1e-4;

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    /**
     * Fits the model.
     *
     * @param data the rows
     * @param rows the rows to fit on and their weights
     * @return the fitted model
     */
    static LogisticModel fit(PropensityData data, Resample rows) {
        double share = 0;
        for (int k = 0; k < rows.rows().length; k++) {
            share += rows.counts()[k] * data.labels()[rows.rows()[k]];
        }
        share /= rows.size();
        double[] beta = new double[data.parameters()];
        beta[0] = Math.log(share / (1 - share));
        if (!Double.isFinite(beta[0])) {
            beta[0] = 0;
        }
        double objective = objective(data, rows, beta);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] step = newtonStep(data, rows, beta);
            double scale = 1;
            double[] next = add(beta, step, scale);
            double nextObjective = objective(data, rows, next);
            while (nextObjective < objective && scale > 1e-6) {
                scale /= 2;
                next = add(beta, step, scale);
                nextObjective = objective(data, rows, next);
            }
            if (nextObjective < objective) {
                break;
            }
            double change = nextObjective - objective;
            beta = next;
            objective = nextObjective;
            if (change <= TOLERANCE * (Math.abs(objective) + 1)) {
                break;
            }
        }
        return new LogisticModel(beta);
    }

    /**
     * One Newton step from the coefficients: the solution of {@code H delta = g} for the
     * gradient g and the Hessian H of the penalised log-likelihood (negated).
     *
     * @param data the rows
     * @param rows the rows and their weights
     * @param beta the current coefficients
     * @return the step delta
     */
    static double[] newtonStep(PropensityData data, Resample rows, double[] beta) {
        int p = data.parameters();
        double[] gradient = new double[p];
        double[] hessian = new double[p * p];
        int[] start = data.rowStart();
        int[] index = data.index();
        double[] value = data.value();
        for (int k = 0; k < rows.rows().length; k++) {
            int i = rows.rows()[k];
            double probability = sigmoid(linear(data, i, beta));
            double weight = rows.counts()[k];
            double residual = weight * (data.labels()[i] - probability);
            double curvature = weight * probability * (1 - probability);
            for (int a = start[i]; a < start[i + 1]; a++) {
                gradient[index[a]] += residual * value[a];
                double left = curvature * value[a];
                int row = index[a] * p;
                for (int b = a; b < start[i + 1]; b++) {
                    hessian[row + index[b]] += left * value[b];
                }
            }
        }
        for (int j = 1; j < p; j++) {
            gradient[j] -= RIDGE * beta[j];
            hessian[j * p + j] += RIDGE;
        }
        hessian[0] += 1e-12;
        symmetrise(hessian, p);
        return Cholesky.solve(hessian, gradient, p);
    }

    /**
     * The fitted probability that a row is synthetic.
     *
     * @param data the rows
     * @param row a row
     * @return the probability, in [0, 1]
     */
    double probability(PropensityData data, int row) {
        return sigmoid(linear(data, row, beta));
    }

    private static double linear(PropensityData data, int row, double[] beta) {
        double sum = 0;
        for (int a = data.rowStart()[row]; a < data.rowStart()[row + 1]; a++) {
            sum += beta[data.index()[a]] * data.value()[a];
        }
        return sum;
    }

    /** The penalised log-likelihood. */
    private static double objective(PropensityData data, Resample rows, double[] beta) {
        double sum = 0;
        for (int k = 0; k < rows.rows().length; k++) {
            int i = rows.rows()[k];
            double eta = linear(data, i, beta);
            // log(1 + e^eta) without overflow
            double log1pe = eta > 0 ? eta + Math.log1p(Math.exp(-eta))
                    : Math.log1p(Math.exp(eta));
            sum += rows.counts()[k] * (data.labels()[i] * eta - log1pe);
        }
        double penalty = 0;
        for (int j = 1; j < beta.length; j++) {
            penalty += beta[j] * beta[j];
        }
        return sum - RIDGE * penalty / 2;
    }

    private static double sigmoid(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }

    private static double[] add(double[] beta, double[] step, double scale) {
        double[] next = beta.clone();
        for (int j = 0; j < next.length; j++) {
            next[j] += scale * step[j];
        }
        return next;
    }

    /** Copies the half of the matrix filled above into the other half. */
    private static void symmetrise(double[] matrix, int p) {
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                double sum = matrix[i * p + j] + matrix[j * p + i];
                matrix[i * p + j] = sum;
                matrix[j * p + i] = sum;
            }
        }
    }
}
