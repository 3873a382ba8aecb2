package org.synthaudit.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;

/**
 * Writes a dataset as CSV text that {@link CsvReader} and {@link TableEncoder} read back into
 * the same values: comma-separated, quoted where needed, missing values empty, LF line endings.
 *
 * <p>Numbers are written in their shortest form ({@code 34}, {@code 2.5}); datetime values in
 * their column's pattern when the schema has one (the pattern inferred from the real values,
 * such as {@code yyyy-MM-dd HH:mm:ss}, or the one the configuration declares), a midnight
 * without the optional time section of a pattern such as {@code yyyy-MM-dd[ HH:mm:ss]}; in a
 * column named by its ISO-8601 form, as ISO-8601 dates ({@code 2010-02-23}) when the column
 * holds dates and the value is a midnight, and as ISO-8601 instants
 * ({@code 2014-08-11T07:46:59Z}) otherwise; categories and booleans as their labels;
 * identifiers as their text.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /**
     * Renders a dataset as CSV.
     *
     * @param data the table; identifier columns a generator left missing come out empty
     * @return the CSV text with a header line and LF line endings
     */
    public static String render(Dataset data) {
        StringBuilder out = new StringBuilder();
        try {
            append(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes a dataset to a CSV file in UTF-8, replacing the file.
     *
     * @param data the table
     * @param file the file to write
     * @throws IOException if the file cannot be written
     */
    public static void write(Dataset data, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            append(data, out);
        }
    }

    private static void append(Dataset data, Appendable out) throws IOException {
        List<ColumnSpec> columns = data.schema().columns();
        DateTimeFormatter[][] patterns = new DateTimeFormatter[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            out.append(c == 0 ? "" : ",").append(quote(columns.get(c).name()));
            patterns[c] = pattern(columns.get(c));
        }
        out.append('\n');
        for (int r = 0; r < data.rowCount(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                String value = cell(data, c, r, patterns[c]);
                out.append(c == 0 ? "" : ",").append(value == null ? "" : quote(value));
            }
            out.append('\n');
        }
    }

    private static String cell(Dataset data, int column, int row, DateTimeFormatter[] pattern) {
        if (data.schema().column(column).type() != ColumnType.DATETIME
                || data.isMissing(column, row)) {
            return data.format(column, row);
        }
        double seconds = data.numeric(column, row);
        Instant instant = Instant.ofEpochMilli(Math.round(seconds * 1000));
        boolean midnight = seconds % 86_400 == 0;
        if (pattern != null) {
            try {
                return (midnight ? pattern[1] : pattern[0]).format(instant);
            } catch (DateTimeException e) {
                return instant.toString();
            }
        }
        String format = data.schema().column(column).format();
        if ((DateTimes.ISO_DATE.equals(format) || DateTimes.ISO_MIXED.equals(format))
                && midnight) {
            return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        return instant.toString();
    }

    /**
     * The formatters of a column: for any value, and for a midnight. A pattern whose time is an
     * optional section ({@code yyyy-MM-dd[ HH:mm:ss]}, a column of dates and date-times) writes
     * a midnight as the date alone and other values with the time.
     *
     * @return the two formatters, or {@code null} when the column has no pattern
     */
    private static DateTimeFormatter[] pattern(ColumnSpec column) {
        String format = column.format();
        if (column.type() != ColumnType.DATETIME || format == null || DateTimes.isIso(format)) {
            return null;
        }
        int optional = format.indexOf('[');
        boolean dateOrTime = optional > 0 && format.endsWith("]")
                && format.indexOf('[', optional + 1) < 0;
        try {
            DateTimeFormatter any = formatter(dateOrTime
                    ? format.substring(0, optional) + format.substring(optional + 1,
                            format.length() - 1) : format);
            return new DateTimeFormatter[] {any,
                dateOrTime ? formatter(format.substring(0, optional)) : any};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC);
    }

    /**
     * Quotes a field when it holds a comma, a quote, a line break or surrounding blanks, or is
     * empty (an empty unquoted field is a missing value).
     *
     * @param field the field text
     * @return the field as it goes into the file
     */
    static String quote(String field) {
        boolean needs = field.isEmpty() || field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
                || !field.equals(field.strip());
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
