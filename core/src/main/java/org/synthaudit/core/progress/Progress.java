package org.synthaudit.core.progress;

/**
 * Where long work reports how far it has come: an audit's evaluators, the generator fits of a
 * shadow-model attack, the audits of a comparison. Work starts a {@link Task} with a known total
 * of steps, advances it as steps finish and closes it; a display (the command line's progress
 * bar) reads the status on its own schedule. Reporting is a status, never a log line.
 *
 * <p>Implementations must be thread-safe: steps finish on the threads of a parallel pool in any
 * order. {@link #NONE}, the default everywhere, discards everything.
 */
public interface Progress {
    /** Progress that is not shown: every task it starts is {@link Task#NONE}. */
    Progress NONE = (label, total) -> Task.NONE;

    /**
     * Starts a task.
     *
     * @param label what the task does, e.g. {@code membership.shadow: generator fits}
     * @param total the number of steps it will take, {@code >= 0}
     * @return the task, to advance from any thread and to close when done
     * @throws IllegalArgumentException if the total is negative
     */
    Task start(String label, long total);

    /** One piece of work with a known number of steps. */
    interface Task extends AutoCloseable {
        /** A task that records nothing. */
        Task NONE = new Task() {
            @Override
            public void advance(long steps) {
                // not shown
            }

            @Override
            public void detail(String text) {
                // not shown
            }

            @Override
            public void close() {
                // not shown
            }
        };

        /**
         * Counts finished steps; safe to call from several threads at once.
         *
         * @param steps the number of steps just finished, {@code >= 0}
         * @throws IllegalArgumentException if {@code steps} is negative
         */
        void advance(long steps);

        /** Counts one finished step; safe to call from several threads at once. */
        default void advance() {
            advance(1);
        }

        /**
         * Says what the task is doing now, e.g. the evaluator that runs.
         *
         * @param text a short phrase, or {@code null} for none; text from data must not be
         *     passed, since a display prints it as it is
         */
        void detail(String text);

        /** Marks the task as finished, whatever its count; closing twice does nothing. */
        @Override
        void close();
    }
}
