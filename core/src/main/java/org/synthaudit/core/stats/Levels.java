package org.synthaudit.core.stats;

import org.apache.commons.math3.special.Erf;

/** Checks of confidence levels and the standard normal quantiles they need. */
final class Levels {
    private Levels() {
    }

    /**
     * Checks a two-sided confidence level.
     *
     * @param level the level, in (0, 1)
     * @throws IllegalArgumentException if the level is outside (0, 1)
     */
    static void check(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was "
                    + level);
        }
    }

    /**
     * The two-sided standard normal critical value of a level: the {@code (1 + level) / 2}
     * quantile, e.g. 1.959964 for 0.95.
     *
     * @param level the confidence level, in (0, 1)
     * @return z, {@code > 0}
     */
    static double z(double level) {
        check(level);
        return Math.sqrt(2) * Erf.erfInv(level);
    }

    /**
     * A level or a rate as a percentage for messages, e.g. {@code 95%} or {@code 0.1%}.
     *
     * @param level the level or rate
     * @return the text, with at most 6 significant digits
     */
    static String percent(double level) {
        return new java.math.BigDecimal(level * 100)
                .round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString() + "%";
    }
}
