package org.synthaudit.attacks.linkage;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.synthaudit.attacks.linkage.Scoreboard.Query;
import org.synthaudit.attacks.linkage.Scoreboard.Match;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.BruteForceSearch;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.random.Seeds;

/**
 * Everything the linkage attack prepares once per audit (the agreement rule, the synthetic
 * columns, the rarity weights, the owners of the synthetic records) and the attack on one set
 * of targets with one kind of knowledge.
 */
final class LinkageRun {
    private final Agreement agreement;
    private final RarityWeights weights;
    private final Scoreboard scoreboard;
    private final ColumnTable synthetic;
    private final Ownership ownership;
    private final int[] secrets;

    private LinkageRun(Agreement agreement, RarityWeights weights, Scoreboard scoreboard,
            ColumnTable synthetic, Ownership ownership, int[] secrets) {
        this.agreement = agreement;
        this.weights = weights;
        this.scoreboard = scoreboard;
        this.synthetic = synthetic;
        this.ownership = ownership;
        this.secrets = secrets.clone();
    }

    /**
     * Prepares an attack on a release.
     *
     * @param real every real record, at least 2; the distance and tolerances are fitted on it
     * @param attacker the records the attacker measures rarity on
     * @param synthetic the release, at least 2 records
     * @param agreement the agreement rule fitted on {@code real}
     * @param distance the record distance over every analysable column fitted on {@code real}
     * @param secrets the slots whose agreement makes a re-identification a disclosure
     * @param pool the bounded pool
     * @return the prepared attack
     */
    static LinkageRun prepare(Dataset real, Dataset attacker, Dataset synthetic,
            Agreement agreement, RecordDistance distance, int[] secrets, ForkJoinPool pool) {
        ColumnTable syntheticColumns = ColumnTable.of(synthetic, agreement);
        RarityWeights weights = RarityWeights.measure(ColumnTable.of(attacker, agreement),
                agreement);
        Ownership ownership = new Ownership(distance, real, synthetic,
                new BruteForceSearch(pool));
        Scoreboard scoreboard = new Scoreboard(syntheticColumns.columns(),
                agreement.tolerances(), pool);
        return new LinkageRun(agreement, weights, scoreboard, syntheticColumns, ownership,
                secrets);
    }

    /**
     * Attacks a set of targets.
     *
     * @param targets real records, views of the table the owners were found in
     * @param knowledge what the attacker knows about each
     * @param seeds the seed node of the knowledge; each target takes its record id's child
     * @return the attempt, row for row with {@code targets}
     */
    Attempt attack(Dataset targets, Knowledge knowledge, Seeds seeds) {
        ColumnTable columns = ColumnTable.of(targets, agreement);
        int n = targets.rowCount();
        Query[] queries = new Query[n];
        for (int t = 0; t < n; t++) {
            queries[t] = knowledge.observe(columns, t, seeds, agreement, weights);
        }
        Match[] matches = scoreboard.score(queries);
        int[] bestOwners = ownership.owners(Arrays.stream(matches).mapToInt(Match::best)
                .toArray());
        boolean[] owned = new boolean[n];
        boolean[] secretsAgree = new boolean[n];
        for (int t = 0; t < n; t++) {
            owned[t] = bestOwners[t] == targets.recordId(t);
            secretsAgree[t] = secretsAgree(columns, t, matches[t].best());
        }
        return new Attempt(targets, matches, owned, secretsAgree);
    }

    /**
     * Tells which targets the release exposes: those whose nearest synthetic record (under the
     * record distance, the first one on ties) belongs to them, so that an attacker who picks
     * the right record re-identifies them. The denominator of the recall.
     *
     * @param targets real records
     * @return one flag per target
     */
    boolean[] exposed(Dataset targets) {
        int[] owners = ownership.owners(ownership.nearestSynthetic(targets));
        boolean[] exposed = new boolean[owners.length];
        for (int t = 0; t < owners.length; t++) {
            exposed[t] = owners[t] == targets.recordId(t);
        }
        return exposed;
    }

    private boolean secretsAgree(ColumnTable targets, int t, int syntheticRow) {
        for (int slot : secrets) {
            if (!agreement.agree(slot, targets.value(slot, t),
                    synthetic.value(slot, syntheticRow))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The result of attacking a set of targets, before a threshold is chosen.
     *
     * @param targets the targets
     * @param matches each target's best synthetic record and eccentricity
     * @param owned whether each target's best record belongs to the target
     * @param secretsAgree whether each target's best record agrees with it on every secret
     */
    record Attempt(Dataset targets, Match[] matches, boolean[] owned, boolean[] secretsAgree) {

        /** The targets whose best record the attacker accepts at threshold phi. */
        boolean[] confident(double phi) {
            boolean[] out = new boolean[matches.length];
            for (int t = 0; t < out.length; t++) {
                out[t] = matches[t].confident(phi);
            }
            return out;
        }

        /** Confident matches whose record belongs to the target. */
        boolean[] reidentified(double phi) {
            boolean[] out = confident(phi);
            for (int t = 0; t < out.length; t++) {
                out[t] &= owned[t];
            }
            return out;
        }

        /** Re-identifications whose record also agrees with the target on every secret. */
        boolean[] disclosed(double phi) {
            boolean[] out = reidentified(phi);
            for (int t = 0; t < out.length; t++) {
                out[t] &= secretsAgree[t];
            }
            return out;
        }

        /** The share of targets re-identified at threshold phi. */
        double reidentificationRate(double phi) {
            int count = 0;
            for (boolean b : reidentified(phi)) {
                count += b ? 1 : 0;
            }
            return (double) count / matches.length;
        }
    }
}
