package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.io.CsvReader;
import org.synthaudit.core.io.CsvTable;
import org.synthaudit.core.io.TypeInference;
import org.synthaudit.harness.config.AuditConfig;
import org.synthaudit.harness.config.ConfigLoader;
import org.synthaudit.harness.fakes.FakePlugins;

class SchemaCommandTest {
    @TempDir
    Path dir;

    @Nested
    class Call {
        @Test
        void printsAConfigSnippetWithTheReasons() throws IOException {
            Path real = Files.writeString(dir.resolve("real.csv"),
                    "age,plan,visit,S.No: x\n34,gold,2010-02-23,1\n51,?,2014-08-11,2\n"
                            + "29,gold,2011-01-01,3\n");

            Cli.Run run = Cli.run(FakePlugins::standard, "schema", "--real", real.toString(),
                    "--missing", ",?");

            assertEquals(0, run.code(), run.err());
            String[] lines = run.out().split("\n");
            assertEquals("real: real.csv  # relative to the folder of the config file", lines[3]);
            assertEquals("missing: [\"\", \"?\"]", lines[4]);
            assertEquals("columns:", lines[5]);
            assertEquals("  age: {type: numeric}  #", lines[6].substring(0, 25));
            assertEquals("  plan: {type: categorical}  #", lines[7].substring(0, 30));
            assertEquals("  visit: {type: datetime, format: ", lines[8].substring(0, 34));
            assertEquals("  \"S.No: x\": {type: ", lines[9].substring(0, 20));
        }

        @Test
        void printsYamlThatReadsBackAsAConfig() throws IOException {
            Path real = Files.writeString(dir.resolve("real.csv"),
                    "age,plan\n34,gold\n51,silver\n29,gold\n");

            Cli.Run run = Cli.run(FakePlugins::standard, "schema", "--real", real.toString());

            AuditConfig config = ConfigLoader.parse(run.out(), "snippet");
            assertEquals(Path.of("real.csv"), config.real());
            assertEquals(2, config.columns().size());
        }

        /**
         * The printed snippet, read back as a configuration, gives the file the same schema:
         * every type and datetime format the inference chose is accepted as written.
         */
        @ParameterizedTest
        @ValueSource(strings = {"adult/adult.csv", "compas/compas-two-years.csv",
            "german-credit/german_credit.csv"})
        void loadsBackUnchangedForEverySampleDataSet(String file) throws IOException {
            assertRoundTrip(Path.of("../sample-data").resolve(file));
        }

        @Test
        void loadsBackUnchangedForIsoDatesAndDateTimes() throws IOException {
            Path real = Files.writeString(dir.resolve("c11.csv"), "visit_date,stamp,mixed,n\n"
                    + "2010-02-23,2014-08-11 07:46:59,2010-02-23,1\n"
                    + "2014-08-11,2014-08-12 00:00:00,2014-08-11 07:46:59,2\n"
                    + "2012-01-01,2015-01-01 10:00:01,2012-01-01T10:00:00,3\n");

            List<String> formats = assertRoundTrip(real);

            assertEquals(List.of("yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "ISO-8601 date / date-time"),
                    formats.subList(0, 3));
        }

        /** Checks the round trip and returns the inferred formats, column by column. */
        private List<String> assertRoundTrip(Path real) throws IOException {
            Cli.Run run = Cli.run(FakePlugins::standard, "schema", "--real", real.toString());
            assertEquals(0, run.code(), run.err());

            AuditConfig config = ConfigLoader.parse(run.out(), "snippet");
            CsvTable table = CsvReader.read(real, config.csvOptions());
            Schema inferred = TypeInference.infer(CsvReader.read(real, CsvOptions.defaults()),
                    Map.of());
            Schema loaded = TypeInference.infer(table, config.overrides());
            assertEquals(real.getFileName(), config.real());
            assertEquals(inferred.names(), List.copyOf(config.columns().keySet()));
            for (int c = 0; c < inferred.size(); c++) {
                ColumnSpec expected = inferred.column(c);
                ColumnSpec actual = loaded.column(c);
                assertEquals(expected.type(), actual.type(), expected.name());
                assertEquals(expected.format(), actual.format(), expected.name());
            }
            return inferred.columns().stream().map(ColumnSpec::format).toList();
        }

        @Test
        void namesAMissingFile() {
            Path absent = dir.resolve("absent.csv");

            Cli.Run run = Cli.run(FakePlugins::standard, "schema", "--real", absent.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + absent, run.firstErrorLine().substring(0,
                    ("synthaudit: " + absent).length()));
        }

        @Test
        void requiresTheRealFile() {
            Cli.Run run = Cli.run(FakePlugins::standard, "schema");

            assertEquals(2, run.code());
            assertEquals("synthaudit: Missing required option: '--real=FILE'",
                    run.firstErrorLine());
        }
    }
}
