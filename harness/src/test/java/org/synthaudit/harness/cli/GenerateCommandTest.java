package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

        @Test
        void writesTheRowsOfAnOutsideProgram() throws IOException {
            assumeTrue(Python.available(), "python3 is not on the path");
            Path script = Path.of("../examples/external/marginal_sampler.py").toAbsolutePath();
            Files.writeString(config, "real: real.csv\nseed: 5\ncolumns: {id: {type: "
                    + "identifier}}\ngenerator: {id: external, parameters: {command: 'python3 "
                    + script + " --train {train} --output {output} --rows {rows} --seed "
                    + "{seed}'}}\n");
            Path out = dir.resolve("synthetic.csv");

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--rows", "25", "--out", out.toString());

            assertEquals(0, run.code(), run.err());
            List<String> lines = Files.readAllLines(out);
            assertEquals("id,age,plan,val2", lines.getFirst());
            assertEquals(26, lines.size());
        }

        @Test
        void writesRowsOfTheFirstFileMadeElsewhere() throws IOException {
            Files.writeString(dir.resolve("made.csv"), "age,plan,val2\n30,gold,1\n");
            Files.writeString(config, "real: real.csv\ncolumns: {id: {type: identifier}}\n"
                    + "generator: {id: files, parameters: {paths: [made.csv]}}\n");
            Path out = dir.resolve("synthetic.csv");

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--rows", "2", "--out", out.toString());

            assertEquals(0, run.code(), run.err());
            assertEquals(List.of("id,age,plan,val2", ",30,gold,1", ",30,gold,1"),
                    Files.readAllLines(out));
        }

        @Test
        void writesNothingWhenTheProgramFails() throws IOException {
            assumeTrue(Python.available(), "python3 is not on the path");
            Files.writeString(dir.resolve("fail.py"), "import sys\nsys.exit(1)\n");
            Files.writeString(config, "real: real.csv\ncolumns: {id: {type: identifier}}\n"
                    + "generator: {id: external, parameters: {command: 'python3 fail.py "
                    + "{train} {output}'}}\n");
            Path out = dir.resolve("synthetic.csv");

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--out", out.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: generator external: 'python3 fail.py {train} {output}' "
                    + "exited with code 1\n", run.err());
            assertTrue(Files.notExists(out));
        }
    }
}
