package org.synthaudit.metrics.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Parameters;

/**
 * What a downstream model predicts and from which columns: every analysable column except the
 * target and the columns the user excludes (for instance outcomes recorded after the fact, which
 * would leak the target). Identifier columns never take part.
 *
 * @param target the predicted column
 * @param columns the feature columns' positions, in schema order
 * @param excluded the names of the columns the user excluded, in schema order
 */
public record FeatureSelection(TargetColumn target, List<Integer> columns,
        List<String> excluded) {
    /** The name of the evaluator parameter that excludes columns from the features. */
    public static final String EXCLUDE = "exclude";

    /** Freezes the lists. */
    public FeatureSelection {
        Objects.requireNonNull(target, "target");
        columns = List.copyOf(columns);
        excluded = List.copyOf(excluded);
    }

    /**
     * Selects the features of an audit.
     *
     * @param schema the audit's schema
     * @param target the target column
     * @param parameters the evaluator's parameters; {@value #EXCLUDE} is a list of column names
     *     (or one comma-separated text) to leave out of the features
     * @return the selection
     * @throws InputException if {@value #EXCLUDE} names an unknown column or the target
     */
    public static FeatureSelection of(Schema schema, TargetColumn target,
            Parameters parameters) {
        List<String> names = names(parameters);
        TreeSet<Integer> excludedPositions = new TreeSet<>();
        for (String name : names) {
            int position = schema.indexOf(name).orElseThrow(() -> parameters.invalid(EXCLUDE,
                    "names no column '" + name + "'; the columns are "
                            + String.join(", ", schema.names())));
            if (position == target.index()) {
                throw parameters.invalid(EXCLUDE, "names the target column '" + name
                        + "', which the models predict");
            }
            excludedPositions.add(position);
        }
        List<Integer> columns = new ArrayList<>();
        for (int c : schema.analysable()) {
            if (c != target.index() && !excludedPositions.contains(c)) {
                columns.add(c);
            }
        }
        List<String> excluded = excludedPositions.stream()
                .filter(c -> schema.column(c).type() != ColumnType.IDENTIFIER)
                .map(c -> schema.column(c).name()).toList();
        return new FeatureSelection(target, columns, excluded);
    }

    /**
     * Reads the names of the columns to leave out of the features.
     *
     * @param parameters the evaluator's parameters
     * @return the names, NFC-normalised and trimmed, possibly none
     * @throws org.synthaudit.core.plugin.InvalidParameterException if a name is empty
     */
    public static List<String> names(Parameters parameters) {
        Object raw = parameters.values().get(EXCLUDE);
        if (raw == null) {
            return List.of();
        }
        Collection<?> items = raw instanceof Collection<?> list ? list
                : Arrays.asList(raw.toString().split(","));
        List<String> names = new ArrayList<>();
        for (Object item : items) {
            if (item == null || item.toString().isBlank()) {
                throw parameters.invalid(EXCLUDE, "holds an empty column name; expected a list "
                        + "of column names");
            }
            names.add(java.text.Normalizer.normalize(item.toString(),
                    java.text.Normalizer.Form.NFC).strip());
        }
        return names;
    }

    /**
     * The feature columns' positions.
     *
     * @return a new array, in schema order
     */
    public int[] columnArray() {
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }
}
