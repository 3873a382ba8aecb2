package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;
import org.synthaudit.core.distance.RecordDistance;

class ColumnTableTest {

    @Nested
    class Of {
        @Test
        void storesCodesAsWholeNumbersAndMissingAsNaN() {
            Schema schema = new Schema(List.of(People.column("id", ColumnType.IDENTIFIER),
                    People.column("c", ColumnType.CATEGORICAL),
                    People.column("x", ColumnType.NUMERIC)));
            Dictionary dictionary = new Dictionary();
            dictionary.vocabulary("c").encode("p");
            dictionary.vocabulary("c").encode("q");
            Dataset table = Dataset.builder("t", schema, dictionary, 3)
                    .codes(1, new int[] {1, Vocabulary.MISSING, 0})
                    .numeric(2, new double[] {2.5, 3, Double.NaN}).build();
            Dataset view = table.select("view", new int[] {2, 0});
            Agreement agreement = Agreement.fit(table, RecordDistance.fit(table), 0.05);
            ColumnTable columns = ColumnTable.of(view, agreement);
            assertEquals(2, columns.rows());
            assertArrayEquals(new double[] {0, 1}, columns.column(0));
            assertArrayEquals(new double[] {Double.NaN, 2.5}, columns.column(1));
            assertEquals(Double.NaN, ColumnTable.of(table, agreement).value(0, 1));
            assertEquals(2, columns.recordId(0));
        }
    }
}
