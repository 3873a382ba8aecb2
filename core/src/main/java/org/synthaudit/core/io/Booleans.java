package org.synthaudit.core.io;

import java.util.Locale;

/**
 * The spellings of true and false a boolean column may use: {@code true/false}, {@code yes/no},
 * {@code t/f} and {@code y/n} in any case. When a column is declared boolean, {@code 1/0} are
 * accepted too; inference never reads 0/1 as boolean, since small integers are counts as often
 * as flags.
 */
final class Booleans {
    /** The label of a true value in the shared vocabulary. */
    static final String TRUE = "true";
    /** The label of a false value in the shared vocabulary. */
    static final String FALSE = "false";

    private Booleans() {
    }

    /**
     * Reads a word spelling of true or false.
     *
     * @param text a trimmed cell
     * @return {@code TRUE}, {@code FALSE}, or {@code null} when the text is no such word
     */
    static String parseWord(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "t", "y" -> TRUE;
            case "false", "no", "f", "n" -> FALSE;
            default -> null;
        };
    }

    /**
     * Reads a cell of a column known to be boolean: a word spelling or 1/0.
     *
     * @param text a trimmed cell
     * @return {@code TRUE}, {@code FALSE}, or {@code null} when the text is neither
     */
    static String parse(String text) {
        return switch (text) {
            case "1" -> TRUE;
            case "0" -> FALSE;
            default -> parseWord(text);
        };
    }
}
