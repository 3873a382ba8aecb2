package org.synthaudit.attacks.linkage;

import java.util.BitSet;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.EncodedRows;
import org.synthaudit.core.distance.Exclusion;
import org.synthaudit.core.distance.NeighbourSearch;
import org.synthaudit.core.distance.Neighbours;
import org.synthaudit.core.distance.RecordDistance;

/**
 * Whose record each synthetic record is: the real record it lies strictly closest to. A
 * synthetic record <em>belongs</em> to a real record when, under the {@link RecordDistance}
 * over every analysable column fitted on all real records, that real record is nearer to it
 * than every other real record. When two or more real records share the smallest distance the
 * synthetic record belongs to nobody: an attacker holding it cannot tell those people apart.
 * The real records are all of them, train, holdout and reference alike, so a synthetic record
 * that is closest to someone the generator never saw belongs to that person.
 */
final class Ownership {
    /** The owner of a synthetic record that belongs to nobody. */
    static final int NOBODY = -1;

    private final int[] owners;
    private final BitSet owned;

    private Ownership(int[] owners, BitSet owned) {
        this.owners = owners;
        this.owned = owned;
    }

    /**
     * Finds the owner of every synthetic record.
     *
     * @param distance the record distance fitted on {@code real}
     * @param real every real record, at least 2
     * @param synthetic the synthetic records
     * @param search the neighbour search
     * @return the owners
     */
    static Ownership find(RecordDistance distance, Dataset real, Dataset synthetic,
            NeighbourSearch search) {
        EncodedRows realRows = distance.encode(real);
        Neighbours nearest = search.nearest(distance.encode(synthetic), realRows, 2,
                Exclusion.NONE);
        int[] owners = new int[synthetic.rowCount()];
        BitSet owned = new BitSet();
        for (int s = 0; s < owners.length; s++) {
            boolean unique = nearest.distance(s, 0) < nearest.distance(s, 1);
            owners[s] = unique ? realRows.recordId(nearest.index(s, 0)) : NOBODY;
            if (unique) {
                owned.set(owners[s]);
            }
        }
        return new Ownership(owners, owned);
    }

    /**
     * The owner of a synthetic record.
     *
     * @param syntheticRow a row of the synthetic table
     * @return the record id of the real record it belongs to, or {@link #NOBODY}
     */
    int owner(int syntheticRow) {
        return owners[syntheticRow];
    }

    /**
     * Tells whether some synthetic record belongs to a real record: whether the release
     * re-identifies that person for an attacker who finds the right record.
     *
     * @param recordId a real record id
     * @return true if at least one synthetic record belongs to it
     */
    boolean owns(int recordId) {
        return owned.get(recordId);
    }
}
