package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.attacks.linkage.Outcome.Group;
import org.synthaudit.attacks.linkage.Outcome.Tally;

class OutcomeTest {
    private final HandTable table = new HandTable();

    @Nested
    class TallyOf {
        @Test
        void countsSuccessesAmongEligibleRecordsOfAGroup() {
            Outcome outcome = new Outcome(table.real,
                    new boolean[] {true, true, true, false, true},
                    new boolean[] {true, true, false, true, true});
            assertEquals(new Tally(3, 4), outcome.tally(null));
            assertEquals(new Tally(2, 2), outcome.tally(new Group(1, 0, "sex", "F")));
            assertEquals(new Tally(1, 2), outcome.tally(new Group(1, 1, "sex", "M")));
        }

        @Test
        void rejectsFlagsThatDoNotCoverTheRecords() {
            assertThrows(IllegalArgumentException.class,
                    () -> Outcome.ofAll(table.real, new boolean[3]));
        }
    }
}
