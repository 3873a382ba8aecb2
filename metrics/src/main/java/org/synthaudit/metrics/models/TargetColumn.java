package org.synthaudit.metrics.models;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;

/**
 * The column downstream models predict: the one with the role {@code target}. A categorical or
 * boolean target asks for classification over its vocabulary codes, a numeric or datetime target
 * for regression.
 *
 * @param index the column position
 * @param name the column name
 * @param categorical true for classification, false for regression
 */
public record TargetColumn(int index, String name, boolean categorical) {

    /**
     * Finds the target of a schema.
     *
     * @param schema the audit's schema
     * @return the target column, or empty when no column has the role {@code target}
     */
    public static Optional<TargetColumn> of(Schema schema) {
        int[] targets = schema.withRole(Role.TARGET);
        if (targets.length == 0) {
            return Optional.empty();
        }
        var spec = schema.column(targets[0]);
        return Optional.of(new TargetColumn(targets[0], spec.name(), spec.type().isCoded()));
    }

    /**
     * The rows of a table whose target value is present.
     *
     * @param table a table of the audit
     * @return the row positions, in order
     */
    public int[] rowsWithValue(Dataset table) {
        return IntStream.range(0, table.rowCount()).filter(r -> !table.isMissing(index, r))
                .toArray();
    }

    /**
     * The number of classes a classifier scores: the size of the target's shared vocabulary.
     *
     * @param table any table of the audit
     * @return the vocabulary size
     * @throws IllegalStateException for a numeric target
     */
    public int classCount(Dataset table) {
        if (!categorical) {
            throw new IllegalStateException("target '" + name + "' is numeric");
        }
        return table.vocabulary(index).size();
    }

    /**
     * The class scores and fairness rates refer to by default: the rarer of the classes in the
     * training rows, the later code on a tie (for a 0/1 target with equal counts, the class
     * coded second).
     *
     * @param train the real training table
     * @return the vocabulary code, or empty when no training row has a target value
     * @throws IllegalStateException for a numeric target
     */
    public OptionalInt rarerClass(Dataset train) {
        int[] counts = new int[classCount(train)];
        for (int r : rowsWithValue(train)) {
            counts[train.code(index, r)]++;
        }
        int best = -1;
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0 && (best < 0 || counts[code] <= counts[best])) {
                best = code;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
