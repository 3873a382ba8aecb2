package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.synthaudit.core.random.Seeds;

/**
 * The k-element subsets of {@code {0, ..., n - 1}}: all of them, or a seeded simple random sample
 * of them when there are more than a cap. Subsets are ranked in colexicographic order
 * (Knuth, The Art of Computer Programming 4A, 7.2.1.3: the rank of {@code c_1 < ... < c_k} is
 * {@code sum_i C(c_i, i)}), so a sample is drawn as distinct ranks with Floyd's algorithm
 * (Bentley and Floyd, "Programming pearls: a sample of brilliance", CACM 30, 1987) and unranked,
 * without listing every subset.
 */
final class Combinations {
    private Combinations() {
    }

    /**
     * The number of k-element subsets of n elements.
     *
     * @param n the number of elements, {@code >= 0}
     * @param k the subset size, {@code >= 1}
     * @return {@code C(n, k)}, or {@link Long#MAX_VALUE} when it does not fit a long
     */
    static long count(int n, int k) {
        if (k > n) {
            return 0;
        }
        long result = 1;
        for (int i = 1; i <= k; i++) {
            long numerator = n - k + i;
            if (result > Long.MAX_VALUE / numerator) {
                return Long.MAX_VALUE;
            }
            result = result * numerator / i;
        }
        return result;
    }

    /**
     * All k-subsets, or a seeded sample of {@code cap} of them, in colexicographic order.
     *
     * @param n the number of elements, {@code >= 0}
     * @param k the subset size, {@code >= 1}
     * @param cap the most subsets to return, {@code >= 1}
     * @param seeds the seed node of the sample, used only when there are more than cap
     * @return the subsets, each ascending
     */
    static List<int[]> choose(int n, int k, int cap, Seeds seeds) {
        long total = count(n, k);
        List<int[]> subsets = new ArrayList<>();
        if (total <= cap) {
            for (long rank = 0; rank < total; rank++) {
                subsets.add(unrank(rank, k));
            }
            return subsets;
        }
        SplittableRandom random = seeds.random();
        Set<Long> chosen = new HashSet<>();
        for (long j = total - cap; j < total; j++) {
            long t = random.nextLong(j + 1);
            chosen.add(chosen.contains(t) ? j : t);
        }
        chosen.stream().sorted().forEach(rank -> subsets.add(unrank(rank, k)));
        return subsets;
    }

    /** The k-subset of a colexicographic rank: the largest c_k with C(c_k, k) <= rank, ... */
    static int[] unrank(long rank, int k) {
        int[] subset = new int[k];
        long rest = rank;
        for (int i = k; i >= 1; i--) {
            int c = i - 1;
            while (count(c + 1, i) <= rest) {
                c++;
            }
            subset[i - 1] = c;
            rest -= count(c, i);
        }
        return subset;
    }
}
