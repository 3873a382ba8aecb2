package org.synthaudit.core.distance;

/**
 * Finds, for each query record, the k nearest candidate records under a {@link RecordDistance}.
 * This is the heavy kernel of every distance-based attack (each target against every synthetic
 * record); attacks depend only on this interface, so an implementation that spreads the
 * candidates over several machines can replace the in-process {@link BruteForceSearch}.
 *
 * <p>Every implementation must be exact and deterministic: neighbours in ascending order of
 * distance, ties broken by the lower candidate index, the same result for any degree of
 * parallelism.
 */
public interface NeighbourSearch {

    /**
     * Finds the k nearest candidates of every query.
     *
     * @param queries the query records (e.g. attack targets)
     * @param candidates the records searched (e.g. a synthetic release), encoded by the same
     *     distance as {@code queries}
     * @param k the number of neighbours per query, {@code >= 1}
     * @param exclusion which candidates to leave out for a query
     * @return the neighbours of each query
     * @throws IllegalArgumentException if the tables were encoded by different distances, if
     *     {@code k < 1}, if some query has fewer than {@code k} admissible candidates, or if
     *     {@link Exclusion#SAME_RECORD} is asked for tables that do not share a base table
     */
    Neighbours nearest(EncodedRows queries, EncodedRows candidates, int k, Exclusion exclusion);
}
