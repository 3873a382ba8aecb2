package org.synthaudit.metrics.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.synthaudit.metrics.models.TestTables.column;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.plugin.Parameters;

class ModelRunsTest {
    private final TestTables tables = new TestTables(column("x", ColumnType.NUMERIC),
            column("y", ColumnType.CATEGORICAL, Role.TARGET));
    private final TargetColumn target = TargetColumn.of(tables.schema()).orElseThrow();
    private final FeatureSelection selection = FeatureSelection.of(tables.schema(), target,
            Parameters.none("evaluator test"));

    private AuditContext audit() {
        return TestTables.audit(tables.rows("train", TestTables.separable(60, 1)),
                tables.rows("holdout", TestTables.separable(40, 2)),
                tables.rows("synthetic", TestTables.separable(60, 3)));
    }

    @Nested
    class Compare {
        @Test
        void trainsOnTheReleaseAndOnTrainAndScoresTheHoldout() {
            Comparison comparison = ModelRuns.compare(audit(), selection, Learner.LINEAR);

            assertEquals("synthetic", comparison.synthetic().trainedOn());
            assertEquals("train", comparison.real().trainedOn());
            assertEquals(40, comparison.test().size());
            assertEquals(60, comparison.real().trainingRows());
        }

        @Test
        void trainsOncePerAudit() {
            AuditContext context = audit();

            assertSame(ModelRuns.compare(context, selection, Learner.LINEAR),
                    ModelRuns.compare(context, selection, Learner.LINEAR));
        }

        @Test
        void trainsTheRealModelOnceForAllReleasesOfAnAudit() {
            AuditContext context = audit();
            AuditContext other = context.withRelease(tables.rows("synthetic-2",
                    TestTables.separable(30, 4)));

            Comparison first = ModelRuns.compare(context, selection, Learner.LINEAR);
            Comparison second = ModelRuns.compare(other, selection, Learner.LINEAR);

            assertNotSame(first.synthetic(), second.synthetic());
            assertEquals(30, second.synthetic().trainingRows());
            assertSame(first.real(), second.real());
        }

        @Test
        void trainsAgainForAnotherAudit() {
            Comparison first = ModelRuns.compare(audit(), selection, Learner.LINEAR);
            Comparison second = ModelRuns.compare(audit(), selection, Learner.LINEAR);

            assertNotSame(first, second);
            assertEquals(first.real().predictions().probability(0, 0),
                    second.real().predictions().probability(0, 0));
        }
    }
}
