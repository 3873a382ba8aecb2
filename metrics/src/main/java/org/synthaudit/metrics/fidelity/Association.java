package org.synthaudit.metrics.fidelity;

/**
 * Measures of association between two columns of one table, over the rows where both values
 * are present (pairwise deletion), each row counted with its weight in a {@link Resample} (its
 * multiplicity in a bootstrap resample, or 1). Every measure returns {@code NaN} when it is
 * undefined: fewer than 2 complete rows, or a column constant over them (its association with
 * anything is 0/0).
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
 * accurate; the measures do not depend on the centre. A column counts as constant when every
 * value equals the first, compared exactly, so rounding never turns 0/0 into a number.
 */
final class Association {
    private Association() {
    }

    /**
     * Pearson's correlation coefficient.
     *
     * @param x the first column's values, {@code NaN} when missing
     * @param y the second column's values, as many as x
     * @param rows the rows to use and their weights
     * @return r in [-1, 1], or {@code NaN} when undefined
     */
    static double pearson(double[] x, double[] y, Resample rows) {
        double count = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        double firstX = Double.NaN;
        double firstY = Double.NaN;
        boolean variesX = false;
        boolean variesY = false;
        int[] index = rows.rows();
        int[] weights = rows.counts();
        for (int k = 0; k < index.length; k++) {
            int i = index[k];
            double a = x[i];
            double b = y[i];
            if (Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            if (count == 0) {
                firstX = a;
                firstY = b;
            }
            variesX |= a != firstX;
            variesY |= b != firstY;
            double w = weights[k];
            count += w;
            sx += w * a;
            sy += w * b;
            sxx += w * a * a;
            syy += w * b * b;
            sxy += w * a * b;
        }
        if (count < 2 || !variesX || !variesY) {
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
     * @param rows the rows to use and their weights
     * @return V~ in [0, 1], or {@code NaN} when undefined
     */
    static double cramersV(int[] a, int categoriesA, int[] b, int categoriesB, Resample rows) {
        long[] table = new long[categoriesA * categoriesB];
        int[] index = rows.rows();
        int[] weights = rows.counts();
        for (int k = 0; k < index.length; k++) {
            int i = index[k];
            if (a[i] >= 0 && b[i] >= 0) {
                table[a[i] * categoriesB + b[i]] += weights[k];
            }
        }
        long[] rowTotals = new long[categoriesA];
        long[] columnTotals = new long[categoriesB];
        long n = 0;
        for (int i = 0; i < categoriesA; i++) {
            for (int j = 0; j < categoriesB; j++) {
                long cell = table[i * categoriesB + j];
                rowTotals[i] += cell;
                columnTotals[j] += cell;
                n += cell;
            }
        }
        int r = occupied(rowTotals);
        int c = occupied(columnTotals);
        if (n < 2 || r < 2 || c < 2) {
            return Double.NaN;
        }

        double chi2 = 0;
        for (int i = 0; i < categoriesA; i++) {
            for (int j = 0; rowTotals[i] > 0 && j < categoriesB; j++) {
                if (columnTotals[j] > 0) {
                    double expected = (double) rowTotals[i] * columnTotals[j] / n;
                    double gap = table[i * categoriesB + j] - expected;
                    chi2 += gap * gap / expected;
                }
            }
        }
        double phi2 = Math.max(0, chi2 / n - (c - 1.0) * (r - 1.0) / (n - 1.0));
        double cTilde = c - (c - 1.0) * (c - 1.0) / (n - 1.0);
        double rTilde = r - (r - 1.0) * (r - 1.0) / (n - 1.0);
        double denominator = Math.min(cTilde - 1, rTilde - 1);
        return denominator > 0 ? Math.sqrt(phi2 / denominator) : Double.NaN;
    }

    /**
     * The correlation ratio eta of a numeric column on a coded one.
     *
     * @param groups the coded column's codes, {@code -1} when missing
     * @param categories the number of codes; codes lie in {@code [0, categories)}
     * @param y the numeric column's values, {@code NaN} when missing, as many as the codes
     * @param rows the rows to use and their weights
     * @return eta in [0, 1], or {@code NaN} when undefined
     */
    static double correlationRatio(int[] groups, int categories, double[] y, Resample rows) {
        double[] count = new double[categories];
        double[] sum = new double[categories];
        double[] squares = new double[categories];
        double first = Double.NaN;
        boolean varies = false;
        boolean any = false;
        int[] index = rows.rows();
        int[] weights = rows.counts();
        for (int k = 0; k < index.length; k++) {
            int i = index[k];
            int g = groups[i];
            double v = y[i];
            if (g < 0 || Double.isNaN(v)) {
                continue;
            }
            if (!any) {
                first = v;
                any = true;
            }
            varies |= v != first;
            double w = weights[k];
            count[g] += w;
            sum[g] += w * v;
            squares[g] += w * v * v;
        }
        double n = 0;
        double total = 0;
        int occupied = 0;
        for (int g = 0; g < categories; g++) {
            n += count[g];
            total += sum[g];
            occupied += count[g] > 0 ? 1 : 0;
        }
        if (n < 2 || occupied < 2 || !varies) {
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
}
