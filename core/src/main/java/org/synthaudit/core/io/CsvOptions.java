package org.synthaudit.core.io;

import java.util.Set;

/**
 * How to read a CSV file.
 *
 * @param delimiter the field separator, or {@code 0} to detect it from the header line
 *     (comma, semicolon, tab or pipe)
 * @param missingTokens cell values read as missing, compared after trimming; an empty cell is
 *     always missing
 */
public record CsvOptions(char delimiter, Set<String> missingTokens) {
    /** The tokens read as missing when the configuration names none. */
    public static final Set<String> DEFAULT_MISSING = Set.of("", "NA", "N/A", "NaN", "null",
            "NULL", "?");

    /**
     * Checks the delimiter, trims the tokens and freezes the token set.
     *
     * @throws IllegalArgumentException if the delimiter is a quote or a line break
     */
    public CsvOptions {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("CSV delimiter must not be a quote or a line"
                    + " break, was " + (int) delimiter);
        }
        missingTokens = missingTokens.stream().map(String::strip)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Detected delimiter and the default missing tokens.
     *
     * @return the defaults
     */
    public static CsvOptions defaults() {
        return new CsvOptions((char) 0, DEFAULT_MISSING);
    }
}
