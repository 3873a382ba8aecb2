package org.synthaudit.core.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file as text, column by column, before any typing: what {@link CsvReader} returns and
 * what {@link TypeInference} and {@link TableEncoder} read.
 *
 * @param file the file it came from, for messages
 * @param header the column names after Unicode NFC normalisation and trimming
 * @param renamed one note per header name that normalisation changed, e.g.
 *     {@code "'café ' read as 'café'"}; empty when none changed
 * @param cells {@code cells[column][row]}, trimmed, {@code null} for a missing value
 * @param lines {@code lines[row]}: the 1-based line of the file on which the row starts
 */
public record CsvTable(Path file, List<String> header, List<String> renamed, String[][] cells,
        int[] lines) {

    /** Freezes the lists. */
    public CsvTable {
        header = List.copyOf(header);
        renamed = List.copyOf(renamed);
    }

    /**
     * The number of data rows.
     *
     * @return the row count
     */
    public int rowCount() {
        return lines.length;
    }

    /**
     * The position of a column by normalised name.
     *
     * @param name the column name
     * @return its position, or -1
     */
    public int columnIndex(String name) {
        return header.indexOf(name);
    }
}
