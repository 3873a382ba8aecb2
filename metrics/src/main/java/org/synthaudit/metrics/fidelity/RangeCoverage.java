package org.synthaudit.metrics.fidelity;

/**
 * The share of the real range {@code [min, max]} of a numeric or datetime column that the
 * compared sample's range covers: {@code |[min, max] ∩ [min', max']| / (max - min)}, in [0, 1],
 * the quantity SDMetrics reports as {@code RangeCoverage}. Compared values outside the real range
 * add nothing and take nothing away; disjoint ranges cover 0. A column whose real values are all
 * equal is covered (1) when the compared range contains that value, and not (0) otherwise.
 * A range wider than the largest double is measured on halved values (exact), so the share
 * stays defined.
 *
 * @param grid the value of each cell, ascending, as {@link ColumnCells#grid()}
 */
record RangeCoverage(double[] grid) implements CellStatistic {

    @Override
    public double between(int[] first, long n, int[] second, long m) {
        double realMin = grid[lowest(first)];
        double realMax = grid[highest(first)];
        double otherMin = grid[lowest(second)];
        double otherMax = grid[highest(second)];
        if (realMax == realMin) {
            return otherMin <= realMin && realMin <= otherMax ? 1 : 0;
        }
        double half = Double.isFinite(realMax - realMin) ? 1 : 0.5;
        double overlap = Math.min(realMax, otherMax) * half - Math.max(realMin, otherMin) * half;
        return Math.max(0, overlap) / (realMax * half - realMin * half);
    }

    private static int lowest(int[] counts) {
        int k = 0;
        while (counts[k] == 0) {
            k++;
        }
        return k;
    }

    private static int highest(int[] counts) {
        int k = counts.length - 1;
        while (counts[k] == 0) {
            k--;
        }
        return k;
    }
}
