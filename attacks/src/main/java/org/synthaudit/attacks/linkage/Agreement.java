package org.synthaudit.attacks.linkage;

import java.util.Arrays;
import java.util.List;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.distance.RecordDistance;

/**
 * When two values of an attribute agree, the similarity the linkage attack scores with and the
 * test of a disclosed attribute. The attack works on <em>slots</em>: the analysable columns of
 * the schema (identifiers left out, case C09) in schema order.
 *
 * <ul>
 *   <li>numeric and datetime: the values agree when {@code |a - b| <= t * range}, where
 *       {@code t} is the relative tolerance and {@code range} the maximum minus the minimum of
 *       the real values (the scale of {@link RecordDistance}); a column with zero real range
 *       agrees on equal values only (case C06);
 *   <li>categorical and boolean: the codes are equal;
 *   <li>missing values: two missing values agree; a missing and a present value do not.
 * </ul>
 */
final class Agreement {
    private final Schema schema;
    private final int[] columns;
    private final double[] tolerance;
    private final double[] range;
    private final int[] levels;
    private final double relativeTolerance;

    private Agreement(Schema schema, int[] columns, double[] tolerance, double[] range,
            int[] levels, double relativeTolerance) {
        this.schema = schema;
        this.columns = columns;
        this.tolerance = tolerance;
        this.range = range;
        this.levels = levels;
        this.relativeTolerance = relativeTolerance;
    }

    /**
     * Fits the tolerances on the real data.
     *
     * @param real all real records, for the categories of each coded column
     * @param distance the record distance fitted on {@code real}, for the numeric ranges
     * @param relativeTolerance the numeric tolerance as a share of the real range, in [0, 1]
     * @return the agreement rule over every analysable column
     */
    static Agreement fit(Dataset real, RecordDistance distance, double relativeTolerance) {
        Schema schema = real.schema();
        int[] columns = schema.analysable();
        double[] tolerance = new double[columns.length];
        double[] range = new double[columns.length];
        int[] levels = new int[columns.length];
        for (int slot = 0; slot < columns.length; slot++) {
            int column = columns[slot];
            if (schema.column(column).type().isCoded()) {
                levels[slot] = real.vocabulary(column).realSize();
            } else {
                range[slot] = halfRange(real, column, distance.range(column));
                tolerance[slot] = relativeTolerance * range[slot] * 2;
            }
        }
        return new Agreement(schema, columns, tolerance, range, levels, relativeTolerance);
    }

    /**
     * Half the real range of a numeric column, taken as {@code max/2 - min/2} when the range
     * itself overflows a double (values near {@code -1e308} and {@code 1e308}); halving is
     * exact, so the tolerance {@code t * range} stays finite for every {@code t < 1}.
     */
    private static double halfRange(Dataset real, int column, double range) {
        if (Double.isFinite(range)) {
            return range * 0.5;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : real.numericColumn(column)) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max * 0.5 - min * 0.5;
    }

    /**
     * Tells whether two values of a slot agree.
     *
     * @param slot the slot
     * @param a a value (a code as a double for coded columns), {@code NaN} when missing
     * @param b another value of the same slot
     * @return true if they agree under the rule of the class comment
     */
    boolean agree(int slot, double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return Math.abs(a - b) <= tolerance[slot];
    }

    int slots() {
        return columns.length;
    }

    /** The schema position of a slot. */
    int column(int slot) {
        return columns[slot];
    }

    /** The slot of a schema column, or -1 for an identifier column. */
    int slotOf(int column) {
        int slot = Arrays.binarySearch(columns, column);
        return slot >= 0 ? slot : -1;
    }

    boolean coded(int slot) {
        return schema.column(columns[slot]).type().isCoded();
    }

    /** The absolute tolerance of a slot: 0 for coded and zero-range columns. */
    double tolerance(int slot) {
        return tolerance[slot];
    }

    /** Every slot's absolute tolerance, in slot order. */
    double[] tolerances() {
        return tolerance.clone();
    }

    /**
     * Half the real range of a numeric slot, 0 for coded and zero-range columns; halved so that
     * a range wider than the largest double stays finite.
     */
    double halfRange(int slot) {
        return range[slot];
    }

    /** The number of real categories of a coded slot, 0 for numeric slots. */
    int levels(int slot) {
        return levels[slot];
    }

    String name(int slot) {
        return schema.column(columns[slot]).name();
    }

    /** The names of some slots, for notes. */
    List<String> names(int[] slots) {
        return Arrays.stream(slots).mapToObj(this::name).toList();
    }

    /** The rule in words, for the report. */
    String describe() {
        return "Two values agree when: numeric or datetime, they differ by at most "
                + Numbers.percent(relativeTolerance) + " of the column's real range (equal "
                + "values only when the range is zero); categorical or boolean, they are equal; "
                + "both missing agree, one missing does not.";
    }
}
