package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.harness.fakes.FakePlugins;

/**
 * Tests of {@code -q/--quiet} and of what reaches standard error when it is not a terminal (as
 * under the test runner): no progress bar, no carriage return, the same results and exit code.
 */
class QuietOptionTest {
    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(dir.resolve("real.csv"), "a,b\n1,x\n2,y\n3,x\n4,y\n");
        config = Files.writeString(dir.resolve("audit.yaml"), "real: real.csv\n"
                + "generator: {id: fake-copy}\n");
    }

    private Cli.Run audit(String out, String... options) {
        String[] all = new String[options.length + 5];
        System.arraycopy(new String[] {"audit", "--config", config.toString(), "--out",
            dir.resolve(out).toString()}, 0, all, 0, 5);
        System.arraycopy(options, 0, all, 5, options.length);
        return Cli.run(FakePlugins::standard, all);
    }

    @Nested
    class Audit {
        @Test
        void drawsNoBarWhenStandardErrorIsNotATerminal() {
            Cli.Run run = audit("plain");

            assertEquals("", run.err());
            assertFalse(run.out().contains("\r"), run.out());
        }

        @Test
        void keepsTheVerdictTheSummaryAndTheExitCode() throws IOException {
            Cli.Run plain = audit("plain");
            Cli.Run quiet = audit("quiet", "-q");
            Cli.Run longForm = audit("long", "--quiet");

            assertEquals(plain.code(), quiet.code());
            assertEquals(plain.code(), longForm.code());
            assertEquals("", quiet.err());
            assertEquals(plain.out().lines().filter(l -> !l.startsWith("wrote")).toList(),
                    quiet.out().lines().filter(l -> !l.startsWith("wrote")).toList());
            assertEquals(Files.readString(dir.resolve("plain/summary.md")),
                    Files.readString(dir.resolve("quiet/summary.md")));
        }

        @Test
        void cannotBeCombinedWithVerbose() {
            Cli.Run run = audit("both", "-q", "-v");

            assertEquals(2, run.code());
            assertEquals("synthaudit: -q/--quiet and -v/--verbose cannot be combined",
                    run.firstErrorLine());
            assertTrue(Files.notExists(dir.resolve("both")), "nothing is written");
        }
    }

    @Nested
    class Compare {
        private Cli.Run compare(String... options) {
            String[] all = new String[options.length + 7];
            System.arraycopy(new String[] {"compare", "--config", config.toString(), "--out",
                dir.resolve("compare").toString(), "--generators", "fake-copy,fake-copy:offset=1"},
                    0, all, 0, 7);
            System.arraycopy(options, 0, all, 7, options.length);
            return Cli.run(FakePlugins::standard, all);
        }

        @Test
        void printsALinePerAuditWithoutQuiet() {
            Cli.Run run = compare("--force");

            assertEquals(0, run.code(), run.err());
            assertEquals(2, run.err().lines().filter(l -> l.matches("\\[[12]/2] .*")).count(),
                    run.err());
        }

        @Test
        void printsNothingOnStandardErrorWithQuiet() {
            Cli.Run run = compare("--force", "-q");

            assertEquals(0, run.code(), run.err());
            assertEquals("", run.err());
        }
    }

    @Nested
    class OtherCommands {
        @Test
        void acceptQuiet() {
            assertEquals(0, Cli.run(FakePlugins::standard, "list", "-q").code());
            assertEquals(0, Cli.run(FakePlugins::standard, "schema", "-q", "--real",
                    dir.resolve("real.csv").toString()).code());
        }
    }
}
