package org.synthaudit.core.distance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BruteForceSearchTest {
    private ForkJoinPool one;
    private ForkJoinPool four;
    private EncodedRows real;
    private EncodedRows synthetic;

    @BeforeAll
    void setUp() {
        one = new ForkJoinPool(1);
        four = new ForkJoinPool(4);
        Schema schema = Tables.randomSchema();
        Dictionary dictionary = new Dictionary();
        Dataset realTable = Tables.random("real", schema, dictionary, 300, 7);
        RecordDistance distance = RecordDistance.fit(realTable);
        real = distance.encode(realTable);
        synthetic = distance.encode(Tables.random("synthetic", schema, dictionary, 500, 8));
    }

    @AfterAll
    void tearDown() {
        one.shutdown();
        four.shutdown();
    }

    /** The k nearest by sorting all candidates: distance, then index. */
    private static int[] naive(EncodedRows queries, int q, EncodedRows candidates, int k,
            Exclusion exclusion) {
        return IntStream.range(0, candidates.rowCount())
                .filter(c -> exclusion == Exclusion.NONE
                        || candidates.recordId(c) != queries.recordId(q))
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(c -> queries.distance(q, candidates, c))
                        .thenComparingInt(c -> c))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    private static void assertMatchesNaive(EncodedRows queries, EncodedRows candidates, int k,
            Exclusion exclusion, Neighbours found) {
        for (int q = 0; q < queries.rowCount(); q++) {
            int[] expected = naive(queries, q, candidates, k, exclusion);
            for (int rank = 0; rank < k; rank++) {
                assertEquals(expected[rank], found.index(q, rank), "query " + q + " rank " + rank);
                assertEquals(queries.distance(q, candidates, expected[rank]),
                        found.distance(q, rank));
            }
        }
    }

    @Nested
    class Nearest {
        @Test
        void findsTheSameNearestNeighbourAsANaiveSort() {
            Neighbours found = new BruteForceSearch(four).nearest(real, synthetic, 1,
                    Exclusion.NONE);
            assertMatchesNaive(real, synthetic, 1, Exclusion.NONE, found);
        }

        @Test
        void findsTheSameKNearestNeighboursAsANaiveSort() {
            Neighbours found = new BruteForceSearch(four).nearest(real, synthetic, 5,
                    Exclusion.NONE);
            assertMatchesNaive(real, synthetic, 5, Exclusion.NONE, found);
        }

        @Test
        void givesTheSameResultWithOneAndFourThreads() {
            for (int k : new int[] {1, 4}) {
                Neighbours serial = new BruteForceSearch(one).nearest(synthetic, real, k,
                        Exclusion.NONE);
                Neighbours parallel = new BruteForceSearch(four).nearest(synthetic, real, k,
                        Exclusion.NONE);
                for (int q = 0; q < synthetic.rowCount(); q++) {
                    for (int rank = 0; rank < k; rank++) {
                        assertEquals(serial.index(q, rank), parallel.index(q, rank));
                        assertEquals(serial.distance(q, rank), parallel.distance(q, rank));
                    }
                }
            }
        }

        @Test
        void breaksTiesByTheLowerCandidateIndex() {
            Schema schema = Tables.schema("A", ColumnType.NUMERIC);
            Dictionary words = new Dictionary();
            Dataset candidates = Tables.table("c", schema, words, new double[] {7, 5, 5, 9, 6});
            Dataset query = Tables.table("q", schema, words, new double[] {6, 8});
            RecordDistance distance = RecordDistance.fit(candidates);
            BruteForceSearch search = new BruteForceSearch(four);
            EncodedRows c = distance.encode(candidates);
            EncodedRows q = distance.encode(query);

            Neighbours nearest = search.nearest(q, c, 1, Exclusion.NONE);
            assertEquals(4, nearest.index(0, 0));
            assertEquals(0, nearest.index(1, 0));
            Neighbours four = search.nearest(q, c, 4, Exclusion.NONE);
            assertArrayEquals(new int[] {4, 0, 1, 2}, ranks(four, 0));
            assertArrayEquals(new int[] {0, 3, 4, 1}, ranks(four, 1));
            assertEquals(0.25, four.distance(0, 1), 1e-12);
        }

        private static int[] ranks(Neighbours neighbours, int query) {
            return IntStream.range(0, neighbours.k()).map(r -> neighbours.index(query, r))
                    .toArray();
        }

        @Test
        void findsTheDistanceToClosestRecordOfCaseC18() {
            Schema schema = Tables.schema("A", ColumnType.NUMERIC);
            Dictionary words = new Dictionary();
            Dataset realA = Tables.table("real", schema, words, new double[] {0, 10, 3, 4, 1});
            Dataset syntheticA = Tables.table("synthetic", schema, words, new double[] {5});
            RecordDistance distance = RecordDistance.fit(realA);
            Neighbours found = new BruteForceSearch(one).nearest(distance.encode(syntheticA),
                    distance.encode(realA), 1, Exclusion.NONE);
            assertEquals(3, found.index(0, 0));
            assertEquals(0.1, found.nearestDistances()[0], 1e-12);
        }
    }

    @Nested
    class LeaveOneOut {
        @Test
        void neverReturnsTheQueryRecordItself() {
            Dataset base = real.source();
            EncodedRows queries = real.distance().encode(base.select("q", new int[] {5, 0, 17}));
            Neighbours withSelf = new BruteForceSearch(four).nearest(queries, real, 1,
                    Exclusion.NONE);
            Neighbours without = new BruteForceSearch(four).nearest(queries, real, 3,
                    Exclusion.SAME_RECORD);
            for (int q = 0; q < 3; q++) {
                assertEquals(queries.recordId(q), withSelf.index(q, 0));
                assertEquals(0, withSelf.distance(q, 0));
                for (int rank = 0; rank < 3; rank++) {
                    assertNotEquals(queries.recordId(q), without.index(q, rank));
                }
            }
            assertMatchesNaive(queries, real, 3, Exclusion.SAME_RECORD, without);
        }

        @Test
        void rejectsTablesWithoutACommonBase() {
            assertThrows(IllegalArgumentException.class, () -> new BruteForceSearch(one)
                    .nearest(synthetic, real, 1, Exclusion.SAME_RECORD));
        }

        @Test
        void rejectsAQueryLeftWithTooFewCandidates() {
            Dataset base = real.source();
            EncodedRows single = real.distance().encode(base.select("single", new int[] {2}));
            assertThrows(IllegalArgumentException.class, () -> new BruteForceSearch(one)
                    .nearest(single, single, 1, Exclusion.SAME_RECORD));
        }
    }

    @Nested
    class Arguments {
        @Test
        void rejectsMoreNeighboursThanCandidates() {
            assertThrows(IllegalArgumentException.class, () -> new BruteForceSearch(one)
                    .nearest(synthetic, real, 301, Exclusion.NONE));
            assertThrows(IllegalArgumentException.class, () -> new BruteForceSearch(one)
                    .nearest(synthetic, real, 0, Exclusion.NONE));
        }

        @Test
        void rejectsRowsEncodedForAnotherDistance() {
            EncodedRows other = RecordDistance.fit(synthetic.source()).encode(synthetic.source());
            assertThrows(IllegalArgumentException.class, () -> new BruteForceSearch(one)
                    .nearest(other, real, 1, Exclusion.NONE));
        }
    }
}
