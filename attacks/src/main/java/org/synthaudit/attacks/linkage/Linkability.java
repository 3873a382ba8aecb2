package org.synthaudit.attacks.linkage;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.BruteForceSearch;
import org.synthaudit.core.distance.EncodedRows;
import org.synthaudit.core.distance.Exclusion;
import org.synthaudit.core.distance.NeighbourSearch;
import org.synthaudit.core.distance.Neighbours;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.random.Seeds;

/**
 * Column-split linkability, the criterion of the Article 29 Working Party (Opinion 05/2014 on
 * anonymisation techniques): can two records about the same person, held in two sources with
 * different columns, be linked through the release? As in Anonymeter (Giomi et al. 2023, "A
 * unified framework for quantifying privacy risk in synthetic data", PoPETs), one source knows
 * a target's values on column set A, the other on a disjoint set B; each finds the synthetic
 * record nearest to what it knows, under the {@link RecordDistance} over its own columns fitted
 * on the real data. The target is <em>linked</em> when both find the same synthetic record.
 *
 * <p>When several synthetic records share the smallest distance, each source picks one of them
 * uniformly at random, with a generator seeded by the target's record id, so ties neither help
 * nor hurt and results do not depend on record or thread order. The exact search for the
 * {@value #PROBE} nearest records finds the tied ones when there are fewer than that; a target
 * with more ties is scanned again in full, picking among them by reservoir sampling.
 */
final class Linkability {
    /** The neighbours searched per target and source; more ties than this need a full scan. */
    static final int PROBE = 16;

    private Linkability() {
    }

    /**
     * Tells for each target whether its two halves link.
     *
     * @param targets the targets
     * @param real the training records, whose ranges scale the two distances
     * @param synthetic the synthetic records, at least 1
     * @param columnsA the first source's columns, analysable, disjoint from {@code columnsB}
     * @param columnsB the second source's columns
     * @param seeds the seed node for the tie-breaks; each target takes its record id's child
     * @param pool the bounded pool
     * @return one flag per target, in target order
     */
    static boolean[] link(Dataset targets, Dataset real, Dataset synthetic, int[] columnsA,
            int[] columnsB, Seeds seeds, ForkJoinPool pool) {
        RecordDistance a = RecordDistance.fit(real, columnsA);
        RecordDistance b = RecordDistance.fit(real, columnsB);
        EncodedRows targetsA = a.encode(targets);
        EncodedRows targetsB = b.encode(targets);
        EncodedRows syntheticA = a.encode(synthetic);
        EncodedRows syntheticB = b.encode(synthetic);
        NeighbourSearch search = new BruteForceSearch(pool);
        int k = Math.min(PROBE, synthetic.rowCount());
        Neighbours nearA = search.nearest(targetsA, syntheticA, k, Exclusion.NONE);
        Neighbours nearB = search.nearest(targetsB, syntheticB, k, Exclusion.NONE);
        boolean[] linked = new boolean[targets.rowCount()];
        pool.submit(() -> IntStream.range(0, linked.length).parallel().forEach(t -> {
            SplittableRandom random = seeds.child(targets.recordId(t)).random();
            int pickA = pick(nearA, t, targetsA, syntheticA, random);
            int pickB = pick(nearB, t, targetsB, syntheticB, random);
            linked[t] = pickA == pickB;
        })).join();
        return linked;
    }

    /** A uniformly random one of a target's nearest candidates. */
    private static int pick(Neighbours near, int t, EncodedRows targets,
            EncodedRows candidates, SplittableRandom random) {
        double smallest = near.distance(t, 0);
        int ties = 1;
        while (ties < near.k() && near.distance(t, ties) == smallest) {
            ties++;
        }
        if (ties < near.k() || near.k() == candidates.rowCount()) {
            return near.index(t, random.nextInt(ties));
        }
        return scan(targets, t, candidates, random);
    }

    /** The nearest candidate of one target by a full scan, a uniformly random one of ties. */
    private static int scan(EncodedRows targets, int t, EncodedRows candidates,
            SplittableRandom random) {
        double best = Double.POSITIVE_INFINITY;
        int pick = -1;
        int ties = 0;
        for (int c = 0; c < candidates.rowCount(); c++) {
            double d = targets.distance(t, candidates, c);
            if (d < best) {
                best = d;
                pick = c;
                ties = 1;
            } else if (d == best && random.nextInt(++ties) == 0) {
                pick = c;
            }
        }
        return pick;
    }
}
