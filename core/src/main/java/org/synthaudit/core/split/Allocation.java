package org.synthaudit.core.split;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Proportional allocation of whole rows from strata to parts by controlled rounding: stratum
 * {@code s} gives part {@code p} its share {@code parts[p] * strata[s] / total}, rounded down or
 * up, such that each stratum hands out exactly its rows and each part receives exactly its size
 * (controlled rounding; Cox, "A constructive procedure for unbiased controlled rounding", JASA
 * 82, 1987). Such a rounding exists because the unrounded shares are a feasible transportation
 * plan; it is found as a maximum flow from strata to parts over the shares that are fractional.
 */
final class Allocation {
    private final int[][] counts;
    private final boolean[][] fractional;
    private final boolean[][] up;
    private final int[] rowNeed;
    private final int[] partNeed;

    private Allocation(int[] strata, int[] parts, long total) {
        counts = new int[strata.length][parts.length];
        fractional = new boolean[strata.length][parts.length];
        up = new boolean[strata.length][parts.length];
        rowNeed = strata.clone();
        partNeed = parts.clone();
        for (int s = 0; s < strata.length; s++) {
            for (int p = 0; p < parts.length; p++) {
                long share = (long) parts[p] * strata[s];
                counts[s][p] = (int) (share / total);
                fractional[s][p] = share % total != 0;
                rowNeed[s] -= counts[s][p];
                partNeed[p] -= counts[s][p];
            }
        }
    }

    /**
     * Allocates rows.
     *
     * @param strata the number of rows in each stratum, each {@code >= 0}
     * @param parts the size of each part, each {@code >= 0}; they must add up to the strata
     * @param random decides, seeded, which strata round up when several could
     * @return {@code counts[stratum][part]}, each the floor or the ceiling of the proportional
     *     share, rows adding up to {@code strata[s]} and columns to {@code parts[p]}
     * @throws IllegalArgumentException if parts and strata add up to different totals
     */
    static int[][] allocate(int[] strata, int[] parts, SplittableRandom random) {
        long total = Arrays.stream(strata).asLongStream().sum();
        if (total != Arrays.stream(parts).asLongStream().sum()) {
            throw new IllegalArgumentException("parts add up to "
                    + Arrays.stream(parts).asLongStream().sum() + ", strata to " + total);
        }
        if (total == 0) {
            return new int[strata.length][parts.length];
        }
        Allocation allocation = new Allocation(strata, parts, total);
        allocation.roundUp(random);
        return allocation.result();
    }

    private void roundUp(SplittableRandom random) {
        int[] order = shuffled(rowNeed.length, random);
        for (int s : order) {
            for (int p = 0; p < partNeed.length && rowNeed[s] > 0; p++) {
                if (fractional[s][p] && partNeed[p] > 0) {
                    up[s][p] = true;
                    rowNeed[s]--;
                    partNeed[p]--;
                }
            }
        }
        for (int s : order) {
            while (rowNeed[s] > 0) {
                augmentFrom(s);
            }
        }
    }

    /**
     * Rounds one more share of stratum {@code start} up along a shortest alternating path: start
     * rounds up at a part; if that part is full, a stratum that rounded up there rounds down and
     * rounds up at another part instead, and so on until a part that still needs a row.
     */
    private void augmentFrom(int start) {
        int[] reachedPartFrom = new int[partNeed.length];
        int[] reachedStratumFrom = new int[rowNeed.length];
        Arrays.fill(reachedPartFrom, -1);
        Arrays.fill(reachedStratumFrom, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        reachedStratumFrom[start] = partNeed.length;

        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int p = 0; p < partNeed.length; p++) {
                if (!fractional[s][p] || up[s][p] || reachedPartFrom[p] >= 0) {
                    continue;
                }
                reachedPartFrom[p] = s;
                if (partNeed[p] > 0) {
                    flip(start, p, reachedPartFrom, reachedStratumFrom);
                    return;
                }
                for (int t = 0; t < rowNeed.length; t++) {
                    if (up[t][p] && reachedStratumFrom[t] < 0) {
                        reachedStratumFrom[t] = p;
                        queue.add(t);
                    }
                }
            }
        }
        throw new IllegalStateException("no controlled rounding found for stratum " + start);
    }

    private void flip(int start, int end, int[] reachedPartFrom, int[] reachedStratumFrom) {
        int p = end;
        int s = reachedPartFrom[p];
        while (true) {
            up[s][p] = true;
            if (s == start) {
                break;
            }
            p = reachedStratumFrom[s];
            up[s][p] = false;
            s = reachedPartFrom[p];
        }
        rowNeed[start]--;
        partNeed[end]--;
    }

    private int[][] result() {
        for (int s = 0; s < counts.length; s++) {
            for (int p = 0; p < counts[s].length; p++) {
                counts[s][p] += up[s][p] ? 1 : 0;
            }
        }
        return counts;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
