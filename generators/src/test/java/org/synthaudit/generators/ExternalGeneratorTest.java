package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Generator.FittedGenerator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;

/**
 * Tests of the outside-program generator: its parameters, the worked example
 * {@code examples/external/marginal_sampler.py} run through it, and every way a program can
 * fail. The tests that run programs need {@code python3} and are skipped without it.
 */
class ExternalGeneratorTest {
    private static final Path EXAMPLE = Path.of("../examples/external").toAbsolutePath()
            .normalize();
    private static final String OWNER = "generator external";

    @TempDir
    Path dir;

    private final Dataset train = TestTables.sixPeople();

    private FittedGenerator fit(Path folder, Map<String, Object> parameters) {
        return new ExternalGenerator().fit(new FitInput(train, train.select("outside",
                new int[0]), folder, CsvOptions.defaults()), new Parameters(OWNER, parameters),
                Seeds.root(1));
    }

    private FittedGenerator program(String body, String command) throws IOException {
        Files.writeString(dir.resolve("program.py"), "import sys, os, csv, time\n" + body);
        return fit(dir, Map.of("command", command));
    }

    private String failure(FittedGenerator fitted, int rows) {
        return assertThrows(InputException.class, () -> fitted.sample(rows, Seeds.root(2)))
                .getMessage();
    }

    private static String copyTrainAsOutput() {
        return "import shutil\nshutil.copyfile(sys.argv[1], sys.argv[2])\n";
    }

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Generator> registry = Registry.load("generator", Generator.class);
            assertTrue(registry.require("external") instanceof ExternalGenerator);
        }

        @Test
        void listsItsParametersWithTheirDefaults() {
            assertEquals(List.of("command", "timeout", "workdir"), new ExternalGenerator()
                    .parameters().stream().map(p -> p.name()).toList());
            assertEquals("600", new ExternalGenerator().parameters().get(1).defaultValue());
        }
    }

    @Nested
    class Fit {
        private String error(Map<String, Object> parameters) {
            return assertThrows(InputException.class, () -> fit(dir, parameters)).getMessage();
        }

        @Test
        void requiresACommand() {
            assertEquals(OWNER + ": parameter 'command' is required: the program to run, e.g. "
                    + "python3 script.py --train {train} --output {output} --rows {rows} "
                    + "--seed {seed}", error(Map.of()));
        }

        @Test
        void rejectsACommandWithoutOutput() {
            assertEquals(OWNER + ": parameter 'command' has no {output}; the program must be "
                    + "told which file to write", error(Map.of("command", "prog {train}")));
        }

        @Test
        void rejectsAZeroOrNegativeTimeout() {
            Map<String, Object> zero = Map.of("command", "p {train} {output}", "timeout", 0);
            Map<String, Object> negative = Map.of("command", "p {train} {output}",
                    "timeout", -5);

            assertEquals(OWNER + ": parameter 'timeout' must be > 0 seconds, was 0",
                    error(zero));
            assertEquals(OWNER + ": parameter 'timeout' must be in [0, 604800], was -5",
                    error(negative));
        }

        @Test
        void rejectsAWorkingFolderThatDoesNotExist() {
            Map<String, Object> parameters = Map.of("command", "p {train} {output}",
                    "workdir", "absent");

            assertEquals(OWNER + ": parameter 'workdir' names the folder " + dir.resolve("absent")
                    + ", which does not exist", error(parameters));
        }

        @Test
        void rejectsAnUnknownParameter() {
            assertEquals(OWNER + ": unknown parameter 'epochs'; accepted: command, timeout, "
                    + "workdir", error(Map.of("command", "p {train} {output}", "epochs", 3)));
        }

        @Test
        void claimsNoPrivacyAndDescribesTheCommand() {
            FittedGenerator fitted = fit(dir, Map.of("command", "p {train} {output}"));

            assertSame(PrivacyClaim.NONE, fitted.privacyClaim());
            assertEquals(List.of("command: p {train} {output}", "working folder: " + dir,
                    "timeout: 600 s", "the command takes no {seed}, so reruns may give other "
                            + "rows"), fitted.details());
        }
    }

    @Nested
    class WorkedExample {
        private FittedGenerator example() {
            assumeTrue(Python.available(), "python3 is not on the path");
            return fit(EXAMPLE, Map.of("command", "python3 marginal_sampler.py --train {train} "
                    + "--output {output} --rows {rows} --seed {seed}"));
        }

        @Test
        void samplesTheAskedRowsFromTheTrainingValues() {
            Dataset synthetic = example().sample(40, Seeds.root(3));

            assertEquals(40, synthetic.rowCount());
            assertEquals("synthetic", synthetic.name());
            assertSame(train.schema(), synthetic.schema());
            for (int row = 0; row < 40; row++) {
                assertTrue(synthetic.isMissing(0, row), "identifiers are missing");
                String age = synthetic.format(1, row);
                assertTrue(age == null || List.of("34", "51", "29", "62").contains(age), age);
                String plan = synthetic.format(2, row);
                assertTrue(plan == null || List.of("gold", "basic", "silver").contains(plan),
                        plan);
            }
        }

        @Test
        void givesTheSameRowsForTheSameSeed() {
            FittedGenerator fitted = example();

            assertEquals(TestTables.rows(fitted.sample(30, Seeds.root(4))),
                    TestTables.rows(fitted.sample(30, Seeds.root(4))));
        }

        @Test
        void keepsTheEndOfStandardErrorAndTheRunInTheDetails() {
            FittedGenerator fitted = example();
            fitted.sample(10, Seeds.root(4));

            List<String> log = fitted.log();
            assertEquals("run 1: standard error, last 2 of 2 lines:", log.getFirst());
            assertTrue(log.get(1).startsWith("read 6 rows of 3 columns from "), log.get(1));
            assertTrue(log.get(2).startsWith("wrote 10 rows to "), log.get(2));
            assertTrue(fitted.details().getLast().startsWith("run 1: 10 rows, {seed} = "),
                    fitted.details()::toString);
        }
    }

    @Nested
    class Sample {
        @BeforeEach
        void needsPython() {
            assumeTrue(Python.available(), "python3 is not on the path");
        }

        @Test
        void passesEachArgumentWithoutAShell() throws IOException {
            FittedGenerator fitted = program("open('args.txt', 'w').write('\\n'.join("
                    + "sys.argv[3:]))\n" + copyTrainAsOutput(), "python3 program.py {train} "
                    + "{output} 'two words' 'semi;colon' --rows={rows} $HOME '*'");

            fitted.sample(6, Seeds.root(2));

            assertEquals(List.of("two words", "semi;colon", "--rows=6", "$HOME", "*"),
                    Files.readAllLines(dir.resolve("args.txt")));
        }

        @Test
        void writesTheTrainingRecordsWithIdentifiersEmptyAndDeletesThemAfterwards()
                throws IOException {
            FittedGenerator fitted = program("open('seen.txt', 'w').write(sys.argv[1] + '\\n' "
                    + "+ open(sys.argv[1]).read())\n" + copyTrainAsOutput(),
                    "python3 program.py {train} {output}");

            fitted.sample(6, Seeds.root(2));

            List<String> seen = Files.readAllLines(dir.resolve("seen.txt"));
            assertEquals(List.of("id,age,plan", ",34,gold", ",51,basic", ",29,", ",,silver",
                    ",62,basic", ",62,basic"), seen.subList(1, seen.size()));
            assertFalse(Files.exists(Path.of(seen.getFirst()).getParent()));
        }

        @Test
        void failsOnANonZeroExitWithTheLastLineOfStandardError() throws IOException {
            FittedGenerator fitted = program("print('loading', file=sys.stderr)\n"
                    + "print('ModuleNotFoundError: ctgan', file=sys.stderr)\nsys.exit(3)\n",
                    "python3 program.py {train} {output}");

            assertEquals(OWNER + ": 'python3 program.py {train} {output}' exited with code 3; "
                    + "last line of its standard error: 'ModuleNotFoundError: ctgan'",
                    failure(fitted, 6));
        }

        @Test
        void failsWhenTheProgramWritesNothing() throws IOException {
            FittedGenerator fitted = program("pass\n", "python3 program.py {train} {output}");

            assertEquals(OWNER + ": 'python3 program.py {train} {output}' exited with code 0 "
                    + "but wrote no file at {output}", failure(fitted, 6));
        }

        @Test
        void failsWhenTheOutputIsEmpty() throws IOException {
            FittedGenerator fitted = program("open(sys.argv[2], 'w').close()\n",
                    "python3 program.py {train} {output}");

            assertEquals(OWNER + ": 'python3 program.py {train} {output}' exited with code 0 "
                    + "but its output file {output} is empty", failure(fitted, 6));
        }

        @Test
        void failsWhenAColumnIsMissingNamingItAndTheFile() throws IOException {
            FittedGenerator fitted = program("open(sys.argv[2], 'w').write('id,age\\n,1\\n')\n",
                    "python3 program.py {train} {output}");

            String message = failure(fitted, 1);

            assertTrue(message.startsWith(OWNER + ": output of 'python3 program.py {train} "
                    + "{output}': "), message);
            assertTrue(message.endsWith("synthetic.csv has no column 'plan'; a synthetic file "
                    + "needs every column of the real data but the identifiers (age, plan)"),
                    message);
        }

        @Test
        void failsOnAValueThatDoesNotParseNamingLineAndColumn() throws IOException {
            FittedGenerator fitted = program("open(sys.argv[2], 'w').write('age,plan\\n40,gold"
                    + "\\nold,gold\\n')\n", "python3 program.py {train} {output}");

            String message = failure(fitted, 2);

            assertTrue(message.endsWith("synthetic.csv, line 3, column 'age': 'old' is not a "
                    + "number (the column is numeric)"), message);
        }

        @Test
        void failsWhenTheProgramWritesAnotherNumberOfRows() throws IOException {
            FittedGenerator fitted = program(copyTrainAsOutput(),
                    "python3 program.py {train} {output}");

            assertEquals(OWNER + ": 'python3 program.py {train} {output}' wrote 6 rows; 10 were "
                    + "asked for ({rows})", failure(fitted, 10));
        }

        @Test
        void failsWhenTheProgramCannotBeStarted() {
            FittedGenerator fitted = fit(dir, Map.of("command",
                    "no-such-program-4711 {train} {output}"));

            assertEquals(OWNER + ": cannot start 'no-such-program-4711' in " + dir
                    + " (No such file or directory); check parameter 'command'",
                    failure(fitted, 6));
        }

        @Test
        void stopsAProgramAndItsChildrenAfterTheTimeout() throws Exception {
            Files.writeString(dir.resolve("program.py"), "import subprocess, sys, time\n"
                    + "child = subprocess.Popen([sys.executable, '-c', 'import time; "
                    + "time.sleep(120)'])\nopen('child.pid', 'w').write(str(child.pid))\n"
                    + "print('waiting', file=sys.stderr, flush=True)\ntime.sleep(120)\n");
            // The timeout leaves a loaded machine time to start Python and write the child's
            // pid and the stderr line before the program is stopped.
            Map<String, Object> parameters = new HashMap<>(Map.of("command",
                    "python3 program.py {train} {output}", "timeout", 8));
            FittedGenerator fitted = fit(dir, parameters);

            assertEquals(OWNER + ": 'python3 program.py {train} {output}' did not finish "
                    + "within 8 s (parameter 'timeout') and was stopped; last line of its "
                    + "standard error: 'waiting'", failure(fitted, 6));

            long pid = Long.parseLong(Files.readString(dir.resolve("child.pid")).strip());
            Optional<ProcessHandle> child = ProcessHandle.of(pid);
            if (child.isPresent()) {
                child.get().onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
