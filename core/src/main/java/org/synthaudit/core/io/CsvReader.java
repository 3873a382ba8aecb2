package org.synthaudit.core.io;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.synthaudit.core.InputException;

/**
 * Reads CSV files (RFC 4180, UTF-8) into {@link CsvTable}s, strictly: a file is either read
 * exactly as written or rejected with a message naming the line and column, never split in the
 * wrong places.
 *
 * <p>Parsing is done by univocity-parsers, the engine Tablesaw's own CSV reader runs on, used
 * directly through Tablesaw's dependency. Tablesaw's reader configures its univocity parser
 * privately: it reads a stray quote inside an unquoted field ({@code 15" screen}) as text, lets
 * a quote left open swallow the rest of the file, and reports no line numbers. Here univocity is
 * configured strictly and the records it returns are checked for what it still lets through
 * (see the package-private {@code StrictCsvParser}).
 *
 * <p>What is read: an optional UTF-8 byte-order mark; a header line whose separator (comma,
 * semicolon, tab or pipe) is detected unless the options fix it; fields quoted with {@code "},
 * which may hold separators, doubled quotes and line breaks. Lines that hold only whitespace are
 * skipped before the header; after it, a blank line is a record of one empty field (RFC 4180):
 * a missing value in a one-column file, and in a wider file a short row, which is rejected with
 * its line. Column names are trimmed and normalised to Unicode NFC, so a name typed in NFC in one
 * file and NFD in another matches; every name that changed is listed in
 * {@link CsvTable#renamed()}. Cells are trimmed; an empty cell or a missing-value token is
 * {@code null}.
 */
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
     *     without rows, a NUL character, duplicate column names, an unclosed quote, a stray
     *     quote in an unquoted field or a row (a blank line included) whose field count differs
     *     from the header's; the message names the file and the line (and column where there
     *     is one)
     */
    public static CsvTable read(Path file, CsvOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String text = TextFiles.read(file);
        if (text.isBlank()) {
            throw new InputException(file + ": has no header line, only blank lines");
        }

        rejectNul(file, text);
        char delimiter = options.delimiter() != 0 ? options.delimiter() : Delimiters.detect(text);
        StrictCsvParser.Records records = StrictCsvParser.parse(file, text, delimiter);
        List<String> renamed = new ArrayList<>();
        String[] asWritten = records.untrimmedHeader();
        if (asWritten == null || asWritten.length != records.header().length) {
            asWritten = records.header();
        }
        List<String> header = normaliseHeader(file, records.header(), asWritten, renamed);
        if (records.rows().isEmpty()) {
            throw new InputException(file + ": has a header but no data rows");
        }

        String[][] cells = columns(records.rows(), header.size(), options.missingTokens());
        return new CsvTable(file, header, renamed, cells, records.lines());
    }

    /**
     * Rejects a NUL character: it is no text, and the CSV parser would take a line that starts
     * with one for a comment and drop it without a word.
     */
    private static void rejectNul(Path file, String text) {
        int at = text.indexOf('\0');
        if (at >= 0) {
            long line = 1 + text.substring(0, at).chars().filter(c -> c == '\n').count();
            throw new InputException(file + ", line " + line + ": holds a NUL character "
                    + "(code 0); a CSV file is text and may not contain one");
        }
    }

    private static List<String> normaliseHeader(Path file, String[] raw, String[] asWritten,
            List<String> renamed) {
        List<String> names = new ArrayList<>(raw.length);
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < raw.length; k++) {
            if (raw[k] == null) {
                throw new InputException(file + ", line 1: column " + (k + 1) + " has no name");
            }
            String name = normaliseName(raw[k]);
            if (!name.equals(asWritten[k])) {
                renamed.add(describeRename(asWritten[k], name));
            }
            Integer earlier = seen.putIfAbsent(name, k);
            if (earlier != null) {
                throw new InputException(file + ", line 1: columns " + (earlier + 1) + " and "
                        + (k + 1) + " are both named '" + name + "'"
                        + (asWritten[earlier].equals(asWritten[k]) ? "" : " after normalising")
                        + "; column names must be unique");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * Normalises a column name the way the header is read: Unicode NFC, then trimmed.
     *
     * @param name a column name as written in a file or a configuration
     * @return the normalised name
     */
    static String normaliseName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    private static String describeRename(String raw, String name) {
        String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
        List<String> why = new ArrayList<>();
        if (!composed.equals(raw)) {
            why.add("Unicode NFC");
        }
        if (!composed.strip().equals(composed)) {
            why.add("trimmed");
        }
        if (!composed.strip().equals(name)) {
            // The parser also trims control characters at either end, which strip() keeps.
            why.add("control characters at the ends removed");
        }
        return "'" + raw + "' read as '" + name + "' (" + String.join(", ", why) + ")";
    }

    private static String[][] columns(List<String[]> rows, int width, Set<String> missing) {
        String[][] cells = new String[width][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < width; c++) {
                String value = row[c];
                cells[c][r] = value == null || missing.contains(value) ? null : value;
            }
        }
        return cells;
    }
}
