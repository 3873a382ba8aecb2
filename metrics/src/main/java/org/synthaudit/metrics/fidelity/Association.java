package org.synthaudit.metrics.fidelity;

/**
 * Measures of association between two columns of one table, over the rows where both values
 * are present (pairwise deletion), each row counted with an integer weight (its multiplicity in
 * a bootstrap resample, or 1). Every measure returns {@code NaN} when it is undefined: fewer
 * than 2 complete rows, or a column constant over them (its association with anything is 0/0).
 *
 * <ul>
 *   <li>Numeric with numeric: Pearson's correlation coefficient r, in [-1, 1].
 *   <li>Coded with coded: Cramér's V with the bias correction of Bergsma, "A bias-correction for
 *       Cramér's V and Tschuprow's T", Journal of the Korean Statistical Society 42, 2013: with
 *       {@code phi2 = chi2 / n}, {@code phi2+ = max(0, phi2 - (k - 1)(r - 1) / (n - 1))},
 *       {@code k~ = k - (k - 1)^2 / (n - 1)} and {@code r~ = r - (r - 1)^2 / (n - 1)},
 *       {@code V~ = sqrt(phi2+ / min(k~ - 1, r~ - 1))}, in [0, 1], where k and r count the
 *       categories that occur. Plain V is biased upwards, most for many categories and few rows,
 *       so two independent columns would show a spurious association; the corrected V is close
 *       to 0 for them. It is undefined when {@code min(k~ - 1, r~ - 1) <= 0} (almost as many
 *       categories as rows).
 *   <li>Coded with numeric: the correlation ratio eta (Pearson, 1903), the square root of the
 *       share of the numeric column's variance explained by the categories,
 *       {@code eta2 = sum_g n_g (mean_g - mean)^2 / sum_i (y_i - mean)^2}, in [0, 1].
 * </ul>
 * Numeric values are expected centred on (about) their mean, which keeps the one-pass sums
 * accurate; the measures do not depend on the centre.
 */
final class Association {
    private Association() {
    }

    /**
     * Pearson's correlation coefficient.
     *
     * @param x the first column's values, {@code NaN} when missing
     * @param y the second column's values, as many as x
     * @param weights each row's weight, {@code >= 0}, or {@code null} for weight 1
     * @return r in [-1, 1], or {@code NaN} when undefined
     */
    static double pearson(double[] x, double[] y, int[] weights) {
        double count = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        Range rx = new Range();
        Range ry = new Range();
        for (int i = 0; i < x.length; i++) {
            int w = weights == null ? 1 : weights[i];
            double a = x[i];
            double b = y[i];
            if (w == 0 || Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            count += w;
            sx += w * a;
            sy += w * b;
            sxx += w * a * a;
            syy += w * b * b;
            sxy += w * a * b;
            rx.add(a);
            ry.add(b);
        }
        if (count < 2 || rx.constant() || ry.constant()) {
            return Double.NaN;
        }
        double covariance = sxy - sx * sy / count;
        double varianceX = Math.max(0, sxx - sx * sx / count);
        double varianceY = Math.max(0, syy - sy * sy / count);
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    /**
     * Bergsma's bias-corrected Cramér's V.
     *
     * @param a the first column's codes, {@code -1} when missing
     * @param categoriesA the number of codes of the first column; codes lie in
     *     {@code [0, categoriesA)}
     * @param b the second column's codes, as many as a
     * @param categoriesB the number of codes of the second column
     * @param weights each row's weight, {@code >= 0}, or {@code null} for weight 1
     * @return V~ in [0, 1], or {@code NaN} when undefined
     */
    static double cramersV(int[] a, int categoriesA, int[] b, int categoriesB, int[] weights) {
        long[] table = new long[categoriesA * categoriesB];
        long[] rows = new long[categoriesA];
        long[] columns = new long[categoriesB];
        long n = 0;
        for (int i = 0; i < a.length; i++) {
            int w = weights == null ? 1 : weights[i];
            if (w == 0 || a[i] < 0 || b[i] < 0) {
                continue;
            }
            table[a[i] * categoriesB + b[i]] += w;
            rows[a[i]] += w;
            columns[b[i]] += w;
            n += w;
        }
        int r = occupied(rows);
        int k = occupied(columns);
        if (n < 2 || r < 2 || k < 2) {
            return Double.NaN;
        }

        double chi2 = 0;
        for (int i = 0; i < categoriesA; i++) {
            for (int j = 0; rows[i] > 0 && j < categoriesB; j++) {
                if (columns[j] > 0) {
                    double expected = (double) rows[i] * columns[j] / n;
                    double gap = table[i * categoriesB + j] - expected;
                    chi2 += gap * gap / expected;
                }
            }
        }
        double phi2 = Math.max(0, chi2 / n - (k - 1.0) * (r - 1.0) / (n - 1.0));
        double kTilde = k - (k - 1.0) * (k - 1.0) / (n - 1.0);
        double rTilde = r - (r - 1.0) * (r - 1.0) / (n - 1.0);
        double denominator = Math.min(kTilde - 1, rTilde - 1);
        return denominator > 0 ? Math.sqrt(phi2 / denominator) : Double.NaN;
    }

    /**
     * The correlation ratio eta of a numeric column on a coded one.
     *
     * @param groups the coded column's codes, {@code -1} when missing
     * @param categories the number of codes; codes lie in {@code [0, categories)}
     * @param y the numeric column's values, {@code NaN} when missing, as many as the codes
     * @param weights each row's weight, {@code >= 0}, or {@code null} for weight 1
     * @return eta in [0, 1], or {@code NaN} when undefined
     */
    static double correlationRatio(int[] groups, int categories, double[] y, int[] weights) {
        double[] count = new double[categories];
        double[] sum = new double[categories];
        double[] squares = new double[categories];
        Range range = new Range();
        for (int i = 0; i < y.length; i++) {
            int w = weights == null ? 1 : weights[i];
            int g = groups[i];
            double v = y[i];
            if (w == 0 || g < 0 || Double.isNaN(v)) {
                continue;
            }
            count[g] += w;
            sum[g] += w * v;
            squares[g] += w * v * v;
            range.add(v);
        }
        double n = 0;
        double total = 0;
        int occupied = 0;
        for (int g = 0; g < categories; g++) {
            n += count[g];
            total += sum[g];
            occupied += count[g] > 0 ? 1 : 0;
        }
        if (n < 2 || occupied < 2 || range.constant()) {
            return Double.NaN;
        }

        double mean = total / n;
        double between = 0;
        double within = 0;
        for (int g = 0; g < categories; g++) {
            if (count[g] > 0) {
                double groupMean = sum[g] / count[g];
                between += count[g] * (groupMean - mean) * (groupMean - mean);
                within += Math.max(0, squares[g] - sum[g] * groupMean);
            }
        }
        return Math.sqrt(between / (between + within));
    }

    private static int occupied(long[] counts) {
        int occupied = 0;
        for (long c : counts) {
            occupied += c > 0 ? 1 : 0;
        }
        return occupied;
    }

    /** The smallest and largest value seen, to tell a constant column exactly. */
    private static final class Range {
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        void add(double v) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }

        boolean constant() {
            return !(max > min);
        }
    }
}
