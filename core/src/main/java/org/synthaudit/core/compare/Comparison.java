package org.synthaudit.core.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.TTest;

/**
 * Everything a head-to-head comparison of generators concluded, as the report renderers receive
 * it. Every generator was audited on the same repeats: repeat r used the same seeded split (and
 * the same generator and evaluator seeds) for every generator, so figures of two generators in
 * one repeat form a pair. Renderers compute nothing: means, intervals, ranks, the Pareto front
 * and the leaderboard order are all here.
 *
 * @param provenance what a reader needs to rerun the comparison: the base seed and the
 *     configuration before the generator of each audit was set
 * @param repeats the repeats with their seeds, in order
 * @param figures the figures compared, in column order
 * @param privacyAxis the id of the privacy figure of the privacy-against-utility chart, one of
 *     {@code figures}
 * @param utilityAxis the id of the utility figure of the chart, one of {@code figures}
 * @param contenders the generators in leaderboard order: the Pareto front first, each group by
 *     the privacy figure from best to worst, generators that could not be placed last
 * @param differences paired differences of every pair of generators (in the order the user
 *     listed them) on every figure
 * @param timings wall-clock milliseconds of each audit, keyed {@code <generator>/<repeat>};
 *     the only part that may differ between reruns with the same inputs and seed
 */
public record Comparison(Provenance provenance, List<Repeat> repeats, List<FigureInfo> figures,
        String privacyAxis, String utilityAxis, List<Contender> contenders,
        List<Difference> differences, Map<String, Long> timings) {

    /** Checks that the axes are compared figures and freezes the collections. */
    public Comparison {
        Objects.requireNonNull(provenance, "provenance");
        repeats = List.copyOf(repeats);
        figures = List.copyOf(figures);
        contenders = List.copyOf(contenders);
        differences = List.copyOf(differences);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        for (String axis : List.of(privacyAxis, utilityAxis)) {
            if (figures.stream().noneMatch(f -> f.id().equals(axis))) {
                throw new IllegalArgumentException("axis " + axis + " is not a compared figure");
            }
        }
    }

    /**
     * The figure description of an id.
     *
     * @param id a figure id of this comparison
     * @return its description
     * @throws IllegalArgumentException if the comparison has no such figure
     */
    public FigureInfo figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no compared figure " + id));
    }

    /**
     * The labels of the generators on the Pareto front, in leaderboard order.
     *
     * @return the labels, empty when no generator could be placed
     */
    public List<String> paretoFront() {
        return contenders.stream().filter(Contender::paretoOptimal).map(Contender::label)
                .toList();
    }

    /**
     * One repeat: one seeded split shared by every generator.
     *
     * @param number the repeat's number, from 1
     * @param seed the root seed of every audit of this repeat; repeat 1 uses the base seed, so
     *     its audits are exactly those of {@code synthaudit audit} with that seed
     * @param splitSeed the seed of the train/holdout/reference split, derived from {@code seed}
     * @param generatorSeed the seed of every generator's fit, derived from {@code seed}
     */
    public record Repeat(int number, long seed, long splitSeed, long generatorSeed) {
    }

    /**
     * A figure the comparison reads from every audit.
     *
     * @param id the figure id, e.g. {@code membership.dcr.auc}
     * @param label the figure's label in the audits, or the id when no audit produced it
     * @param category the category of the finding it belongs to
     * @param sense which direction is bad news
     * @param bounds the range the figure can take
     */
    public record FigureInfo(String id, String label, Category category, Sense sense,
            Bounds bounds) {
        /** Checks that nothing is missing. */
        public FigureInfo {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(sense, "sense");
            Objects.requireNonNull(bounds, "bounds");
        }
    }

    /**
     * One generator of the comparison.
     *
     * @param label how the user named it, e.g. {@code bayesian-network:epsilon=1}; unique
     * @param generatorId the generator id
     * @param parameters its parameters as used, by name
     * @param privacyClaim its differential-privacy claim in words, e.g. {@code none}
     * @param outcomes the policy's verdict in each repeat, in repeat order
     * @param figures the summary of each compared figure, in the order of
     *     {@link Comparison#figures()}
     * @param paretoOptimal whether it is on the Pareto front of the privacy and utility figures
     * @param unplaced why it is not in the chart (a figure of an axis is undefined), or
     *     {@code null} when it is
     */
    public record Contender(String label, String generatorId, Map<String, Object> parameters,
            String privacyClaim, List<RepeatOutcome> outcomes, List<FigureSummary> figures,
            boolean paretoOptimal, String unplaced) {
        /** Freezes the collections and checks that an unplaced generator is off the front. */
        public Contender {
            Objects.requireNonNull(label, "label");
            parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
            outcomes = List.copyOf(outcomes);
            figures = List.copyOf(figures);
            if (paretoOptimal && unplaced != null) {
                throw new IllegalArgumentException(label + " cannot be on the Pareto front "
                        + "without a place in the chart");
            }
        }

        /**
         * The summary of one figure.
         *
         * @param figureId a compared figure's id
         * @return the summary
         * @throws IllegalArgumentException if there is none
         */
        public FigureSummary figure(String figureId) {
            return figures.stream().filter(f -> f.figureId().equals(figureId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(label + " has no figure "
                            + figureId));
        }
    }

    /**
     * A generator's policy verdict in one repeat.
     *
     * @param repeat the repeat's number
     * @param verdict the verdict of the audit
     * @param rulesNotPassed the status of every rule that did not pass, by rule id in policy
     *     order
     */
    public record RepeatOutcome(int repeat, Verdict verdict,
            Map<String, RuleStatus> rulesNotPassed) {
        /** Freezes the map. */
        public RepeatOutcome {
            Objects.requireNonNull(verdict, "verdict");
            rulesNotPassed = Collections.unmodifiableMap(new LinkedHashMap<>(rulesNotPassed));
        }
    }

    /**
     * One figure of one generator over the repeats.
     *
     * @param figureId the figure id
     * @param mean the mean over the repeats with its interval across repeats (with one repeat,
     *     the audit's own estimate), or undefined with the reason
     * @param perRepeat the audit's estimate in each repeat, in repeat order
     * @param rank the generator's rank on this figure among the generators whose mean is
     *     defined (1 is best; equal means share a rank), or {@code null} when it has none
     */
    public record FigureSummary(String figureId, Estimate mean, List<Estimate> perRepeat,
            Integer rank) {
        /** Freezes the list. */
        public FigureSummary {
            Objects.requireNonNull(figureId, "figureId");
            Objects.requireNonNull(mean, "mean");
            perRepeat = List.copyOf(perRepeat);
            if (rank != null && rank < 1) {
                throw new IllegalArgumentException("rank must be >= 1, was " + rank);
            }
        }
    }

    /**
     * The paired difference of two generators on one figure: first minus second, repeat by
     * repeat.
     *
     * @param first the label of the generator listed first
     * @param second the label of the generator listed second
     * @param figureId the figure id
     * @param meanDifference the mean of the per-repeat differences with its interval, or
     *     undefined with the reason (fewer than two repeats, or the figure undefined in a repeat)
     * @param test the paired t test of a zero mean difference, or why it cannot be made
     */
    public record Difference(String first, String second, String figureId,
            Estimate meanDifference, TTest test) {
        /** Checks that nothing is missing. */
        public Difference {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(figureId, "figureId");
            Objects.requireNonNull(meanDifference, "meanDifference");
            Objects.requireNonNull(test, "test");
        }
    }
}
