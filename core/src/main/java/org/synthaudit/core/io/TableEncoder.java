package org.synthaudit.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

/**
 * Encodes a {@link CsvTable} into a columnar dataset over an audit's schema and shared
 * dictionary. Columns are matched by name, so a file may order its columns differently; columns
 * of the table that the schema lacks are ignored (the caller reports them).
 *
 * <p>Numeric cells become {@code double}; datetime cells seconds since the epoch (UTC); boolean
 * cells the labels {@code true} and {@code false}; categorical cells codes of the column's shared
 * {@link Vocabulary}, so one label gets one code in every table of the audit; identifier cells
 * stay text. A category the real data lacks (a code at or above {@link Vocabulary#realSize()}
 * once the real table has been encoded and {@link Dictionary#freezeReal()} called) is added to
 * the vocabulary and counted.
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
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(name, "name");
        int[] source = sourceColumns(table, schema);

        Dataset.Builder builder = Dataset.builder(name, schema, dictionary, table.rowCount());
        Map<String, Integer> unseen = new HashMap<>();
        for (int c = 0; c < schema.size(); c++) {
            ColumnSpec spec = schema.column(c);
            String[] cells = table.cells()[source[c]];
            switch (spec.type()) {
                case NUMERIC -> builder.numeric(c, numbers(table, spec, cells));
                case DATETIME -> builder.numeric(c, datetimes(table, spec, cells));
                case BOOLEAN, CATEGORICAL -> {
                    Vocabulary vocabulary = dictionary.vocabulary(spec.name());
                    int[] codes = codes(table, spec, cells, vocabulary);
                    int count = countUnseen(codes, vocabulary.realSize());
                    if (count > 0) {
                        unseen.put(spec.name(), count);
                    }
                    builder.codes(c, codes);
                }
                case IDENTIFIER -> builder.text(c, cells.clone());
            }
        }
        return new LoadedTable(builder.build(), unseen);
    }

    /**
     * The columns of a table that the schema lacks, which encoding ignores.
     *
     * @param table a parsed file
     * @param schema the audit's schema
     * @return the names in file order, possibly none
     */
    public static List<String> extraColumns(CsvTable table, Schema schema) {
        return table.header().stream().filter(n -> schema.indexOf(n).isEmpty()).toList();
    }

    /**
     * The schema columns a table lacks, which make {@link #encode} fail.
     *
     * @param table a parsed file
     * @param schema the audit's schema
     * @return the names in schema order, possibly none
     */
    public static List<String> missingColumns(CsvTable table, Schema schema) {
        return schema.names().stream().filter(n -> table.columnIndex(n) < 0).toList();
    }

    private static int[] sourceColumns(CsvTable table, Schema schema) {
        int[] source = new int[schema.size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < schema.size(); c++) {
            source[c] = table.columnIndex(schema.column(c).name());
            if (source[c] < 0) {
                missing.add("'" + schema.column(c).name() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(table.file() + ": "
                    + (missing.size() == 1 ? "column " + missing.getFirst() + " is"
                            : "columns " + String.join(", ", missing) + " are")
                    + " missing; the schema of the audit has " + String.join(", ",
                            schema.names()));
        }
        return source;
    }

    private static double[] numbers(CsvTable table, ColumnSpec spec, String[] cells) {
        double[] values = new double[cells.length];
        for (int r = 0; r < cells.length; r++) {
            if (cells[r] == null) {
                values[r] = Double.NaN;
                continue;
            }
            values[r] = Numbers.parse(cells[r]);
            if (Double.isNaN(values[r])) {
                throw ColumnChecks.badValue(table, r, spec.name(), cells[r],
                        "a number (the column is numeric)");
            }
        }
        return values;
    }

    private static double[] datetimes(CsvTable table, ColumnSpec spec, String[] cells) {
        DateTimes.Parser parser = ColumnChecks.parser(spec.name(), spec.format());
        double[] values = new double[cells.length];
        for (int r = 0; r < cells.length; r++) {
            if (cells[r] == null) {
                values[r] = Double.NaN;
                continue;
            }
            values[r] = parser.epochSeconds(cells[r]);
            if (Double.isNaN(values[r])) {
                throw ColumnChecks.badValue(table, r, spec.name(), cells[r], "a date-time in "
                        + (spec.format() == null ? DateTimes.ISO_MIXED : spec.format())
                        + " format (the column is datetime)");
            }
        }
        return values;
    }

    private static int[] codes(CsvTable table, ColumnSpec spec, String[] cells,
            Vocabulary vocabulary) {
        boolean bool = spec.type() == ColumnType.BOOLEAN;
        Map<String, Integer> cache = new HashMap<>();
        int[] codes = new int[cells.length];
        for (int r = 0; r < cells.length; r++) {
            String cell = cells[r];
            if (cell == null) {
                codes[r] = Vocabulary.MISSING;
                continue;
            }
            Integer code = cache.get(cell);
            if (code == null) {
                String label = bool ? Booleans.parse(cell) : cell;
                if (label == null) {
                    throw ColumnChecks.badValue(table, r, spec.name(), cell,
                            ColumnChecks.BOOLEAN_EXPECTED + " (the column is boolean)");
                }
                code = vocabulary.encode(label);
                cache.put(cell, code);
            }
            codes[r] = code;
        }
        return codes;
    }

    private static int countUnseen(int[] codes, int realSize) {
        int count = 0;
        for (int code : codes) {
            if (code >= realSize) {
                count++;
            }
        }
        return count;
    }
}
