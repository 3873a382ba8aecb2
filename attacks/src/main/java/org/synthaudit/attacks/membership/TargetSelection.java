package org.synthaudit.attacks.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.Exclusion;
import org.synthaudit.core.distance.NeighbourSearch;
import org.synthaudit.core.distance.Neighbours;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.random.Seeds;

/**
 * Chooses the target records of a shadow-model attack among the training records: the most
 * vulnerable by an outlier score, plus records drawn at random. Stadler et al. (2022) showed
 * that outliers keep their risk under generators that protect the average record, so an audit
 * that looks only at random records misses them.
 *
 * <p>The outlier score of a record is its mean record distance to its {@value #K} nearest
 * other real records (train, holdout and reference). Only a seeded sample of at most
 * {@value #CANDIDATES} training records is scored, which keeps the search cheap on large
 * tables; the outliers are the highest-scoring candidates (ties to the lower record id), and
 * the random targets are drawn from the remaining candidates.
 */
final class TargetSelection {
    /** The neighbours the outlier score averages over. */
    static final int K = 5;
    /** The most training records scored for outlyingness. */
    static final int CANDIDATES = 2000;

    private TargetSelection() {
    }

    /**
     * A chosen target.
     *
     * @param index the target's number in the report, from 0
     * @param trainRow its row in the training split
     * @param outlierScore its mean distance to its nearest real neighbours, in [0, 1]
     * @param outlier true if chosen as an outlier, false if drawn at random
     */
    record Target(int index, int trainRow, double outlierScore, boolean outlier) {

        /**
         * Describes the target for a report without showing its values.
         *
         * @return e.g. {@code "target 3 (outlier, outlier score 0.214)"}
         */
        String describe() {
            return "target " + index + " (" + (outlier ? "outlier" : "random") + ", outlier score "
                    + String.format(java.util.Locale.ROOT, "%.3f", outlierScore) + ")";
        }
    }

    /**
     * Chooses targets.
     *
     * @param train the training records
     * @param real every real record, which the training records are a view of
     * @param distance the record distance
     * @param search the neighbour search
     * @param outliers the number of outlier targets, {@code >= 0}
     * @param random the number of random targets, {@code >= 0}
     * @param seeds the seed node of the choice
     * @return the targets, outliers first, at most as many as there are candidates
     */
    static List<Target> choose(Dataset train, Dataset real, RecordDistance distance,
            NeighbourSearch search, int outliers, int random, Seeds seeds) {
        SplittableRandom draw = seeds.random();
        int[] all = IntStream.range(0, train.rowCount()).toArray();
        int[] candidates = RecordPool.choose(all, Math.min(CANDIDATES, all.length), draw);
        Arrays.sort(candidates);
        double[] scores = outlierScores(train.select("candidates", candidates), real, distance,
                search);

        Integer[] order = IntStream.range(0, candidates.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i])
                .thenComparingInt(i -> train.recordId(candidates[i])));
        int outlierCount = Math.min(outliers, order.length);
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < outlierCount; i++) {
            targets.add(new Target(i, candidates[order[i]], scores[order[i]], true));
        }
        int[] rest = Arrays.stream(order).skip(outlierCount).mapToInt(Integer::intValue)
                .toArray();
        Arrays.sort(rest);
        for (int i : RecordPool.choose(rest, Math.min(random, rest.length), draw)) {
            targets.add(new Target(targets.size(), candidates[i], scores[i], false));
        }
        return targets;
    }

    private static double[] outlierScores(Dataset candidates, Dataset real,
            RecordDistance distance, NeighbourSearch search) {
        int k = Math.min(K, real.rowCount() - 1);
        if (k < 1) {
            return new double[candidates.rowCount()];
        }
        Neighbours neighbours = search.nearest(distance.encode(candidates), distance.encode(real),
                k, Exclusion.SAME_RECORD);
        double[] scores = new double[candidates.rowCount()];
        for (int q = 0; q < scores.length; q++) {
            double sum = 0;
            for (int rank = 0; rank < k; rank++) {
                sum += neighbours.distance(q, rank);
            }
            scores[q] = sum / k;
        }
        return scores;
    }
}
