package org.synthaudit.core.distance;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The in-process, exact neighbour search: every query is compared with every candidate.
 *
 * <p>Queries are cut into blocks that run in parallel on the given bounded pool; within a block
 * the candidates are visited in tiles small enough to stay in the processor cache, each query
 * always seeing candidates in increasing index order. Each query's result depends only on the
 * query and the candidates, never on the block layout or the thread count, so the search is
 * deterministic. A candidate replaces a current neighbour only when it is strictly nearer,
 * which breaks ties by the lower candidate index; a candidate is abandoned as soon as its
 * partial distance reaches that of the current k-th neighbour.
 */
public final class BruteForceSearch implements NeighbourSearch {
    /** Bytes of candidate data per tile: a slice of a typical per-core L2 cache. */
    private static final int TILE_BYTES = 256 * 1024;
    private static final int MAX_QUERY_BLOCK = 64;

    private final ForkJoinPool pool;

    /**
     * Creates a search that runs on a bounded pool.
     *
     * @param pool the pool for the parallel work, e.g. the audit context's pool
     */
    public BruteForceSearch(ForkJoinPool pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    @Override
    public Neighbours nearest(EncodedRows queries, EncodedRows candidates, int k,
            Exclusion exclusion) {
        check(queries, candidates, k, exclusion);
        int count = queries.rowCount();
        int[] indices = new int[count * k];
        double[] sums = new double[count * k];
        Arrays.fill(indices, -1);
        Arrays.fill(sums, Double.POSITIVE_INFINITY);
        Block scan = new Block(queries, candidates, k, exclusion == Exclusion.SAME_RECORD,
                indices, sums);

        int block = Math.clamp(count / (4L * pool.getParallelism()), 1, MAX_QUERY_BLOCK);
        int blocks = (count + block - 1) / block;
        pool.submit(() -> IntStream.range(0, blocks).parallel()
                .forEach(b -> scan.run(b * block, Math.min(count, (b + 1) * block)))).join();

        return finish(queries, count, k, indices, sums);
    }

    private static void check(EncodedRows queries, EncodedRows candidates, int k,
            Exclusion exclusion) {
        Objects.requireNonNull(exclusion, "exclusion");
        queries.requireSameDistance(candidates);
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if ((long) queries.rowCount() * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(queries.rowCount() + " queries x k = " + k
                    + " neighbours do not fit in one result");
        }
        if (candidates.rowCount() < k) {
            throw new IllegalArgumentException("k = " + k + " neighbours asked for, but '"
                    + candidates.source().name() + "' has only " + candidates.rowCount()
                    + " rows");
        }
        if (exclusion == Exclusion.SAME_RECORD && !queries.sharesBaseWith(candidates)) {
            throw new IllegalArgumentException("leave-one-out search needs queries and "
                    + "candidates from one base table; '" + queries.source().name() + "' and '"
                    + candidates.source().name() + "' are not");
        }
    }

    private static Neighbours finish(EncodedRows queries, int count, int k, int[] indices,
            double[] sums) {
        double columns = queries.columnCount();
        double[] distances = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            if (indices[i] < 0) {
                throw new IllegalArgumentException("query " + i / k + " of '"
                        + queries.source().name() + "' has fewer than k = " + k
                        + " candidates once its own record is left out");
            }
            distances[i] = sums[i] / columns;
        }
        return new Neighbours(count, k, indices, distances);
    }

    /** The scan of one block of queries over all candidates, tile by tile. */
    private record Block(EncodedRows queries, EncodedRows candidates, int k,
            boolean excludeSame, int[] indices, double[] sums) {

        void run(int from, int to) {
            int tile = tileRows(candidates);
            int total = candidates.rowCount();
            for (int start = 0; start < total; start += tile) {
                int end = Math.min(total, start + tile);
                for (int q = from; q < to; q++) {
                    if (k == 1) {
                        scanNearest(q, start, end);
                    } else {
                        scanK(q, start, end);
                    }
                }
            }
        }

        /** The k = 1 fast path: one running best per query. */
        private void scanNearest(int q, int start, int end) {
            double bound = sums[q];
            int best = indices[q];
            for (int c = start; c < end; c++) {
                double sum = queries.sum(q, candidates, c, bound);
                if (sum < bound && admissible(q, c)) {
                    bound = sum;
                    best = c;
                }
            }
            sums[q] = bound;
            indices[q] = best;
        }

        private void scanK(int q, int start, int end) {
            int base = q * k;
            for (int c = start; c < end; c++) {
                double bound = sums[base + k - 1];
                double sum = queries.sum(q, candidates, c, bound);
                if (sum < bound && admissible(q, c)) {
                    insert(base, sum, c);
                }
            }
        }

        /** Inserts a candidate after every kept neighbour that is at least as near. */
        private void insert(int base, double sum, int candidate) {
            int at = base + k - 1;
            while (at > base && sums[at - 1] > sum) {
                sums[at] = sums[at - 1];
                indices[at] = indices[at - 1];
                at--;
            }
            sums[at] = sum;
            indices[at] = candidate;
        }

        private boolean admissible(int q, int c) {
            return !excludeSame || queries.recordId(q) != candidates.recordId(c);
        }

        private static int tileRows(EncodedRows rows) {
            int bytes = 8 * (rows.numericWidth() + rows.exactWidth()) + 4 * rows.codeWidth();
            return Math.max(256, TILE_BYTES / Math.max(1, bytes));
        }
    }
}
