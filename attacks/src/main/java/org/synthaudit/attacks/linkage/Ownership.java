package org.synthaudit.attacks.linkage;

import java.util.Arrays;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.EncodedRows;
import org.synthaudit.core.distance.Exclusion;
import org.synthaudit.core.distance.NeighbourSearch;
import org.synthaudit.core.distance.Neighbours;
import org.synthaudit.core.distance.RecordDistance;

/**
 * Whose record a synthetic record is: the real record it lies strictly closest to. A synthetic
 * record <em>belongs</em> to a real record when, under the {@link RecordDistance} over every
 * analysable column fitted on all real records, that real record is nearer to it than every
 * other real record. When two or more real records share the smallest distance the synthetic
 * record belongs to nobody: an attacker holding it cannot tell those people apart. The real
 * records are all of them, train, holdout and reference alike, so a synthetic record that is
 * closest to someone the generator never saw belongs to that person.
 *
 * <p>Owners are found on demand, only for the synthetic records an attack asks about, and kept
 * for later questions; each is found by an exact two-nearest-neighbour search over the real
 * records, so the answer does not depend on which records were asked about first.
 */
final class Ownership {
    /** The owner of a synthetic record that belongs to nobody. */
    static final int NOBODY = -1;
    private static final int UNKNOWN = -2;

    private final RecordDistance distance;
    private final EncodedRows real;
    private final Dataset synthetic;
    private final EncodedRows syntheticRows;
    private final NeighbourSearch search;
    private final int[] owners;

    /**
     * Prepares the search; no owner is found yet.
     *
     * @param distance the record distance fitted on {@code real}
     * @param real every real record, at least 2
     * @param synthetic the synthetic records
     * @param search the neighbour search
     */
    Ownership(RecordDistance distance, Dataset real, Dataset synthetic, NeighbourSearch search) {
        this.distance = distance;
        this.real = distance.encode(real);
        this.synthetic = synthetic;
        this.syntheticRows = distance.encode(synthetic);
        this.search = search;
        this.owners = new int[synthetic.rowCount()];
        Arrays.fill(owners, UNKNOWN);
    }

    /**
     * The owners of some synthetic records.
     *
     * @param rows rows of the synthetic table, repeats allowed
     * @return the record id of the real record each belongs to, or {@link #NOBODY}
     */
    int[] owners(int[] rows) {
        int[] missing = Arrays.stream(rows).filter(r -> owners[r] == UNKNOWN).distinct()
                .toArray();
        if (missing.length > 0) {
            Neighbours nearest = search.nearest(distance.encode(synthetic.select("asked",
                    missing)), real, 2, Exclusion.NONE);
            for (int i = 0; i < missing.length; i++) {
                boolean unique = nearest.distance(i, 0) < nearest.distance(i, 1);
                owners[missing[i]] = unique ? real.recordId(nearest.index(i, 0)) : NOBODY;
            }
        }
        return Arrays.stream(rows).map(r -> owners[r]).toArray();
    }

    /**
     * The synthetic record nearest to each target, under the same distance; the first one on
     * ties.
     *
     * @param targets real records
     * @return one synthetic row per target
     */
    int[] nearestSynthetic(Dataset targets) {
        Neighbours nearest = search.nearest(distance.encode(targets), syntheticRows, 1,
                Exclusion.NONE);
        int[] rows = new int[targets.rowCount()];
        Arrays.setAll(rows, t -> nearest.index(t, 0));
        return rows;
    }
}
