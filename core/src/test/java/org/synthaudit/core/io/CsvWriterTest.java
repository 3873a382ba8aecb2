package org.synthaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

class CsvWriterTest {

    @Nested
    class Render {
        @Test
        void writesValuesAndLeavesMissingOnesEmpty() {
            Schema schema = new Schema(List.of(
                    new ColumnSpec("id", ColumnType.IDENTIFIER, Set.of(), "test", null),
                    new ColumnSpec("age", ColumnType.NUMERIC, Set.of(), "test", null),
                    new ColumnSpec("plan, tier", ColumnType.CATEGORICAL, Set.of(), "test",
                            null)));
            Dictionary dictionary = new Dictionary();
            Vocabulary plans = dictionary.vocabulary("plan, tier");
            int gold = plans.encode("gold");
            int quoted = plans.encode("say \"hi\"");
            Dataset data = Dataset.builder("synthetic", schema, dictionary, 3)
                    .numeric(1, new double[] {34, Double.NaN, 2.5})
                    .codes(2, new int[] {gold, quoted, Vocabulary.MISSING})
                    .build();

            assertEquals("id,age,\"plan, tier\"\n,34,gold\n,,\"say \"\"hi\"\"\"\n,2.5,\n",
                    CsvWriter.render(data));
        }
    }

    @Nested
    class DateTimes {
        private Dataset visits(String format) {
            Schema schema = new Schema(List.of(new ColumnSpec("visit", ColumnType.DATETIME,
                    Set.of(), "test", format)));
            return Dataset.builder("synthetic", schema, new Dictionary(), 3)
                    .numeric(0, new double[] {1_266_883_200, 1_407_743_219, Double.NaN})
                    .build();
        }

        @Test
        void writesTheColumnsPattern() {
            assertEquals("visit\n23/02/2010\n11/08/2014\n\n",
                    CsvWriter.render(visits("dd/MM/yyyy")));
        }

        @Test
        void writesThePatternInferredFromTheRealValues() {
            assertEquals("visit\n2010-02-23 00:00:00\n2014-08-11 07:46:59\n\n",
                    CsvWriter.render(visits("yyyy-MM-dd HH:mm:ss")));
            assertEquals("visit\n2010-02-23\n2014-08-11\n\n",
                    CsvWriter.render(visits("yyyy-MM-dd")));
        }

        @Test
        void writesAMidnightWithoutTheOptionalTimeSection() {
            assertEquals("visit\n2010-02-23\n2014-08-11 07:46:59\n\n",
                    CsvWriter.render(visits("yyyy-MM-dd[ HH:mm:ss]")));
        }

        @Test
        void writesIsoDatesAtMidnightAndInstantsOtherwise() {
            assertEquals("visit\n2010-02-23\n2014-08-11T07:46:59Z\n\n",
                    CsvWriter.render(visits("ISO-8601 date")));
            assertEquals("visit\n2010-02-23T00:00:00Z\n2014-08-11T07:46:59Z\n\n",
                    CsvWriter.render(visits(null)));
            assertEquals("visit\n2010-02-23\n2014-08-11T07:46:59Z\n\n",
                    CsvWriter.render(visits("ISO-8601 date / date-time")));
        }
    }

    @Nested
    class Write {
        @TempDir
        Path dir;

        @Test
        void writesWhatTheReaderAndEncoderReadBackAsTheSameValues() throws IOException {
            Schema schema = new Schema(List.of(
                    new ColumnSpec("visit", ColumnType.DATETIME, Set.of(), "test", "dd/MM/yyyy"),
                    new ColumnSpec("plan", ColumnType.CATEGORICAL, Set.of(), "test", null),
                    new ColumnSpec("paid", ColumnType.NUMERIC, Set.of(), "test", null)));
            Dictionary dictionary = new Dictionary();
            Vocabulary plans = dictionary.vocabulary("plan");
            Dataset data = Dataset.builder("train", schema, dictionary, 2)
                    .numeric(0, new double[] {1_266_883_200, Double.NaN})
                    .codes(1, new int[] {plans.encode("a, \"b\"\nc"), Vocabulary.MISSING})
                    .numeric(2, new double[] {0.1, -2.5e-7}).build();
            Path file = dir.resolve("t.csv");

            CsvWriter.write(data, file);
            Dataset back = TableEncoder.encode(CsvReader.read(file, CsvOptions.defaults()),
                    schema, dictionary, "back").dataset();

            assertArrayEquals(data.numericColumn(0), back.numericColumn(0));
            assertArrayEquals(data.codeColumn(1), back.codeColumn(1));
            assertArrayEquals(data.numericColumn(2), back.numericColumn(2));
        }
    }

    @Nested
    class Quote {
        @Test
        void quotesOnlyWhenNeeded() {
            assertEquals("plain", CsvWriter.quote("plain"));
            assertEquals("\" padded \"", CsvWriter.quote(" padded "));
            assertEquals("\"two\nlines\"", CsvWriter.quote("two\nlines"));
        }
    }
}
