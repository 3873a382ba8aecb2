package org.synthaudit.core.distance;

import java.util.Objects;
import org.synthaudit.core.data.Dataset;

/**
 * A table encoded for a {@link RecordDistance}: row-major primitive arrays that the distance
 * kernel reads without touching {@link Dataset} or boxed values. Built once per table with
 * {@link RecordDistance#encode(Dataset)}.
 *
 * <p>Each row holds three blocks: the values of range-scaled numeric columns ({@code NaN} when
 * missing; the kernel multiplies their difference by the inverse real range), raw values of
 * zero-range numeric columns, and category codes. Immutable once built.
 */
public final class EncodedRows {
    private final RecordDistance distance;
    private final Dataset source;
    private final int rows;
    private final int numericWidth;
    private final int exactWidth;
    private final int codeWidth;
    private final double[] scaled;
    private final double[] inverseRange;
    private final double[] exact;
    private final int[] codes;
    private final int[] recordIds;

    EncodedRows(RecordDistance distance, Dataset source, double[] scaled, double[] exact,
            int[] codes, int[] recordIds) {
        this.distance = distance;
        this.source = source;
        this.rows = recordIds.length;
        this.numericWidth = distance.numericWidth();
        this.exactWidth = distance.exactWidth();
        this.codeWidth = distance.codeWidth();
        this.scaled = scaled;
        this.inverseRange = distance.inverseRanges();
        this.exact = exact;
        this.codes = codes;
        this.recordIds = recordIds;
    }

    /**
     * The distance these rows were encoded for.
     *
     * @return the fitted distance
     */
    public RecordDistance distance() {
        return distance;
    }

    /**
     * The table these rows were encoded from.
     *
     * @return the source table
     */
    public Dataset source() {
        return source;
    }

    /**
     * The number of rows.
     *
     * @return the row count
     */
    public int rowCount() {
        return rows;
    }

    /**
     * The record identity of a row: its position in the source's base table.
     *
     * @param row a row in {@code [0, rowCount())}
     * @return the record id
     */
    public int recordId(int row) {
        return recordIds[row];
    }

    /**
     * Tells whether the record ids of these rows and another table's rows name the same records.
     *
     * @param other other encoded rows
     * @return true if both come from views of one base table
     */
    public boolean sharesBaseWith(EncodedRows other) {
        return source.sharesBaseWith(other.source);
    }

    /**
     * The distance between one of these rows and a row of another encoded table.
     *
     * @param row a row of this table
     * @param other rows encoded by the same {@link RecordDistance}
     * @param otherRow a row of {@code other}
     * @return the record distance in [0, 1]
     * @throws IllegalArgumentException if {@code other} was encoded by another distance
     */
    public double distance(int row, EncodedRows other, int otherRow) {
        requireSameDistance(other);
        Objects.checkIndex(row, rows);
        Objects.checkIndex(otherRow, other.rows);
        return sum(row, other, otherRow, Double.POSITIVE_INFINITY) / columnCount();
    }

    /**
     * The number of compared columns, by which a contribution sum is divided.
     *
     * @return the column count
     */
    int columnCount() {
        return numericWidth + exactWidth + codeWidth;
    }

    void requireSameDistance(EncodedRows other) {
        if (other.distance != distance) {
            throw new IllegalArgumentException("rows of '" + source.name() + "' and '"
                    + other.source.name() + "' were encoded for different distances");
        }
    }

    /**
     * The sum of the per-column contributions between a row of this table and a row of another,
     * in a fixed order (codes, zero-range columns, scaled numeric columns). Stops early and
     * returns a partial sum {@code >= bound} as soon as the sum reaches {@code bound}; the sum
     * never decreases as columns are added, so the full sum is then at least {@code bound} too.
     *
     * @param row a row of this table
     * @param other rows encoded by the same distance
     * @param otherRow a row of {@code other}
     * @param bound the sum from which on the caller is not interested in the exact value
     * @return the exact sum when it is below {@code bound}, otherwise some value
     *     {@code >= bound}
     */
    double sum(int row, EncodedRows other, int otherRow, double bound) {
        int mismatches = 0;
        int a = row * codeWidth;
        int b = otherRow * codeWidth;
        for (int j = 0; j < codeWidth; j++) {
            mismatches += codes[a + j] != other.codes[b + j] ? 1 : 0;
        }
        double sum = mismatches;
        if (sum >= bound) {
            return sum;
        }
        a = row * exactWidth;
        b = otherRow * exactWidth;
        for (int j = 0; j < exactWidth; j++) {
            sum += equalOrBothMissing(exact[a + j], other.exact[b + j]) ? 0 : 1;
        }
        a = row * numericWidth;
        b = otherRow * numericWidth;
        for (int j = 0; j < numericWidth && sum < bound; j++) {
            double x = scaled[a + j];
            double y = other.scaled[b + j];
            double d = Math.abs(x - y) * inverseRange[j];
            sum += d < 1 ? d : cappedOrMissing(x, y);
        }
        return sum;
    }

    /**
     * The contribution of a numeric pair whose scaled difference is not below 1: 1 (the cap)
     * for two present values or exactly one missing, 0 when both are missing.
     */
    private static double cappedOrMissing(double x, double y) {
        return Double.isNaN(x) && Double.isNaN(y) ? 0 : 1;
    }

    private static boolean equalOrBothMissing(double x, double y) {
        return x == y || (Double.isNaN(x) && Double.isNaN(y));
    }

    int numericWidth() {
        return numericWidth;
    }

    int codeWidth() {
        return codeWidth;
    }

    int exactWidth() {
        return exactWidth;
    }

    double[] scaled() {
        return scaled;
    }

    double[] exact() {
        return exact;
    }

    int[] codes() {
        return codes;
    }
}
