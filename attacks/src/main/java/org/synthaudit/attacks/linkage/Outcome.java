package org.synthaudit.attacks.linkage;

import org.synthaudit.core.data.Dataset;

/**
 * Per-record results of one side of the experiment (members or holdout): which records were
 * attempts of a rate and which of those succeeded, with the records themselves so that the
 * rate can be taken within a group.
 *
 * @param records the records, row for row with the flags
 * @param success whether each record counts as a success; only read where {@code eligible}
 * @param eligible whether each record is an attempt of the rate
 */
record Outcome(Dataset records, boolean[] success, boolean[] eligible) {

    /** Checks that the flags cover the records. */
    Outcome {
        if (success.length != records.rowCount() || eligible.length != records.rowCount()) {
            throw new IllegalArgumentException("flags for " + success.length + " and "
                    + eligible.length + " records, expected " + records.rowCount());
        }
    }

    /**
     * An outcome in which every record is an attempt.
     *
     * @param records the records
     * @param success the successes
     * @return the outcome
     */
    static Outcome ofAll(Dataset records, boolean[] success) {
        boolean[] all = new boolean[success.length];
        java.util.Arrays.fill(all, true);
        return new Outcome(records, success, all);
    }

    /**
     * Counts attempts and successes within a group.
     *
     * @param group the group, or {@code null} for every record
     * @return the tally
     */
    Tally tally(Group group) {
        long trials = 0;
        long successes = 0;
        for (int r = 0; r < eligible.length; r++) {
            if (eligible[r] && (group == null || group.contains(records, r))) {
                trials++;
                successes += success[r] ? 1 : 0;
            }
        }
        return new Tally(successes, trials);
    }

    /**
     * Successes among attempts.
     *
     * @param successes the number of successes, in {@code [0, trials]}
     * @param trials the number of attempts
     */
    record Tally(long successes, long trials) {
    }

    /**
     * The records with one value of a protected attribute.
     *
     * @param column the protected column's schema position, a coded column
     * @param code the value's code, or {@code -1} for the missing value
     * @param attribute the column name
     * @param value the value's label, {@code (missing)} for a missing value
     */
    record Group(int column, int code, String attribute, String value) {

        boolean contains(Dataset records, int row) {
            return records.code(column, row) == code;
        }

        /** The subject of the group's figures, e.g. {@code sex=Female}. */
        String subject() {
            return attribute + "=" + value;
        }
    }
}
