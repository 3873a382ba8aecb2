package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
