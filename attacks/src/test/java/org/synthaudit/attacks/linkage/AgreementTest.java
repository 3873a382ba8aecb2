package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.distance.RecordDistance;

class AgreementTest {

    @Nested
    class Agree {
        private final HandTable table = new HandTable();
        private final Agreement agreement = Agreement.fit(table.real,
                RecordDistance.fit(table.real), 0.05);

        @Test
        void scalesTheNumericToleranceByTheRealRange() {
            assertEquals(2.5, agreement.tolerance(0), 1e-12);
            assertTrue(agreement.agree(0, 30, 32.5));
            assertFalse(agreement.agree(0, 30, 32.6));
        }

        @Test
        void comparesCategoriesByEquality() {
            assertEquals(0, agreement.tolerance(1));
            assertTrue(agreement.agree(1, 1, 1));
            assertFalse(agreement.agree(1, 0, 1));
            assertEquals(2, agreement.levels(1));
        }

        @Test
        void letsTwoMissingValuesAgreeButNotOne() {
            assertTrue(agreement.agree(0, Double.NaN, Double.NaN));
            assertFalse(agreement.agree(0, Double.NaN, 30));
            assertFalse(agreement.agree(1, 0, Double.NaN));
        }

        @Test
        void comparesAColumnOfZeroRangeByEquality() {
            // case C06: real age 40 in every row
            Schema schema = new Schema(List.of(People.column("age", ColumnType.NUMERIC)));
            Dataset real = Dataset.builder("real", schema, new Dictionary(), 3)
                    .numeric(0, new double[] {40, 40, 40}).build();
            Agreement constant = Agreement.fit(real, RecordDistance.fit(real), 0.05);
            assertEquals(0, constant.tolerance(0));
            assertTrue(constant.agree(0, 40, 40));
            assertFalse(constant.agree(0, 40, 41));
        }
    }

    @Nested
    class Slots {
        @Test
        void leavesIdentifierColumnsOut() {
            People people = new People();
            Dataset real = people.real(10, 10, 0, 1);
            Agreement agreement = Agreement.fit(real, RecordDistance.fit(real), 0.05);
            assertEquals(6, agreement.slots());
            assertEquals(-1, agreement.slotOf(0));
            assertEquals(0, agreement.slotOf(1));
            assertEquals("diagnosis", agreement.name(5));
        }
    }
}
