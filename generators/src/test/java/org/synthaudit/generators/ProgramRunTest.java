package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramRunTest {
    @TempDir
    Path dir;

    @Nested
    class Tail {
        @Test
        void keepsTheLastFiftyLinesAndCountsThemAll() throws IOException {
            Path file = Files.writeString(dir.resolve("err.txt"), IntStream.rangeClosed(1, 120)
                    .mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n")));

            ProgramRun.Outcome tail = ProgramRun.tail(file);

            assertEquals(120, tail.stderrLines());
            assertEquals(50, tail.stderrTail().size());
            assertEquals("line 71", tail.stderrTail().getFirst());
            assertEquals("line 120", tail.stderrTail().getLast());
        }

        @Test
        void dropsTheCutFirstLineOfALongFile() throws IOException {
            String longLine = "x".repeat(70_000);
            Path file = Files.writeString(dir.resolve("err.txt"), longLine + "\nlast\n");

            assertEquals(List.of("last"), ProgramRun.tail(file).stderrTail());
        }

        @Test
        void readsAMissingFileAsEmpty() {
            ProgramRun.Outcome tail = ProgramRun.tail(dir.resolve("absent.txt"));

            assertEquals(List.of(), tail.stderrTail());
            assertEquals("", tail.lastLineNote());
        }

        @Test
        void quotesTheLastLineThatIsNotBlank() throws IOException {
            Path file = Files.writeString(dir.resolve("err.txt"), "first\n  Error: boom \n\n");

            assertEquals("; last line of its standard error: 'Error: boom'",
                    ProgramRun.tail(file).lastLineNote());
        }
    }
}
