package org.synthaudit.attacks.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.ProportionDifference;
import org.synthaudit.core.stats.Proportions;

/**
 * Collects the figures of an attack that is run on members and on holdout targets: the rate
 * on each side, the gain (members minus holdout), and the same for every group of every
 * protected attribute. Groups with fewer scored targets than a minimum on either side are
 * reported as undefined with their sizes and listed in a note (case C20).
 */
public final class RiskFigures {
    /** The confidence level of every interval. */
    public static final double LEVEL = 0.95;

    private final String id;
    private final ProtectedGroups groups;
    private final int minGroupSize;
    private final Estimator estimator;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> tooSmall = new ArrayList<>();
    private final List<Figure> headlineCandidates = new ArrayList<>();

    /**
     * Starts an empty collection.
     *
     * @param id the evaluator id, the prefix of every figure id
     * @param groups the protected attributes
     * @param minGroupSize the fewest scored targets per side for a group to be scored, >= 1
     * @param estimator how rates and differences are estimated
     */
    public RiskFigures(String id, ProtectedGroups groups, int minGroupSize,
            Estimator estimator) {
        this.id = id;
        this.groups = groups;
        this.minGroupSize = minGroupSize;
        this.estimator = estimator;
    }

    /**
     * How a rate and a difference of rates are estimated from per-target scores.
     */
    public sealed interface Estimator permits Binary, Bootstrap {
        /**
         * The mean score with its interval.
         *
         * @param scores one score in [0, 1] per target
         * @param seeds the seed node for resampling
         * @return the rate, undefined when there are no scores
         */
        Estimate rate(double[] scores, Seeds seeds);

        /**
         * The difference of two independent mean scores with its interval.
         *
         * @param first the scores of the first side
         * @param second the scores of the second side
         * @param seeds the seed node for resampling
         * @return the difference, undefined when a side has no scores
         */
        Estimate difference(double[] first, double[] second, Seeds seeds);
    }

    /**
     * Success or failure per target (scores 0 or 1): Wilson intervals for rates and Newcombe's
     * hybrid score interval for their difference.
     */
    public record Binary() implements Estimator {
        @Override
        public Estimate rate(double[] scores, Seeds seeds) {
            return Proportions.wilson(successes(scores), scores.length, LEVEL);
        }

        @Override
        public Estimate difference(double[] first, double[] second, Seeds seeds) {
            return ProportionDifference.unpaired(successes(first), first.length,
                    successes(second), second.length, LEVEL);
        }

        private static long successes(double[] scores) {
            long count = 0;
            for (double s : scores) {
                if (s != 0 && s != 1) {
                    throw new IllegalArgumentException("a binary score must be 0 or 1, was " + s);
                }
                count += (long) s;
            }
            return count;
        }
    }

    /**
     * Scores in [0, 1] per target: the mean with a seeded percentile bootstrap interval over
     * targets (Efron and Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13); for a
     * difference each side is resampled independently. The interval is widened to contain the
     * point estimate when resampling skew would leave it outside.
     *
     * @param resamples the number of bootstrap resamples, {@code >= 100}
     */
    public record Bootstrap(int resamples) implements Estimator {
        /** Checks the number of resamples. */
        public Bootstrap {
            if (resamples < 100) {
                throw new IllegalArgumentException("need >= 100 resamples, was " + resamples);
            }
        }

        @Override
        public Estimate rate(double[] scores, Seeds seeds) {
            if (scores.length == 0) {
                return Estimate.undefined("no target could be scored");
            }
            SplittableRandom random = seeds.random();
            double[] means = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                means[b] = resampledMean(scores, random);
            }
            return percentile(mean(scores), means, scores.length + " targets");
        }

        @Override
        public Estimate difference(double[] first, double[] second, Seeds seeds) {
            if (first.length == 0 || second.length == 0) {
                return Estimate.undefined("the difference needs scored targets on both sides; "
                        + "have " + first.length + " and " + second.length);
            }
            SplittableRandom random = seeds.random();
            double[] differences = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                differences[b] = resampledMean(first, random) - resampledMean(second, random);
            }
            return percentile(mean(first) - mean(second), differences, first.length + " and "
                    + second.length + " targets");
        }

        private Estimate percentile(double value, double[] draws, String sizes) {
            Arrays.sort(draws);
            double alpha = 1 - LEVEL;
            double lower = draws[(int) Math.floor((resamples - 1) * alpha / 2)];
            double upper = draws[(int) Math.ceil((resamples - 1) * (1 - alpha / 2))];
            return Estimate.of(value, Math.min(lower, value), Math.max(upper, value), LEVEL,
                    "percentile bootstrap 95%, " + resamples + " resamples of " + sizes);
        }

        private static double resampledMean(double[] scores, SplittableRandom random) {
            double sum = 0;
            for (int i = 0; i < scores.length; i++) {
                sum += scores[random.nextInt(scores.length)];
            }
            return sum / scores.length;
        }

        private static double mean(double[] scores) {
            double sum = 0;
            for (double s : scores) {
                sum += s;
            }
            return sum / scores.length;
        }
    }

    /**
     * The scored targets of one side: a score per target and its group under each protected
     * attribute.
     *
     * @param scores one score per scored target
     * @param groups {@code groups[a][i]} is the group code of target {@code i} under attribute
     *     {@code a}
     */
    public record Side(double[] scores, int[][] groups) {
        /**
         * Keeps the scored targets of a sample.
         *
         * @param targets the sampled targets
         * @param scored which targets were scored (e.g. those with a known secret)
         * @param score the score of each target; read only where {@code scored}
         * @param attributes the protected attributes
         * @return the side
         */
        public static Side of(Dataset targets, boolean[] scored, double[] score,
                ProtectedGroups attributes) {
            int[] rows = java.util.stream.IntStream.range(0, scored.length)
                    .filter(i -> scored[i]).toArray();
            double[] kept = Arrays.stream(rows).mapToDouble(i -> score[i]).toArray();
            int[][] codes = new int[attributes.attributes().size()][];
            for (int a = 0; a < codes.length; a++) {
                ProtectedGroups.Attribute attribute = attributes.attributes().get(a);
                codes[a] = Arrays.stream(rows).map(r -> attribute.group(targets, r)).toArray();
            }
            return new Side(kept, codes);
        }

        /**
         * The targets of one group.
         *
         * @param attribute the attribute's index
         * @param code the group's code
         * @return the side restricted to the group
         */
        public Side group(int attribute, int code) {
            int[] rows = java.util.stream.IntStream.range(0, scores.length)
                    .filter(i -> groups[attribute][i] == code).toArray();
            int[][] codes = new int[groups.length][];
            for (int a = 0; a < groups.length; a++) {
                int[] all = groups[a];
                codes[a] = Arrays.stream(rows).map(i -> all[i]).toArray();
            }
            return new Side(Arrays.stream(rows).mapToDouble(i -> scores[i]).toArray(), codes);
        }

        /**
         * The number of scored targets.
         *
         * @return the count
         */
        public int size() {
            return scores.length;
        }
    }

    /**
     * Adds the rate on members, the rate on holdout targets and the gain, overall and per group.
     *
     * @param key the secret column (or attack mode) the figures are about
     * @param variant a prefix for the figure names, e.g. {@code ""} or {@code "zero_"}
     * @param what what the rate counts, for labels, e.g. {@code "Correct guesses of income"}
     * @param members the member side
     * @param holdout the holdout side
     * @param seeds the seed node for resampling
     */
    public void compare(String key, String variant, String what, Side members, Side holdout,
            Seeds seeds) {
        compare(key, variant, what, members, holdout, seeds, null);
    }

    /**
     * Adds the rate on members, the rate on holdout targets and the gain, overall and per
     * group, with a stated reason for a side that has no scored target.
     *
     * @param key the secret column (or attack mode) the figures are about
     * @param variant a prefix for the figure names, e.g. {@code ""} or {@code "zero_"}
     * @param what what the rate counts, for labels
     * @param members the member side
     * @param holdout the holdout side
     * @param seeds the seed node for resampling
     * @param emptyReason why a side may have no scored target, completed by
     *     {@code " (members)"} or {@code " (holdout)"}; {@code null} for the estimator's reason
     */
    public void compare(String key, String variant, String what, Side members, Side holdout,
            Seeds seeds, String emptyReason) {
        String base = id + "." + key + ".";
        List<Figure> overall = triple(base + variant, key, what, members, holdout, seeds,
                emptyReason);
        figures.addAll(overall);
        if (variant.isEmpty()) {
            headlineCandidates.add(overall.getLast());
        }
        compareGroups(base, key, variant, what, members, holdout, seeds, emptyReason);
    }

    private void compareGroups(String base, String key, String variant, String what,
            Side members, Side holdout, Seeds seeds, String emptyReason) {
        for (int a = 0; a < groups.attributes().size(); a++) {
            ProtectedGroups.Attribute attribute = groups.attributes().get(a);
            for (int code : attribute.present(members.groups()[a], holdout.groups()[a])) {
                String label = attribute.label(code);
                String subject = attribute.name() + "=" + label;
                String groupBase = base + "group." + attribute.name() + "." + label + "."
                        + variant;
                Side m = members.group(a, code);
                Side h = holdout.group(a, code);
                if (m.size() < minGroupSize || h.size() < minGroupSize) {
                    figures.addAll(tooSmall(groupBase, subject, what, m.size(), h.size(),
                            key, variant));
                } else {
                    figures.addAll(triple(groupBase, subject, what + " (" + subject + ")", m, h,
                            seeds.child(subject), emptyReason));
                }
            }
        }
    }

    /**
     * Adds the rate and gain figures of a key that could not be attacked at all, without
     * groups.
     *
     * @param key the secret column (or attack mode)
     * @param variant a prefix for the figure names
     * @param what what the rate counts, for labels
     * @param reason why nothing could be computed
     */
    public void undefined(String key, String variant, String what, String reason) {
        Estimate undefined = Estimate.undefined(reason);
        String base = id + "." + key + "." + variant;
        Figure gain = new Figure(base + "gain", what + ", members minus holdout", key, undefined,
                noLeak(), Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE);
        figures.add(new Figure(base + "rate_members", what + ", members", key, undefined,
                undefined, Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        figures.add(new Figure(base + "rate_holdout", what + ", holdout", key, undefined,
                undefined, Bounds.UNIT, Sense.NEUTRAL));
        figures.add(gain);
        if (variant.isEmpty()) {
            headlineCandidates.add(gain);
        }
    }

    /**
     * Adds the difference of two binary scores measured on the same targets (e.g. a model of
     * the synthetic data against a model of the reference data, both on members), with
     * Newcombe's paired interval, overall and per group.
     *
     * @param key the secret column
     * @param name the figure name, e.g. {@code gain_over_reference}
     * @param what what the difference measures, for labels
     * @param first the first measurement's scores (0 or 1)
     * @param second the second measurement's scores on the same targets in the same order
     */
    public void comparePaired(String key, String name, String what, Side first, Side second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("paired sides differ in size: " + first.size()
                    + " and " + second.size());
        }
        String base = id + "." + key + ".";
        figures.add(new Figure(base + name, what, key, paired(first, second), noLeak(),
                Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE));
        for (int a = 0; a < groups.attributes().size(); a++) {
            ProtectedGroups.Attribute attribute = groups.attributes().get(a);
            for (int code : attribute.present(first.groups()[a])) {
                String subject = attribute.name() + "=" + attribute.label(code);
                Side f = first.group(a, code);
                Estimate estimate = f.size() < minGroupSize
                        ? Estimate.undefined("group too small: " + f.size() + " targets scored, "
                                + "fewer than the minimum of " + minGroupSize)
                        : paired(f, second.group(a, code));
                figures.add(new Figure(base + "group." + attribute.name() + "."
                        + attribute.label(code) + "." + name, what + " (" + subject + ")",
                        subject, estimate, noLeak(), Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE));
            }
        }
    }

    private static Estimate paired(Side first, Side second) {
        long[] table = new long[4];
        for (int i = 0; i < first.size(); i++) {
            int a = first.scores()[i] == 1 ? 0 : 2;
            int b = second.scores()[i] == 1 ? 0 : 1;
            table[a + b]++;
        }
        return ProportionDifference.paired(table[0], table[1], table[2], table[3], LEVEL);
    }

    private List<Figure> triple(String base, String subject, String what, Side members,
            Side holdout, Seeds seeds, String emptyReason) {
        Estimate control = rate(holdout, seeds.child("holdout"), emptyReason, "holdout");
        Estimate member = rate(members, seeds.child("members"), emptyReason, "members");
        Estimate gain = emptyReason != null && (members.size() == 0 || holdout.size() == 0)
                ? Estimate.undefined(emptyReason + " (" + (members.size() == 0 ? "members"
                        : "holdout") + ")")
                : estimator.difference(members.scores(), holdout.scores(), seeds.child("gain"));
        return List.of(
                new Figure(base + "rate_members", what + ", members", subject, member, control,
                        Bounds.UNIT, Sense.HIGHER_IS_WORSE),
                new Figure(base + "rate_holdout", what + ", holdout", subject, control,
                        Estimate.undefined("the holdout rate is itself the control"),
                        Bounds.UNIT, Sense.NEUTRAL),
                new Figure(base + "gain", what + ", members minus holdout", subject, gain,
                        noLeak(), Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE));
    }

    private Estimate rate(Side side, Seeds seeds, String emptyReason, String sideName) {
        if (side.size() == 0 && emptyReason != null) {
            return Estimate.undefined(emptyReason + " (" + sideName + ")");
        }
        return estimator.rate(side.scores(), seeds);
    }

    private List<Figure> tooSmall(String base, String subject, String what, int members,
            int holdout, String key, String variant) {
        String reason = "group too small: " + members + " member and " + holdout
                + " holdout targets scored, fewer than the minimum of " + minGroupSize;
        if (variant.isEmpty()) {
            tooSmall.add(key + ": " + subject + " (" + members + " members, " + holdout
                    + " holdout)");
        }
        Estimate undefined = Estimate.undefined(reason);
        return List.of(
                new Figure(base + "rate_members", what + " (" + subject + "), members", subject,
                        undefined, undefined, Bounds.UNIT, Sense.HIGHER_IS_WORSE),
                new Figure(base + "rate_holdout", what + " (" + subject + "), holdout", subject,
                        undefined, undefined, Bounds.UNIT, Sense.NEUTRAL),
                new Figure(base + "gain", what + " (" + subject + "), members minus holdout",
                        subject, undefined, noLeak(), Bounds.SIGNED_UNIT,
                        Sense.HIGHER_IS_WORSE));
    }

    /**
     * The baseline of every gain.
     *
     * @return exactly 0
     */
    public static Estimate noLeak() {
        return Estimate.exact(0, "no leak: the release tells as much about holdout records as "
                + "about members");
    }

    /**
     * Adds a figure.
     *
     * @param figure the figure
     */
    public void add(Figure figure) {
        figures.add(figure);
    }

    /**
     * Adds a gain figure that competes for the headline.
     *
     * @param gain a gain in [-1, 1]
     */
    public void addGain(Figure gain) {
        figures.add(gain);
        headlineCandidates.add(gain);
    }

    /**
     * Adds a count.
     *
     * @param name the figure id without the evaluator prefix
     * @param label the label
     * @param subject what it is about, or {@code null}
     * @param count the count, {@code >= 0}
     */
    public void count(String name, String label, String subject, long count) {
        figures.add(new Figure(id + "." + name, label, subject, Estimate.exact(count, "count"),
                Estimate.undefined("a count has no baseline"), Bounds.NON_NEGATIVE,
                Sense.NEUTRAL));
    }

    /**
     * Adds the largest defined overall gain (variant {@code ""}) compared so far as the
     * headline {@code <id>.max_gain}, placed first.
     *
     * @param what what the gains are over, for the label, e.g. {@code "secret columns"}
     * @return the headline id
     */
    public String headline(String what) {
        Figure best = null;
        for (Figure f : headlineCandidates) {
            if (f.estimate() instanceof Estimate.Value v
                    && (best == null || v.value() > ((Estimate.Value) best.estimate()).value())) {
                best = f;
            }
        }
        String headline = id + ".max_gain";
        Estimate estimate = best == null ? Estimate.undefined("no gain could be computed for "
                + "any of the " + what) : best.estimate();
        figures.addFirst(new Figure(headline, "Largest gain over the " + what, best == null
                ? null : best.subject(), estimate, noLeak(), Bounds.SIGNED_UNIT,
                Sense.HIGHER_IS_WORSE));
        return headline;
    }

    /**
     * The figures collected.
     *
     * @return a copy, in the order added (the headline first once added)
     */
    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /**
     * A note naming the groups too small to score, if any.
     *
     * @return the note, or empty
     */
    public List<String> notes() {
        if (tooSmall.isEmpty()) {
            return List.of();
        }
        return List.of("Groups too small to score (fewer than " + minGroupSize + " scored "
                + "targets on a side), reported as undefined: " + String.join("; ", tooSmall)
                + ".");
    }

    /**
     * The ids of the figures an attribute-inference evaluator built on these figures can
     * produce: the headline {@code max_gain}, and per secret column ({@code <secret>}) the counts
     * of targets scored and left out, the rates and gain of each variant overall and per group
     * ({@code group.<attribute>.<group>.}), and the paired comparisons.
     *
     * @param id the evaluator id
     * @param variants the prefixes of the rate figures, e.g. {@code ""} and {@code "zero_"}
     * @param paired the names of paired comparisons, e.g. {@code gain_over_reference}
     * @return the patterns
     */
    static List<FigurePattern> patterns(String id, List<String> variants, List<String> paired) {
        List<String> names = new ArrayList<>(List.of("max_gain", "<secret>.scored_members",
                "<secret>.scored_holdout", "<secret>.missing_secret_members",
                "<secret>.missing_secret_holdout"));
        for (String variant : variants) {
            for (String rate : List.of("gain", "rate_members", "rate_holdout")) {
                names.add("<secret>." + variant + rate);
                names.add("<secret>.group.<attribute>.<group>." + variant + rate);
            }
        }
        for (String name : paired) {
            names.add("<secret>." + name);
            names.add("<secret>.group.<attribute>.<group>." + name);
        }
        return FigurePattern.under(id, names.toArray(String[]::new));
    }
}
