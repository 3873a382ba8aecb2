package org.synthaudit.metrics.fidelity;

import java.util.List;
import org.synthaudit.core.data.Dataset;

/**
 * One analysable column of several tables reduced to bins for counting marginals.
 *
 * <ul>
 *   <li>Categorical and boolean: one bin per category of the shared vocabulary.
 *   <li>Numeric and datetime: {@code bins} equal-width bins over the train range
 *       {@code [min, max]} (the last bin closed), plus a bin below and a bin above the range
 *       for values of other tables outside it, so a synthetic value the real data never reaches
 *       is not hidden in an edge bin. A column whose train values are all equal has one bin for
 *       that value between the two; a column with no train value puts every value in one bin.
 *   <li>A missing value is a bin of its own, bin 0, in every column, so missingness patterns
 *       count as part of the marginal.
 * </ul>
 *
 * @param name the column name
 * @param count the number of bins
 * @param bins the bin of every row, per table, in the order the tables were given
 */
record MarginalBins(String name, int count, int[][] bins) {

    /**
     * Bins one column.
     *
     * @param column the column position, not an identifier
     * @param equalWidthBins the number of equal-width bins of a numeric column, {@code >= 1}
     * @param train the table whose range the numeric bins span
     * @param tables the tables to bin, sharing train's schema
     * @return the bins
     */
    static MarginalBins of(int column, int equalWidthBins, Dataset train, List<Dataset> tables) {
        String name = train.schema().column(column).name();
        if (train.schema().column(column).type().isCoded()) {
            int[][] bins = tables.stream().map(t -> shift(t.codeColumn(column)))
                    .toArray(int[][]::new);
            int count = train.vocabulary(column).size() + 1;
            for (int[] table : bins) {
                for (int bin : table) {
                    count = Math.max(count, bin + 1);
                }
            }
            return new MarginalBins(name, count, bins);
        }
        double[] trainValues = train.numericColumn(column);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : trainValues) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        Binner binner = new Binner(min, max, min > max ? 0 : max > min ? equalWidthBins : 1);
        int[][] bins = tables.stream().map(t -> binner.apply(t.numericColumn(column)))
                .toArray(int[][]::new);
        return new MarginalBins(name, binner.count(), bins);
    }

    private static int[] shift(int[] codes) {
        for (int i = 0; i < codes.length; i++) {
            codes[i]++;
        }
        return codes;
    }

    /**
     * Equal-width bins over {@code [min, max]} with the missing bin 0, the below-range bin 1,
     * the range bins {@code 2 .. inner + 1} and the above-range bin {@code inner + 2}; with no
     * range ({@code inner == 0}) every present value is in bin 1. A range wider than the
     * largest double is divided on halved values, which halving leaves in the same ratios.
     */
    private record Binner(double min, double max, int inner) {
        int count() {
            return inner == 0 ? 2 : inner + 3;
        }

        int[] apply(double[] values) {
            int[] bins = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                bins[i] = bin(values[i]);
            }
            return bins;
        }

        private int bin(double v) {
            if (Double.isNaN(v)) {
                return 0;
            }
            if (inner == 0) {
                return 1;
            }
            if (v < min) {
                return 1;
            }
            if (v > max) {
                return inner + 2;
            }
            if (max == min) {
                return 2;
            }
            double half = Double.isFinite(max - min) ? 1 : 0.5;
            int k = (int) Math.floor((v * half - min * half) / (max * half - min * half)
                    * inner);
            return 2 + Math.min(k, inner - 1);
        }
    }
}
