package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.random.Seeds;

class CombinationsTest {

    @Nested
    class Count {
        @Test
        void givesBinomialCoefficients() {
            assertEquals(91, Combinations.count(14, 2));
            assertEquals(364, Combinations.count(14, 3));
            assertEquals(0, Combinations.count(2, 3));
        }
    }

    @Nested
    class Choose {
        @Test
        void listsEverySubsetInColexicographicOrder() {
            List<int[]> triples = Combinations.choose(4, 3, 100, Seeds.root(1));
            assertEquals(4, triples.size());
            assertArrayEquals(new int[] {0, 1, 2}, triples.get(0));
            assertArrayEquals(new int[] {0, 1, 3}, triples.get(1));
            assertArrayEquals(new int[] {0, 2, 3}, triples.get(2));
            assertArrayEquals(new int[] {1, 2, 3}, triples.get(3));
        }

        @Test
        void samplesDistinctSubsetsWhenThereAreTooMany() {
            List<int[]> sample = Combinations.choose(30, 3, 50, Seeds.root(7));
            Set<List<Integer>> distinct = new HashSet<>();
            for (int[] triple : sample) {
                assertTrue(triple[0] < triple[1] && triple[1] < triple[2] && triple[2] < 30);
                distinct.add(List.of(triple[0], triple[1], triple[2]));
            }
            assertEquals(50, distinct.size());
        }

        @Test
        void drawsTheSameSampleFromTheSameSeed() {
            List<int[]> first = Combinations.choose(30, 3, 10, Seeds.root(7));
            List<int[]> second = Combinations.choose(30, 3, 10, Seeds.root(7));
            for (int i = 0; i < first.size(); i++) {
                assertArrayEquals(first.get(i), second.get(i));
            }
        }
    }
}
