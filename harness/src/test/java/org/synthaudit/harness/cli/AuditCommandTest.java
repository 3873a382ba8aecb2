package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.harness.fakes.FakePlugins;

class AuditCommandTest {
    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        out = dir.resolve("out");
        Files.writeString(dir.resolve("real.csv"), "a,b\n1,x\n2,y\n");
    }

    private Path config(String yaml) throws IOException {
        return Files.writeString(dir.resolve("audit.yaml"), yaml);
    }

    private Cli.Run audit(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "audit";
        all[1] = "--out";
        all[2] = out.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(FakePlugins::standard, all);
    }

    @Nested
    class Call {
        @Test
        void namesAMissingConfigFile() {
            Path missing = dir.resolve("nope.yaml");

            Cli.Run run = audit("--config", missing.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: config file " + missing + " not found\n", run.err());
        }

        @Test
        void rejectsAnUnknownGeneratorListingTheKnownOnes() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: nope}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: unknown generator 'nope'; known: fake-copy\n", run.err());
        }

        @Test
        void rejectsAnUnknownGeneratorFromTheCommandLine() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: fake-copy}\n");

            Cli.Run run = audit("--config", config.toString(), "--generator", "identiti");

            assertEquals(2, run.code());
            assertEquals("synthaudit: unknown generator 'identiti'; known: fake-copy\n",
                    run.err());
        }

        @Test
        void rejectsAnUnknownEvaluator() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: fake-copy}\n"
                    + "evaluators: {membership.dcrr: {targets: 5}}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: unknown evaluator 'membership.dcrr'; known: fake.rows, "
                    + "fake.skipped\n", run.err());
        }

        @Test
        void rejectsAnUnknownGeneratorParameter() throws IOException {
            Path config = config("real: real.csv\n"
                    + "generator: {id: fake-copy, parameters: {offst: 1}}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: generator fake-copy: unknown parameter 'offst'; accepted: "
                    + "offset\n", run.err());
        }

        @Test
        void namesAMissingRealFile() throws IOException {
            Path config = config("real: absent.csv\ngenerator: {id: fake-copy}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + config + ": real: file " + dir.resolve("absent.csv")
                    + " not found\n", run.err());
        }

        @Test
        void asksForAGenerator() throws IOException {
            Path config = config("real: real.csv\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + config + ": no generator; set generator.id or pass "
                    + "--generator (see synthaudit list)\n", run.err());
        }

        @Test
        void rejectsAnInvalidConfigWithTheLine() throws IOException {
            Path config = config("real: real.csv\nseed: 1\ncolumns:\n  a: {roles: [qi]}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + config + " line 4: columns.a.roles[0]: unknown role "
                    + "'qi'; expected one of quasi-identifier, sensitive, target, protected\n",
                    run.err());
        }

        @Test
        void refusesToOverwriteAReportWithoutForce() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: fake-copy}\n");
            Files.createDirectories(out);
            Files.writeString(out.resolve("report.json"), "{}");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + out.resolve("report.json") + " already exists; use "
                    + "--force to replace it or choose another --out folder\n", run.err());
        }

        @Test
        void rejectsAnUnknownOptionWithUsage() {
            Cli.Run run = audit("--bogus");

            assertEquals(2, run.code());
            assertEquals("synthaudit: Unknown option: '--bogus'", run.firstErrorLine());
            assertTrue(run.err().contains("Usage: synthaudit audit"), run.err());
        }

        @Test
        void rejectsThreadsOutOfRange() {
            Cli.Run run = audit("--threads", "0", "--config", "x.yaml");

            assertEquals(2, run.code());
            assertEquals("synthaudit: --threads must be in [1, 1024], was 0",
                    run.firstErrorLine());
        }

        @Test
        void rejectsASeedThatIsNotANumber() {
            Cli.Run run = audit("--seed", "abc", "--config", "x.yaml");

            assertEquals(2, run.code());
            assertEquals("synthaudit: Invalid value for option '--seed': 'abc' is not a long",
                    run.firstErrorLine());
        }

        @Test
        void asksForAConfigOrReleaseFiles() {
            Cli.Run run = audit();

            assertEquals(2, run.code());
            assertEquals("synthaudit: audit needs --config FILE (generator mode) or --train, "
                    + "--holdout and --synthetic files (release mode)\n", run.err());
        }

        @Test
        void namesTheMissingReleaseFiles() {
            Cli.Run run = audit("--train", dir.resolve("real.csv").toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: release mode needs --train, --holdout and at least one "
                    + "--synthetic file; missing --holdout, --synthetic\n", run.err());
        }

        @Test
        void rejectsAGeneratorInReleaseMode() {
            String real = dir.resolve("real.csv").toString();

            Cli.Run run = audit("--train", real, "--holdout", real, "--synthetic", real,
                    "--generator", "fake-copy");

            assertEquals(2, run.code());
            assertEquals("synthaudit: --generator is for generator mode; in release mode the "
                    + "--synthetic files are audited as they are\n", run.err());
        }

        @Test
        void namesAMissingSyntheticFile() {
            String real = dir.resolve("real.csv").toString();
            Path absent = dir.resolve("synthetic.csv");

            Cli.Run run = audit("--train", real, "--holdout", real, "--synthetic",
                    absent.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: --synthetic: file " + absent + " not found\n", run.err());
        }

        @Test
        void rejectsANulByteInTheOutputFolder() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: fake-copy}\n");

            Cli.Run run = Cli.run(FakePlugins::standard, "audit", "--config", config.toString(),
                    "--out", "bad\0name");

            assertEquals(2, run.code());
            assertEquals("synthaudit: output folder name contains a NUL byte; choose another "
                    + "name\n", run.err());
        }
    }
}
