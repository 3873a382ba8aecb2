package org.synthaudit.core.data;

import java.util.Objects;

/**
 * An immutable, columnar table. Numeric and datetime columns are {@code double[]} with
 * {@code NaN} for a missing value; categorical and boolean columns are {@code int[]} codes over
 * the audit's shared {@link Dictionary}, with {@link Vocabulary#MISSING} for a missing value;
 * identifier columns are kept as text ({@code null} when missing).
 *
 * <p>A dataset may be a <em>view</em>: a selection of rows of a base table, held as an index
 * array, not a copy. {@link #recordId(int)} gives the row's position in the base table, so a
 * record keeps its identity through splits, filters and shuffles.
 */
public final class Dataset {
    private final String name;
    private final Schema schema;
    private final Dictionary dictionary;
    private final Object[] columns;
    private final int[] rows;
    private final int baseRowCount;

    private Dataset(String name, Schema schema, Dictionary dictionary, Object[] columns,
            int[] rows, int baseRowCount) {
        this.name = name;
        this.schema = schema;
        this.dictionary = dictionary;
        this.columns = columns;
        this.rows = rows;
        this.baseRowCount = baseRowCount;
    }

    /**
     * Starts a new base table.
     *
     * @param name a short name for messages and reports, e.g. {@code train} or a file name
     * @param schema the schema
     * @param dictionary the audit's shared dictionary
     * @param rowCount the number of rows
     * @return a builder that takes one array per column
     */
    public static Builder builder(String name, Schema schema, Dictionary dictionary,
            int rowCount) {
        return new Builder(name, schema, dictionary, rowCount);
    }

    /**
     * The table's name.
     *
     * @return the name given when it was built or selected
     */
    public String name() {
        return name;
    }

    /**
     * The schema.
     *
     * @return the schema shared by all tables of the audit
     */
    public Schema schema() {
        return schema;
    }

    /**
     * The shared dictionary.
     *
     * @return the dictionary of the audit
     */
    public Dictionary dictionary() {
        return dictionary;
    }

    /**
     * The vocabulary of a coded column.
     *
     * @param column a column position
     * @return its vocabulary
     */
    public Vocabulary vocabulary(int column) {
        return dictionary.vocabulary(schema.column(column).name());
    }

    /**
     * The number of rows.
     *
     * @return the row count of this table or view
     */
    public int rowCount() {
        return rows == null ? baseRowCount : rows.length;
    }

    /**
     * The position of a row in the base table: the record's identity.
     *
     * @param row a row of this table
     * @return its position in the base table
     */
    public int recordId(int row) {
        return rows == null ? Objects.checkIndex(row, baseRowCount) : rows[row];
    }

    /**
     * A numeric or datetime value.
     *
     * @param column a numeric or datetime column
     * @param row a row of this table
     * @return the value, {@code NaN} when missing
     */
    public double numeric(int column, int row) {
        return ((double[]) columns[column])[recordId(row)];
    }

    /**
     * A categorical or boolean code.
     *
     * @param column a coded column
     * @param row a row of this table
     * @return the code, {@link Vocabulary#MISSING} when missing
     */
    public int code(int column, int row) {
        return ((int[]) columns[column])[recordId(row)];
    }

    /**
     * An identifier value.
     *
     * @param column an identifier column
     * @param row a row of this table
     * @return the text, {@code null} when missing
     */
    public String text(int column, int row) {
        return ((String[]) columns[column])[recordId(row)];
    }

    /**
     * Tells whether a value is missing.
     *
     * @param column any column
     * @param row a row of this table
     * @return true if the value is missing
     */
    public boolean isMissing(int column, int row) {
        return switch (schema.column(column).type()) {
            case NUMERIC, DATETIME -> Double.isNaN(numeric(column, row));
            case CATEGORICAL, BOOLEAN -> code(column, row) == Vocabulary.MISSING;
            case IDENTIFIER -> text(column, row) == null;
        };
    }

    /**
     * A value as text, for messages and explicitly requested record listings.
     *
     * @param column any column
     * @param row a row of this table
     * @return the value as text, or {@code null} when missing
     */
    public String format(int column, int row) {
        if (isMissing(column, row)) {
            return null;
        }
        return switch (schema.column(column).type()) {
            case NUMERIC -> formatNumber(numeric(column, row));
            case DATETIME -> java.time.Instant.ofEpochMilli(
                    Math.round(numeric(column, row) * 1000)).toString();
            case CATEGORICAL, BOOLEAN -> vocabulary(column).label(code(column, row));
            case IDENTIFIER -> text(column, row);
        };
    }

    /**
     * The values of a numeric or datetime column for the rows of this table, copied.
     *
     * @param column a numeric or datetime column
     * @return a new array, {@code NaN} for missing values
     */
    public double[] numericColumn(int column) {
        double[] base = (double[]) columns[column];
        if (rows == null) {
            return base.clone();
        }
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = base[rows[i]];
        }
        return out;
    }

    /**
     * The codes of a coded column for the rows of this table, copied.
     *
     * @param column a categorical or boolean column
     * @return a new array, {@link Vocabulary#MISSING} for missing values
     */
    public int[] codeColumn(int column) {
        int[] base = (int[]) columns[column];
        if (rows == null) {
            return base.clone();
        }
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = base[rows[i]];
        }
        return out;
    }

    /**
     * A view of some rows of this table, in the given order; rows may repeat.
     *
     * @param name the view's name
     * @param selected rows of this table
     * @return a view sharing this table's storage
     */
    public Dataset select(String name, int[] selected) {
        int[] mapped = new int[selected.length];
        for (int i = 0; i < selected.length; i++) {
            mapped[i] = recordId(Objects.checkIndex(selected[i], rowCount()));
        }
        return new Dataset(name, schema, dictionary, columns, mapped, baseRowCount);
    }

    /**
     * The same rows under another name.
     *
     * @param newName the name
     * @return a view sharing this table's storage
     */
    public Dataset named(String newName) {
        return new Dataset(newName, schema, dictionary, columns, rows, baseRowCount);
    }

    /**
     * Tells whether another table shares this table's base storage, so that record ids of the
     * two refer to the same records.
     *
     * @param other another table
     * @return true if both are views of one base table
     */
    public boolean sharesBaseWith(Dataset other) {
        return other.columns == columns;
    }

    private static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + rowCount() + " rows x " + schema.size() + " columns]";
    }

    /** Collects one array per column and builds a base table. */
    public static final class Builder {
        private final String name;
        private final Schema schema;
        private final Dictionary dictionary;
        private final int rowCount;
        private final Object[] columns;

        private Builder(String name, Schema schema, Dictionary dictionary, int rowCount) {
            if (rowCount < 0) {
                throw new IllegalArgumentException("rowCount must be >= 0, was " + rowCount);
            }
            this.name = Objects.requireNonNull(name);
            this.schema = Objects.requireNonNull(schema);
            this.dictionary = Objects.requireNonNull(dictionary);
            this.rowCount = rowCount;
            this.columns = new Object[schema.size()];
        }

        /**
         * Sets a numeric or datetime column. The array is taken, not copied.
         *
         * @param column the column position
         * @param values one value per row, {@code NaN} for missing
         * @return this builder
         */
        public Builder numeric(int column, double[] values) {
            requireType(column, values.length, schema.column(column).type().isNumeric());
            columns[column] = values;
            return this;
        }

        /**
         * Sets a categorical or boolean column. The array is taken, not copied.
         *
         * @param column the column position
         * @param codes one code per row over the column's vocabulary, {@link Vocabulary#MISSING}
         *     for missing
         * @return this builder
         */
        public Builder codes(int column, int[] codes) {
            requireType(column, codes.length, schema.column(column).type().isCoded());
            int size = dictionary.vocabulary(schema.column(column).name()).size();
            for (int code : codes) {
                if (code < Vocabulary.MISSING || code >= size) {
                    throw new IllegalArgumentException("code " + code + " outside the vocabulary of '"
                            + schema.column(column).name() + "' (size " + size + ")");
                }
            }
            columns[column] = codes;
            return this;
        }

        /**
         * Sets an identifier column. The array is taken, not copied.
         *
         * @param column the column position
         * @param values one value per row, {@code null} for missing
         * @return this builder
         */
        public Builder text(int column, String[] values) {
            requireType(column, values.length,
                    schema.column(column).type() == ColumnType.IDENTIFIER);
            columns[column] = values;
            return this;
        }

        /**
         * Builds the table. Identifier columns never set are filled with missing values.
         *
         * @return the table
         * @throws IllegalStateException if a non-identifier column was never set
         */
        public Dataset build() {
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] == null) {
                    if (schema.column(c).type() != ColumnType.IDENTIFIER) {
                        throw new IllegalStateException("column '" + schema.column(c).name()
                                + "' of table '" + name + "' was never set");
                    }
                    columns[c] = new String[rowCount];
                }
            }
            return new Dataset(name, schema, dictionary, columns.clone(), null, rowCount);
        }

        private void requireType(int column, int length, boolean typeMatches) {
            ColumnSpec spec = schema.column(column);
            if (!typeMatches) {
                throw new IllegalArgumentException("column '" + spec.name() + "' is "
                        + spec.type().configName());
            }
            if (length != rowCount) {
                throw new IllegalArgumentException("column '" + spec.name() + "' has " + length
                        + " values, expected " + rowCount);
            }
        }
    }
}
