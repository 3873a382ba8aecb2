package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;

class TrainingColumnsTest {
    private final Dataset train = TestTables.sixPeople().select("train", new int[] {4, 2});

    @Nested
    class Of {
        @Test
        void rejectsATableWithoutRowsNamingGeneratorAndTable() {
            InputException e = assertThrows(InputException.class, () -> TrainingColumns.of(
                    train.select("train", new int[0]), "identity"));
            assertEquals("generator identity: the training table 'train' has no rows; expected "
                    + "at least one record to learn from", e.getMessage());
        }
    }

    @Nested
    class Copy {
        @Test
        void copiesTheChosenRowsOfAViewAndLeavesIdentifiersMissing() {
            TrainingColumns columns = TrainingColumns.of(train, "identity");
            Dataset.Builder builder = columns.newSynthetic(3);
            int[] rows = {1, 0, 1};
            for (int c = 0; c < 3; c++) {
                columns.copy(builder, c, rows);
            }
            Dataset synthetic = builder.build();
            assertEquals("29", synthetic.format(1, 0));
            assertEquals("62", synthetic.format(1, 1));
            assertNull(synthetic.format(2, 0));
            assertEquals("basic", synthetic.format(2, 1));
            assertNull(synthetic.format(0, 1));
        }

        @Test
        void rejectsANegativeRowCount() {
            TrainingColumns columns = TrainingColumns.of(train, "identity");
            assertThrows(IllegalArgumentException.class, () -> columns.newSynthetic(-2));
        }
    }
}
