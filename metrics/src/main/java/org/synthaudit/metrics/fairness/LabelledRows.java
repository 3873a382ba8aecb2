package org.synthaudit.metrics.fairness;

/**
 * The holdout rows a classifier is judged on: each row's group and whether its true label is the
 * positive class.
 *
 * @param groups each row's group index
 * @param positive whether each row's true label is the positive class
 * @param negative the complement of {@code positive}
 * @param groupCount the number of groups
 */
record LabelledRows(int[] groups, boolean[] positive, boolean[] negative, int groupCount) {

    /**
     * Labels rows.
     *
     * @param groups each row's group index
     * @param positive whether each row's true label is the positive class
     * @param groupCount the number of groups
     * @return the rows
     */
    static LabelledRows of(int[] groups, boolean[] positive, int groupCount) {
        boolean[] negative = new boolean[positive.length];
        for (int i = 0; i < positive.length; i++) {
            negative[i] = !positive[i];
        }
        return new LabelledRows(groups, positive, negative, groupCount);
    }

    /** The share predicted positive among all rows of each group. */
    GroupRates positiveRates(boolean[] predicted, int[] weights) {
        return GroupRates.of(groups, null, predicted, weights, groupCount);
    }

    /** The share predicted positive among the positive rows of each group. */
    GroupRates truePositiveRates(boolean[] predicted, int[] weights) {
        return GroupRates.of(groups, positive, predicted, weights, groupCount);
    }

    /** The share predicted positive among the negative rows of each group. */
    GroupRates falsePositiveRates(boolean[] predicted, int[] weights) {
        return GroupRates.of(groups, negative, predicted, weights, groupCount);
    }
}
