package org.synthaudit.core.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Training records an evaluator found reproduced in a synthetic release: copied exactly, or
 * re-identified by an attack. An evaluator gives only positions ({@link Match}); record values
 * are added by the audit, and only when the user asked for them, since they are personal data.
 * Without that request no report holds them.
 *
 * @param relation how each training record is reproduced, completing the phrase "training
 *     records ...", e.g. {@code copied exactly by a synthetic record}
 * @param matches every match found, in the evaluator's order
 * @param columns the names of the columns whose values {@code records} hold; empty until the
 *     values are added
 * @param records the values of the first matches; empty until they are added
 */
public record RecordExamples(String relation, List<Match> matches, List<String> columns,
        List<Shown> records) {

    /** Checks the text and freezes the lists. */
    public RecordExamples {
        Objects.requireNonNull(relation, "relation");
        matches = List.copyOf(matches);
        columns = List.copyOf(columns);
        records = List.copyOf(records);
        if (records.size() > matches.size()) {
            throw new IllegalArgumentException(records.size() + " records shown for "
                    + matches.size() + " matches");
        }
    }

    /**
     * Matches without values, as an evaluator reports them.
     *
     * @param relation how each training record is reproduced
     * @param matches the matches, in the evaluator's order
     * @return the examples, without values
     */
    public static RecordExamples of(String relation, List<Match> matches) {
        return new RecordExamples(relation, matches, List.of(), List.of());
    }

    /**
     * The same matches with the values of the first of them.
     *
     * @param names the column names, in the order of the values
     * @param shown the values of the first {@code shown.size()} matches
     * @return the examples with values
     */
    public RecordExamples withValues(List<String> names, List<Shown> shown) {
        return new RecordExamples(relation, matches, names, shown);
    }

    /**
     * Tells whether record values were added.
     *
     * @return true when {@link #records()} holds values
     */
    public boolean hasValues() {
        return !records.isEmpty();
    }

    /**
     * A training record and the synthetic record that reproduces it.
     *
     * @param recordId the training record's identity, its position in the base table of the
     *     audit's real records ({@link org.synthaudit.core.data.Dataset#recordId})
     * @param syntheticRow the row of the scored release
     */
    public record Match(int recordId, int syntheticRow) {
        /** Checks that both are positions. */
        public Match {
            if (recordId < 0 || syntheticRow < 0) {
                throw new IllegalArgumentException("positions must be >= 0, were " + recordId
                        + " and " + syntheticRow);
            }
        }
    }

    /**
     * The values of one match, column by column; a missing value is {@code null}.
     *
     * @param real the training record's values
     * @param synthetic the synthetic record's values
     */
    public record Shown(List<String> real, List<String> synthetic) {
        /** Copies the lists, keeping {@code null} for missing values. */
        public Shown {
            real = Collections.unmodifiableList(new ArrayList<>(real));
            synthetic = Collections.unmodifiableList(new ArrayList<>(synthetic));
            if (real.size() != synthetic.size()) {
                throw new IllegalArgumentException(real.size() + " real and "
                        + synthetic.size() + " synthetic values");
            }
        }
    }
}
