package org.synthaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

class TableEncoderTest {
    @TempDir
    Path dir;

    private CsvTable table(String name, String csv) throws IOException {
        return CsvReader.read(Files.writeString(dir.resolve(name), csv), CsvOptions.defaults());
    }

    private static Schema schema(ColumnSpec... columns) {
        return new Schema(List.of(columns));
    }

    private static ColumnSpec spec(String name, ColumnType type) {
        return new ColumnSpec(name, type, Set.of(), "set in config", null);
    }

    @Nested
    class Encode {
        @Test
        void givesOneLabelTheSameCodeInEveryTable() throws IOException {
            CsvTable real = table("real.csv", "c\n0\n1\n2\n");
            CsvTable synthetic = table("synthetic.csv", "c\n1\n2\n2\n");
            Schema schema = TypeInference.infer(real,
                    Map.of("c", new ColumnOverride(ColumnType.CATEGORICAL, Set.of(), null)));
            Dictionary dictionary = new Dictionary();

            Dataset realData = TableEncoder.encode(real, schema, dictionary, "real").dataset();
            dictionary.freezeReal();
            Dataset synthData = TableEncoder.encode(synthetic, schema, dictionary, "synthetic")
                    .dataset();

            assertArrayEquals(new int[] {0, 1, 2}, realData.codeColumn(0));
            assertArrayEquals(new int[] {1, 2, 2}, synthData.codeColumn(0));
            assertEquals(1.0 / 3, totalVariation(realData.codeColumn(0), synthData.codeColumn(0),
                    3), 1e-12);
        }

        @Test
        void matchesColumnsByNameAndIgnoresExtraOnes() throws IOException {
            CsvTable real = table("real.csv",
                    "id,age,zip,plan\n1,34,10115,gold\n2,51,10117,basic\n3,29,10115,gold\n");
            CsvTable synthetic = table("synthetic.csv", "plan,S.No,zip,age,id\n"
                    + "gold,1,10115,34,901\nbasic,2,10117,51,902\ngold,3,10115,29,903\n");
            Schema schema = TypeInference.infer(real, Map.of());
            Dictionary dictionary = new Dictionary();

            Dataset realData = TableEncoder.encode(real, schema, dictionary, "real").dataset();
            dictionary.freezeReal();
            LoadedTable synth = TableEncoder.encode(synthetic, schema, dictionary, "synthetic");

            Dataset synthData = synth.dataset();
            assertEquals(schema, synthData.schema());
            for (int c : schema.analysable()) {
                for (int r = 0; r < 3; r++) {
                    assertEquals(realData.format(c, r), synthData.format(c, r));
                }
            }
            assertEquals("901", synthData.text(0, 0));
            assertEquals("1", realData.text(0, 0));
            assertTrue(synth.unseenCategories().isEmpty());
        }

        @Test
        void countsCategoriesTheRealDataLacks() throws IOException {
            CsvTable real = table("real.csv", "plan,smoker\ngold,yes\nbasic,yes\n");
            CsvTable synthetic = table("synthetic.csv",
                    "plan,smoker\ngold,no\nplatinum,yes\nplatinum,\n,no\n");
            Schema schema = TypeInference.infer(real, Map.of());
            Dictionary dictionary = new Dictionary();

            LoadedTable realTable = TableEncoder.encode(real, schema, dictionary, "real");
            dictionary.freezeReal();
            LoadedTable synth = TableEncoder.encode(synthetic, schema, dictionary, "synthetic");

            assertTrue(realTable.unseenCategories().isEmpty());
            assertEquals(Map.of("plan", 2, "smoker", 2), synth.unseenCategories());
            assertArrayEquals(new int[] {0, 2, 2, Vocabulary.MISSING},
                    synth.dataset().codeColumn(0));
            assertEquals(2, dictionary.vocabulary("plan").realSize());
        }

        @Test
        void encodesBooleansAsTrueAndFalseLabels() throws IOException {
            CsvTable real = table("c14.csv", "smoker\ntrue\nfalse\nTRUE\nFalse\n\nyes\n");
            Schema schema = TypeInference.infer(real, Map.of());
            Dictionary dictionary = new Dictionary();

            Dataset data = TableEncoder.encode(real, schema, dictionary, "real").dataset();

            assertEquals(List.of("true", "false"), dictionary.vocabulary("smoker").labels());
            assertArrayEquals(new int[] {0, 1, 0, 1, Vocabulary.MISSING, 0}, data.codeColumn(0));
        }

        @Test
        void encodesDatetimesAsEpochSecondsUtc() throws IOException {
            CsvTable real = table("c11.csv", "visit_date\n2010-02-23\n2014-08-11 07:46:59\n"
                    + "2021-03-14T12:00:00+01:00\n");
            Schema schema = TypeInference.infer(real, Map.of());

            Dataset data = TableEncoder.encode(real, schema, new Dictionary(), "real").dataset();

            assertArrayEquals(new double[] {1266883200, 1407743219, 1615719600},
                    data.numericColumn(0));
        }

        @Test
        void encodesDatetimesWithAConfiguredPattern() throws IOException {
            CsvTable real = table("dmy.csv", "seen\n23/02/2010\n");
            Schema schema = schema(new ColumnSpec("seen", ColumnType.DATETIME, Set.of(),
                    "set in config", "dd/MM/yyyy"));

            Dataset data = TableEncoder.encode(real, schema, new Dictionary(), "real").dataset();

            assertArrayEquals(new double[] {1266883200}, data.numericColumn(0));
        }

        @Test
        void encodesMissingNumbersAsNaN() throws IOException {
            CsvTable real = table("n.csv", "n\n1.5\n?\n-2e3\n");

            Dataset data = TableEncoder.encode(real, schema(spec("n", ColumnType.NUMERIC)),
                    new Dictionary(), "real").dataset();

            assertArrayEquals(new double[] {1.5, Double.NaN, -2000}, data.numericColumn(0));
        }
    }

    @Nested
    class ExtraAndMissingColumns {
        @Test
        void listTheColumnsOnlyOneSideHas() throws IOException {
            CsvTable real = table("real.csv", "id,val1,val2\n1,2,3\n");
            CsvTable synthetic = table("synthetic.csv", "id,extra_col,val1\n1,x,2\n");
            Schema schema = TypeInference.infer(real, Map.of());

            assertEquals(List.of("extra_col"), TableEncoder.extraColumns(synthetic, schema));
            assertEquals(List.of("val2"), TableEncoder.missingColumns(synthetic, schema));
            assertEquals(List.of(), TableEncoder.extraColumns(real, schema));
        }
    }

    @Nested
    class EncodeRejects {
        @Test
        void aSchemaColumnTheFileLacks() throws IOException {
            CsvTable synthetic = table("synthetic.csv", "id,extra_col,val1\n1,x,2\n");
            Schema schema = schema(spec("id", ColumnType.IDENTIFIER),
                    spec("val1", ColumnType.NUMERIC), spec("val2", ColumnType.NUMERIC));

            InputException e = assertThrows(InputException.class,
                    () -> TableEncoder.encode(synthetic, schema, new Dictionary(), "synthetic"));

            assertEquals(synthetic.file() + ": column 'val2' is missing; the schema of the audit"
                    + " has id, val1, val2", e.getMessage());
        }

        @Test
        void aValueThatIsNotANumber() throws IOException {
            CsvTable synthetic = table("synthetic.csv", "age\n34\nold\n");

            InputException e = assertThrows(InputException.class, () -> TableEncoder.encode(
                    synthetic, schema(spec("age", ColumnType.NUMERIC)), new Dictionary(), "s"));

            assertEquals(synthetic.file() + ", line 3, column 'age': 'old' is not a number (the"
                    + " column is numeric)", e.getMessage());
        }

        @Test
        void aValueThatIsNotADate() throws IOException {
            CsvTable synthetic = table("synthetic.csv", "visit\n2010-02-23\n23.02.2010\n");
            Schema schema = schema(new ColumnSpec("visit", ColumnType.DATETIME, Set.of(), "x",
                    DateTimes.ISO_DATE));

            InputException e = assertThrows(InputException.class, () -> TableEncoder.encode(
                    synthetic, schema, new Dictionary(), "s"));

            assertEquals(synthetic.file() + ", line 3, column 'visit': '23.02.2010' is not a"
                    + " date-time in ISO-8601 date format (the column is datetime)",
                    e.getMessage());
        }

        @Test
        void aValueThatIsNotABoolean() throws IOException {
            CsvTable synthetic = table("synthetic.csv", "smoker\nyes\nmaybe\n");

            InputException e = assertThrows(InputException.class, () -> TableEncoder.encode(
                    synthetic, schema(spec("smoker", ColumnType.BOOLEAN)), new Dictionary(),
                    "s"));

            assertEquals(synthetic.file() + ", line 3, column 'smoker': 'maybe' is not true or"
                    + " false (true/false, yes/no, t/f, y/n, 1/0) (the column is boolean)",
                    e.getMessage());
        }
    }

    private static double totalVariation(int[] first, int[] second, int categories) {
        double[] p = new double[categories];
        double[] q = new double[categories];
        for (int code : first) {
            p[code] += 1.0 / first.length;
        }
        for (int code : second) {
            q[code] += 1.0 / second.length;
        }
        double sum = 0;
        for (int k = 0; k < categories; k++) {
            sum += Math.abs(p[k] - q[k]);
        }
        return sum / 2;
    }
}
