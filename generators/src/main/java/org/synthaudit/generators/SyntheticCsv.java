package org.synthaudit.generators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.io.CsvReader;
import org.synthaudit.core.io.CsvTable;
import org.synthaudit.core.io.LoadedTable;
import org.synthaudit.core.io.TableEncoder;

/**
 * Reads a synthetic CSV file made by another program into a table of the audit's schema, with
 * the checks release mode applies to synthetic files: every column but the identifiers must be
 * there (matched by name after Unicode normalisation and trimming, in any order), each value
 * must parse as its column's type, and the categories the real data lacks, the extra columns
 * and the renamed headers are counted and described.
 *
 * <p>Identifier columns may be absent; present or not, they come out missing, as in every
 * synthetic table.
 */
final class SyntheticCsv {
    private SyntheticCsv() {
    }

    /**
     * A synthetic file read against the audit's schema.
     *
     * @param table the encoded table
     * @param notes one sentence per difference from the real data (extra columns, renamed
     *     headers, unseen categories), in a stable order
     */
    record Read(Dataset table, List<String> notes) {
        /** Freezes the notes. */
        Read {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Reads and encodes a synthetic file.
     *
     * @param file the CSV file
     * @param schema the audit's schema
     * @param dictionary the audit's shared dictionary, with the real data already frozen
     * @param options the delimiter and missing-value tokens
     * @param name the table's name, e.g. {@code synthetic}
     * @param owner the plug-in, for messages, e.g. {@code generator files}
     * @return the table and the notes
     * @throws InputException if the file cannot be read, lacks a column that is not an
     *     identifier, or holds a value that does not parse; the message names the file and the
     *     column
     */
    static Read read(Path file, Schema schema, Dictionary dictionary, CsvOptions options,
            String name, String owner) {
        CsvTable csv = prefixed(owner, () -> CsvReader.read(file, options));
        requireColumns(csv, schema, owner);
        CsvTable blanked = withoutIdentifiers(csv, schema);
        LoadedTable loaded = prefixed(owner, () -> TableEncoder.encode(blanked, schema,
                dictionary, name));
        return new Read(loaded.dataset(), notes(csv, schema, loaded));
    }

    private static void requireColumns(CsvTable csv, Schema schema, String owner) {
        for (ColumnSpec column : schema.columns()) {
            if (column.type() != ColumnType.IDENTIFIER && csv.columnIndex(column.name()) < 0) {
                throw new InputException(owner + ": " + csv.file() + " has no column '"
                        + column.name() + "'; a synthetic file needs every column of the real "
                        + "data but the identifiers (" + String.join(", ",
                                nonIdentifiers(schema)) + ")");
            }
        }
    }

    private static List<String> nonIdentifiers(Schema schema) {
        return schema.columns().stream().filter(c -> c.type() != ColumnType.IDENTIFIER)
                .map(ColumnSpec::name).toList();
    }

    /** The table with every identifier column present and empty. */
    private static CsvTable withoutIdentifiers(CsvTable csv, Schema schema) {
        List<String> header = new ArrayList<>(csv.header());
        List<String[]> cells = new ArrayList<>(Arrays.asList(csv.cells()));
        for (int c : schema.identifiers()) {
            String name = schema.column(c).name();
            int index = csv.columnIndex(name);
            if (index >= 0) {
                cells.set(index, new String[csv.rowCount()]);
            } else {
                header.add(name);
                cells.add(new String[csv.rowCount()]);
            }
        }
        return new CsvTable(csv.file(), header, csv.renamed(),
                cells.toArray(new String[0][]), csv.lines());
    }

    private static List<String> notes(CsvTable csv, Schema schema, LoadedTable loaded) {
        List<String> notes = new ArrayList<>();
        List<String> extra = TableEncoder.extraColumns(csv, schema);
        if (!extra.isEmpty()) {
            notes.add(csv.file().getFileName() + ": column" + (extra.size() > 1 ? "s " : " ")
                    + String.join(", ", extra.stream().map(n -> "'" + n + "'").toList())
                    + " not in the real data, ignored");
        }
        csv.renamed().forEach(r -> notes.add(csv.file().getFileName() + ": header " + r));
        Map<String, Integer> unseen = new TreeMap<>(loaded.unseenCategories());
        unseen.forEach((column, count) -> notes.add(csv.file().getFileName() + ": " + count
                + " values of '" + column + "' are categories the real data does not have"));
        return notes;
    }

    private static <T> T prefixed(String owner, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InputException e) {
            throw new InputException(owner + ": " + e.getMessage(), e);
        }
    }
}
