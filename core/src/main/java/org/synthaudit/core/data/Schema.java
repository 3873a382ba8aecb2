package org.synthaudit.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The ordered columns of an audit's tables. Every table of one audit (real, train, holdout,
 * reference, synthetic) shares one schema, so column {@code i} means the same thing everywhere.
 */
public final class Schema {
    private final List<ColumnSpec> columns;
    private final Map<String, Integer> indexByName;

    /**
     * Creates a schema.
     *
     * @param columns the columns in file order; names must be unique
     * @throws IllegalArgumentException if two columns share a name
     */
    public Schema(List<ColumnSpec> columns) {
        this.columns = List.copyOf(columns);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.columns.size(); i++) {
            if (index.putIfAbsent(this.columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException("duplicate column name '"
                        + this.columns.get(i).name() + "'");
            }
        }
        this.indexByName = Collections.unmodifiableMap(index);
    }

    /**
     * The columns in order.
     *
     * @return an unmodifiable list
     */
    public List<ColumnSpec> columns() {
        return columns;
    }

    /**
     * The number of columns.
     *
     * @return the column count
     */
    public int size() {
        return columns.size();
    }

    /**
     * The column at a position.
     *
     * @param index a position in {@code [0, size())}
     * @return the column
     */
    public ColumnSpec column(int index) {
        return columns.get(index);
    }

    /**
     * Finds a column's position by name.
     *
     * @param name the exact (normalised) column name
     * @return its position, or empty if there is no such column
     */
    public Optional<Integer> indexOf(String name) {
        return Optional.ofNullable(indexByName.get(name));
    }

    /**
     * The position of a column that must exist.
     *
     * @param name the column name
     * @return its position
     * @throws IllegalArgumentException if there is no such column
     */
    public int require(String name) {
        Integer index = indexByName.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no column named '" + name + "'");
        }
        return index;
    }

    /**
     * The positions of the columns that carry a role, in schema order.
     *
     * @param role the role
     * @return the positions, possibly empty
     */
    public int[] withRole(Role role) {
        return indices(c -> c.has(role));
    }

    /**
     * The positions of the columns that take part in distances, matching and models: every column
     * but the identifiers.
     *
     * @return the positions in schema order
     */
    public int[] analysable() {
        return indices(c -> c.type() != ColumnType.IDENTIFIER);
    }

    /**
     * The positions of the identifier columns.
     *
     * @return the positions in schema order
     */
    public int[] identifiers() {
        return indices(c -> c.type() == ColumnType.IDENTIFIER);
    }

    /**
     * Returns a schema with one column replaced.
     *
     * @param index the position
     * @param change how to change the column
     * @return the new schema
     */
    public Schema with(int index, UnaryOperator<ColumnSpec> change) {
        List<ColumnSpec> changed = new ArrayList<>(columns);
        changed.set(index, change.apply(columns.get(index)));
        return new Schema(changed);
    }

    /**
     * The column names in order.
     *
     * @return the names
     */
    public List<String> names() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    private int[] indices(java.util.function.Predicate<ColumnSpec> keep) {
        return java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> keep.test(columns.get(i))).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schema s && s.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "Schema" + columns;
    }
}
