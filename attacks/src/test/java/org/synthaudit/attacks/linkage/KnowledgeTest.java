package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.attacks.linkage.Scoreboard.Query;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.random.Seeds;

class KnowledgeTest {
    private final People people = new People();
    private final Dataset real = people.real(2000, 0, 0, 5);
    private final Agreement agreement = Agreement.fit(real, RecordDistance.fit(real), 0.05);
    private final RarityWeights weights = RarityWeights.measure(ColumnTable.of(real, agreement),
            agreement);
    private final ColumnTable targets = ColumnTable.of(real, agreement);

    private Query[] observe(Knowledge knowledge, ColumnTable table) {
        return IntStream.range(0, table.rows()).mapToObj(r -> knowledge.observe(table, r,
                Seeds.root(9), agreement, weights)).toArray(Query[]::new);
    }

    @Nested
    class Observe {
        @Test
        void knowsEveryCandidateExactlyWithoutNoise() {
            Query query = new Knowledge(new int[] {0, 1, 2}, 3, 0, 0).observe(targets, 7,
                    Seeds.root(1), agreement, weights);
            assertArrayEquals(new int[] {0, 1, 2}, query.slots());
            assertArrayEquals(new double[] {targets.value(0, 7), targets.value(1, 7),
                targets.value(2, 7)}, query.values());
        }

        @Test
        void drawsARandomSubsetOfTheAskedSizePerTarget() {
            Query[] queries = observe(new Knowledge(new int[] {0, 1, 2}, 2, 0, 0), targets);
            long distinct = java.util.Arrays.stream(queries)
                    .map(q -> java.util.Arrays.toString(q.slots())).distinct().count();
            assertEquals(3, distinct);
            assertTrue(java.util.Arrays.stream(queries).allMatch(q -> q.slots().length == 2));
        }

        @Test
        void getsCategoriesWrongAtTheGivenRate() {
            Query[] queries = observe(new Knowledge(new int[] {2}, 1, 0.2, 0), targets);
            long wrong = IntStream.range(0, queries.length)
                    .filter(r -> queries[r].values()[0] != targets.value(2, r)).count();
            assertEquals(0.2, wrong / (double) queries.length, 0.03);
        }

        @Test
        void movesNumbersWithinTheNoiseTimesTheRange() {
            double range = agreement.halfRange(0) * 2;
            Query[] queries = observe(new Knowledge(new int[] {0}, 1, 0, 0.1), targets);
            double largest = IntStream.range(0, queries.length)
                    .mapToDouble(r -> Math.abs(queries[r].values()[0] - targets.value(0, r)))
                    .max().orElseThrow();
            assertTrue(largest <= 0.1 * range && largest > 0.09 * range, "moved " + largest);
        }

        @Test
        void dependsOnTheRecordIdNotTheRowOrder() {
            Knowledge knowledge = new Knowledge(new int[] {0, 1, 2}, 2, 0.3, 0.1);
            ColumnTable reversed = ColumnTable.of(real.select("reversed",
                    IntStream.range(0, 2000).map(i -> 1999 - i).toArray()), agreement);
            Query forward = knowledge.observe(targets, 10, Seeds.root(3), agreement, weights);
            Query backward = knowledge.observe(reversed, 1989, Seeds.root(3), agreement,
                    weights);
            assertArrayEquals(forward.slots(), backward.slots());
            assertArrayEquals(forward.values(), backward.values());
            Query other = knowledge.observe(targets, 11, Seeds.root(3), agreement, weights);
            assertNotEquals(java.util.Arrays.toString(forward.values()),
                    java.util.Arrays.toString(other.values()));
        }
    }

    @Nested
    class Construction {
        @Test
        void rejectsMoreKnownAttributesThanCandidates() {
            assertThrows(IllegalArgumentException.class,
                    () -> new Knowledge(new int[] {0, 1}, 3, 0, 0));
            assertThrows(IllegalArgumentException.class,
                    () -> new Knowledge(new int[] {0, 1}, 1, 1.5, 0));
        }
    }
}
