package org.synthaudit.metrics.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.synthaudit.metrics.models.TestTables.column;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.plugin.Parameters;

class FeatureSelectionTest {
    private final TestTables tables = new TestTables(column("id", ColumnType.IDENTIFIER),
            column("age", ColumnType.NUMERIC), column("plan", ColumnType.CATEGORICAL),
            column("outcome", ColumnType.CATEGORICAL), column("y", ColumnType.CATEGORICAL,
                    Role.TARGET));
    private final TargetColumn target = TargetColumn.of(tables.schema()).orElseThrow();

    private static Parameters exclude(Object value) {
        return new Parameters("evaluator utility.tstr", Map.of("exclude", value));
    }

    @Nested
    class Of {
        @Test
        void takesEveryAnalysableColumnButTheTarget() {
            FeatureSelection selection = FeatureSelection.of(tables.schema(), target,
                    Parameters.none("evaluator utility.tstr"));

            assertEquals(List.of(1, 2, 3), selection.columns());
            assertEquals(List.of(), selection.excluded());
        }

        @Test
        void leavesOutTheColumnsOfAList() {
            FeatureSelection selection = FeatureSelection.of(tables.schema(), target,
                    exclude(List.of("outcome", "age")));

            assertEquals(List.of(2), selection.columns());
            assertEquals(List.of("age", "outcome"), selection.excluded());
        }

        @Test
        void readsACommaSeparatedText() {
            FeatureSelection selection = FeatureSelection.of(tables.schema(), target,
                    exclude("outcome, plan"));

            assertEquals(List.of(1), selection.columns());
        }

        @Test
        void namesAnUnknownColumn() {
            InputException e = assertThrows(InputException.class, () -> FeatureSelection.of(
                    tables.schema(), target, exclude(List.of("income"))));

            assertEquals("evaluator utility.tstr: parameter 'exclude' names no column 'income'; "
                    + "the columns are id, age, plan, outcome, y", e.getMessage());
        }

        @Test
        void refusesToExcludeTheTarget() {
            InputException e = assertThrows(InputException.class, () -> FeatureSelection.of(
                    tables.schema(), target, exclude("y")));

            assertEquals("evaluator utility.tstr: parameter 'exclude' names the target column "
                    + "'y', which the models predict", e.getMessage());
        }
    }
}
