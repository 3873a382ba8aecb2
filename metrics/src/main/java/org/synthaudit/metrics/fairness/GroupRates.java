package org.synthaudit.metrics.fairness;

/**
 * A rate per group on weighted rows: among the rows a rate counts (all rows, the true positives,
 * the true negatives, the rows with a target value), the weighted share with an event (predicted
 * positive, labelled positive). The gap and the ratio compare the rates of the eligible groups,
 * those large enough to be scored; a group without counted rows has no rate and is skipped.
 *
 * <p>With the right rows and events these give the measures of Fairlearn (Bird et al., 2020,
 * "Fairlearn: a toolkit for assessing and improving fairness in AI"):
 *
 * <ul>
 *   <li>demographic parity difference: the gap of the positive prediction rates over all rows;
 *   <li>equal opportunity difference: the gap of the true-positive rates (Hardt, Price and
 *       Srebro, 2016, "Equality of opportunity in supervised learning", NeurIPS);
 *   <li>equalised odds difference: the larger of the true-positive and false-positive rate
 *       gaps (ibid.);
 *   <li>disparate impact ratio: the smallest positive prediction rate over the largest (the
 *       "four-fifths rule" of the US EEOC guidelines, 1978; Feldman et al., 2015, KDD).
 * </ul>
 *
 * @param counted the weighted number of counted rows per group
 * @param events the weighted number of those with the event, per group
 */
record GroupRates(double[] counted, double[] events) {

    /**
     * Counts per group.
     *
     * @param groups each row's group
     * @param counts whether a row is counted
     * @param event whether a counted row has the event
     * @param weights each row's weight
     * @param groupCount the number of groups
     * @return the counts
     */
    static GroupRates of(int[] groups, boolean[] counts, boolean[] event, int[] weights,
            int groupCount) {
        double[] counted = new double[groupCount];
        double[] events = new double[groupCount];
        for (int i = 0; i < groups.length; i++) {
            if (counts == null || counts[i]) {
                counted[groups[i]] += weights[i];
                events[groups[i]] += event[i] ? weights[i] : 0;
            }
        }
        return new GroupRates(counted, events);
    }

    /**
     * A group's rate.
     *
     * @param group the group
     * @return its rate in [0, 1], or NaN when it has no counted rows
     */
    double rate(int group) {
        return counted[group] == 0 ? Double.NaN : events[group] / counted[group];
    }

    /**
     * The largest minus the smallest rate over the eligible groups that have a rate.
     *
     * @param eligible which groups may be compared
     * @return the gap in [0, 1], or NaN when fewer than two groups have a rate
     */
    double gap(boolean[] eligible) {
        double[] range = range(eligible);
        return range == null ? Double.NaN : range[1] - range[0];
    }

    /**
     * The smallest over the largest rate of the eligible groups that have a rate.
     *
     * @param eligible which groups may be compared
     * @return the ratio in [0, 1], or NaN when fewer than two groups have a rate or the largest
     *     rate is 0
     */
    double ratio(boolean[] eligible) {
        double[] range = range(eligible);
        return range == null || range[1] == 0 ? Double.NaN : range[0] / range[1];
    }

    private double[] range(boolean[] eligible) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int groups = 0;
        for (int g = 0; g < counted.length; g++) {
            if (eligible[g] && counted[g] > 0) {
                double rate = events[g] / counted[g];
                min = Math.min(min, rate);
                max = Math.max(max, rate);
                groups++;
            }
        }
        return groups < 2 ? null : new double[] {min, max};
    }

    /**
     * The eligible groups that have a rate.
     *
     * @param eligible which groups may be compared
     * @return a new mask
     */
    boolean[] defined(boolean[] eligible) {
        boolean[] out = new boolean[counted.length];
        for (int g = 0; g < counted.length; g++) {
            out[g] = eligible[g] && counted[g] > 0;
        }
        return out;
    }
}
