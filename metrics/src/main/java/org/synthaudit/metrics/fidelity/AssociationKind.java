package org.synthaudit.metrics.fidelity;

import org.synthaudit.core.stats.Bounds;

/**
 * The association measure of a pair of columns, chosen by their types (see {@link Association}),
 * and the range of the absolute difference of two such measures.
 */
enum AssociationKind {
    /** Pearson's r of two numeric or datetime columns; a difference lies in [0, 2]. */
    PEARSON("Pearson correlation r", new Bounds(0, 2)),
    /** Bias-corrected Cramér's V of two coded columns; a difference lies in [0, 1]. */
    CRAMERS_V("bias-corrected Cramér's V", Bounds.UNIT),
    /** The correlation ratio eta of a numeric column on a coded one, in [0, 1]. */
    CORRELATION_RATIO("correlation ratio eta", Bounds.UNIT);

    private final String label;
    private final Bounds differenceBounds;

    AssociationKind(String label, Bounds differenceBounds) {
        this.label = label;
        this.differenceBounds = differenceBounds;
    }

    /**
     * The measure for a pair of columns.
     *
     * @param a one column
     * @param b another column
     * @return Cramér's V for two coded columns, Pearson's r for two numeric ones, eta otherwise
     */
    static AssociationKind of(PairColumn a, PairColumn b) {
        if (a.coded() && b.coded()) {
            return CRAMERS_V;
        }
        return a.coded() || b.coded() ? CORRELATION_RATIO : PEARSON;
    }

    /**
     * The measure's name for reports.
     *
     * @return e.g. {@code "Pearson correlation r"}
     */
    String label() {
        return label;
    }

    /**
     * The range of the absolute difference between two values of the measure.
     *
     * @return [0, 2] for Pearson's r, [0, 1] otherwise
     */
    Bounds differenceBounds() {
        return differenceBounds;
    }

    /**
     * Measures the association of a pair in one table.
     *
     * @param a one column
     * @param b another column
     * @param table the table's position in the columns' tables
     * @param rows the table's rows to use and their weights
     * @return the association, {@code NaN} when undefined
     */
    double measure(PairColumn a, PairColumn b, int table, Resample rows) {
        return switch (this) {
            case PEARSON -> Association.pearson(a.values()[table], b.values()[table], rows);
            case CRAMERS_V -> Association.cramersV(a.codes()[table], a.categories(),
                    b.codes()[table], b.categories(), rows);
            case CORRELATION_RATIO -> a.coded()
                    ? Association.correlationRatio(a.codes()[table], a.categories(),
                            b.values()[table], rows)
                    : Association.correlationRatio(b.codes()[table], b.categories(),
                            a.values()[table], rows);
        };
    }

    /**
     * Tells why the association of a pair is undefined in one table.
     *
     * @param a one column
     * @param b another column
     * @param table the table's position
     * @param tableName how messages name the table, e.g. {@code real}
     * @return the reason, e.g. {@code "b is constant in the real data"}
     */
    String undefinedReason(PairColumn a, PairColumn b, int table, String tableName) {
        int rows = a.coded() ? a.codes()[table].length : a.values()[table].length;
        int presentA = 0;
        int presentB = 0;
        int complete = 0;
        int first = -1;
        boolean variesA = false;
        boolean variesB = false;
        for (int i = 0; i < rows; i++) {
            boolean hasA = !a.missing(table, i);
            boolean hasB = !b.missing(table, i);
            presentA += hasA ? 1 : 0;
            presentB += hasB ? 1 : 0;
            if (hasA && hasB) {
                complete++;
                if (first < 0) {
                    first = i;
                } else {
                    variesA |= !a.same(table, i, first);
                    variesB |= !b.same(table, i, first);
                }
            }
        }
        String where = " in the " + tableName + " data";
        if (presentA == 0 || presentB == 0) {
            return (presentA == 0 ? a : b).name() + " is all missing" + where;
        }
        if (complete < 2) {
            return "fewer than 2 rows have both " + a.name() + " and " + b.name() + where;
        }
        if (!variesA || !variesB) {
            return (!variesA ? a : b).name() + " is constant" + where;
        }
        return "too many categories for the " + complete + " rows" + where + " to correct "
                + "Cramér's V for bias";
    }
}
