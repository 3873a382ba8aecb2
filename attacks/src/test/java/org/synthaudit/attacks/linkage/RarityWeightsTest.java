package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.distance.RecordDistance;

class RarityWeightsTest {
    private final HandTable table = new HandTable();
    private final Agreement agreement = Agreement.fit(table.real,
            RecordDistance.fit(table.real), 0.05);
    private final RarityWeights weights = RarityWeights.measure(ColumnTable.of(table.reference,
            agreement), agreement);

    @Nested
    class Support {
        @Test
        void countsNumbersWithinTheTolerance() {
            // reference ages 30, 32, 50, 28, 65, 31; tolerance 2.5 years
            assertEquals(4, weights.support(0, 30));
            assertEquals(3, weights.support(0, 31));
            assertEquals(0, weights.support(0, 40));
        }

        @Test
        void includesValuesExactlyAtTheTolerance() {
            // 32.5 - 2.5 = 30: 30, 32 and 31 agree; 52.5 - 2.5 = 50: 50 agrees
            assertEquals(3, weights.support(0, 32.5));
            assertEquals(1, weights.support(0, 52.5));
        }

        @Test
        void countsEqualCategories() {
            int f = table.dictionary.vocabulary("sex").lookup("F");
            int c = table.dictionary.vocabulary("zip").lookup("C");
            assertEquals(3, weights.support(1, f));
            assertEquals(3, weights.support(2, c));
        }

        @Test
        void countsMissingValuesAsAValueOfTheirOwn() {
            Schema schema = new Schema(List.of(People.column("x", ColumnType.NUMERIC)));
            Dataset data = Dataset.builder("x", schema, new Dictionary(), 4)
                    .numeric(0, new double[] {1, Double.NaN, Double.NaN, 3}).build();
            Agreement rule = Agreement.fit(data, RecordDistance.fit(data), 0.05);
            RarityWeights missing = RarityWeights.measure(ColumnTable.of(data, rule), rule);
            assertEquals(2, missing.support(0, Double.NaN));
            assertEquals(1, missing.support(0, 1));
        }
    }

    @Nested
    class Weight {
        @Test
        void isOneOverTheLogOfTheSupport() {
            assertEquals(1 / Math.log(4), weights.weight(0, 30), 1e-15);
            assertEquals(1 / Math.log(3), weights.weight(0, 31), 1e-15);
        }

        @Test
        void floorsTheSupportAtTwo() {
            int a = table.dictionary.vocabulary("zip").lookup("A");
            assertEquals(1, weights.support(2, a));
            assertEquals(1 / Math.log(2), weights.weight(2, a), 1e-15);
            assertEquals(1 / Math.log(2), weights.weight(0, 40), 1e-15);
        }
    }
}
