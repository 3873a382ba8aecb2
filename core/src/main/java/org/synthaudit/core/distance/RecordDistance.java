package org.synthaudit.core.distance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;

/**
 * The mixed-type record distance every distance-based attack shares: the mean over the compared
 * columns of a per-column contribution in [0, 1], so the distance itself lies in [0, 1]. It is
 * the range-normalised mixed distance of Gower (1971), "A general coefficient of similarity and
 * some of its properties", Biometrics 27:857, with explicit rules for missing values, constant
 * columns and values outside the real range.
 *
 * <p>The scales are fitted on the <em>training</em> records, the real data the generator learned
 * from, never on a synthetic table, so a distance means the same thing for every release; and
 * never on the holdout or reference records, so the size and spread of the control group do not
 * change the scale (case C18: the range of the real training values). Every distance figure of
 * an audit fits its distance this way. Per column:
 *
 * <ul>
 *   <li>numeric and datetime: {@code |a - b| / range}, where {@code range} is the maximum minus
 *       the minimum of the non-missing training values. A synthetic or holdout value may lie
 *       outside that range; its contribution is <b>capped at 1</b>, so one outlying value cannot
 *       outweigh the other columns.
 *   <li>numeric or datetime with zero range (constant in the real data, or no non-missing real
 *       value): 0 when the two values are equal, 1 otherwise. There is no division by zero.
 *   <li>categorical and boolean: 0 when the codes are equal, 1 otherwise (codes come from the
 *       audit's shared dictionary, so they compare across tables).
 *   <li>missing values, in every column type: 0 when <b>both</b> values are missing, 1 when
 *       <b>exactly one</b> is missing.
 * </ul>
 *
 * <p>Identifier columns never take part: {@link #fit(Dataset)} compares
 * {@link Schema#analysable()} columns. Distances between records are computed on
 * {@link EncodedRows}, built once per table with {@link #encode(Dataset)}.
 */
public final class RecordDistance {
    private final Schema schema;
    private final int[] numericColumns;
    private final double[] range;
    /** Per range-scaled column: 1, or 0.5 when {@code max - min} overflows a double. */
    private final double[] prescale;
    /** Per range-scaled column: 1 / (prescale * max - prescale * min). */
    private final double[] inverseRange;
    private final int[] exactColumns;
    private final int[] codedColumns;

    private RecordDistance(Schema schema, int[] numericColumns, List<double[]> minMax,
            int[] exactColumns, int[] codedColumns) {
        this.schema = schema;
        this.numericColumns = numericColumns;
        int n = minMax.size();
        this.range = new double[n];
        this.prescale = new double[n];
        this.inverseRange = new double[n];
        for (int j = 0; j < n; j++) {
            double min = minMax.get(j)[0];
            double max = minMax.get(j)[1];
            prescale[j] = Double.isFinite(max - min) ? 1 : 0.5;
            range[j] = max - min;
            inverseRange[j] = 1 / (prescale[j] * max - prescale[j] * min);
        }
        this.exactColumns = exactColumns;
        this.codedColumns = codedColumns;
    }

    /**
     * Fits the distance on the real data over every analysable column (identifiers left out).
     *
     * @param real the training records of an audit; ranges are taken from them
     * @return the fitted distance
     * @throws IllegalArgumentException if the schema has no analysable column
     */
    public static RecordDistance fit(Dataset real) {
        return fit(real, real.schema().analysable());
    }

    /**
     * Fits the distance on the real data over a chosen set of columns.
     *
     * @param real the training records of an audit; ranges are taken from them
     * @param columns positions of the columns to compare, none of them an identifier, no repeats
     * @return the fitted distance
     * @throws IllegalArgumentException if {@code columns} is empty, repeats a column, or names
     *     an identifier column
     */
    public static RecordDistance fit(Dataset real, int[] columns) {
        Schema schema = real.schema();
        checkColumns(schema, columns);
        List<Integer> numeric = new ArrayList<>();
        List<Integer> exact = new ArrayList<>();
        List<Integer> coded = new ArrayList<>();
        List<double[]> scales = new ArrayList<>();
        for (int column : columns) {
            ColumnType type = schema.column(column).type();
            if (type.isCoded()) {
                coded.add(column);
                continue;
            }
            double[] minMax = finiteMinMax(real.numericColumn(column));
            if (minMax[1] > minMax[0]) {
                numeric.add(column);
                scales.add(minMax);
            } else {
                exact.add(column);
            }
        }
        return new RecordDistance(schema, toArray(numeric), scales, toArray(exact),
                toArray(coded));
    }

    private static void checkColumns(Schema schema, int[] columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a record distance needs at least one column to "
                    + "compare; the schema has no analysable column");
        }
        boolean[] seen = new boolean[schema.size()];
        for (int column : columns) {
            ColumnSpec spec = schema.column(Objects.checkIndex(column, schema.size()));
            if (spec.type() == ColumnType.IDENTIFIER) {
                throw new IllegalArgumentException("column '" + spec.name()
                        + "' is an identifier and cannot take part in a record distance");
            }
            if (seen[column]) {
                throw new IllegalArgumentException("column '" + spec.name() + "' given twice");
            }
            seen[column] = true;
        }
    }

    /** Minimum and maximum of the finite values; {@code {NaN, NaN}} when there is none. */
    private static double[] finiteMinMax(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min <= max ? new double[] {min, max} : new double[] {Double.NaN, Double.NaN};
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Encodes a table for distance computations: numeric values kept as they are (halved for a
     * column whose range overflows a double), codes copied, all row-major in primitive arrays.
     * The kernel divides the raw difference by the range, so two pairs with the same raw
     * difference get exactly the same contribution: pre-scaling each value by the range would
     * round them apart and break ties that the ranking of records depends on.
     *
     * @param table a table with the schema this distance was fitted on
     * @return the encoded rows, in the table's row order
     * @throws IllegalArgumentException if the table has another schema
     */
    public EncodedRows encode(Dataset table) {
        if (!table.schema().equals(schema)) {
            throw new IllegalArgumentException("table '" + table.name()
                    + "' has another schema than the data the distance was fitted on");
        }
        int rows = table.rowCount();
        double[] scaled = new double[rows * numericColumns.length];
        for (int j = 0; j < numericColumns.length; j++) {
            double[] values = table.numericColumn(numericColumns[j]);
            for (int r = 0; r < rows; r++) {
                scaled[r * numericColumns.length + j] = values[r] * prescale[j];
            }
        }
        double[] exact = new double[rows * exactColumns.length];
        for (int j = 0; j < exactColumns.length; j++) {
            double[] values = table.numericColumn(exactColumns[j]);
            for (int r = 0; r < rows; r++) {
                exact[r * exactColumns.length + j] = values[r];
            }
        }
        int[] codes = new int[rows * codedColumns.length];
        for (int j = 0; j < codedColumns.length; j++) {
            int[] values = table.codeColumn(codedColumns[j]);
            for (int r = 0; r < rows; r++) {
                codes[r * codedColumns.length + j] = values[r];
            }
        }
        int[] recordIds = new int[rows];
        Arrays.setAll(recordIds, table::recordId);
        return new EncodedRows(this, table, scaled, exact, codes, recordIds);
    }

    /**
     * The distance between two records of (possibly different) tables. Convenient for single
     * pairs; to compare many records, encode each table once and use
     * {@link EncodedRows#distance(int, EncodedRows, int)}.
     *
     * @param a a table with the fitted schema
     * @param rowA a row of {@code a}
     * @param b a table with the fitted schema
     * @param rowB a row of {@code b}
     * @return the distance in [0, 1]
     */
    public double between(Dataset a, int rowA, Dataset b, int rowB) {
        EncodedRows left = encode(a.select(a.name(), new int[] {rowA}));
        EncodedRows right = encode(b.select(b.name(), new int[] {rowB}));
        return left.distance(0, right, 0);
    }

    /** Per range-scaled column, the factor that turns a stored difference into a contribution. */
    double[] inverseRanges() {
        return inverseRange;
    }

    /**
     * The number of compared columns, the denominator of the mean.
     *
     * @return the column count, {@code >= 1}
     */
    public int columnCount() {
        return numericColumns.length + exactColumns.length + codedColumns.length;
    }

    /**
     * The names of the compared columns, for reports.
     *
     * @return the names, range-scaled numeric columns first, then zero-range numeric columns,
     *     then coded columns
     */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (int[] group : new int[][] {numericColumns, exactColumns, codedColumns}) {
            for (int column : group) {
                names.add(schema.column(column).name());
            }
        }
        return List.copyOf(names);
    }

    /**
     * The names of the numeric or datetime columns compared by equality because their real
     * range is zero (or they have no real value).
     *
     * @return the names, possibly none
     */
    public List<String> zeroRangeColumns() {
        return Arrays.stream(exactColumns).mapToObj(c -> schema.column(c).name()).toList();
    }

    /**
     * The real range a numeric or datetime column is scaled by.
     *
     * @param column a column position
     * @return the range ({@code > 0}), or 0 for a zero-range column compared by equality
     * @throws IllegalArgumentException if the column is not a compared numeric column
     */
    public double range(int column) {
        for (int j = 0; j < numericColumns.length; j++) {
            if (numericColumns[j] == column) {
                return range[j];
            }
        }
        for (int exactColumn : exactColumns) {
            if (exactColumn == column) {
                return 0;
            }
        }
        throw new IllegalArgumentException("column " + column
                + " is not a numeric column of this distance");
    }

    /**
     * A one-line statement of the rule, for report notes.
     *
     * @return the rule in words
     */
    public String describe() {
        return "Record distance: mean over " + columnCount() + " columns of per-column "
                + "contributions in [0, 1]: numeric |a - b| / training range, capped at 1 (0 if "
                + "equal, 1 otherwise when the training range is zero); categorical 0 if equal, "
                + "1 otherwise; both values missing 0, exactly one missing 1. Identifier columns "
                + "are left out.";
    }

    int numericWidth() {
        return numericColumns.length;
    }

    int exactWidth() {
        return exactColumns.length;
    }

    int codeWidth() {
        return codedColumns.length;
    }
}
