package org.synthaudit.metrics.fidelity;

/**
 * The share of the categories present in the real sample that the compared sample produces at
 * least once, in [0, 1], as SDMetrics' {@code CategoryCoverage}. Categories only the compared
 * sample has are ignored here; the total variation distance counts them. Missing values are no
 * category.
 */
enum CategoryCoverage implements CellStatistic {
    /** The only instance. */
    INSTANCE;

    @Override
    public double between(int[] first, long n, int[] second, long m) {
        int real = 0;
        int covered = 0;
        for (int k = 0; k < first.length; k++) {
            if (first[k] > 0) {
                real++;
                if (second[k] > 0) {
                    covered++;
                }
            }
        }
        return (double) covered / real;
    }
}
