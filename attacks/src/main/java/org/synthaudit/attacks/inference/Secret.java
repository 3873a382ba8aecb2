package org.synthaudit.attacks.inference;

import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Vocabulary;

/**
 * A secret column and how a guess of it is judged: categorical and boolean secrets by equality
 * of codes, numeric and datetime secrets within a {@link NumericTolerance}. Values are handled
 * as {@code double}: a category code, or the number; {@code NaN} when missing.
 *
 * @param column the column position
 * @param name the column name
 * @param tolerance the rule for numeric and datetime secrets, {@code null} for coded ones
 */
record Secret(int column, String name, NumericTolerance tolerance) {

    /**
     * Describes a secret column.
     *
     * @param real all real records, whose range scales the tolerance
     * @param column the column position
     * @param tolerance the relative tolerance for numeric secrets
     * @return the secret
     */
    static Secret of(Dataset real, int column, double tolerance) {
        ColumnType type = real.schema().column(column).type();
        String name = real.schema().column(column).name();
        if (type.isCoded()) {
            return new Secret(column, name, null);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : real.numericColumn(column)) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double halfRange = max >= min ? max * 0.5 - min * 0.5 : 0;
        return new Secret(column, name, new NumericTolerance(tolerance, halfRange,
                type == ColumnType.NUMERIC));
    }

    /**
     * Tells whether the secret is numeric or datetime.
     *
     * @return true when guesses are judged within a tolerance
     */
    boolean numeric() {
        return tolerance != null;
    }

    /**
     * The secret's values in a table.
     *
     * @param table a table of the audit
     * @return one value per row: a code or a number, {@code NaN} when missing
     */
    double[] values(Dataset table) {
        if (numeric()) {
            return table.numericColumn(column);
        }
        int[] codes = table.codeColumn(column);
        double[] values = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            values[i] = codes[i] == Vocabulary.MISSING ? Double.NaN : codes[i];
        }
        return values;
    }

    /**
     * Judges a guess.
     *
     * @param guess the guessed value, {@code NaN} for no guess
     * @param truth the true value, not missing
     * @return true if the guess counts as correct
     */
    boolean hit(double guess, double truth) {
        return numeric() ? tolerance.hit(guess, truth) : guess == truth;
    }

    /**
     * The rows of a table where the secret is known.
     *
     * @param values the secret's values in the table
     * @return the rows with a value, ascending
     */
    static int[] known(double[] values) {
        return java.util.stream.IntStream.range(0, values.length)
                .filter(i -> !Double.isNaN(values[i])).toArray();
    }
}
