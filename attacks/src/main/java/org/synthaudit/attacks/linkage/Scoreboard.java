package org.synthaudit.attacks.linkage;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The scoring kernel of the linkage attack, after the Scoreboard-RH algorithm of Narayanan and
 * Shmatikov (2008), "Robust de-anonymization of large sparse datasets", IEEE S&amp;P. Every
 * synthetic record {@code r} gets the score
 *
 * <pre>
 *   score(r) = sum over known attributes i of  sim_i(value_i, r_i)
 *   sim_i(v, x) = w_i + e_i  when x equals v
 *               = w_i        when x agrees with v without being equal
 *               = 0          otherwise
 * </pre>
 *
 * with the agreement rule of {@link Agreement}, the rarity weight {@code w_i} of the values
 * agreeing with {@code v} and the rarity weight {@code e_i} of {@code v} itself, both from
 * {@link RarityWeights}. For a number compared within a tolerance, agreeing and being equal are
 * two pieces of evidence, each weighted by its own rarity, so the similarity decreases with
 * the distance, as the similarity measure Sim of the paper does: a verbatim copy of the target
 * scores above every record that only falls within the tolerance, by {@code e_i}, instead of
 * tying with them. For a category, or a number with a tolerance of 0, the two events are one
 * and {@code e_i} is 0. The
 * best record is accepted only when it stands out: its
 * <em>eccentricity</em>
 *
 * <pre>
 *   (best - second best) / sigma
 * </pre>
 *
 * reaches a threshold phi, where {@code sigma} is the standard deviation (population form,
 * divisor n) of all synthetic records' scores. When two records share the best score the
 * second best equals the best and the eccentricity is 0; when every record scores the same,
 * {@code sigma} is 0 and the eccentricity is 0 as well. Either way the attacker abstains for any
 * phi &gt; 0.
 *
 * <p>The scan is one pass per known attribute over column-major {@code double} arrays, then
 * one pass that keeps the best, the second best, the sum and the sum of squares. Targets run in
 * parallel blocks on the given pool; each target's result depends only on the target, so it is
 * the same for any thread count.
 *
 * <p>The scoreboard sees only primitive arrays, so the attack's kernel can be benchmarked and
 * replaced on its own.
 */
public final class Scoreboard {
    private static final int BLOCK = 8;

    private final double[][] columns;
    private final double[][] present;
    private final double[] tolerances;
    private final int rows;
    private final ForkJoinPool pool;

    /**
     * Creates a scoreboard over a synthetic release.
     *
     * @param columns the synthetic records column-major, one array per attribute (categories
     *     as whole-number codes, {@code NaN} for a missing value), all of one length, at least
     *     2; read, not copied
     * @param tolerances per attribute, the largest absolute difference at which two values
     *     agree: 0 for categorical attributes, {@code >= 0}
     * @param pool the bounded pool for the parallel scan
     * @throws IllegalArgumentException if there are fewer than 2 records, the columns differ in
     *     length, or a tolerance is negative or missing
     */
    public Scoreboard(double[][] columns, double[] tolerances, ForkJoinPool pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.rows = columns.length == 0 ? 0 : columns[0].length;
        if (rows < 2) {
            throw new IllegalArgumentException("the eccentricity needs at least 2 synthetic "
                    + "records, have " + rows);
        }
        if (tolerances.length != columns.length
                || Arrays.stream(columns).anyMatch(c -> c.length != rows)
                || Arrays.stream(tolerances).anyMatch(t -> !(t >= 0))) {
            throw new IllegalArgumentException("need one column of " + rows + " values and one "
                    + "tolerance >= 0 per attribute");
        }
        this.columns = columns.clone();
        this.present = Arrays.stream(columns).map(Scoreboard::missingAsInfinity)
                .toArray(double[][]::new);
        this.tolerances = tolerances.clone();
    }

    /** A copy of a column with every missing value replaced by positive infinity. */
    private static double[] missingAsInfinity(double[] column) {
        double[] copy = column.clone();
        for (int r = 0; r < copy.length; r++) {
            if (Double.isNaN(copy[r])) {
                copy[r] = Double.POSITIVE_INFINITY;
            }
        }
        return copy;
    }

    /**
     * Scores every target against every synthetic record.
     *
     * @param queries the targets as the attacker sees them
     * @return one match per query, in query order
     * @throws IllegalArgumentException if a query names an attribute the scoreboard lacks
     */
    public Match[] score(Query[] queries) {
        for (Query query : queries) {
            for (int slot : query.slots()) {
                Objects.checkIndex(slot, columns.length);
            }
        }
        Match[] matches = new Match[queries.length];
        int blocks = (queries.length + BLOCK - 1) / BLOCK;
        pool.submit(() -> IntStream.range(0, blocks).parallel().forEach(b -> {
            double[] scores = new double[rows];
            for (int q = b * BLOCK; q < Math.min(queries.length, (b + 1) * BLOCK); q++) {
                fill(queries[q], scores);
                matches[q] = summarise(scores);
            }
        })).join();
        return matches;
    }

    /**
     * The score of every synthetic record for one target.
     *
     * @param query the target as the attacker sees it
     * @param scores receives one score per synthetic record; overwritten
     */
    void fill(Query query, double[] scores) {
        Arrays.fill(scores, 0);
        int[] slots = query.slots();
        for (int k = 0; k < slots.length; k++) {
            double value = query.values()[k];
            double weight = query.weights()[k];
            double tolerance = tolerances[slots[k]];
            if (Double.isFinite(value)) {
                addAgreeing(scores, present[slots[k]], value, tolerance, weight,
                        tolerance > 0 ? query.exactWeights()[k] : 0);
            } else {
                addAgreeingSlowly(scores, columns[slots[k]], value, tolerance, weight);
            }
        }
    }

    /**
     * Adds {@code weight} to every record within {@code tolerance} of a finite value and
     * {@code bonus} more to every record equal to it, without a branch so that the loop
     * compiles to vector instructions: with {@code h = weight / 2},
     * {@code h + copySign(h, tolerance - |x - value|)} is exactly {@code weight} when
     * {@code |x - value| <= tolerance} and exactly 0 otherwise. Missing values are stored as
     * positive infinity, which lies beyond every tolerance of a finite value.
     */
    private static void addAgreeing(double[] scores, double[] column, double value,
            double tolerance, double weight, double bonus) {
        double half = 0.5 * weight;
        for (int r = 0; r < scores.length; r++) {
            double difference = Math.abs(column[r] - value);
            scores[r] += half + Math.copySign(half, tolerance - difference)
                    + (difference == 0 ? bonus : 0);
        }
    }

    /**
     * The agreement rule for a missing (or infinite) believed value: a missing value agrees
     * with missing values only; an infinite one with nothing, as {@link Agreement} has it.
     */
    private static void addAgreeingSlowly(double[] scores, double[] column, double value,
            double tolerance, double weight) {
        boolean missing = Double.isNaN(value);
        for (int r = 0; r < scores.length; r++) {
            boolean agree = missing ? Double.isNaN(column[r])
                    : Math.abs(column[r] - value) <= tolerance;
            scores[r] += agree ? weight : 0;
        }
    }

    /**
     * The best record, the runner-up and the eccentricity of a score vector.
     *
     * @param scores one score per synthetic record, at least 2
     * @return the match; ties for the best go to the lower index and give eccentricity 0
     */
    static Match summarise(double[] scores) {
        double top = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        int best = -1;
        double sum = 0;
        double squares = 0;
        for (int r = 0; r < scores.length; r++) {
            double x = scores[r];
            sum += x;
            squares += x * x;
            if (x > top) {
                second = top;
                top = x;
                best = r;
            } else if (x > second) {
                second = x;
            }
        }
        double mean = sum / scores.length;
        double deviation = Math.sqrt(Math.max(0, squares / scores.length - mean * mean));
        double gap = top - second;
        double eccentricity = gap > 0 && deviation > 0 ? gap / deviation : 0;
        return new Match(best, top, second, deviation, eccentricity);
    }

    /**
     * One target as the attacker sees it.
     *
     * @param slots the known attributes, positions in the scoreboard's columns
     * @param values the believed values, {@code NaN} for a value known to be missing
     * @param weights the rarity weight of the values agreeing with each believed value,
     *     {@code > 0}: what every agreeing record adds to its score
     * @param exactWeights the rarity weight of each believed value itself, {@code >= 0}: what
     *     an equal record adds on top where the attribute is compared within a tolerance
     */
    public record Query(int[] slots, double[] values, double[] weights, double[] exactWeights) {
        /** Checks that the arrays have one entry per known attribute. */
        public Query {
            if (values.length != slots.length || weights.length != slots.length
                    || exactWeights.length != slots.length) {
                throw new IllegalArgumentException(slots.length + " known attributes but "
                        + values.length + " values, " + weights.length + " weights and "
                        + exactWeights.length + " exact weights");
            }
        }

        /**
         * A query without exact weights: equal and agreeing records weigh alike.
         *
         * @param slots the known attributes, positions in the scoreboard's columns
         * @param values the believed values, {@code NaN} for a value known to be missing
         * @param weights the rarity weight of each believed value, {@code > 0}
         */
        public Query(int[] slots, double[] values, double[] weights) {
            this(slots, values, weights, new double[slots.length]);
        }
    }

    /**
     * The outcome of scoring one target.
     *
     * @param best the row of the best-scoring synthetic record (the lower row on ties)
     * @param top its score
     * @param second the second-best score (equal to {@code top} on a tie)
     * @param deviation the standard deviation of all scores
     * @param eccentricity {@code (top - second) / deviation}, or 0 when either is 0
     */
    public record Match(int best, double top, double second, double deviation,
            double eccentricity) {

        /**
         * Tells whether the attacker accepts the best record.
         *
         * @param phi the eccentricity threshold, {@code > 0}
         * @return true if the eccentricity reaches phi
         */
        public boolean confident(double phi) {
            return eccentricity >= phi;
        }
    }
}
