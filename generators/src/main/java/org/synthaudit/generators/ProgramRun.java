package org.synthaudit.generators;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synthaudit.core.InputException;
import org.synthaudit.core.SynthauditException;

/**
 * Runs an outside program once, without a shell: standard input is empty, standard output is
 * discarded, standard error goes to a file whose last lines are kept. A program that outlives its
 * timeout is stopped together with every process it started.
 */
final class ProgramRun {
    /** The number of standard-error lines kept for the report. */
    static final int TAIL_LINES = 50;

    private static final int TAIL_BYTES = 64 * 1024;
    private static final long GRACE_SECONDS = 10;
    /** The operating system's reason in a failed start: {@code error=2, No such file ...}. */
    private static final Pattern SYSTEM_ERROR = Pattern.compile(
            "error(?:=|: )\\d+(?:, | \\()([^)]+)");

    private ProgramRun() {
    }

    /**
     * How a run ended.
     *
     * @param exitCode the program's exit code
     * @param stderrTail the last lines of its standard error, at most {@value #TAIL_LINES}
     * @param stderrLines how many lines it wrote to standard error in all
     */
    record Outcome(int exitCode, List<String> stderrTail, long stderrLines) {
        /** Freezes the lines. */
        Outcome {
            stderrTail = List.copyOf(stderrTail);
        }

        /**
         * The last line of standard error that is not blank, quoted for a message.
         *
         * @return e.g. {@code ; last line of its standard error: 'No module named ctgan'}, or
         *     empty when it wrote nothing
         */
        String lastLineNote() {
            for (int i = stderrTail.size() - 1; i >= 0; i--) {
                if (!stderrTail.get(i).isBlank()) {
                    return "; last line of its standard error: '" + stderrTail.get(i).strip()
                            + "'";
                }
            }
            return "";
        }
    }

    /**
     * Runs a program and waits for it.
     *
     * @param arguments the program and its arguments
     * @param folder the working folder of the program
     * @param timeout how long it may run
     * @param stderr the file its standard error is written to
     * @param owner the plug-in, for messages, e.g. {@code generator external}
     * @param shown the command as the user wrote it, for messages
     * @return how it ended
     * @throws InputException if it cannot be started or does not finish in time
     */
    static Outcome run(List<String> arguments, Path folder, Duration timeout, Path stderr,
            String owner, String shown) {
        Process process;
        try {
            process = new ProcessBuilder(arguments).directory(folder.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile())
                    .start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new InputException(owner + ": cannot start '" + arguments.getFirst() + "' in "
                    + folder + " (" + reason(e) + "); check parameter 'command'", e);
        }

        boolean finished = waitFor(process, timeout);
        if (!finished) {
            stop(process);
            throw new InputException(owner + ": '" + shown + "' did not finish within "
                    + seconds(timeout) + " s (parameter 'timeout') and was stopped"
                    + tail(stderr).lastLineNote());
        }
        Outcome tail = tail(stderr);
        return new Outcome(process.exitValue(), tail.stderrTail(), tail.stderrLines());
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new SynthauditException("interrupted while waiting for an outside program", e);
        }
    }

    /** Stops a process and every process it started, and waits briefly for it to end. */
    private static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the end of a standard-error file.
     *
     * @param file the file; a missing file counts as empty
     * @return an outcome with exit code 0 holding the last lines and the line count
     */
    static Outcome tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return new Outcome(0, List.of(), 0);
            }
            long size = Files.size(file);
            long lines = countLines(file);
            byte[] bytes;
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                int length = (int) Math.min(size, TAIL_BYTES);
                bytes = new byte[length];
                in.seek(size - length);
                in.readFully(bytes);
            }
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            if (size > TAIL_BYTES && !all.isEmpty()) {
                all = all.subList(1, all.size());
            }
            return new Outcome(0, all.subList(Math.max(0, all.size() - TAIL_LINES), all.size()),
                    lines);
        } catch (IOException e) {
            return new Outcome(0, List.of("(standard error could not be read: " + reason(e)
                    + ")"), 0);
        }
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[TAIL_BYTES];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    private static String seconds(Duration timeout) {
        double s = timeout.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    private static String reason(IOException e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = SYSTEM_ERROR.matcher(message);
        return m.find() ? m.group(1).strip() : message;
    }
}
