package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.stats.Estimate;

/**
 * The four scores on the first page of a report, privacy, utility, fidelity and fairness, each
 * from 0 to 100: a fixed, monotone reading of figures the findings already report, so a reader
 * sees at a glance where a release stands. The scores decide nothing; the policy does.
 *
 * <p>Each input figure is mapped to a <em>shortfall</em> in [0, 1]: 0 at its baseline (no
 * leak, nothing lost), 1 at the worst case, values outside clamped. A score is
 * {@code 100 * (1 - s)}, where {@code s} combines the shortfalls of its inputs:
 *
 * <ul>
 *   <li><b>privacy</b>: the largest shortfall over the headline figures of the privacy
 *       findings, since one attack that works is enough. A ROC AUC {@code a} maps to its
 *       advantage over guessing, {@code 2a - 1} (0 at 0.5, 1 for a perfect attack); a gain
 *       {@code g} (the success rate on members minus that on holdout records) to {@code g}; an
 *       empirical lower bound {@code eps} on the epsilon of differential privacy to
 *       {@code tanh(eps / 2) = (e^eps - 1) / (e^eps + 1)}, the largest membership advantage
 *       (true-positive minus false-positive rate) an epsilon-differentially private release
 *       allows: it is the most that {@code TPR <= e^eps FPR} and {@code 1 - FPR <= e^eps (1 -
 *       TPR)}, which epsilon-differential privacy imposes on every test, leave (Kairouz, Oh and
 *       Viswanath, "The Composition Theorem for Differential Privacy", ICML 2015);
 *   <li><b>utility</b>: one minus the mean over the models of the utility finding of the skill
 *       the synthetic-trained model keeps, {@code (S_syn - c) / (S_real - c)}: {@code S} the
 *       score of the headline's kind (the headline is a ratio such as
 *       {@code utility.tstr.random_forest.auc_ratio}), {@code S_syn} the model trained on the
 *       synthetic release with its interval, {@code S_real} the same model trained on real data
 *       (the figure's baseline, as a point) and {@code c} what guessing scores: 0.5 for ROC AUC,
 *       0 otherwise (R²). Measuring from chance keeps a useless model from scoring half;
 *   <li><b>fidelity</b>: the mean shortfall of the mean per-column distance
 *       ({@code fidelity.columns.mean_distance}), the mean 2- and 3-way marginal total
 *       variation distance ({@code fidelity.marginals.mean_tvd}), both as they are, and the
 *       propensity ROC AUC {@code a} ({@code fidelity.propensity.auc}) as {@code 2a - 1},
 *       undefined when its interval lies wholly below 0.5 (held-out anti-learning is no
 *       evidence of fidelity);
 *   <li><b>fairness</b>: the largest shortfall over the protected attributes of the positive
 *       part of the representation shift ({@code fairness.<set>.share_tvd}) and of the changes
 *       in group gaps ({@code base_rate_gap_change}, {@code
 *       demographic_parity_difference_change}, {@code equalized_odds_difference_change}): a gap
 *       the generator widens or invents counts, one it narrows or erases does not (that loss
 *       shows in fidelity and utility).
 * </ul>
 *
 * <p>An input that is undefined, or whose evaluator was skipped, is listed with the reason and
 * left out; a score none of whose inputs is defined is not scored, never 0. Every mapping is
 * monotone and so is each combination, so computing the score from the ends of its inputs'
 * intervals (all at their better ends, all at their worse ends) gives a range that holds every
 * score the intervals allow. The range is not a confidence interval: the inputs' intervals are
 * not simultaneous.
 *
 * @param scores privacy, utility, fidelity and fairness, in that order
 */
record Scorecard(List<Score> scores) {
    private static final List<String> FIDELITY_FIGURES = List.of(
            "fidelity.columns.mean_distance", "fidelity.marginals.mean_tvd",
            "fidelity.propensity.auc");
    private static final List<String> FAIRNESS_SUFFIXES = List.of(".share_tvd",
            ".base_rate_gap_change", ".demographic_parity_difference_change",
            ".equalized_odds_difference_change");
    private static final String CLAMPED = ", clamped to [0, 1]";

    /** Freezes the list. */
    Scorecard {
        scores = List.copyOf(scores);
    }

    /**
     * Scores the findings of an audit.
     *
     * @param findings every finding, in run order
     * @return the four scores
     */
    static Scorecard of(List<Finding> findings) {
        return new Scorecard(List.of(privacy(findings), utility(findings), fidelity(findings),
                fairness(findings)));
    }

    /**
     * How a score combines the shortfalls of its inputs.
     */
    enum Combination {
        /** The largest shortfall: one bad input is enough. */
        LARGEST("largest"),
        /** The mean shortfall. */
        MEAN("mean");

        private final String word;

        Combination(String word) {
            this.word = word;
        }

        /**
         * The name used in reports.
         *
         * @return {@code largest} or {@code mean}
         */
        String word() {
            return word;
        }

        /**
         * Combines shortfalls.
         *
         * @param shortfalls at least one shortfall
         * @return their largest or their mean
         */
        double apply(double[] shortfalls) {
            return switch (this) {
                case LARGEST -> Arrays.stream(shortfalls).max().orElseThrow();
                case MEAN -> mean(shortfalls);
            };
        }
    }

    /** A plain left-to-right mean, monotone in every term (compensated sums are not). */
    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** What happened to one input. */
    enum Status {
        /** The input counts. */
        USED,
        /** The figure is undefined. */
        UNDEFINED,
        /** The evaluator that would produce it did not run. */
        SKIPPED;

        /**
         * The name used in reports.
         *
         * @return e.g. {@code used}
         */
        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A value with the range it takes between the ends of its inputs' intervals.
     *
     * @param value the value at the point estimates
     * @param lower the smallest value the intervals allow
     * @param upper the largest value the intervals allow
     */
    record Range(double value, double lower, double upper) {
        /** Checks the order. */
        Range {
            if (!(lower <= value && value <= upper)) {
                throw new IllegalArgumentException("range [" + lower + ", " + upper
                        + "] does not contain " + value);
            }
        }

        /**
         * Tells whether the range is a single point.
         *
         * @return true when lower equals upper
         */
        boolean isPoint() {
            return lower == upper;
        }
    }

    /**
     * One input of a score.
     *
     * @param finding the id of the finding it comes from
     * @param figure the figure id, or {@code null} when the finding was skipped
     * @param label the figure's label, or the finding's title when skipped
     * @param estimate the figure as reported, or {@code null} when skipped
     * @param mapping how the figure becomes a shortfall, in words
     * @param status whether it counts
     * @param shortfall its shortfall in [0, 1], or {@code null} unless used
     * @param reason why it does not count, or {@code null} when used
     */
    record Input(String finding, String figure, String label, Estimate estimate,
            String mapping, Status status, Range shortfall, String reason) {
        /** Checks that a used input has a shortfall and an unused one a reason. */
        Input {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(status, "status");
            if ((status == Status.USED) != (shortfall != null) || (shortfall == null)
                    == (reason == null)) {
                throw new IllegalArgumentException("input " + figure + ": a used input has a "
                        + "shortfall, any other a reason");
            }
        }
    }

    /**
     * One score.
     *
     * @param category what it scores
     * @param combination how the shortfalls of its inputs combine
     * @param rule how it is computed, in one or two sentences
     * @param score the score from 0 to 100 with its range, or {@code null} when not scored
     * @param notScored why it is not scored, or {@code null} when scored
     * @param inputs every input found, used or not
     */
    record Score(Category category, Combination combination, String rule, Range score,
            String notScored, List<Input> inputs) {
        /** Freezes the inputs and checks that exactly one of score and reason is given. */
        Score {
            inputs = List.copyOf(inputs);
            if ((score == null) == (notScored == null)) {
                throw new IllegalArgumentException("a score has a value or a reason, not both");
            }
        }

        /**
         * The used input with the largest shortfall, the one that lowers the score most.
         *
         * @return the input, or empty when none is used
         */
        Optional<Input> weakest() {
            return inputs.stream().filter(i -> i.status() == Status.USED)
                    .max(java.util.Comparator.comparingDouble(i -> i.shortfall().value()));
        }
    }

    private static Score privacy(List<Finding> findings) {
        List<Input> inputs = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.category() != Category.PRIVACY) {
                continue;
            }
            if (finding.skipped() != null) {
                inputs.add(skipped(finding));
                continue;
            }
            Figure headline = finding.headlineFigure().orElseThrow();
            String id = headline.id();
            if (id.endsWith(".auc")) {
                inputs.add(input(finding, headline, "2 × AUC − 1" + CLAMPED, a -> 2 * a - 1));
            } else if (id.endsWith("gain")) {
                inputs.add(input(finding, headline, "the gain" + CLAMPED, g -> g));
            } else if (id.endsWith("epsilon_lower_bound")) {
                inputs.add(input(finding, headline, "tanh(ε / 2), the largest advantage "
                        + "ε-differential privacy allows", eps -> Math.tanh(eps / 2)));
            }
        }
        return score(Category.PRIVACY, Combination.LARGEST, "100 × (1 − the largest risk):"
                + " each attack's headline figure as a risk in [0, 1]: 2 × AUC − 1 for a ROC"
                + " AUC, the member-over-holdout gain of linkage, inference and singling out,"
                + " tanh(ε / 2) for an ε lower bound.", inputs, "no privacy attack ran");
    }

    private static Score utility(List<Finding> findings) {
        List<Input> inputs = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.category() != Category.UTILITY) {
                continue;
            }
            if (finding.skipped() != null) {
                inputs.add(skipped(finding));
                continue;
            }
            String headline = finding.headline();
            if (!headline.endsWith("_ratio")) {
                continue;
            }
            String measure = headline.substring(headline.lastIndexOf('.') + 1,
                    headline.length() - "_ratio".length());
            double chance = measure.equals("auc") ? 0.5 : 0;
            for (Figure figure : finding.figures()) {
                if (isModelScore(finding.id(), figure.id(), measure)) {
                    inputs.add(skill(finding, figure, chance));
                }
            }
        }
        return score(Category.UTILITY, Combination.MEAN, "100 × the mean over the models of"
                + " the skill kept, (S_syn − c) / (S_real − c): the synthetic-trained model's"
                + " score over the real-trained one's, both measured from what guessing scores"
                + " (c = 0.5 for ROC AUC, 0 for R²).", inputs,
                "no utility figures: they need a column with the role target");
    }

    private static boolean isModelScore(String findingId, String figureId, String measure) {
        String prefix = findingId + ".";
        String suffix = "." + measure;
        if (!figureId.startsWith(prefix) || !figureId.endsWith(suffix)) {
            return false;
        }
        String model = figureId.substring(prefix.length(), figureId.length() - suffix.length());
        return !model.isEmpty() && !model.contains(".");
    }

    /** The skill a synthetic-trained model keeps, as a shortfall: 1 - (S - c) / (R - c). */
    private static Input skill(Finding finding, Figure figure, double chance) {
        if (!(figure.baseline() instanceof Estimate.Value real)) {
            return new Input(finding.id(), figure.id(), figure.label(), figure.estimate(),
                    "1 − skill kept", Status.UNDEFINED, null, "the model trained on real data "
                            + "has no score: " + ((Estimate.Undefined) figure.baseline()).reason());
        }
        double r = real.value();
        if (!(r > chance)) {
            return new Input(finding.id(), figure.id(), figure.label(), figure.estimate(),
                    "1 − skill kept", Status.UNDEFINED, null, "the model trained on real data "
                            + "scores " + Numbers.format(r) + ", no better than guessing ("
                            + Numbers.format(chance) + "), so it has no skill to keep");
        }
        String mapping = "1 − (S − " + Numbers.format(chance) + ") / (" + Numbers.format(r)
                + " − " + Numbers.format(chance) + ")" + CLAMPED;
        return input(finding, figure, mapping, s -> 1 - (s - chance) / (r - chance));
    }

    private static Score fidelity(List<Finding> findings) {
        List<Input> inputs = new ArrayList<>();
        for (String id : FIDELITY_FIGURES) {
            for (Finding finding : findings) {
                if (finding.category() != Category.FIDELITY) {
                    continue;
                }
                if (finding.skipped() != null && id.startsWith(finding.id() + ".")) {
                    inputs.add(skipped(finding));
                }
                Optional<Figure> figure = finding.figure(id);
                if (figure.isPresent()) {
                    inputs.add(id.endsWith(".auc") ? detection(finding, figure.get())
                            : input(finding, figure.get(), "the distance", d -> d));
                }
            }
        }
        return score(Category.FIDELITY, Combination.MEAN, "100 × (1 − the mean of three"
                + " distances in [0, 1]): the mean per-column distance, the mean TVD of the 2-"
                + " and 3-way marginals, and 2 × AUC − 1 of the propensity (detection) AUC,"
                + " left out when its interval lies wholly below 0.5.", inputs,
                "no fidelity evaluator ran");
    }

    /**
     * The propensity (detection) AUC as a shortfall, {@code 2a - 1} clamped to [0, 1]. An AUC
     * whose interval lies wholly below 0.5 is no evidence of fidelity: a classifier scored on
     * held-out folds falls below chance by anti-learning (few rows, or class shares of the
     * folds moving against each other), not because the tables are alike, so the input is
     * undefined with the reason rather than a shortfall of 0. An interval that holds 0.5 reads
     * as no measurable difference, 0 at the point.
     */
    private static Input detection(Finding finding, Figure figure) {
        String mapping = "2 × AUC − 1" + CLAMPED;
        if (figure.estimate() instanceof Estimate.Value v && v.upper() < 0.5) {
            return new Input(finding.id(), figure.id(), figure.label(), v, mapping,
                    Status.UNDEFINED, null, "the detection AUC " + Numbers.format(v.value())
                            + " [" + Numbers.format(v.lower()) + ", " + Numbers.format(v.upper())
                            + "] lies wholly below 0.5: held-out anti-learning, an artefact of "
                            + "cross-validation on few rows, not evidence of fidelity");
        }
        return input(finding, figure, mapping, a -> 2 * a - 1);
    }

    private static Score fairness(List<Finding> findings) {
        List<Input> inputs = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.category() != Category.FAIRNESS) {
                continue;
            }
            if (finding.skipped() != null) {
                inputs.add(skipped(finding));
                continue;
            }
            for (Figure figure : finding.figures()) {
                if (FAIRNESS_SUFFIXES.stream().anyMatch(figure.id()::endsWith)) {
                    inputs.add(input(finding, figure, "the positive part" + CLAMPED, x -> x));
                }
            }
        }
        return score(Category.FAIRNESS, Combination.LARGEST, "100 × (1 − the largest"
                + " widening): over the protected attributes, the shift of group shares (TVD)"
                + " and the increase of the base-rate, demographic-parity and equalised-odds"
                + " gaps from real to synthetic data; a gap the release narrows does not"
                + " count.", inputs, "no fairness figures: they need a column with the role"
                + " protected");
    }

    private static Input skipped(Finding finding) {
        return new Input(finding.id(), null, finding.title(), null, "—", Status.SKIPPED, null,
                "evaluator " + finding.id() + " was skipped: " + finding.skipped());
    }

    /** Maps a figure through a monotone function to a shortfall clamped to [0, 1]. */
    private static Input input(Finding finding, Figure figure, String mapping,
            DoubleUnaryOperator map) {
        if (!(figure.estimate() instanceof Estimate.Value v)) {
            return new Input(finding.id(), figure.id(), figure.label(), figure.estimate(),
                    mapping, Status.UNDEFINED, null, "undefined: "
                            + ((Estimate.Undefined) figure.estimate()).reason());
        }
        double point = clamp(map.applyAsDouble(v.value()));
        double atLower = clamp(map.applyAsDouble(v.lower()));
        double atUpper = clamp(map.applyAsDouble(v.upper()));
        Range shortfall = new Range(point, Math.min(atLower, atUpper),
                Math.max(atLower, atUpper));
        return new Input(finding.id(), figure.id(), figure.label(), v, mapping, Status.USED,
                shortfall, null);
    }

    /**
     * Clamps to [0, 1]; infinite interval ends go to the nearer bound.
     *
     * @param x any number but NaN
     * @return x within [0, 1]
     */
    static double clamp(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("a shortfall cannot be NaN");
        }
        return Math.max(0, Math.min(1, x));
    }

    private static Score score(Category category, Combination combination, String rule,
            List<Input> inputs, String absent) {
        List<Input> used = inputs.stream().filter(i -> i.status() == Status.USED).toList();
        if (used.isEmpty()) {
            String reason = inputs.isEmpty() ? absent : String.join("; ",
                    inputs.stream().map(i -> (i.figure() == null ? "" : i.figure() + " ")
                            + i.reason()).distinct().toList());
            return new Score(category, combination, rule, null, reason, inputs);
        }
        double[] points = used.stream().mapToDouble(i -> i.shortfall().value()).toArray();
        double[] best = used.stream().mapToDouble(i -> i.shortfall().lower()).toArray();
        double[] worst = used.stream().mapToDouble(i -> i.shortfall().upper()).toArray();
        Range score = new Range(100 * (1 - combination.apply(points)),
                100 * (1 - combination.apply(worst)), 100 * (1 - combination.apply(best)));
        return new Score(category, combination, rule, score, null, inputs);
    }
}
