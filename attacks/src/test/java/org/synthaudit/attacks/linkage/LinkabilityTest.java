package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.synthaudit.core.random.Seeds;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkabilityTest {
    private static final Schema SCHEMA = new Schema(List.of(
            People.column("a", ColumnType.NUMERIC), People.column("b", ColumnType.NUMERIC)));
    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    private static Dataset table(String name, double[] a, double[] b) {
        return Dataset.builder(name, SCHEMA, new Dictionary(), a.length).numeric(0, a)
                .numeric(1, b).build();
    }

    @Nested
    class Link {
        @Test
        void linksATargetWhoseHalvesPointToTheSameRecord() {
            // real (0,0) (10,10) (5,9); synthetic (0,1) (10,9) (5,0):
            // target (0,0): nearest on a is s0 (0), on b s2 (0) -> not linked;
            // target (10,10): s1 on a and on b -> linked;
            // target (5,9): s2 on a, s1 on b -> not linked.
            Dataset real = table("real", new double[] {0, 10, 5}, new double[] {0, 10, 9});
            Dataset synthetic = table("synthetic", new double[] {0, 10, 5},
                    new double[] {1, 9, 0});
            boolean[] linked = Linkability.link(real, real, synthetic, new int[] {0},
                    new int[] {1}, Seeds.root(1), pool);
            assertArrayEquals(new boolean[] {false, true, false}, linked);
        }

        @Test
        void breaksTiesAtRandomSoAnAmbiguousHalfRarelyLinks() {
            // every synthetic record has a = 5: on a, all 200 tie, so a random one is picked;
            // on b the target's own record is nearest. About 1 in 200 targets links: the count
            // is Poisson with mean 1 (seeded: 1).
            int n = 200;
            double[] five = new double[n];
            java.util.Arrays.fill(five, 5);
            double[] b = java.util.stream.IntStream.range(0, n).asDoubleStream().toArray();
            Dataset real = table("real", five, b);
            Dataset synthetic = table("synthetic", five.clone(), b.clone());
            boolean[] linked = Linkability.link(real, real, synthetic, new int[] {0},
                    new int[] {1}, Seeds.root(3), pool);
            long count = java.util.stream.IntStream.range(0, n).filter(i -> linked[i]).count();
            assertTrue(count <= 5, "linked " + count);
            boolean[] again = Linkability.link(real, real, synthetic, new int[] {0},
                    new int[] {1}, Seeds.root(3), pool);
            assertArrayEquals(linked, again);
        }

        @Test
        void picksUniformlyAmongAFewTies() {
            // a takes each value three times, b is distinct: on a a target's copy ties with two
            // other records, so about one target in three links
            int n = 600;
            double[] a = java.util.stream.IntStream.range(0, n).mapToDouble(i -> i / 3)
                    .toArray();
            double[] b = java.util.stream.IntStream.range(0, n).asDoubleStream().toArray();
            Dataset real = table("real", a, b);
            boolean[] linked = Linkability.link(real, real, table("copy", a, b),
                    new int[] {0}, new int[] {1}, Seeds.root(4), pool);
            long count = java.util.stream.IntStream.range(0, n).filter(i -> linked[i]).count();
            assertEquals(1 / 3.0, count / (double) n, 0.06);
        }

        @Test
        void linksEveryTargetOfACopyWithDistinctHalves() {
            double[] a = {1, 2, 3, 4};
            double[] b = {8, 6, 4, 2};
            Dataset real = table("real", a, b);
            boolean[] linked = Linkability.link(real, real, table("copy", a, b),
                    new int[] {0}, new int[] {1}, Seeds.root(3), pool);
            assertEquals("[true, true, true, true]", java.util.Arrays.toString(linked));
        }
    }
}
