package org.synthaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;

class TypeInferenceTest {
    @TempDir
    Path dir;

    private CsvTable table(String name, String csv) throws IOException {
        return CsvReader.read(Files.writeString(dir.resolve(name), csv), CsvOptions.defaults());
    }

    private static ColumnSpec column(Schema schema, String name) {
        return schema.column(schema.require(name));
    }

    private static String ids(int count) {
        StringBuilder csv = new StringBuilder("customer_id,age,plan\n");
        for (int i = 1; i <= count; i++) {
            csv.append(String.format("C%04d,%d,%s%n", i, 20 + i % 50, i % 3 == 0 ? "gold"
                    : "basic"));
        }
        return csv.toString();
    }

    @Nested
    class Infer {
        @Test
        void findsAnIntegerIdColumnButKeepsTheOtherNumbersNumeric() throws IOException {
            CsvTable real = table("c09.csv",
                    "id,age,zip,plan\n1,34,10115,gold\n2,51,10117,basic\n3,29,10115,gold\n");

            Schema schema = TypeInference.infer(real, Map.of());

            assertEquals(ColumnType.IDENTIFIER, column(schema, "id").type());
            assertEquals("distinct integers in all 3 rows and an identifier-like name",
                    column(schema, "id").typeReason());
            assertEquals(ColumnType.NUMERIC, column(schema, "age").type());
            assertEquals("all 3 non-missing values parse as numbers",
                    column(schema, "age").typeReason());
            assertEquals(ColumnType.NUMERIC, column(schema, "zip").type());
            assertEquals(ColumnType.CATEGORICAL, column(schema, "plan").type());
            assertArrayEquals(new int[] {1, 2, 3}, schema.analysable());
        }

        @Test
        void readsDistinctTextAsAnIdentifier() throws IOException {
            Schema schema = TypeInference.infer(table("c13.csv", ids(12)), Map.of());

            assertEquals(ColumnType.IDENTIFIER, column(schema, "customer_id").type());
            assertEquals("all 12 values distinct text: identifier",
                    column(schema, "customer_id").typeReason());
            assertEquals(ColumnType.CATEGORICAL, column(schema, "plan").type());
            assertEquals("text with 2 distinct values", column(schema, "plan").typeReason());
        }

        @Test
        void keepsAFewDistinctLabelsCategorical() throws IOException {
            Schema schema = TypeInference.infer(table("few.csv", "colour\nred\ngreen\nblue\n"),
                    Map.of());

            assertEquals(ColumnType.CATEGORICAL, schema.column(0).type());
        }

        @Test
        void keepsDistinctMeasurementsNumericWhenTheNameIsNoId() throws IOException {
            Schema schema = TypeInference.infer(table("weights.csv",
                    "fnlwgt,key\n77516,1\n83311,2\n215646,3\n"), Map.of());

            assertEquals(ColumnType.NUMERIC, schema.column(0).type());
            assertEquals(ColumnType.IDENTIFIER, schema.column(1).type());
        }

        @Test
        void readsIsoDatesAndDateTimesMixed() throws IOException {
            CsvTable real = table("c11.csv",
                    "visit_date\n2010-02-23\n2014-08-11 07:46:59\n\n2012-01-01T10:00:00\n");

            ColumnSpec spec = TypeInference.infer(real, Map.of()).column(0);

            assertEquals(ColumnType.DATETIME, spec.type());
            assertEquals("ISO-8601 date / date-time", spec.format());
            assertEquals("all 3 non-missing values are ISO-8601 dates and date-times"
                    + " (yyyy-MM-dd, yyyy-MM-dd HH:mm:ss, yyyy-MM-dd'T'HH:mm:ss)",
                    spec.typeReason());
        }

        @Test
        void namesThePatternOfAColumnOfDatesOnly() throws IOException {
            ColumnSpec spec = TypeInference.infer(table("dates.csv", "d\n2020-01-31\n"),
                    Map.of()).column(0);

            assertEquals("yyyy-MM-dd", spec.format());
        }

        @Test
        void givesDatesAndDateTimesOfOneShapeTheTimeAsAnOptionalSection() throws IOException {
            ColumnSpec spec = TypeInference.infer(table("c11.csv",
                    "visit_date\n2010-02-23\n2014-08-11 07:46:59\n"), Map.of()).column(0);

            assertEquals("yyyy-MM-dd[ HH:mm:ss]", spec.format());
        }

        @Test
        void namesThePatternOfDateTimesOfOneShape() throws IOException {
            ColumnSpec spec = TypeInference.infer(table("t.csv",
                    "t\n2014-08-11T07:46:59+02:00\n2014-08-12T01:00:00-05:00\n"), Map.of()).column(0);

            assertEquals("yyyy-MM-dd'T'HH:mm:ssXXX", spec.format());
        }

        @Test
        void readsBooleansInMixedSpellingsButSmallIntegersAsNumbers() throws IOException {
            CsvTable real = table("c14.csv", "smoker,children,rating\ntrue,0,1\nfalse,1,9\n"
                    + "TRUE,2,5\nFalse,3,3\n,4,2\nyes,5,8\n");

            Schema schema = TypeInference.infer(real, Map.of());

            assertEquals(ColumnType.BOOLEAN, column(schema, "smoker").type());
            assertEquals("values are true/false in common spellings (False, TRUE, false, true,"
                    + " yes)", column(schema, "smoker").typeReason());
            assertEquals(ColumnType.NUMERIC, column(schema, "children").type());
            assertEquals(ColumnType.NUMERIC, column(schema, "rating").type());
        }

        @Test
        void keepsASingleLetterThatOnlyEverMeansOneTruthValueCategorical() throws IOException {
            Schema schema = TypeInference.infer(table("women.csv", "sex,flag\nF,y\nF,n\n"),
                    Map.of());

            assertEquals(ColumnType.CATEGORICAL, schema.column(0).type());
            assertEquals(ColumnType.BOOLEAN, schema.column(1).type());
        }

        @Test
        void readsAColumnOfZerosAndOnesAsNumeric() throws IOException {
            Schema schema = TypeInference.infer(table("flags.csv", "flag\n0\n1\n1\n"), Map.of());

            assertEquals(ColumnType.NUMERIC, schema.column(0).type());
        }

        @Test
        void makesAnAllMissingColumnCategoricalAndSaysWhy() throws IOException {
            Schema schema = TypeInference.infer(table("empty-col.csv", "a,b\n1,\n2,NA\n"),
                    Map.of());

            assertEquals(ColumnType.CATEGORICAL, schema.column(1).type());
            assertEquals("all values missing", schema.column(1).typeReason());
        }

        @Test
        void typesTheAdultExcerptWithQuestionMarksAsMissing() throws URISyntaxException {
            Path file = Path.of(TypeInferenceTest.class.getResource("adult_excerpt.csv").toURI());
            CsvTable real = CsvReader.read(file, CsvOptions.defaults());

            Schema schema = TypeInference.infer(real, Map.of());

            assertEquals(30, real.rowCount());
            List<String> numeric = List.of("age", "fnlwgt", "education-num", "capital-gain",
                    "capital-loss", "hours-per-week");
            for (ColumnSpec spec : schema.columns()) {
                ColumnType expected = numeric.contains(spec.name()) ? ColumnType.NUMERIC
                        : ColumnType.CATEGORICAL;
                assertEquals(expected, spec.type(), spec.name());
            }
            assertEquals(2, missing(real, "workclass"));
            assertEquals(3, missing(real, "native-country"));
            assertEquals("text with 5 distinct values", column(schema, "workclass").typeReason());
        }

        private static long missing(CsvTable table, String column) {
            String[] cells = table.cells()[table.columnIndex(column)];
            return java.util.Arrays.stream(cells).filter(c -> c == null).count();
        }
    }

    @Nested
    class Overrides {
        @Test
        void forceATypeAndGiveRoles() throws IOException {
            CsvTable real = table("c14.csv", "children,plan\n0,gold\n1,basic\n");
            Map<String, ColumnOverride> overrides = Map.of(
                    "children", new ColumnOverride(ColumnType.CATEGORICAL, Set.of(), null),
                    "plan", new ColumnOverride(null, Set.of(Role.TARGET, Role.SENSITIVE), null));

            Schema schema = TypeInference.infer(real, overrides);

            assertEquals(ColumnType.CATEGORICAL, schema.column(0).type());
            assertEquals("set in config", schema.column(0).typeReason());
            assertEquals(ColumnType.CATEGORICAL, schema.column(1).type());
            assertEquals("text with 2 distinct values", schema.column(1).typeReason());
            assertEquals(Set.of(Role.TARGET, Role.SENSITIVE), schema.column(1).roles());
        }

        @Test
        void acceptZerosAndOnesForADeclaredBoolean() throws IOException {
            CsvTable real = table("flags.csv", "flag\n0\n1\nyes\n");

            Schema schema = TypeInference.infer(real,
                    Map.of("flag", new ColumnOverride(ColumnType.BOOLEAN, Set.of(), null)));

            assertEquals(ColumnType.BOOLEAN, schema.column(0).type());
        }

        @Test
        void parseDatesWithAConfiguredPattern() throws IOException {
            CsvTable real = table("dmy.csv", "seen\n23/02/2010\n11/08/2014\n");

            ColumnSpec spec = TypeInference.infer(real,
                    Map.of("seen", new ColumnOverride(null, Set.of(), "dd/MM/yyyy"))).column(0);

            assertEquals(ColumnType.DATETIME, spec.type());
            assertEquals("dd/MM/yyyy", spec.format());
        }

        @Test
        void matchColumnNamesAfterNormalising() throws IOException {
            CsvTable real = table("named.csv", "café\n1\n");
            String nfd = java.text.Normalizer.normalize("café ", java.text.Normalizer.Form.NFD);

            Schema schema = TypeInference.infer(real,
                    Map.of(nfd, new ColumnOverride(null, Set.of(Role.PROTECTED), null)));

            assertTrue(schema.column(0).has(Role.PROTECTED));
        }

        @Test
        void rejectATypeTheValuesDoNotFit() throws IOException {
            CsvTable real = table("plans.csv", "age,plan\n34,gold\n51,basic\n");

            InputException e = assertThrows(InputException.class, () -> TypeInference.infer(
                    real, Map.of("plan", new ColumnOverride(ColumnType.NUMERIC, Set.of(), null))));

            assertEquals(real.file() + ", line 2, column 'plan': 'gold' is not a number, as the"
                    + " configured type numeric requires", e.getMessage());
        }

        @Test
        void rejectValuesThatMissTheConfiguredPattern() throws IOException {
            CsvTable real = table("dmy.csv", "seen\n23/02/2010\n2014-08-11\n");

            InputException e = assertThrows(InputException.class, () -> TypeInference.infer(
                    real, Map.of("seen", new ColumnOverride(ColumnType.DATETIME, Set.of(),
                            "dd/MM/yyyy"))));

            assertEquals(real.file() + ", line 3, column 'seen': '2014-08-11' is not a date-time"
                    + " in the configured format 'dd/MM/yyyy'", e.getMessage());
        }

        @Test
        void rejectAnInvalidPattern() throws IOException {
            CsvTable real = table("dmy.csv", "seen\n23/02/2010\n");

            InputException e = assertThrows(InputException.class, () -> TypeInference.infer(
                    real, Map.of("seen", new ColumnOverride(null, Set.of(), "dd/MM/yyyy{"))));

            assertEquals("column 'seen': datetime format 'dd/MM/yyyy{' is not a valid java.time"
                    + " pattern", e.getMessage());
        }

        @Test
        void rejectAFormatForANonDatetimeType() throws IOException {
            CsvTable real = table("n.csv", "n\n1\n");

            InputException e = assertThrows(InputException.class, () -> TypeInference.infer(
                    real, Map.of("n", new ColumnOverride(ColumnType.NUMERIC, Set.of(), "yyyy"))));

            assertEquals("column 'n': the configuration gives the format 'yyyy', which applies"
                    + " only to datetime columns, but the type numeric", e.getMessage());
        }

        @Test
        void rejectAColumnTheFileLacks() throws IOException {
            CsvTable real = table("c09.csv", "id,age,zip,plan\n1,34,10115,gold\n");

            InputException e = assertThrows(InputException.class, () -> TypeInference.infer(
                    real, Map.of("agee", new ColumnOverride(null, Set.of(Role.SENSITIVE), null))));

            assertEquals(real.file() + ": the configuration names column 'agee', which the file"
                    + " lacks; its columns are: id, age, zip, plan", e.getMessage());
        }
    }

    @Nested
    class LooksLikeIdentifierName {
        @ParameterizedTest
        @ValueSource(strings = {"id", "ID", "customer_id", "customerId", "userID", "S.No",
            "index", "key", "uuid", "Unnamed: 0", "record-id"})
        void acceptsIdentifierNames(String name) {
            assertTrue(TypeInference.looksLikeIdentifierName(name));
        }

        @ParameterizedTest
        @ValueSource(strings = {"age", "paid", "valid", "covid", "kid", "fnlwgt",
            "monkey"})
        void rejectsOtherNames(String name) {
            assertFalse(TypeInference.looksLikeIdentifierName(name));
        }
    }

    @Nested
    class InferColumn {
        @Test
        void ignoresMissingValuesWhenTyping() {
            ColumnSpec spec = TypeInference.inferColumn("x", new String[] {"1.5", null, "-2e3"});

            assertEquals(ColumnType.NUMERIC, spec.type());
            assertEquals("all 2 non-missing values parse as numbers", spec.typeReason());
            assertNull(spec.format());
        }

        @Test
        void doesNotTakeJavaOnlyNumberSpellingsForNumbers() {
            ColumnSpec spec = TypeInference.inferColumn("x", new String[] {"1", "2d", "0x10"});

            assertEquals(ColumnType.CATEGORICAL, spec.type());
        }
    }
}
