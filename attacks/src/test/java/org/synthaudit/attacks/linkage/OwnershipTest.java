package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.distance.BruteForceSearch;
import org.synthaudit.core.distance.RecordDistance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnershipTest {
    private static final Schema SCHEMA = new Schema(List.of(
            People.column("x", ColumnType.NUMERIC)));
    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    private static Dataset table(String name, double... x) {
        return Dataset.builder(name, SCHEMA, new Dictionary(), x.length).numeric(0, x).build();
    }

    @Nested
    class Owners {
        @Test
        void givesEachRecordToTheStrictlyNearestRealRecordAndTiesToNobody() {
            // real 0, 10, 4, 6 (range 10); synthetic 1 -> real 0 (0.1 against 0.3);
            // 5 -> equally near 4 and 6, nobody; 9.5 -> real 10; 10 -> real 10.
            Dataset real = table("real", 0, 10, 4, 6);
            Dataset synthetic = table("synthetic", 1, 5, 9.5, 10);
            Ownership ownership = new Ownership(RecordDistance.fit(real), real, synthetic,
                    new BruteForceSearch(pool));
            assertArrayEquals(new int[] {0, Ownership.NOBODY, 1, 1},
                    ownership.owners(new int[] {0, 1, 2, 3}));
            assertArrayEquals(new int[] {1, 0, 1}, ownership.owners(new int[] {3, 0, 3}));
        }

        @Test
        void givesACopyOfADuplicatedRecordToNobody() {
            Dataset real = table("real", 0, 3, 3, 10);
            Dataset synthetic = table("synthetic", 3, 0);
            Ownership ownership = new Ownership(RecordDistance.fit(real), real, synthetic,
                    new BruteForceSearch(pool));
            assertArrayEquals(new int[] {Ownership.NOBODY, 0}, ownership.owners(new int[] {0,
                1}));
        }
    }

    @Nested
    class NearestSynthetic {
        @Test
        void findsTheFirstNearestSyntheticRecordOfEachTarget() {
            Dataset real = table("real", 0, 10, 4, 6);
            Dataset synthetic = table("synthetic", 1, 5, 9.5, 10, 5);
            Ownership ownership = new Ownership(RecordDistance.fit(real), real, synthetic,
                    new BruteForceSearch(pool));
            assertArrayEquals(new int[] {0, 3, 1, 1}, ownership.nearestSynthetic(real));
        }
    }
}
