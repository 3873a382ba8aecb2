package org.synthaudit.core.distance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

class ExactMatchesTest {
    private static final Schema SCHEMA = new Schema(List.of(
            new ColumnSpec("x", ColumnType.NUMERIC, Set.of(), "set in config", null),
            new ColumnSpec("c", ColumnType.CATEGORICAL, Set.of(), "set in config", null)));
    private final Dictionary dictionary = new Dictionary();

    private Dataset table(String name, double[] x, String[] c) {
        int[] codes = new int[c.length];
        for (int r = 0; r < c.length; r++) {
            codes[r] = c[r] == null ? Vocabulary.MISSING : dictionary.vocabulary("c").encode(c[r]);
        }
        return Dataset.builder(name, SCHEMA, dictionary, x.length).numeric(0, x).codes(1, codes)
                .build();
    }

    @Nested
    class Contained {
        @Test
        void findsARecordEqualOnEveryColumnWithMissingEqualToMissing() {
            Dataset real = table("real", new double[] {0, 1, 2, 3},
                    new String[] {"a", "b", "a", "b"});
            RecordDistance distance = RecordDistance.fit(real);
            Dataset release = table("release", new double[] {0.0, Double.NaN, 2, 3},
                    new String[] {"a", "b", "b", null});
            Dataset targets = table("targets", new double[] {-0.0, Double.NaN, 2, 3, 3},
                    new String[] {"a", "b", "a", null, "b"});
            ExactMatches index = ExactMatches.of(distance.encode(release));
            // -0.0 equals 0.0; missing equals missing; (2, a) is not (2, b); (3, b) is not
            // (3, missing).
            assertArrayEquals(new boolean[] {true, true, false, true, false},
                    index.contained(distance.encode(targets)));
            assertEquals(3, index.count(distance.encode(targets)));
        }

        @Test
        void agreesWithANearestNeighbourDistanceOfZeroOnRandomTables() {
            SplittableRandom random = new SplittableRandom(7);
            double[] x = new double[400];
            String[] c = new String[400];
            for (int r = 0; r < x.length; r++) {
                x[r] = random.nextInt(6);
                c[r] = "k" + random.nextInt(3);
            }
            Dataset all = table("all", x, c);
            Dataset release = all.select("release", java.util.stream.IntStream.range(0, 200)
                    .toArray());
            Dataset targets = all.select("targets", java.util.stream.IntStream.range(200, 400)
                    .toArray());
            RecordDistance distance = RecordDistance.fit(all);
            EncodedRows released = distance.encode(release);
            EncodedRows scored = distance.encode(targets);
            boolean[] found = ExactMatches.of(released).contained(scored);
            for (int t = 0; t < scored.rowCount(); t++) {
                boolean zero = false;
                for (int s = 0; s < released.rowCount(); s++) {
                    zero |= scored.distance(t, released, s) == 0;
                }
                assertEquals(zero, found[t], "target " + t);
            }
        }
    }
}
