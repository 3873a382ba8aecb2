package org.synthaudit.attacks.linkage;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.synthaudit.attacks.linkage.Scoreboard.Query;
import org.synthaudit.core.random.Seeds;

/**
 * What the attacker knows about a target: the values of {@code known} attributes drawn from a
 * set of candidate attributes (by default the quasi-identifiers), possibly wrong.
 *
 * <p>For each target, with a random generator seeded by the target's record id (so the
 * knowledge does not depend on the order or the thread in which targets are handled):
 *
 * <ul>
 *   <li>the known attributes are all candidates when {@code known} equals their number,
 *       otherwise a uniformly random subset of size {@code known};
 *   <li>a known categorical or boolean value is, with probability {@code categoricalNoise},
 *       replaced by another category of the column's real vocabulary drawn uniformly;
 *   <li>a known numeric or datetime value is moved by a uniform draw from
 *       {@code [-numericNoise, +numericNoise]} times the column's real range;
 *   <li>a missing value stays missing: the attacker knows it is missing.
 * </ul>
 *
 * @param candidates the slots the known attributes are drawn from, ascending, at least one
 * @param known the number of known attributes, in {@code [1, candidates.length]}
 * @param categoricalNoise the probability that a known category is wrong, in [0, 1]
 * @param numericNoise the largest perturbation of a known number, as a share of the real range,
 *     in [0, 1]
 */
record Knowledge(int[] candidates, int known, double categoricalNoise, double numericNoise) {

    /** Checks the ranges and copies the candidates. */
    Knowledge {
        candidates = candidates.clone();
        if (candidates.length == 0 || known < 1 || known > candidates.length) {
            throw new IllegalArgumentException("known must be in [1, " + candidates.length
                    + "], was " + known);
        }
        if (!(categoricalNoise >= 0 && categoricalNoise <= 1)
                || !(numericNoise >= 0 && numericNoise <= 1)) {
            throw new IllegalArgumentException("noise levels must be in [0, 1], were "
                    + categoricalNoise + " and " + numericNoise);
        }
    }

    /**
     * The same noise with another number of known attributes.
     *
     * @param count the number of known attributes
     * @return the changed knowledge
     */
    Knowledge knowing(int count) {
        return new Knowledge(candidates, count, categoricalNoise, numericNoise);
    }

    /**
     * The same attributes with other noise levels.
     *
     * @param categorical the probability of a wrong category
     * @param numeric the largest numeric perturbation as a share of the range
     * @return the changed knowledge
     */
    Knowledge withNoise(double categorical, double numeric) {
        return new Knowledge(candidates, known, categorical, numeric);
    }

    /**
     * What the attacker believes about one target, with the rarity weights of each belief.
     *
     * @param targets the targets, column-major
     * @param row the target's row
     * @param seeds the knowledge's seed node; the target takes the child of its record id
     * @param agreement the agreement rule, for ranges and categories
     * @param weights the rarity weights, measured on the attacker's records
     * @return the query to score
     */
    Query observe(ColumnTable targets, int row, Seeds seeds, Agreement agreement,
            RarityWeights weights) {
        SplittableRandom random = seeds.child(targets.recordId(row)).random();
        int[] slots = choose(random);
        double[] values = new double[slots.length];
        double[] rarity = new double[slots.length];
        double[] exact = new double[slots.length];
        for (int k = 0; k < slots.length; k++) {
            values[k] = perturb(slots[k], targets.value(slots[k], row), agreement, random);
            rarity[k] = weights.weight(slots[k], values[k]);
            exact[k] = weights.exactWeight(slots[k], values[k]);
        }
        return new Query(slots, values, rarity, exact);
    }

    private int[] choose(SplittableRandom random) {
        if (known == candidates.length) {
            return candidates.clone();
        }
        int[] shuffled = candidates.clone();
        for (int i = 0; i < known; i++) {
            int j = i + random.nextInt(shuffled.length - i);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        int[] chosen = Arrays.copyOf(shuffled, known);
        Arrays.sort(chosen);
        return chosen;
    }

    private double perturb(int slot, double value, Agreement agreement,
            SplittableRandom random) {
        if (Double.isNaN(value)) {
            return value;
        }
        if (agreement.coded(slot)) {
            int levels = agreement.levels(slot);
            if (categoricalNoise > 0 && levels > 1 && random.nextDouble() < categoricalNoise) {
                int other = random.nextInt(levels - 1);
                return other >= value ? other + 1 : other;
            }
            return value;
        }
        if (numericNoise > 0) {
            return value + (2 * random.nextDouble() - 1) * numericNoise
                    * agreement.halfRange(slot) * 2;
        }
        return value;
    }

    /**
     * The knowledge in words, for the report.
     *
     * @param agreement the agreement rule, for the column names
     * @return one sentence
     */
    String describe(Agreement agreement) {
        String which = known == candidates.length
                ? "all " + candidates.length + " of " + String.join(", ",
                        agreement.names(candidates))
                : "a random " + known + " of " + String.join(", ", agreement.names(candidates))
                        + ", drawn per target";
        if (categoricalNoise == 0 && numericNoise == 0) {
            return "The attacker knows " + which + ", without error.";
        }
        return "The attacker knows " + which + "; each known category is wrong with "
                + "probability " + Numbers.plain(categoricalNoise) + " and each known number is "
                + "off by up to " + Numbers.percent(numericNoise) + " of the column's range.";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Knowledge k && Arrays.equals(k.candidates, candidates)
                && k.known == known && k.categoricalNoise == categoricalNoise
                && k.numericNoise == numericNoise;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(candidates) * 31 + known;
    }

    @Override
    public String toString() {
        return "Knowledge[" + Arrays.toString(candidates) + ", known " + known + ", noise "
                + categoricalNoise + "/" + numericNoise + "]";
    }
}
