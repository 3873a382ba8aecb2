package org.synthaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.InputException;

class CsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static CsvTable read(Path file) {
        return CsvReader.read(file, CsvOptions.defaults());
    }

    private static InputException failure(Path file) {
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @Nested
    class Read {
        @Test
        void readsHeaderCellsAndLines() throws IOException {
            Path file = write("plain.csv", "age,plan\n34,gold\n51,basic\n");

            CsvTable table = read(file);

            assertEquals(List.of("age", "plan"), table.header());
            assertEquals(2, table.rowCount());
            assertArrayEquals(new String[] {"34", "51"}, table.cells()[0]);
            assertArrayEquals(new String[] {"gold", "basic"}, table.cells()[1]);
            assertArrayEquals(new int[] {2, 3}, table.lines());
            assertEquals(file, table.file());
            assertTrue(table.renamed().isEmpty());
        }

        @Test
        void trimsCellsAndReadsEmptyCellsAndMissingTokensAsNull() throws IOException {
            Path file = write("missing.csv", "a,b,c\n 1 ,\" x \",?\n,NA,\"\"\n");

            CsvTable table = read(file);

            assertArrayEquals(new String[] {"1", null}, table.cells()[0]);
            assertArrayEquals(new String[] {"x", null}, table.cells()[1]);
            assertArrayEquals(new String[] {null, null}, table.cells()[2]);
        }

        @Test
        void usesOnlyTheConfiguredMissingTokens() throws IOException {
            Path file = write("tokens.csv", "a,b\n?,-\n");

            CsvTable table = CsvReader.read(file, new CsvOptions((char) 0, Set.of(" - ")));

            assertEquals("?", table.cells()[0][0]);
            assertNull(table.cells()[1][0]);
        }

        @Test
        void readsQuotedFieldsWithEmbeddedCrlfAndCountsLinesFromTheirStart()
                throws IOException {
            Path file = write("crlf.csv",
                    "id,note\r\n1,\"first\r\nsecond\"\r\n2,\"a, b\"\r\n3,\"say \"\"hi\"\"\"\r\n");

            CsvTable table = read(file);

            assertArrayEquals(new String[] {"1", "2", "3"}, table.cells()[0]);
            assertArrayEquals(new String[] {"first\r\nsecond", "a, b", "say \"hi\""},
                    table.cells()[1]);
            assertArrayEquals(new int[] {2, 4, 5}, table.lines());
        }

        @Test
        void readsAByteOrderMarkAndSemicolons() throws IOException {
            byte[] body = "age;plan\n34;gold\n51;basic\n".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
            Path file = Files.write(dir.resolve("bom.csv"), bytes);

            CsvTable table = read(file);

            assertEquals(List.of("age", "plan"), table.header());
            assertArrayEquals(new String[] {"gold", "basic"}, table.cells()[1]);
        }

        @Test
        void detectsTabAndPipeSeparators() throws IOException {
            CsvTable tabs = read(write("tabs.tsv", "a\tb\tc\n1\t\t3\n"));
            CsvTable pipes = read(write("pipes.csv", "a|b\n1|x,y\n"));

            assertEquals(List.of("a", "b", "c"), tabs.header());
            assertArrayEquals(new String[] {"1"}, tabs.cells()[0]);
            assertArrayEquals(new String[] {null}, tabs.cells()[1]);
            assertArrayEquals(new String[] {"x,y"}, pipes.cells()[1]);
        }

        @Test
        void ignoresSeparatorsInsideQuotedHeaderNamesWhenDetecting() throws IOException {
            CsvTable table = read(write("quoted-header.csv", "\"a,b\";c\n1;2\n"));

            assertEquals(List.of("a,b", "c"), table.header());
        }

        @Test
        void usesTheConfiguredDelimiter() throws IOException {
            Path file = write("fixed.csv", "a;b,c\n1;2,3\n");

            CsvTable table = CsvReader.read(file, new CsvOptions(',', CsvOptions.DEFAULT_MISSING));

            assertEquals(List.of("a;b", "c"), table.header());
        }

        @Test
        void normalisesColumnNamesToNfcTrimmedAndListsEachChange() throws IOException {
            String nfd = Normalizer.normalize("café", Normalizer.Form.NFD);
            Path composed = write("nfc.csv", "café,plan\n1,gold\n");
            Path decomposed = write("nfd.csv", nfd + ",plan \n1,gold\n");

            CsvTable first = read(composed);
            CsvTable second = read(decomposed);

            assertEquals(first.header(), second.header());
            assertEquals(0, second.columnIndex("café"));
            assertEquals(List.of("'" + nfd + "' read as 'café' (Unicode NFC)",
                    "'plan ' read as 'plan' (trimmed)"), second.renamed());
            assertTrue(first.renamed().isEmpty());
        }

        @Test
        void skipsBlankLinesBeforeTheHeaderAndKeepsLineNumbers() throws IOException {
            CsvTable table = read(write("blank.csv", "\n  \na,b\n1,2\n3,4\n"));

            assertArrayEquals(new String[] {"1", "3"}, table.cells()[0]);
            assertArrayEquals(new int[] {4, 5}, table.lines());
        }

        @Test
        void readsEveryBlankLineOfAOneColumnFileAsAMissingValue() throws IOException {
            // RFC 4180: the line break after the last record is optional, so "B\n\n\n" holds
            // the records B, empty and empty; two of the five values are missing.
            CsvTable table = read(write("one-column.csv", "colour\nA\nA\nB\n\n\n"));

            assertArrayEquals(new String[] {"A", "A", "B", null, null}, table.cells()[0]);
            assertArrayEquals(new int[] {2, 3, 4, 5, 6}, table.lines());
        }

        @Test
        void readsAOneColumnFileOfBlankLinesAsMissingValues() throws IOException {
            CsvTable table = read(write("empty-values.csv", "colour\n\n \n\n"));

            assertArrayEquals(new String[] {null, null, null}, table.cells()[0]);
        }

        @Test
        void readsAOneColumnFileWithoutAFinalLineBreak() throws IOException {
            CsvTable table = read(write("no-final-break.csv", "colour\nA\n\nB"));

            assertArrayEquals(new String[] {"A", null, "B"}, table.cells()[0]);
        }

        @Test
        void namesTheRemovalOfAControlCharacterAtTheEndOfAName() throws IOException {
            CsvTable table = read(write("bell.csv", "a,note\u0007\n1,2\n"));

            assertEquals(List.of("a", "note"), table.header());
            assertEquals(List.of("'note\u0007' read as 'note' (control characters at the ends "
                    + "removed)"), table.renamed());
        }

        @Test
        void reportsNamesTrimmedInsideQuotesAsWritten() throws IOException {
            CsvTable table = read(write("quoted-names.csv", "\" age \",b\n1,2\n"));

            assertEquals(List.of("age", "b"), table.header());
            assertEquals(List.of("' age ' read as 'age' (trimmed)"), table.renamed());
        }

        @Test
        void neverSplitsAValueAtABareLineFeedInsideACrlfFile() throws IOException {
            CsvTable table = read(write("mixed.csv", "a,b\r\n1,2\n3,4\r\n5,6\r\n"));

            assertArrayEquals(new String[] {"1", "3", "5"}, table.cells()[0]);
            assertArrayEquals(new String[] {"2", "4", "6"}, table.cells()[1]);
        }

        @Test
        void keepsAHashAtTheStartOfALineAsData() throws IOException {
            CsvTable table = read(write("hash.csv", "a,b\n#1,2\n"));

            assertArrayEquals(new String[] {"#1"}, table.cells()[0]);
        }
    }

    @Nested
    class ReadRejects {
        @Test
        void aBlankLineInAWiderFileAsAShortRow() throws IOException {
            Path file = write("blank-row.csv", "a,b\n1,2\n\n3,4\n5,6\n");

            assertEquals(file + ", line 3: blank line; expected 2 fields as in the header (a "
                    + "row of empty values is written as separators only)", failure(file)
                    .getMessage());
        }

        @Test
        void aLineOfNulCharacters() throws IOException {
            Path file = write("nul.csv", "a,b\n1,2\n3,4\n5,6\n\0\0\n");

            assertEquals(file + ", line 5: holds a NUL character (code 0); a CSV file is text "
                    + "and may not contain one", failure(file).getMessage());
        }

        @Test
        void aBlankLineAtTheEndOfAWiderFile() throws IOException {
            Path file = write("blank-end.csv", "a,b\n1,2\n \n");

            assertTrue(failure(file).getMessage().startsWith(file + ", line 3: blank line;"));
        }

        @Test
        void anUnclosedQuoteThatRunsToTheEndOfTheFile() throws IOException {
            Path file = write("unclosed.csv", "a,b\n0,x\n1,\"abc,2\n3,y\n");

            InputException e = failure(file);

            assertEquals(file + ", line 3: unclosed quote in column 2 ('b'); it runs on to the"
                    + " end of the file", e.getMessage());
        }

        @Test
        void anUnclosedQuoteThatRunsIntoALaterQuote() throws IOException {
            Path file = write("unclosed-later.csv", "a,b\n0,x\n1,\"abc,2\n3,y\n4,\"z\"\n");

            InputException e = failure(file);

            assertEquals(file + ", line 3: unclosed quote in column 2 ('b'); the quoted field"
                    + " runs on to line 5", e.getMessage());
            assertNotNull(e.getCause());
        }

        @Test
        void aQuoteOpenedInTheLastFieldOfTheFile() throws IOException {
            Path file = write("open-end.csv", "a,b\n1,\"");

            assertEquals(file + ", line 2: unclosed quote in column 2 ('b'); it runs on to the"
                    + " end of the file", failure(file).getMessage());
        }

        @Test
        void aStrayQuoteInsideAnUnquotedField() throws IOException {
            Path file = write("stray.csv", "size,label\n14,laptop\n15,15\" screen\n");

            assertEquals(file + ", line 3: stray quote in unquoted column 2 ('label'); quote the"
                    + " whole field and double the quote inside it", failure(file).getMessage());
        }

        @Test
        void anUndoubledQuoteInsideAQuotedField() throws IOException {
            Path file = write("undoubled.csv", "a,b\n1,\"15\" screen\"\n");

            assertEquals(file + ", line 2: malformed quoted field in column 2 ('b'); a quote"
                    + " inside quotes must be doubled (\"\") and the closing quote must be"
                    + " followed by the separator", failure(file).getMessage());
        }

        @Test
        void aRowWithMoreFieldsThanTheHeader() throws IOException {
            Path file = write("wide.csv", "a,b,c,d\n1,2,3,4\n1,2,3,4,5\n");

            assertEquals(file + ", line 3: expected 4 fields as in the header, found 5: column 5 "
                    + "has no header",
                    failure(file).getMessage());
        }

        @Test
        void aRowWithFewerFieldsThanTheHeader() throws IOException {
            Path file = write("narrow.csv", "a,b,c,d\n1,2,3\n");

            assertEquals(file + ", line 2: expected 4 fields as in the header, found 3: no value "
                    + "for column 4 ('d')",
                    failure(file).getMessage());
        }

        @Test
        void aRowWiderThanAnyTableWeRead() throws IOException {
            Path file = write("huge.csv", "a\n" + ",".repeat(StrictCsvParser.MAX_COLUMNS) + "\n");

            assertEquals(file + ", line 2: more than " + StrictCsvParser.MAX_COLUMNS + " fields",
                    failure(file).getMessage());
        }

        @Test
        void twoColumnsWithTheSameName() throws IOException {
            Path file = write("duplicate.csv", "a,b,a\n1,2,3\n");

            assertEquals(file + ", line 1: columns 1 and 3 are both named 'a'; column names must"
                    + " be unique", failure(file).getMessage());
        }

        @Test
        void twoColumnsWhoseNamesOnlyDifferBeforeNormalising() throws IOException {
            String nfd = Normalizer.normalize("café", Normalizer.Form.NFD);
            Path file = write("duplicate-nfd.csv", "café,x," + nfd + " \n1,2,3\n");

            assertEquals(file + ", line 1: columns 1 and 3 are both named 'café' after"
                    + " normalising; column names must be unique", failure(file).getMessage());
        }

        @Test
        void twoColumnsWhoseNamesOnlyDifferByATrailingSpace() throws IOException {
            Path file = write("duplicate-space.csv", "a,b,a \n1,2,3\n");

            assertEquals(file + ", line 1: columns 1 and 3 are both named 'a' after normalising;"
                    + " column names must be unique", failure(file).getMessage());
        }

        @Test
        void aRowOfTwoFieldsInAOneColumnFile() throws IOException {
            Path file = write("one.csv", "name\nSmith, John\n");

            assertEquals(file + ", line 2: expected 1 field as in the header, found 2: column 2 "
                    + "has no header", failure(file).getMessage());
        }

        @Test
        void aColumnWithoutAName() throws IOException {
            Path file = write("unnamed.csv", "a,,c\n1,2,3\n");

            assertEquals(file + ", line 1: column 2 has no name", failure(file).getMessage());
        }

        @Test
        void aMissingFile() {
            Path file = dir.resolve("absent.csv");

            assertEquals(file + ": file not found", failure(file).getMessage());
        }

        @Test
        void aDirectory() {
            assertEquals(dir + ": is a directory, expected a CSV file", failure(dir).getMessage());
        }

        @Test
        void anEmptyFile() throws IOException {
            Path file = write("empty.csv", "");

            assertEquals(file + ": file is empty (0 bytes), expected a header line",
                    failure(file).getMessage());
        }

        @Test
        void aFileOfBlankLines() throws IOException {
            Path file = write("blank.csv", "\n \n");

            assertEquals(file + ": has no header line, only blank lines",
                    failure(file).getMessage());
        }

        @Test
        void aHeaderWithoutDataRows() throws IOException {
            Path file = write("header-only.csv", "age,plan\n");

            assertEquals(file + ": has a header but no data rows", failure(file).getMessage());
        }

        @Test
        void textThatIsNotUtf8() throws IOException {
            byte[] latin1 = "name\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
            Path file = Files.write(dir.resolve("latin1.csv"), latin1);

            assertEquals(file + ", line 2: not valid UTF-8 (byte 0xE9 at byte offset 8); save"
                    + " the file as UTF-8", failure(file).getMessage());
        }

        @Test
        void utf16Text() throws IOException {
            byte[] bytes = "a\n1\n".getBytes(StandardCharsets.UTF_16);
            Path file = Files.write(dir.resolve("utf16.csv"), bytes);

            assertEquals(file + ": is UTF-16 encoded; save it as UTF-8",
                    failure(file).getMessage());
        }
    }
}
