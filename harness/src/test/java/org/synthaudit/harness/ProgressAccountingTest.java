package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.progress.ProgressStatus;
import org.synthaudit.core.progress.ProgressStatus.TaskState;
import org.synthaudit.harness.compare.ComparisonRequest;
import org.synthaudit.harness.compare.ComparisonRunner;
import org.synthaudit.harness.compare.GeneratorSpec;
import org.synthaudit.harness.config.ConfigLoader;
import org.synthaudit.harness.fakes.FakePlugins;

/**
 * The progress an audit and a comparison report: every task reaches its total and is closed,
 * with the fake plug-ins (one generator, two evaluators of which one skips).
 */
class ProgressAccountingTest {
    @TempDir
    Path dir;

    /** Label, count, total and whether finished: what does not depend on timing. */
    private static List<String> counts(ProgressStatus status) {
        return status.snapshot().stream().map(ProgressAccountingTest::count).toList();
    }

    private static String count(TaskState t) {
        return t.label() + " " + t.done() + "/" + t.total() + (t.finished() ? " done" : "");
    }

    private Path config() throws IOException {
        Files.writeString(dir.resolve("real.csv"), "a,b\n1,x\n2,y\n3,x\n4,y\n");
        return Files.writeString(dir.resolve("audit.yaml"), "real: real.csv\n"
                + "generator: {id: fake-copy, releases: 2}\n");
    }

    @Test
    void anAuditCountsEveryEvaluatorRunOfEveryRelease() throws IOException {
        Path config = config();
        ProgressStatus status = new ProgressStatus();

        new AuditRunner(FakePlugins.standard(), status).run(new AuditRequest(config,
                ConfigLoader.load(config), null));

        // two evaluators that each score a release, two releases: four runs
        assertEquals(List.of("preparing the data 1/1 done", "evaluators 4/4 done"),
                counts(status));
    }

    @Test
    void aComparisonCountsEveryAuditOfEveryRepeat() throws IOException {
        Path config = config();
        ProgressStatus status = new ProgressStatus();
        ComparisonRequest request = new ComparisonRequest(config, ConfigLoader.load(config),
                GeneratorSpec.parseAll(List.of("fake-copy", "fake-copy:offset=1")), 3, null,
                null);

        new ComparisonRunner(FakePlugins.standard(), status).run(request, audited -> { });

        List<String> counts = counts(status);
        assertEquals("audits 6/6 done", counts.getFirst());
        // each of the 6 audits reports its own preparation and evaluators
        assertEquals(13, counts.size());
        assertEquals(6, counts.stream().filter("evaluators 4/4 done"::equals).count());
    }
}
