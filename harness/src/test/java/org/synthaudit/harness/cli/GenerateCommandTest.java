package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.fakes.Tables;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void setUp() throws IOException {
        Tables.people(dir.resolve("real.csv"), 200, 7, 1);
        config = Files.writeString(dir.resolve("audit.yaml"), "real: real.csv\nseed: 5\n"
                + "columns: {id: {type: identifier}}\ngenerator: {id: identity}\n");
    }

    @Nested
    class Call {
        @Test
        void writesTheRowsWithIdentifiersEmpty() throws IOException {
            Path out = dir.resolve("synthetic.csv");

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--rows", "20", "--out", out.toString());

            assertEquals(0, run.code(), run.err());
            assertEquals("wrote 20 rows to " + out + "\n", run.out());
            List<String> lines = Files.readAllLines(out);
            assertEquals("id,age,plan,val2", lines.getFirst());
            assertEquals(21, lines.size());
            assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith(",")), lines.get(1));
        }

        @Test
        void givesTheSameRowsForTheSameSeed() throws IOException {
            Path first = dir.resolve("a.csv");
            Path second = dir.resolve("b.csv");

            Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--generator", "independent-marginals", "--out", first.toString());
            Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--generator", "independent-marginals", "--out", second.toString());

            assertEquals(Files.readString(first), Files.readString(second));
        }

        @Test
        void refusesToReplaceAFileWithoutForce() throws IOException {
            Path out = Files.writeString(dir.resolve("synthetic.csv"), "precious");

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--out", out.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + out + " already exists; use --force to replace it or "
                    + "choose another --out folder\n", run.err());
            assertEquals("precious", Files.readString(out));
        }

        @Test
        void asksForTheOutputFile() {
            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: generate needs --out FILE, the CSV file to write\n",
                    run.err());
        }
    }
}
