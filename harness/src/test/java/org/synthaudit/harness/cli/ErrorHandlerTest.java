package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.SynthauditException;
import org.synthaudit.harness.Memory;
import org.synthaudit.harness.Plugins;

class ErrorHandlerTest {
    private static Plugins boom() {
        throw new IllegalStateException("registry broke");
    }

    private static Plugins failingGenerator() {
        throw new SynthauditException("generator crashed: out of memory");
    }

    @Nested
    class Line {
        @Test
        void prefixesTheToolName() {
            assertEquals("synthaudit: bad", ErrorHandler.line("bad"));
        }

        @Test
        void escapesControlCharactersFromData() {
            assertEquals("synthaudit: no column '\\u001b[31mRED\\u001b[0m\\u0007'",
                    ErrorHandler.line("no column '\u001b[31mRED\u001b[0m\u0007'"));
        }

        @Test
        void joinsLinesIntoOne() {
            assertEquals("synthaudit: first second", ErrorHandler.line("first\n  second\r\n"));
        }
    }

    private static Plugins outOfMemory() {
        throw new OutOfMemoryError("Java heap space");
    }

    private static Plugins tooDeep() {
        throw new StackOverflowError();
    }

    @Nested
    class HandleErrors {
        @Test
        void reportsRunningOutOfMemoryInOneLineWithExitCodeThree() {
            Cli.Run run = Cli.run(ErrorHandlerTest::outOfMemory, "list");

            assertEquals(3, run.code());
            assertEquals("synthaudit: out of memory (Java heap space): this run needs more than "
                    + "the " + Memory.format(Runtime.getRuntime().maxMemory()) + " Java may use; "
                    + "use fewer rows, or give Java more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx8g\n",
                    run.err());
        }

        @Test
        void reportsAnotherErrorAsInternal() {
            Cli.Run run = Cli.run(ErrorHandlerTest::tooDeep, "list");

            assertEquals(3, run.code());
            assertEquals("synthaudit: internal error: StackOverflowError (rerun with -v for the "
                    + "stack trace)\n", run.err());
        }

        @Test
        void printsTheStackTraceOfAnErrorWithVerbose() {
            Cli.Run run = Cli.run(ErrorHandlerTest::tooDeep, "list", "-v");

            assertEquals(3, run.code());
            assertTrue(run.err().contains("java.lang.StackOverflowError\n\tat "), run.err());
        }
    }

    @Nested
    class HandleExecutionException {
        @Test
        void reportsABugAsInternalErrorWithoutStackTrace() {
            Cli.Run run = Cli.run(ErrorHandlerTest::boom, "list");

            assertEquals(3, run.code());
            assertEquals("synthaudit: internal error: IllegalStateException: registry broke "
                    + "(rerun with -v for the stack trace)\n", run.err());
        }

        @Test
        void printsTheStackTraceWithVerbose() {
            Cli.Run run = Cli.run(ErrorHandlerTest::boom, "list", "-v");

            assertEquals(3, run.code());
            assertTrue(run.err().contains("\tat "), run.err());
        }

        @Test
        void reportsADomainFailureWithExitCodeThree() {
            Cli.Run run = Cli.run(ErrorHandlerTest::failingGenerator, "list");

            assertEquals(3, run.code());
            assertEquals("synthaudit: generator crashed: out of memory\n", run.err());
            assertFalse(run.err().contains("internal error"));
        }
    }
}
