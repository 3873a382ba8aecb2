package org.synthaudit.metrics.fidelity;

/**
 * A distance between two samples of one column, each given as counts over a common, ordered
 * grid of cells (the categories of a coded column, or the distinct values of a numeric column in
 * ascending order). Both distances lie in [0, 1] and are 0 for samples with equal shares.
 * They are computed in exact integer arithmetic with one final division, so hand-checkable cases
 * come out exactly (1/3 is the double nearest to 1/3).
 */
enum TwoSampleStatistic implements CellStatistic {
    /**
     * The total variation distance {@code 1/2 * sum_k |p_k - q_k|}, where {@code p_k} and
     * {@code q_k} are the shares of cell {@code k} in the two samples: the largest difference
     * between the probabilities the two samples give to any set of categories.
     */
    TOTAL_VARIATION("tvd", "Total variation distance") {
        @Override
        public double between(int[] first, long n, int[] second, long m) {
            long sum = 0;
            for (int k = 0; k < first.length; k++) {
                sum += Math.abs(first[k] * m - second[k] * n);
            }
            return sum / (2.0 * n * m);
        }
    },

    /**
     * The two-sample Kolmogorov-Smirnov statistic {@code sup_x |F(x) - G(x)|} (Smirnov, 1939),
     * where {@code F} and {@code G} are the empirical distribution functions of the two samples;
     * the supremum is reached at one of the grid values.
     */
    KOLMOGOROV_SMIRNOV("ks", "Kolmogorov-Smirnov statistic") {
        @Override
        public double between(int[] first, long n, int[] second, long m) {
            long cumulativeFirst = 0;
            long cumulativeSecond = 0;
            long largest = 0;
            for (int k = 0; k < first.length; k++) {
                cumulativeFirst += first[k];
                cumulativeSecond += second[k];
                largest = Math.max(largest, Math.abs(cumulativeFirst * m - cumulativeSecond * n));
            }
            return largest / ((double) n * m);
        }
    };

    private final String suffix;
    private final String label;

    TwoSampleStatistic(String suffix, String label) {
        this.suffix = suffix;
        this.label = label;
    }

    /**
     * The last part of the figure id, e.g. {@code tvd}.
     *
     * @return the suffix
     */
    String suffix() {
        return suffix;
    }

    /**
     * The figure label.
     *
     * @return a short human label
     */
    String label() {
        return label;
    }

    /**
     * The distance between two samples.
     *
     * @param first the counts of the first sample per cell
     * @param n the size of the first sample, the sum of its counts, {@code >= 1}
     * @param second the counts of the second sample per cell, as many cells as the first
     * @param m the size of the second sample, {@code >= 1}
     * @return the distance, in [0, 1]
     */
    @Override
    public abstract double between(int[] first, long n, int[] second, long m);

    /**
     * Counts how often each cell occurs.
     *
     * @param cells the cell of every value of a sample
     * @param cellCount the number of cells of the grid
     * @return the count per cell
     */
    static int[] counts(int[] cells, int cellCount) {
        int[] counts = new int[cellCount];
        for (int cell : cells) {
            counts[cell]++;
        }
        return counts;
    }
}
