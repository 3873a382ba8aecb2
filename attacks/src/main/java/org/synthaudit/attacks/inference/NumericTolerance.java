package org.synthaudit.attacks.inference;

/**
 * When a guess of a numeric secret counts as correct. For numeric columns the tolerance is
 * relative to the true value's magnitude: a guess {@code g} of a true value {@code t} is a hit
 * when {@code |g - t| <= tolerance * |t|} (case C22: a guess of -3 for a true 400 misses, and a
 * guess of the wrong sign never hits). A true value of 0 has no magnitude to scale by; there
 * the guess must lie within {@code tolerance * range}, the range of the column in the real data.
 * Datetime columns have no meaningful zero, so they always use {@code tolerance * range}.
 * The range rule is checked on halved values, {@code |g/2 - t/2| <= tolerance * range/2}:
 * halving is exact, and a real range wider than the largest double (values near
 * {@code -1e308} and {@code 1e308}) still has a finite half.
 *
 * @param tolerance the relative tolerance, {@code >= 0}, e.g. 0.05 for 5 %
 * @param halfRange half the real range of the column, {@code max/2 - min/2}, {@code >= 0}
 * @param relative true for numeric columns, false for datetime columns
 */
record NumericTolerance(double tolerance, double halfRange, boolean relative) {

    /** Checks the tolerance and the range. */
    NumericTolerance {
        if (!(tolerance >= 0) || !(halfRange >= 0) || Double.isInfinite(tolerance)
                || Double.isInfinite(halfRange)) {
            throw new IllegalArgumentException("tolerance and half range must be finite and "
                    + ">= 0, were " + tolerance + " and " + halfRange);
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
        if (relative && truth != 0) {
            return Math.abs(guess - truth) <= tolerance * Math.abs(truth);
        }
        return Math.abs(guess * 0.5 - truth * 0.5) <= tolerance * halfRange;
    }

    /**
     * The rule in words, for the report.
     *
     * @param column the secret column's name
     * @return one sentence
     */
    String describe(String column) {
        double range = halfRange * 2;
        String absolute = tolerance + " x " + (Double.isFinite(range) ? range : "2 x "
                + halfRange) + " (the real range of " + column + ")";
        if (!relative) {
            return "A guess of the datetime secret " + column + " is correct when it lies within "
                    + absolute + " seconds of the true value.";
        }
        return "A guess g of the numeric secret " + column + " with true value t is correct when "
                + "|g - t| <= " + tolerance + " x |t|; when t = 0, when |g| <= " + absolute + ".";
    }
}
