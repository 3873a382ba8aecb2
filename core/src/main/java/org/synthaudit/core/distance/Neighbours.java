package org.synthaudit.core.distance;

import java.util.Objects;

/**
 * The result of a neighbour search: for each query, the indices (rows of the candidate table) and
 * distances of its k nearest candidates in ascending order of distance, ties by lower index.
 */
public final class Neighbours {
    private final int queries;
    private final int k;
    private final int[] indices;
    private final double[] distances;

    /**
     * Wraps search results laid out row-major: entry {@code q * k + rank}.
     *
     * @param queries the number of queries, {@code >= 0}
     * @param k the neighbours per query, {@code >= 1}
     * @param indices candidate rows, {@code queries * k} of them; taken, not copied
     * @param distances their distances in [0, 1], {@code queries * k} of them; taken, not copied
     * @throws IllegalArgumentException if the array lengths do not match
     */
    public Neighbours(int queries, int k, int[] indices, double[] distances) {
        if (queries < 0 || k < 1 || indices.length != (long) queries * k
                || distances.length != indices.length) {
            throw new IllegalArgumentException("neighbour arrays of length " + indices.length
                    + " and " + distances.length + " do not match " + queries + " queries x k="
                    + k);
        }
        this.queries = queries;
        this.k = k;
        this.indices = indices;
        this.distances = distances;
    }

    /**
     * The number of queries.
     *
     * @return the query count
     */
    public int queryCount() {
        return queries;
    }

    /**
     * The number of neighbours per query.
     *
     * @return k
     */
    public int k() {
        return k;
    }

    /**
     * The candidate row of a query's neighbour.
     *
     * @param query a query row
     * @param rank 0 for the nearest, up to {@code k - 1}
     * @return the row of the candidate table
     */
    public int index(int query, int rank) {
        return indices[slot(query, rank)];
    }

    /**
     * The distance of a query's neighbour.
     *
     * @param query a query row
     * @param rank 0 for the nearest, up to {@code k - 1}
     * @return the distance in [0, 1]
     */
    public double distance(int query, int rank) {
        return distances[slot(query, rank)];
    }

    /**
     * The distance of every query to its nearest candidate (for the distance to closest record).
     *
     * @return a new array with one distance per query
     */
    public double[] nearestDistances() {
        double[] out = new double[queries];
        for (int q = 0; q < queries; q++) {
            out[q] = distances[q * k];
        }
        return out;
    }

    private int slot(int query, int rank) {
        return Objects.checkIndex(query, queries) * k + Objects.checkIndex(rank, k);
    }
}
