package org.synthaudit.metrics.fairness;

import java.util.concurrent.ForkJoinPool;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.metrics.stats.PairedBootstrap;

/**
 * What every fairness figure of an audit shares.
 *
 * @param minGroupSize the fewest rows a group needs in a table to be scored there
 * @param bootstrap the interval estimator
 * @param seeds the evaluator's seed node
 * @param pool the pool bootstrap replicates run in
 * @param positive the vocabulary code of the positive class, or -1 without a categorical target
 * @param positiveLabel the label of the positive class, or {@code null}
 */
record Settings(int minGroupSize, PairedBootstrap bootstrap, Seeds seeds, ForkJoinPool pool,
        int positive, String positiveLabel) {

    /**
     * Tells whether a group is large enough to be scored in a table.
     *
     * @param rows its (weighted) number of rows there
     * @return true if it reaches the minimum group size
     */
    boolean large(double rows) {
        return rows >= minGroupSize;
    }

    /**
     * The undefined figure of a group too small to score.
     *
     * @param rows its number of rows in the table
     * @param table the table, e.g. {@code holdout}
     * @return the undefined estimate, naming n and the minimum
     */
    Estimate tooSmall(double rows, String table) {
        return Estimate.undefined("group too small: n = " + (long) rows + " in the " + table
                + ", below the minimum group size " + minGroupSize);
    }
}
