package org.synthaudit.metrics.fidelity;

import java.util.Arrays;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.metrics.stats.PercentileBootstrap;

/**
 * A row bootstrap shared by every figure computed from one table (Efron and Tibshirani, "An
 * Introduction to the Bootstrap", 1993): replicate {@code r} of a table draws as many rows as
 * the table has, with replacement, from the seed node {@code seeds.child(table).child(r)}
 * ({@link Resample#bootstrap}), and every figure of the replicate is computed from those same
 * rows. A mean over many figures (pairs of columns, marginals) then gets an interval that
 * reflects how the figures move together, and replicates may run in any order on any thread.
 *
 * <p>A replicate in which a figure cannot be computed (a resample in which a column happens to
 * be constant) is {@code NaN} and is left out; the interval needs at least half of the
 * replicates, or the figure is undefined.
 *
 * @param replicates the number of replicates, at least 2
 * @param level the confidence level, in (0, 1)
 */
record RowBootstrap(int replicates, double level) {

    /** Checks the ranges. */
    RowBootstrap {
        if (replicates < 2) {
            throw new IllegalArgumentException("replicates must be >= 2, was " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }

    /**
     * The basic bootstrap interval of a figure's median around its point value, from its
     * replicates ({@link PercentileBootstrap#basicInterval}): the figures of this bootstrap are
     * plug-in distances, biased upwards.
     *
     * @param point the figure on the original tables, finite
     * @param values the figure in each replicate, {@code NaN} where it could not be computed
     * @param method how the point value was computed
     * @param bounds the range of the figure
     * @return the estimate, or undefined when fewer than half of the replicates (or fewer than
     *     2) computed the figure
     */
    Estimate interval(double point, double[] values, String method, Bounds bounds) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (defined.length < Math.max(2, (values.length + 1) / 2)) {
            return Estimate.undefined("too few rows for a bootstrap interval: only "
                    + defined.length + " of " + values.length + " resamples could compute it "
                    + "(in the others a column was constant or had no complete rows)");
        }
        String drawn = defined.length == values.length ? ""
                : "; " + defined.length + " of " + values.length + " resamples computed it";
        return new PercentileBootstrap(defined.length, level).basicInterval(point, defined,
                method + drawn, bounds);
    }
}
