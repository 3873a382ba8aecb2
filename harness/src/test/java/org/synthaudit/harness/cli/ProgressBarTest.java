package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.progress.Progress;
import org.synthaudit.core.progress.ProgressStatus.TaskState;

/**
 * Tests of the progress bar: the line drawn for a status, the terminal check, and that other
 * text never shares a line with the bar. Redraws are called directly, never timed.
 */
class ProgressBarTest {
    private static TaskState running(String label, long done, long total, String detail,
            long millis) {
        return new TaskState(label, done, total, detail, false, millis);
    }

    @Nested
    class Render {
        @Test
        void drawsTheInnermostTaskAfterTheTasksAroundIt() {
            String line = ProgressBar.render(List.of(
                    running("evaluators", 12, 16, "membership.shadow", 90_000),
                    running("membership.shadow: generator fits", 750, 3000, null, 30_000)),
                    119);

            // 750 of 3000 fits in 30 s: 2250 more take 90 s
            assertEquals("[####............]  25% evaluators 12/16 > membership.shadow: "
                    + "generator fits 750/3000, 1m30s left", line);
        }

        @Test
        void dropsTheOuterTasksBeforeCuttingTheInnermostOne() {
            String line = ProgressBar.render(List.of(
                    running("evaluators", 12, 16, "membership.shadow", 90_000),
                    running("membership.shadow: generator fits", 750, 3000, null, 30_000)),
                    79);

            assertEquals("[####............]  25% membership.shadow: generator fits "
                    + "750/3000, 1m30s left", line);
        }

        @Test
        void leavesFinishedTasksOut() {
            String line = ProgressBar.render(List.of(
                    new TaskState("preparing the data", 1, 1, null, true, 4_000),
                    running("evaluators", 0, 16, "fairness", 0)), 79);

            assertEquals("[................]   0% evaluators 0/16 (fairness)", line);
        }

        @Test
        void isEmptyWhenNothingRuns() {
            assertEquals("", ProgressBar.render(List.of(
                    new TaskState("evaluators", 16, 16, null, true, 1)), 79));
        }

        @Test
        void escapesControlCharacters() {
            String line = ProgressBar.render(List.of(running("audits", 0, 2,
                    "gen\u001b[31m, repeat 1", 0)), 79);

            assertEquals("[................]   0% audits 0/2 (gen\\u001b[31m, repeat 1)",
                    line);
        }

        @Test
        void cutsALineTooLongForTheTerminal() {
            String line = ProgressBar.render(List.of(running("x".repeat(100), 0, 1, null, 0)),
                    40);

            assertEquals(40, line.length());
            assertTrue(line.endsWith("..."), line);
        }
    }

    @Nested
    class TimeLeft {
        @Test
        void extrapolatesThePaceSoFar() {
            assertEquals("45s", ProgressBar.timeLeft(running("t", 10, 40, null, 15_000)));
            assertEquals("2h05m", ProgressBar.timeLeft(running("t", 1, 6, null, 1_500_000)));
        }

        @Test
        void isEmptyBeforeTheFirstStepAndAtTheEnd() {
            assertEquals("", ProgressBar.timeLeft(running("t", 0, 40, null, 15_000)));
            assertEquals("", ProgressBar.timeLeft(running("t", 40, 40, null, 15_000)));
        }
    }

    @Nested
    class Terminal {
        @TempDir
        Path dir;

        @Test
        void knowsATerminalDeviceFromItsLink() throws IOException {
            Path link = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/7"));

            assertTrue(ProgressBar.isTerminalDevice(link));
        }

        @Test
        void takesAPipeOrAFileForNoTerminal() throws IOException {
            Path pipe = Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[81321]"));
            Path file = Files.createSymbolicLink(dir.resolve("file"), dir.resolve("ci.log"));

            assertFalse(ProgressBar.isTerminalDevice(pipe));
            assertFalse(ProgressBar.isTerminalDevice(file));
            assertFalse(ProgressBar.isTerminalDevice(dir.resolve("missing")));
        }

        @Test
        void opensNoBarWhenQuiet() {
            assertTrue(ProgressBar.open(true).isEmpty());
        }

        @Test
        void readsTheWidthFromColumns() {
            assertEquals(132, ProgressBar.terminalColumns("132"));
            assertEquals(80, ProgressBar.terminalColumns(null));
            assertEquals(80, ProgressBar.terminalColumns("wide"));
            assertEquals(80, ProgressBar.terminalColumns("12"));
        }
    }

    @Nested
    class Drawing {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ProgressBar bar = new ProgressBar(new PrintStream(bytes, true,
                StandardCharsets.UTF_8), 80);

        private String written() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Test
        void drawsNothingWhileNoTaskRuns() {
            bar.redraw();

            assertEquals("", written());
        }

        @Test
        void redrawsInPlaceAndClearsTheLineWhenClosed() {
            Progress.Task task = bar.progress().start("audits", 2);
            bar.redraw();
            task.advance(2);
            bar.redraw();
            bar.close();

            String first = "[................]   0% audits 0/2";
            String second = "[################] 100% audits 2/2";
            assertEquals(first + "\r" + " ".repeat(first.length()) + "\r" + second + "\r"
                    + " ".repeat(second.length()) + "\r", written());
        }

        @Test
        void takesTheBarOffTheLineForALogLineAndWaitsForItsEnd() {
            bar.progress().start("audits", 2);
            PrintStream err = bar.interleaved();
            bar.redraw();
            err.print("[INFO] audited identity");
            bar.redraw();
            err.println(" in repeat 1: FAIL");
            bar.redraw();

            String line = "[................]   0% audits 0/2";
            String erase = "\r" + " ".repeat(line.length()) + "\r";
            assertEquals(line + erase + "[INFO] audited identity in repeat 1: FAIL"
                    + System.lineSeparator() + line, written());
        }
    }
}
