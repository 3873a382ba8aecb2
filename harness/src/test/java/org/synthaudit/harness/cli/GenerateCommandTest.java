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
        void writesDatesAndDateTimesInTheFormatOfTheRealFile() throws IOException {
            StringBuilder csv = new StringBuilder("id,visit_date,stamp\n");
            for (int r = 0; r < 40; r++) {
                csv.append("C").append(r).append(",201").append(r % 10).append("-02-2")
                        .append(r % 8).append(r % 3 == 0 ? "" : " 07:46:5" + r % 10)
                        .append(",2014-08-11 0").append(r % 10).append(":46:59\n");
            }
            Path real = Files.writeString(dir.resolve("c11.csv"), csv);
            Path c11 = Files.writeString(dir.resolve("c11.yaml"), "real: c11.csv\n"
                    + "columns: {id: {type: identifier}}\ngenerator: {id: identity}\n");
            Path out = dir.resolve("synthetic.csv");

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", c11.toString(),
                    "--out", out.toString());

            assertEquals(0, run.code(), run.err());
            List<String> realLines = Files.readAllLines(real);
            java.util.Set<String> realCells = new java.util.HashSet<>();
            realLines.stream().skip(1).forEach(l -> realCells.add(l.substring(l.indexOf(','))));
            List<String> written = Files.readAllLines(out);
            assertEquals(21, written.size());
            for (String line : written.subList(1, written.size())) {
                assertTrue(realCells.contains(line), line);
            }
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
        void refusesARowCountThatCannotFitInMemory() {
            Path out = dir.resolve("synthetic.csv");

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--rows", "2000000000", "--out", out.toString());

            // id (a reference), age and val2 (numbers) and plan (a code): 8 + 8 + 4 + 8 bytes
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().startsWith("synthaudit: --rows 2000000000: a synthetic table of "
                    + "2000000000 rows × 4 columns (28 bytes per row) needs about 52.2 GiB of "
                    + "memory, more than the "), run.err());
            assertTrue(run.err().endsWith(" Java may use; ask for fewer rows, or give Java more "
                    + "memory, e.g. JAVA_TOOL_OPTIONS=-Xmx16g\n"), run.err());
            assertTrue(Files.notExists(out));
        }

        @Test
        void refusesAFolderAsTheOutputFile() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("folder"));

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--out", folder.toString(), "--force");

            assertEquals(2, run.code());
            assertEquals("synthaudit: --out: " + folder + " is a folder; generate writes one CSV "
                    + "file, so name the file, e.g. " + folder.resolve("synthetic.csv") + "\n",
                    run.err());
        }

        @Test
        void refusesAnOutputFileInsideAFile() throws IOException {
            Path file = Files.writeString(dir.resolve("plain.txt"), "x");

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--out", file.resolve("synthetic.csv").toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: output folder " + file + " is a file, not a folder\n",
                    run.err());
        }

        @Test
        void refusesASeedWithAFractionInTheConfiguration() throws IOException {
            Files.writeString(config, "real: real.csv\nseed: 2.5\n"
                    + "columns: {id: {type: identifier}}\ngenerator: {id: identity}\n");

            Cli.Run run = Cli.run(Plugins::load, "generate", "--config", config.toString(),
                    "--out", dir.resolve("s.csv").toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + config + " line 2: seed: expected a whole number, "
                    + "found '2.5'\n", run.err());
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
