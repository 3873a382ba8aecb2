package org.synthaudit.harness.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.synthaudit.core.progress.Progress;
import org.synthaudit.core.progress.ProgressStatus;
import org.synthaudit.core.progress.ProgressStatus.TaskState;
import org.synthaudit.harness.TerminalText;

/**
 * Draws the progress of an audit or a comparison as one line on standard error, redrawn in
 * place with a carriage return: a bar for the innermost running task, its count and estimated
 * time left, and the tasks around it, e.g.
 * {@code [####............]  31% evaluators 13/16 > membership.shadow: generator
 * fits 930/3000, 1m10s left}.
 *
 * <p>The bar is drawn only on a terminal and never with {@code -q}: a log file or a CI log gets
 * nothing. While it is shown, standard error is replaced by a stream that takes the bar off
 * the line before any other text (a {@code -v} log line, a message) and draws it again below
 * once that text has ended its line, so the two never share a line.
 */
final class ProgressBar implements AutoCloseable {
    /** How often the line is redrawn, in milliseconds. */
    static final long REDRAW_MILLIS = 200;
    /** The width of the bar itself, in characters. */
    static final int BAR_WIDTH = 16;
    /** The line width when the terminal's is not known. */
    static final int DEFAULT_COLUMNS = 80;

    private final ProgressStatus status = new ProgressStatus();
    private final PrintStream target;
    private final int columns;
    private final Object lock = new Object();
    private ScheduledExecutorService redraws;
    private PrintStream replaced;
    private String shown = "";
    private boolean atLineStart = true;

    /**
     * Creates a bar that writes to a stream; nothing is drawn before {@link #redraw} or
     * {@link #start}.
     *
     * @param target where the line is drawn
     * @param columns the terminal's width in characters, at least 30
     */
    ProgressBar(PrintStream target, int columns) {
        this.target = target;
        this.columns = Math.max(30, columns);
    }

    /**
     * The progress to show while a command runs: a bar on standard error when it is a terminal
     * and quiet is off, nothing otherwise.
     *
     * @param quiet whether {@code -q} was given
     * @return the running bar, or empty when none is to be drawn
     */
    static Optional<ProgressBar> open(boolean quiet) {
        if (quiet || !standardErrorIsTerminal()) {
            return Optional.empty();
        }
        ProgressBar bar = new ProgressBar(System.err, terminalColumns(System.getenv("COLUMNS")));
        bar.start();
        return Optional.of(bar);
    }

    /**
     * Where the work reports to.
     *
     * @return the status this bar draws
     */
    Progress progress() {
        return status;
    }

    /**
     * Tells whether standard error is a terminal. {@code TERM=dumb} turns the bar off.
     *
     * @return true when a bar may be drawn
     */
    static boolean standardErrorIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path descriptor = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(descriptor)) {
            return isTerminalDevice(descriptor);
        }
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    /**
     * Tells whether a file descriptor's link (on Linux, {@code /proc/self/fd/N}) names a
     * terminal device, {@code /dev/pts/N} or {@code /dev/ttyN}; a file, a pipe or a socket is
     * not one.
     *
     * @param descriptor the descriptor's symbolic link
     * @return true for a terminal; false also when the link cannot be read
     */
    static boolean isTerminalDevice(Path descriptor) {
        try {
            String device = Files.readSymbolicLink(descriptor).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * The line width to draw within.
     *
     * @param variable the value of the {@code COLUMNS} environment variable, or {@code null}
     * @return its value when it is a whole number from 30 to 1000, else {@value #DEFAULT_COLUMNS}
     */
    static int terminalColumns(String variable) {
        if (variable != null && variable.matches("[0-9]{2,4}")) {
            int value = Integer.parseInt(variable);
            if (value >= 30 && value <= 1000) {
                return value;
            }
        }
        return DEFAULT_COLUMNS;
    }

    /** Replaces standard error with the bar-aware stream and starts redrawing. */
    void start() {
        replaced = System.err;
        System.setErr(interleaved());
        redraws = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "synthaudit-progress");
            thread.setDaemon(true);
            return thread;
        });
        redraws.scheduleWithFixedDelay(this::redraw, REDRAW_MILLIS, REDRAW_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * A stream for other text while the bar is shown: each write first takes the bar off the
     * line, and the bar comes back at the next redraw once the text has ended its line.
     *
     * @return the stream, UTF-8, flushed on every line
     */
    PrintStream interleaved() {
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                if (length == 0) {
                    return;
                }
                synchronized (lock) {
                    erase();
                    target.write(bytes, offset, length);
                    target.flush();
                    atLineStart = bytes[offset + length - 1] == '\n';
                }
            }

            @Override
            public void flush() {
                target.flush();
            }
        };
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    /** Draws the current status, unless other text has not ended its line yet. */
    void redraw() {
        synchronized (lock) {
            if (!atLineStart) {
                return;
            }
            String line = render(status.snapshot(), columns - 1);
            if (line.equals(shown)) {
                return;
            }
            erase();
            target.print(line);
            target.flush();
            shown = line;
        }
    }

    private void erase() {
        if (!shown.isEmpty()) {
            target.print("\r" + " ".repeat(shown.length()) + "\r");
            shown = "";
        }
    }

    /** Stops redrawing, takes the bar off the line and gives standard error back. */
    @Override
    public void close() {
        if (redraws != null) {
            redraws.shutdownNow();
            try {
                redraws.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (lock) {
            erase();
            target.flush();
        }
        if (replaced != null) {
            System.setErr(replaced);
        }
    }

    /**
     * The line for a status: empty when no task runs; otherwise a bar and percentage for the
     * innermost running task (the last started that is not finished), its label, count,
     * detail and the time it still needs at its pace so far; before it, as far as the width
     * allows, the running tasks around it with their counts. Text is escaped for the terminal,
     * and cut to the width only when the innermost task alone does not fit.
     *
     * @param tasks the tasks in the order they were started
     * @param width the most characters the line may have, at least 30
     * @return the line, without a line break
     */
    static String render(List<TaskState> tasks, int width) {
        List<TaskState> running = tasks.stream().filter(t -> !t.finished()).toList();
        if (running.isEmpty()) {
            return "";
        }
        TaskState inner = running.getLast();
        int filled = (int) Math.floor(inner.fraction() * BAR_WIDTH);
        String bar = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", (int) Math.floor(inner.fraction() * 100))
                + " ";
        String left = timeLeft(inner);
        String text = TerminalText.escape(describe(inner, true)
                + (left.isEmpty() ? "" : ", " + left + " left"));
        for (int i = running.size() - 2; i >= 0; i--) {
            String outer = TerminalText.escape(describe(running.get(i), false)) + " > ";
            if (bar.length() + outer.length() + text.length() > width) {
                break;
            }
            text = outer + text;
        }
        String line = bar + text;
        return line.length() <= width ? line : line.substring(0, width - 3) + "...";
    }

    private static String describe(TaskState task, boolean withDetail) {
        String count = task.total() > 1 ? " " + task.done() + "/" + task.total() : "";
        String detail = !withDetail || task.detail() == null ? "" : " (" + task.detail() + ")";
        return task.label() + count + detail;
    }

    /**
     * The time the innermost task still needs at its pace so far.
     *
     * @param task a running task
     * @return e.g. {@code 2m10s}, or empty before the first step or past the total
     */
    static String timeLeft(TaskState task) {
        if (task.done() <= 0 || task.done() >= task.total()) {
            return "";
        }
        long seconds = Math.round(task.elapsedMillis() / 1000.0 * (task.total() - task.done())
                / task.done());
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
                : seconds + "s";
    }
}
