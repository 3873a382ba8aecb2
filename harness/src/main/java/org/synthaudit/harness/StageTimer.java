package org.synthaudit.harness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Measures the wall-clock time of an audit's stages, in the order they ran. */
public final class StageTimer {
    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Creates a timer with no stage recorded. */
    public StageTimer() {
        // nothing to set up
    }

    /**
     * Runs a stage and records its duration.
     *
     * @param stage the stage name, e.g. {@code load} or {@code evaluate/membership.dcr}
     * @param work the stage
     * @param <T> what the stage returns
     * @return what the stage returned
     */
    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    /**
     * The durations so far.
     *
     * @return milliseconds by stage, in the order the stages first ran
     */
    public Map<String, Long> millis() {
        return new LinkedHashMap<>(millis);
    }
}
