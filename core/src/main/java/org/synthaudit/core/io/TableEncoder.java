package org.synthaudit.core.io;

import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;

/**
 * Encodes a {@link CsvTable} into a columnar dataset over an audit's schema and shared
 * dictionary. Columns of the table that the schema lacks are ignored (the caller reports them).
 */
public final class TableEncoder {
    private TableEncoder() {
    }

    /**
     * Encodes a table.
     *
     * @param table the parsed file
     * @param schema the audit's schema
     * @param dictionary the audit's shared dictionary; encode the real table first, then call
     *     {@link Dictionary#freezeReal()}, then the others
     * @param name the table's name, e.g. {@code real} or {@code synthetic}
     * @return the dataset and the counts of categories the real data lacks
     * @throws org.synthaudit.core.InputException if a schema column is absent from the file, or a
     *     value does not parse as its column's type; the message names file, line, column and
     *     value
     */
    public static LoadedTable encode(CsvTable table, Schema schema, Dictionary dictionary,
            String name) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
