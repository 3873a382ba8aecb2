package org.synthaudit.attacks.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact matches of unique real quasi-identifier combinations. A real record is <em>unique</em>
 * when no other real record (train, holdout and reference together) has the same values on
 * every quasi-identifier (equal values, missing equal to missing). A unique record is
 * <em>matched</em> when at least one synthetic record has exactly its combination; a match
 * <em>agrees on the secrets</em> when every synthetic record with the combination agrees with
 * the real record on every secret attribute (under {@link Agreement}), so that finding the
 * combination tells the attacker the person's secret values without ambiguity.
 */
final class UniqueMatches {
    private final Map<Key, Integer> realCounts = new HashMap<>();
    private final Map<Key, List<Integer>> syntheticRows = new HashMap<>();
    private final ColumnTable synthetic;
    private final int[] quasi;
    private final int[] secrets;
    private final Agreement agreement;

    /**
     * Counts the combinations of the real and the synthetic records.
     *
     * @param real every real record
     * @param synthetic the synthetic records
     * @param quasi the quasi-identifier slots, at least one
     * @param secrets the secret slots, possibly none
     * @param agreement the agreement rule for the secrets
     */
    UniqueMatches(ColumnTable real, ColumnTable synthetic, int[] quasi, int[] secrets,
            Agreement agreement) {
        this.synthetic = synthetic;
        this.quasi = quasi.clone();
        this.secrets = secrets.clone();
        this.agreement = agreement;
        for (int r = 0; r < real.rows(); r++) {
            realCounts.merge(key(real, r), 1, Integer::sum);
        }
        for (int s = 0; s < synthetic.rows(); s++) {
            syntheticRows.computeIfAbsent(key(synthetic, s), k -> new ArrayList<>()).add(s);
        }
    }

    /**
     * Classifies some real records.
     *
     * @param records real records, e.g. the training records
     * @return which of them are unique, matched and agree on the secrets
     */
    Flags classify(ColumnTable records) {
        int n = records.rows();
        boolean[] unique = new boolean[n];
        boolean[] matched = new boolean[n];
        boolean[] agree = new boolean[n];
        for (int r = 0; r < n; r++) {
            Key key = key(records, r);
            unique[r] = realCounts.getOrDefault(key, 0) == 1;
            List<Integer> rows = syntheticRows.get(key);
            matched[r] = unique[r] && rows != null;
            agree[r] = matched[r] && agreesOnSecrets(records, r, rows);
        }
        return new Flags(unique, matched, agree);
    }

    private boolean agreesOnSecrets(ColumnTable records, int row, List<Integer> rows) {
        for (int syntheticRow : rows) {
            for (int slot : secrets) {
                if (!agreement.agree(slot, records.value(slot, row),
                        synthetic.value(slot, syntheticRow))) {
                    return false;
                }
            }
        }
        return true;
    }

    private Key key(ColumnTable table, int row) {
        long[] bits = new long[quasi.length];
        for (int k = 0; k < quasi.length; k++) {
            double v = table.value(quasi[k], row);
            bits[k] = v == 0 ? 0 : Double.doubleToLongBits(v);
        }
        return new Key(bits);
    }

    /**
     * Per-record flags.
     *
     * @param unique the record's combination occurs once in the real data
     * @param matched unique, and some synthetic record has the combination
     * @param agree matched, and every such synthetic record agrees on the secrets
     */
    record Flags(boolean[] unique, boolean[] matched, boolean[] agree) {
    }

    /** A combination of values, compared bit for bit (NaN equal to NaN, -0 folded into 0). */
    private record Key(long[] bits) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Arrays.equals(k.bits, bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }

        @Override
        public String toString() {
            return Arrays.toString(bits);
        }
    }
}
