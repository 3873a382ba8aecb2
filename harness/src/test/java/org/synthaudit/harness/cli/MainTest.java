package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.harness.fakes.FakePlugins;

class MainTest {

    @Nested
    class CommandLine {
        @Test
        void printsTheVersion() {
            Cli.Run run = Cli.run(FakePlugins::standard, "--version");

            assertEquals(0, run.code());
            assertTrue(run.out().startsWith("synthaudit 0."), run.out());
            assertFalse(run.out().contains("${"), run.out());
            assertTrue(run.out().contains("JDK "), run.out());
        }

        @Test
        void rejectsAMissingCommandWithUsage() {
            Cli.Run run = Cli.run(FakePlugins::standard);

            assertEquals(2, run.code());
            assertEquals("synthaudit: missing command: audit, compare, list, schema or "
                    + "generate", run.firstErrorLine());
            assertTrue(run.err().contains("Usage: synthaudit"), run.err());
        }

        @Test
        void rejectsAnUnknownCommand() {
            Cli.Run run = Cli.run(FakePlugins::standard, "audti");

            assertEquals(2, run.code());
            assertEquals("synthaudit: Unmatched argument at index 0: 'audti'",
                    run.firstErrorLine());
        }

        @Test
        void listsTheCommandsInTheHelp() {
            Cli.Run run = Cli.run(FakePlugins::standard, "--help");

            assertEquals(0, run.code());
            for (String command : new String[] {"audit", "list", "schema", "generate"}) {
                assertTrue(run.out().contains("  " + command + " "), run.out());
            }
        }

        @Test
        void loadsNoPluginsForHelp() {
            Cli.Run run = Cli.run(() -> {
                throw new IllegalStateException("plug-ins must not load");
            }, "audit", "--help");

            assertEquals(0, run.code());
        }
    }
}
