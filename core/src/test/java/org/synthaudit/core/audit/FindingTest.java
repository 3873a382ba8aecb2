package org.synthaudit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class FindingTest {
    private static Figure figure(String id, double value) {
        return new Figure(id, "label", null, Estimate.exact(value, "test"),
                Estimate.exact(0.5, "test"), Bounds.UNIT, Sense.HIGHER_IS_WORSE);
    }

    @Nested
    class ForRelease {
        @Test
        void marksTheIdTheFiguresTheHeadlineAndTheTitleWithTheRelease() {
            Finding finding = new Finding("membership.dcr", "DCR", Category.PRIVACY, "threat",
                    "membership.dcr.auc", List.of(figure("membership.dcr.auc", 0.9),
                            figure("membership.dcr.advantage", 0.8)), List.of(),
                    List.of("a note"), null);

            Finding marked = finding.forRelease("synthetic-2");

            assertEquals("membership.dcr@synthetic-2", marked.id());
            assertEquals("DCR (synthetic-2)", marked.title());
            assertEquals("membership.dcr.auc@synthetic-2", marked.headline());
            assertEquals(List.of("membership.dcr.auc@synthetic-2",
                    "membership.dcr.advantage@synthetic-2"), marked.figures().stream()
                            .map(Figure::id).toList());
            assertEquals(0.9, ((Estimate.Value) marked.headlineFigure().orElseThrow()
                    .estimate()).value());
            assertEquals(List.of("a note", "Scored the release synthetic-2 on its own; the audit "
                    + "scores each of its releases separately."), marked.notes());
        }

        @Test
        void keepsTheReasonOfASkippedFinding() {
            Finding marked = Finding.skipped("linkage", "Linkage", Category.PRIVACY, "no QI")
                    .forRelease("synthetic");

            assertEquals("linkage@synthetic", marked.id());
            assertEquals("no QI", marked.skipped());
            assertNull(marked.headline());
        }
    }
}
