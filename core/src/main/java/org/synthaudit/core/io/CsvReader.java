package org.synthaudit.core.io;

import java.nio.file.Path;

/** Reads CSV files through Tablesaw into {@link CsvTable}s, strictly. */
public final class CsvReader {
    private CsvReader() {
    }

    /**
     * Reads a CSV file. A UTF-8 byte-order mark is skipped; quoted fields may hold separators and
     * line breaks.
     *
     * @param file the file
     * @param options delimiter and missing-value tokens
     * @return the table
     * @throws org.synthaudit.core.InputException for a missing, unreadable or empty file, a header
     *     without rows, duplicate column names, an unclosed quote, a stray quote in an unquoted
     *     field or a row whose field count differs from the header's; the message names the file
     *     and the line (and column where there is one)
     */
    public static CsvTable read(Path file, CsvOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
