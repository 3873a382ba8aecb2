package org.synthaudit.attacks.inference;

/**
 * When a guess of a numeric secret counts as correct. For numeric columns the tolerance is
 * relative to the true value's magnitude: a guess {@code g} of a true value {@code t} is a hit
 * when {@code |g - t| <= tolerance * |t|} (case C22: a guess of -3 for a true 400 misses, and a
 * guess of the wrong sign never hits). A true value of 0 has no magnitude to scale by; there
 * the guess must lie within {@code tolerance * range}, the range of the column in the real data.
 * Datetime columns have no meaningful zero, so they always use {@code tolerance * range}.
 *
 * @param tolerance the relative tolerance, {@code >= 0}, e.g. 0.05 for 5 %
 * @param range the real range (maximum minus minimum) of the column, {@code >= 0}
 * @param relative true for numeric columns, false for datetime columns
 */
record NumericTolerance(double tolerance, double range, boolean relative) {

    /** Checks the tolerance and the range. */
    NumericTolerance {
        if (!(tolerance >= 0) || !(range >= 0) || Double.isInfinite(tolerance)
                || Double.isInfinite(range)) {
            throw new IllegalArgumentException("tolerance and range must be finite and >= 0, "
                    + "were " + tolerance + " and " + range);
        }
    }

    /**
     * Judges a guess.
     *
     * @param guess the guessed value, {@code NaN} for no guess
     * @param truth the true value, not missing
     * @return true if the guess is within the tolerance of the truth
     */
    boolean hit(double guess, double truth) {
        if (Double.isNaN(guess)) {
            return false;
        }
        double error = Math.abs(guess - truth);
        if (relative && truth != 0) {
            return error <= tolerance * Math.abs(truth);
        }
        return error <= tolerance * range;
    }

    /**
     * The rule in words, for the report.
     *
     * @param column the secret column's name
     * @return one sentence
     */
    String describe(String column) {
        String absolute = tolerance + " x " + range + " (the real range of " + column + ")";
        if (!relative) {
            return "A guess of the datetime secret " + column + " is correct when it lies within "
                    + absolute + " seconds of the true value.";
        }
        return "A guess g of the numeric secret " + column + " with true value t is correct when "
                + "|g - t| <= " + tolerance + " x |t|; when t = 0, when |g| <= " + absolute + ".";
    }
}
