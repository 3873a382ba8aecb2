package org.synthaudit.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.progress.ProgressStatus.TaskState;

/** Tests of the in-memory progress: order of tasks, counts under parallel work, the bar share. */
class ProgressStatusTest {
    @Nested
    class Start {
        @Test
        void listsTasksInTheOrderTheyStarted() {
            ProgressStatus status = new ProgressStatus();

            status.start("evaluators", 3).close();
            status.start("membership.shadow: generator fits", 100);

            List<TaskState> tasks = status.snapshot();
            assertEquals(List.of("evaluators", "membership.shadow: generator fits"),
                    tasks.stream().map(TaskState::label).toList());
            assertTrue(tasks.get(0).finished());
            assertFalse(tasks.get(1).finished());
        }

        @Test
        void rejectsANegativeTotal() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ProgressStatus().start("fits", -1));

            assertEquals("a task's total must be >= 0, was -1 for fits", e.getMessage());
        }
    }

    @Nested
    class Advance {
        @Test
        void reachesTheTotalWhateverOrderParallelStepsFinishIn() {
            ProgressStatus status = new ProgressStatus();
            Progress.Task task = status.start("fits", 10_000);
            // steps of 1 to 3, shuffled by a seeded generator, summed on 4 threads
            int[] steps = new SplittableRandom(5).ints(5_000, 1, 4).toArray();
            int sum = IntStream.of(steps).sum();
            Progress.Task whole = status.start("steps", sum);

            try (ForkJoinPool pool = new ForkJoinPool(4)) {
                pool.submit(() -> IntStream.range(0, 10_000).parallel()
                        .forEach(i -> task.advance())).join();
                pool.submit(() -> IntStream.of(steps).parallel().forEach(whole::advance))
                        .join();
            }

            assertEquals(10_000, status.snapshot().get(0).done());
            assertEquals(sum, status.snapshot().get(1).done());
            assertEquals(1.0, status.snapshot().get(1).fraction());
        }

        @Test
        void rejectsNegativeSteps() {
            Progress.Task task = new ProgressStatus().start("fits", 4);

            assertThrows(IllegalArgumentException.class, () -> task.advance(-1));
        }

        @Test
        void keepsTheLatestDetail() {
            ProgressStatus status = new ProgressStatus();
            Progress.Task task = status.start("evaluators", 2);

            task.detail("fidelity.copies");
            task.detail("linkage");

            assertEquals("linkage", status.snapshot().getFirst().detail());
        }
    }

    @Nested
    class Fraction {
        @Test
        void isTheShareOfStepsDone() {
            assertEquals(0.25, new TaskState("t", 1, 4, null, false, 0).fraction());
        }

        @Test
        void isCappedAtOneWhenMoreStepsWereCountedThanAnnounced() {
            assertEquals(1.0, new TaskState("t", 5, 4, null, false, 0).fraction());
        }

        @Test
        void isOneForATaskOfNoSteps() {
            assertEquals(1.0, new TaskState("t", 0, 0, null, false, 0).fraction());
        }
    }

    @Test
    void noneDiscardsEverything() {
        Progress.Task task = Progress.NONE.start("fits", 3);

        task.advance(5);
        task.close();

        assertEquals(Progress.Task.NONE, task);
    }
}
