package org.synthaudit.metrics.fidelity;

/**
 * The Wasserstein-1 (earth mover's) distance between two samples of a numeric or datetime
 * column, divided by the range of the real (train) values: the average distance a unit of
 * probability mass must travel to turn one distribution into the other, in units of the real
 * range. For one-dimensional samples it is the area between the two empirical distribution
 * functions, {@code W1 = integral |F(x) - G(x)| dx} (Vallender, "Calculation of the Wasserstein
 * distance between probability distributions on the line", Theory Probab. Appl. 18, 1974), here
 * {@code sum_k |F_k - G_k| (x_(k+1) - x_k)} over the ascending grid of distinct values.
 *
 * <p>The scaled distance is 0 for equal samples and at most 1 while the compared values stay
 * inside the real range; values outside it can take the distance above 1 (a synthetic value 3
 * ranges beyond the real maximum adds 3 times its mass), so its declared range is
 * {@code [0, infinity)}. A column whose real values are all equal has no range to scale by: its
 * values compare as equal or not equal (case C06), the ground distance is 0 or 1, and the
 * transport cost becomes the total variation distance, the share of mass on other values. The
 * scale is the point estimate's real range in every bootstrap replicate.
 *
 * <p>A real range wider than the largest double (values near {@code -1e308} and {@code 1e308})
 * is handled by halving every value first: halving is exact, so the gaps and the range are
 * computed as {@code x/2 - y/2} without overflow and their ratios are unchanged. Each gap is
 * divided by the range before it is weighted, so the sum cannot overflow either.
 *
 * @param grid the value of each cell, ascending, as {@link ColumnCells#grid()}
 * @param prescale 1, or 0.5 when the real range overflows a double; every value is multiplied
 *     by it before differences are taken
 * @param scale the range of the real values times {@code prescale}, finite and {@code >= 0}
 */
record ScaledWasserstein(double[] grid, double prescale, double scale) implements CellStatistic {

    /** Checks the scale. */
    ScaledWasserstein {
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and >= 0, was " + scale);
        }
        if (prescale != 1 && prescale != 0.5) {
            throw new IllegalArgumentException("prescale must be 1 or 0.5, was " + prescale);
        }
    }

    /**
     * Prepares the distance with values taken as they are.
     *
     * @param grid the value of each cell, ascending
     * @param scale the range of the real values, finite and {@code >= 0}
     */
    ScaledWasserstein(double[] grid, double scale) {
        this(grid, 1, scale);
    }

    /**
     * Prepares the distance for one column.
     *
     * @param cells the column's cells
     * @return the distance scaled by the train range; with no train value the range is 0
     */
    static ScaledWasserstein of(ColumnCells cells) {
        int[] train = cells.train().cells();
        if (train.length == 0) {
            return new ScaledWasserstein(cells.grid(), 0);
        }
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (int cell : train) {
            low = Math.min(low, cell);
            high = Math.max(high, cell);
        }
        double[] grid = cells.grid();
        double range = grid[high] - grid[low];
        if (Double.isFinite(range)) {
            return new ScaledWasserstein(grid, 1, range);
        }
        return new ScaledWasserstein(grid, 0.5, grid[high] * 0.5 - grid[low] * 0.5);
    }

    /**
     * Writes the real range for a description; a range that overflows a double is written as
     * twice its halved value.
     *
     * @return the range as text
     */
    String rangeText() {
        return prescale == 1 ? Double.toString(scale) : "2 \u00d7 " + scale;
    }

    /**
     * Tells whether the real values have no range, so values compare by equality.
     *
     * @return true when the real range is 0
     */
    boolean byEquality() {
        return scale == 0;
    }

    @Override
    public double between(int[] first, long n, int[] second, long m) {
        if (byEquality()) {
            return TwoSampleStatistic.TOTAL_VARIATION.between(first, n, second, m);
        }
        long cumulativeFirst = 0;
        long cumulativeSecond = 0;
        double area = 0;
        for (int k = 0; k + 1 < first.length; k++) {
            cumulativeFirst += first[k];
            cumulativeSecond += second[k];
            long gap = Math.abs(cumulativeFirst * m - cumulativeSecond * n);
            if (gap != 0) {
                area += gap * ((grid[k + 1] * prescale - grid[k] * prescale) / scale);
            }
        }
        return area / ((double) n * m);
    }
}
