package org.synthaudit.metrics.fidelity;

/**
 * A statistic comparing two samples of one column, each given as counts over a common grid of
 * cells (see {@link ColumnCells}). The first sample is the real reference (train); the second is
 * the sample compared with it (synthetic or holdout). Bootstrap replicates recount the cells of
 * resampled values and call the statistic again, so it must not depend on anything else that
 * changes between replicates.
 */
@FunctionalInterface
interface CellStatistic {

    /**
     * Compares two samples.
     *
     * @param first the counts of the real reference sample per cell
     * @param n the size of the first sample, the sum of its counts, {@code >= 1}
     * @param second the counts of the compared sample per cell, as many cells as the first
     * @param m the size of the second sample, {@code >= 1}
     * @return the statistic, finite
     */
    double between(int[] first, long n, int[] second, long m);
}
