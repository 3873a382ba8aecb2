package org.synthaudit.core.split;

/**
 * How to split the real records. Each size is a fraction of the real rows when below 1, or a
 * row count when 1 or more; the three together may not exceed the real rows.
 *
 * @param train the members' share: the records the generator is fitted on
 * @param holdout the non-members' share, the control group
 * @param reference the attacker's background share; may be 0
 * @param stratifyBy the coded column to stratify by (normally the target), or {@code null}
 */
public record SplitSpec(double train, double holdout, double reference, String stratifyBy) {
    /** Checks that each size is positive (reference may be 0). */
    public SplitSpec {
        if (!(train > 0) || !(holdout > 0) || !(reference >= 0)) {
            throw new IllegalArgumentException("split sizes must be > 0 (reference >= 0): train "
                    + train + ", holdout " + holdout + ", reference " + reference);
        }
    }
}
