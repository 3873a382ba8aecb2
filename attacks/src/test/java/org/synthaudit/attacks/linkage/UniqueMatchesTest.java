package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.RecordDistance;

class UniqueMatchesTest {
    private final HandTable table = new HandTable();
    private final Agreement agreement = Agreement.fit(table.real,
            RecordDistance.fit(table.real), 0.05);

    @Nested
    class Classify {
        @Test
        void findsUniqueCombinationsReleasedExactlyAndTheirSecrets() {
            // quasi-identifiers sex and zip: real (F,A) (M,B) (F,C) (M,A) (F,B) are all
            // unique; the release holds (F,A) flu, (F,B) asthma, (M,A) cold, (M,C), (F,D).
            // r0 (F,A,flu): matched by s0 (flu) -> agrees; r1 (M,B): not matched;
            // r2 (F,C): not matched; r3 (M,A,cold): s2 cold -> agrees;
            // r4 (F,B,asthma): s1 asthma -> agrees.
            UniqueMatches unique = new UniqueMatches(ColumnTable.of(table.real, agreement),
                    ColumnTable.of(table.synthetic, agreement), new int[] {1, 2},
                    new int[] {3}, agreement);
            UniqueMatches.Flags flags = unique.classify(ColumnTable.of(table.real, agreement));
            assertArrayEquals(new boolean[] {true, true, true, true, true}, flags.unique());
            assertArrayEquals(new boolean[] {true, false, false, true, true}, flags.matched());
            assertArrayEquals(new boolean[] {true, false, false, true, true}, flags.agree());
        }

        @Test
        void doesNotCountACombinationSharedByTwoRealRecords() {
            // on sex alone: F three times, M twice -> nobody is unique
            UniqueMatches unique = new UniqueMatches(ColumnTable.of(table.real, agreement),
                    ColumnTable.of(table.synthetic, agreement), new int[] {1}, new int[] {3},
                    agreement);
            UniqueMatches.Flags flags = unique.classify(ColumnTable.of(table.real, agreement));
            assertArrayEquals(new boolean[5], flags.unique());
        }

        @Test
        void needsEverySyntheticRecordWithTheCombinationToAgreeOnTheSecrets() {
            // on zip alone: r2 (C) and r1 (B)... only C and B once? A twice, B twice, C once.
            // r2 = (70, F, C, flu) is unique; the release has zip C once, s3 with cold.
            UniqueMatches unique = new UniqueMatches(ColumnTable.of(table.real, agreement),
                    ColumnTable.of(table.synthetic, agreement), new int[] {2}, new int[] {3},
                    agreement);
            Dataset r2 = table.real.select("r2", new int[] {2});
            UniqueMatches.Flags flags = unique.classify(ColumnTable.of(r2, agreement));
            assertArrayEquals(new boolean[] {true}, flags.matched());
            assertArrayEquals(new boolean[] {false}, flags.agree());
        }
    }
}
