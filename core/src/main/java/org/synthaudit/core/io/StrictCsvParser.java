package org.synthaudit.core.io;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvFormat;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.UnescapedQuoteHandling;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.synthaudit.core.InputException;

/**
 * Splits CSV text into records with the univocity parser (the engine inside Tablesaw), set up to
 * reject what it can and checked for what it lets through.
 *
 * <p>univocity is told to keep the quotes around quoted fields, to raise an error on a quote
 * that is not doubled inside a quoted field, to treat no character as a comment marker and to
 * split lines on line feeds only (a carriage return before it is trimmed as whitespace); its
 * own line-separator detection would read a bare line feed in a CRLF file as part of a value.
 * Each record is then checked here: a quote inside an unquoted field is an error (univocity
 * keeps it as text), an odd number of quote characters in the record's raw text means a quote
 * left open up to the end of the file (univocity closes it silently), and every record must have
 * as many fields as the header. A line that holds only whitespace is skipped before the header;
 * after it, such a line is a missing value in a one-column table and an error in a wider one.
 * Line numbers are counted here from the raw text, so a record's line is the one on which it
 * starts even when quoted fields inside it span several lines.
 */
final class StrictCsvParser {
    /** The widest record accepted. */
    static final int MAX_COLUMNS = 10_000;

    private static final char QUOTE = '"';

    private final Path file;
    private final String text;
    private final List<String[]> rows = new ArrayList<>();
    private int[] lines = new int[16];
    private int position;
    private int line = 1;
    private String[] header;
    private String[] untrimmedHeader;

    private StrictCsvParser(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * The records of a file: the header and the data rows, with the line each row starts on.
     *
     * @param header the header fields, unquoted and trimmed; {@code null} for an empty field
     * @param untrimmedHeader the header fields unquoted but not trimmed, as written
     * @param rows the data rows, each as long as the header
     * @param lines the 1-based line on which each data row starts
     */
    record Records(String[] header, String[] untrimmedHeader, List<String[]> rows,
            int[] lines) {
    }

    /**
     * Parses CSV text.
     *
     * @param file the file the text came from, for messages
     * @param text the text, without a byte-order mark
     * @param delimiter the field separator
     * @return the header and rows; fields are unquoted and trimmed, {@code null} when empty
     * @throws InputException naming the file, line and column of the first malformed record
     */
    static Records parse(Path file, String text, char delimiter) {
        return new StrictCsvParser(file, text).parseAll(delimiter);
    }

    private Records parseAll(char delimiter) {
        CsvParser parser = new CsvParser(settings(delimiter));
        parser.beginParsing(new StringReader(text));
        try {
            String[] raw;
            while ((raw = next(parser)) != null) {
                int start = line;
                int startChar = position;
                int quotes = advance((int) parser.getContext().currentChar());
                accept(raw, start, startChar, quotes, delimiter);
            }
        } finally {
            parser.stopParsing();
        }
        return new Records(header, untrimmedHeader, rows, Arrays.copyOf(lines, rows.size()));
    }

    /**
     * Takes one record: the header, a data row, or a blank line. Blank lines before the header
     * are skipped; after it, a blank line is a record of one empty field (RFC 4180), so it is
     * a missing value in a one-column table and a short row, rejected, in a wider one.
     */
    private void accept(String[] raw, int start, int startChar, int quotes, char delimiter) {
        boolean blank = raw.length == 1 && raw[0] == null;
        if (blank && header == null) {
            return;
        }
        if (blank && header.length > 1) {
            throw new InputException(where(start) + "blank line; expected "
                    + fields(header.length) + " as in the header (a row of empty values is "
                    + "written as separators only)");
        }

        String[] fields = check(raw, start, quotes);
        if (header == null) {
            header = fields;
            untrimmedHeader = untrimmedFields(startChar, position, delimiter);
            return;
        }
        addRow(fields, start);
    }

    private void addRow(String[] fields, int start) {
        lines = add(lines, rows.size(), start);
        rows.add(fields);
    }

    /**
     * Splits an already validated record again, keeping the whitespace univocity trims, so that
     * a renamed column can be reported with the name as written.
     */
    private String[] untrimmedFields(int from, int to, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == QUOTE) {
                if (quoted && i + 1 < to && text.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && (ch == delimiter || ch == '\n')) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (quoted || ch != '\r' || i + 1 >= to || text.charAt(i + 1) != '\n') {
                field.append(ch);
            }
        }
        if (text.charAt(to - 1) != '\n') {
            fields.add(field.toString());
        }
        return fields.toArray(String[]::new);
    }

    private static CsvParserSettings settings(char delimiter) {
        CsvParserSettings settings = new CsvParserSettings();
        CsvFormat format = settings.getFormat();
        format.setDelimiter(delimiter);
        format.setQuote(QUOTE);
        format.setQuoteEscape(QUOTE);
        format.setComment('\0');
        format.setLineSeparator("\n");
        settings.setLineSeparatorDetectionEnabled(false);
        settings.setKeepQuotes(true);
        settings.setUnescapedQuoteHandling(UnescapedQuoteHandling.RAISE_ERROR);
        settings.setMaxColumns(MAX_COLUMNS);
        settings.setMaxCharsPerColumn(-1);
        settings.setSkipEmptyLines(false);
        settings.setNullValue(null);
        settings.setEmptyValue(null);
        settings.setNormalizeLineEndingsWithinQuotes(false);
        settings.setReadInputOnSeparateThread(false);
        settings.setErrorContentLength(0);
        return settings;
    }

    private String[] next(CsvParser parser) {
        try {
            return parser.parseNext();
        } catch (TextParsingException e) {
            throw translate(e);
        }
    }

    /** Moves past the record that ends at {@code end}; returns its count of quote characters. */
    private int advance(int end) {
        int quotes = 0;
        for (int i = position; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == QUOTE) {
                quotes++;
            } else if (ch == '\n') {
                line++;
            }
        }
        position = end;
        return quotes;
    }

    private String[] check(String[] raw, int start, int quotes) {
        String[] fields = new String[raw.length];
        int fieldLine = start;
        for (int k = 0; k < raw.length; k++) {
            fields[k] = unquote(raw[k], fieldLine, k);
            fieldLine += countLineFeeds(raw[k]);
        }
        if (quotes % 2 != 0) {
            throw new InputException(where(start) + "unclosed quote in " + column(raw.length - 1)
                    + "; it runs on to the end of the file");
        }
        if (header != null && fields.length != header.length) {
            String detail = fields.length > header.length
                    ? "column " + (header.length + 1) + " has no header"
                    : "no value for " + column(fields.length);
            throw new InputException(where(start) + "expected " + fields(header.length)
                    + " as in the header, found " + fields.length + ": " + detail);
        }
        return fields;
    }

    private String unquote(String raw, int fieldLine, int index) {
        if (raw == null) {
            return null;
        }
        String value = raw;
        boolean quoted = raw.length() >= 2 && raw.charAt(0) == QUOTE
                && raw.charAt(raw.length() - 1) == QUOTE;
        if (quoted) {
            value = raw.substring(1, raw.length() - 1);
        } else if (raw.indexOf(QUOTE) >= 0 && raw.charAt(0) != QUOTE) {
            throw new InputException(where(fieldLine) + "stray quote in unquoted "
                    + column(index) + "; quote the whole field and double the quote inside it");
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private InputException translate(TextParsingException e) {
        int start = line;
        int column = Math.max(0, e.getColumnIndex());
        if (e.getCause() instanceof ArrayIndexOutOfBoundsException) {
            return new InputException(where(start) + "more than " + MAX_COLUMNS + " fields", e);
        }
        long detected = e.getLineIndex() + 1;
        if (detected > start) {
            return new InputException(where(start) + "unclosed quote in " + column(column)
                    + "; the quoted field runs on to line " + detected, e);
        }
        return new InputException(where(start) + "malformed quoted field in " + column(column)
                + "; a quote inside quotes must be doubled (\"\") and the closing quote must be"
                + " followed by the separator", e);
    }

    private String where(int atLine) {
        return file + ", line " + atLine + ": ";
    }

    private String column(int index) {
        String name = header != null && index < header.length ? header[index] : null;
        return "column " + (index + 1) + (name == null ? "" : " ('" + name + "')");
    }

    private static int countLineFeeds(String value) {
        if (value == null || value.indexOf('\n') < 0) {
            return 0;
        }
        return (int) value.chars().filter(c -> c == '\n').count();
    }

    private static String fields(int count) {
        return count + (count == 1 ? " field" : " fields");
    }

    private static int[] add(int[] lines, int index, int value) {
        int[] out = index < lines.length ? lines : Arrays.copyOf(lines, lines.length * 2);
        out[index] = value;
        return out;
    }
}
