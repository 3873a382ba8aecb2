package org.synthaudit.core.progress;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress kept in memory for a display to read: every task started, with its count of finished
 * steps. Work advances the counts from any thread (an atomic add, no lock); a display takes a
 * {@link #snapshot()} whenever it redraws. The counts do not depend on the order in which
 * parallel steps finish.
 */
public final class ProgressStatus implements Progress {
    private final List<Counter> tasks = new CopyOnWriteArrayList<>();

    /** Creates a status with no task. */
    public ProgressStatus() {
        // nothing started yet
    }

    @Override
    public Task start(String label, long total) {
        Objects.requireNonNull(label, "label");
        if (total < 0) {
            throw new IllegalArgumentException("a task's total must be >= 0, was " + total
                    + " for " + label);
        }
        Counter counter = new Counter(label, total);
        tasks.add(counter);
        return counter;
    }

    /**
     * The state of every task started so far, in the order they were started.
     *
     * @return one entry per task
     */
    public List<TaskState> snapshot() {
        return tasks.stream().map(Counter::state).toList();
    }

    /**
     * The state of a task at one moment.
     *
     * @param label what the task does
     * @param done the steps finished, {@code >= 0}; more than {@code total} only if the work
     *     counted more steps than it announced
     * @param total the steps announced
     * @param detail what it is doing now, or {@code null}
     * @param finished whether the task was closed
     * @param elapsedMillis the wall-clock time since the task started, in milliseconds
     */
    public record TaskState(String label, long done, long total, String detail,
            boolean finished, long elapsedMillis) {

        /**
         * The share of the steps finished, for a bar.
         *
         * @return {@code done / total} capped at 1; 1 for a task of no steps
         */
        public double fraction() {
            return total == 0 ? 1 : Math.min(1, (double) done / total);
        }
    }

    /** A task's live counts. */
    private static final class Counter implements Task {
        private final String label;
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private volatile String detail;
        private volatile boolean finished;
        private final long started = System.nanoTime();

        Counter(String label, long total) {
            this.label = label;
            this.total = total;
        }

        @Override
        public void advance(long steps) {
            if (steps < 0) {
                throw new IllegalArgumentException("steps must be >= 0, was " + steps);
            }
            done.addAndGet(steps);
        }

        @Override
        public void detail(String text) {
            detail = text;
        }

        @Override
        public void close() {
            finished = true;
        }

        TaskState state() {
            return new TaskState(label, done.get(), total, detail, finished,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
