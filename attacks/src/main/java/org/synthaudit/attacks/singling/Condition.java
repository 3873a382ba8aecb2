package org.synthaudit.attacks.singling;

/**
 * One term of a singling-out predicate, on one column of a {@link ColumnStore}.
 *
 * @param column the column's position in the store
 * @param kind the comparison
 * @param low the category code for {@link Kind#CODE}, the bound for {@link Kind#AT_MOST} and
 *     {@link Kind#AT_LEAST}, the lower end for {@link Kind#WITHIN}; unused for
 *     {@link Kind#MISSING}
 * @param high the upper end for {@link Kind#WITHIN}, otherwise equal to {@code low}
 */
record Condition(int column, Kind kind, double low, double high) {

    /** The comparisons a term can make. */
    enum Kind {
        /** A categorical value equals a code. */
        CODE,
        /** The value is missing. */
        MISSING,
        /** A numeric value is at most {@code low}. */
        AT_MOST,
        /** A numeric value is at least {@code low}. */
        AT_LEAST,
        /** A numeric value lies in {@code [low, high]}. */
        WITHIN
    }

    /**
     * A categorical term.
     *
     * @param column the column
     * @param code the code
     * @return the term
     */
    static Condition code(int column, int code) {
        return new Condition(column, Kind.CODE, code, code);
    }

    /**
     * A missing-value term.
     *
     * @param column the column
     * @return the term
     */
    static Condition missing(int column) {
        return new Condition(column, Kind.MISSING, 0, 0);
    }

    /**
     * A numeric term of one of the bound kinds.
     *
     * @param column the column
     * @param kind {@link Kind#AT_MOST}, {@link Kind#AT_LEAST} or {@link Kind#WITHIN}
     * @param low the bound or lower end
     * @param high the upper end for {@link Kind#WITHIN}
     * @return the term
     */
    static Condition numeric(int column, Kind kind, double low, double high) {
        return new Condition(column, kind, low, high);
    }
}
