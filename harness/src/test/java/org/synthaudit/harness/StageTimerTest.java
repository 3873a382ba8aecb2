package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StageTimerTest {

    @Nested
    class Time {
        @Test
        void returnsTheResultAndKeepsTheStageOrder() {
            StageTimer timer = new StageTimer();

            assertEquals("x", timer.time("load", () -> "x"));
            timer.time("split", () -> 1);

            assertEquals(List.of("load", "split"), List.copyOf(timer.millis().keySet()));
            assertTrue(timer.millis().values().stream().allMatch(ms -> ms >= 0));
        }

        @Test
        void recordsAStageThatFailed() {
            StageTimer timer = new StageTimer();

            assertThrows(IllegalStateException.class, () -> timer.time("fit", () -> {
                throw new IllegalStateException("broken");
            }));

            assertEquals(List.of("fit"), List.copyOf(timer.millis().keySet()));
        }
    }
}
