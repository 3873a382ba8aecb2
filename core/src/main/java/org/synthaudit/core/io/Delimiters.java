package org.synthaudit.core.io;

/** Guesses the field separator of a CSV file from its header line. */
final class Delimiters {
    /** The separators tried, in order of preference when counts tie. */
    static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private Delimiters() {
    }

    /**
     * Picks the candidate separator that occurs most often, outside quotes, in the first record.
     *
     * @param text the file's text
     * @return the separator; a comma when none occurs (a one-column file)
     */
    static char detect(String text) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted) {
                count(ch, counts);
            }
        }

        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    private static void count(char ch, int[] counts) {
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (ch == CANDIDATES[k]) {
                counts[k]++;
            }
        }
    }

    /**
     * Names a separator for messages.
     *
     * @param delimiter the separator
     * @return e.g. {@code ','} or {@code TAB}
     */
    static String describe(char delimiter) {
        return delimiter == '\t' ? "TAB" : "'" + delimiter + "'";
    }
}
