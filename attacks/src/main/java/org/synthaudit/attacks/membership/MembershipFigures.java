package org.synthaudit.attacks.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.synthaudit.core.audit.Chart;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.audit.Series;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.EpsilonBounds;
import org.synthaudit.core.stats.MembershipAdvantage;
import org.synthaudit.core.stats.RocAnalysis;

/**
 * The figures a membership attack reports from the scores of trials with and without the
 * target: ROC AUC, TPR at fixed FPR, membership advantage, and the check of a generator's
 * differential-privacy claim. Ids are {@code <prefix>.<name>}.
 */
final class MembershipFigures {
    /** The confidence level of every interval. */
    static final double LEVEL = 0.95;

    private static final double[] FPR_TARGETS = {0.001, 0.01, 0.1};
    private static final String[] FPR_NAMES = {"0.001", "0.01", "0.1"};
    private static final int CURVE_POINTS = 200;

    private final String prefix;

    /**
     * Creates the figures of one evaluator.
     *
     * @param prefix the evaluator id, the prefix of every figure id
     */
    MembershipFigures(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Scores of trials, split into validation trials, on which thresholds are chosen, and test
     * trials, on which the thresholded attack is measured. A higher score means "member".
     *
     * @param validationIn scores of validation trials with the target (members)
     * @param validationOut scores of validation trials without the target
     * @param testIn scores of test trials with the target
     * @param testOut scores of test trials without the target
     */
    record Trials(double[] validationIn, double[] validationOut, double[] testIn,
            double[] testOut) {

        /** Every trial with the target, validation first. */
        double[] in() {
            return concat(validationIn, testIn);
        }

        /** Every trial without the target, validation first. */
        double[] out() {
            return concat(validationOut, testOut);
        }

        private static double[] concat(double[] a, double[] b) {
            double[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }

    /**
     * The ROC AUC and the TPR at FPR 0.1 %, 1 % and 10 %, on all trials.
     *
     * @param roc the analysis of all trials
     * @return the AUC first
     */
    List<Figure> rocFigures(RocAnalysis roc) {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("auc", "ROC AUC", roc.auc(LEVEL),
                Estimate.exact(0.5, "random guessing"), Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        for (int i = 0; i < FPR_TARGETS.length; i++) {
            double fpr = FPR_TARGETS[i];
            figures.add(figure("tpr_at_fpr_" + FPR_NAMES[i], "TPR at FPR " + FPR_NAMES[i],
                    roc.tprAtFpr(fpr, LEVEL), Estimate.exact(fpr, "random guessing: TPR = FPR"),
                    Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        }
        return figures;
    }

    /**
     * The membership advantage at the threshold chosen on the validation trials, measured on
     * the test trials.
     *
     * @param trials the scored trials
     * @return the figure {@code advantage}
     */
    Figure advantage(Trials trials) {
        double threshold = MembershipAdvantage.bestThreshold(trials.validationIn(),
                trials.validationOut());
        Estimate advantage = MembershipAdvantage.at(threshold, trials.testIn(),
                trials.testOut(), LEVEL);
        if (advantage instanceof Estimate.Value v) {
            advantage = Estimate.of(v.value(), v.lower(), v.upper(), v.level(), v.method()
                    + "; threshold " + (Double.isInfinite(threshold) ? "+infinity (no threshold "
                    + "beat guessing on the validation trials)" : threshold) + " chosen on "
                    + trials.validationIn().length + " + " + trials.validationOut().length
                    + " validation trials, measured on " + trials.testIn().length + " + "
                    + trials.testOut().length + " test trials");
        }
        return figure("advantage", "Membership advantage (TPR - FPR)", advantage,
                Estimate.exact(0, "random guessing"), Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE);
    }

    /**
     * The threshold that maximises the epsilon bound on the validation trials.
     *
     * @param trials the scored trials
     * @param delta the delta of the bound
     * @param confidence its confidence
     * @return the threshold, or empty when none gives a bound above 0
     */
    static OptionalDouble epsilonThreshold(Trials trials, double delta, double confidence) {
        return EpsilonBounds.bestThreshold(trials.validationIn(), trials.validationOut(), delta,
                confidence);
    }

    /**
     * The epsilon lower bound of a threshold test on the test trials.
     *
     * @param trials the scored trials
     * @param threshold the threshold chosen on the validation trials, or empty
     * @param delta the delta of the bound
     * @param confidence its confidence
     * @return the bound, undefined when no threshold was found or the errors bound nothing
     */
    static Estimate epsilon(Trials trials, OptionalDouble threshold, double delta,
            double confidence) {
        if (threshold.isEmpty()) {
            return Estimate.undefined("no threshold on the " + trials.validationIn().length
                    + " + " + trials.validationOut().length + " validation trials gave an epsilon "
                    + "bound above 0 at delta " + delta + ", so there is no evidence of privacy "
                    + "loss to bound");
        }
        return EpsilonBounds.atThreshold(threshold.getAsDouble(), trials.testIn(),
                trials.testOut(), delta, confidence);
    }

    /**
     * The figure of an epsilon lower bound.
     *
     * @param bound the bound
     * @param label the label, naming delta and the confidence
     * @return the figure {@code epsilon_lower_bound}
     */
    Figure epsilonFigure(Estimate bound, String label) {
        return figure("epsilon_lower_bound", label, bound, Estimate.exact(0, "a generator that "
                + "leaks nothing: no epsilon above 0 can be shown"), Bounds.NON_NEGATIVE,
                Sense.HIGHER_IS_WORSE);
    }

    /**
     * The claimed epsilon and whether the measured bound contradicts it.
     *
     * @param claim the generator's claim
     * @param bound the bound to check, computed at a delta at least the claim's
     * @param checkable empty when the bound can check the claim, else why not
     * @return the figures {@code epsilon_claimed} and {@code dp_claim_violated}
     */
    List<Figure> claimFigures(PrivacyClaim claim, Estimate bound, String checkable) {
        Estimate claimed;
        Estimate violated;
        switch (claim) {
            case PrivacyClaim.None n -> {
                claimed = Estimate.undefined("the generator claims no differential privacy");
                violated = Estimate.undefined("the generator claims no differential privacy, "
                        + "so there is no claim to check");
            }
            case PrivacyClaim.DifferentialPrivacy dp -> {
                claimed = Estimate.exact(dp.epsilon(), "claimed by the generator: ("
                        + dp.epsilon() + ", " + dp.delta() + ")-differential privacy");
                violated = violation(dp, bound, checkable);
            }
        }
        return List.of(
                figure("epsilon_claimed", "Claimed epsilon", claimed, Estimate.undefined(
                        "a claim has no baseline"), Bounds.NON_NEGATIVE, Sense.NEUTRAL),
                figure("dp_claim_violated", "Measured epsilon bound above the claim (1 = yes)",
                        violated, Estimate.exact(0, "a correct claim is never contradicted"),
                        Bounds.UNIT, Sense.HIGHER_IS_WORSE));
    }

    private static Estimate violation(PrivacyClaim.DifferentialPrivacy dp, Estimate bound,
            String checkable) {
        if (!checkable.isEmpty()) {
            return Estimate.undefined(checkable);
        }
        return switch (bound) {
            case Estimate.Undefined u -> Estimate.exact(0, "no epsilon above 0 was shown ("
                    + u.reason() + "), so the claim epsilon = " + dp.epsilon() + " stands");
            case Estimate.Value v -> v.value() > dp.epsilon()
                    ? Estimate.exact(1, "the bound " + v.value() + " exceeds the claim epsilon = "
                            + dp.epsilon() + " at " + v.level() + " confidence")
                    : Estimate.exact(0, "the bound " + v.value() + " does not exceed the claim "
                            + "epsilon = " + dp.epsilon());
        };
    }

    /**
     * The ROC curve as chart data.
     *
     * @param roc the analysis
     * @param label the legend label
     * @return the series, or none when a class is empty
     */
    static List<Chart> rocSeries(RocAnalysis roc, String label) {
        RocAnalysis.Curve curve = roc.curve(CURVE_POINTS);
        if (curve.falsePositiveRates().length == 0) {
            return List.of();
        }
        return List.of(new Series("roc", label, "false-positive rate", "true-positive rate",
                curve.falsePositiveRates(), curve.truePositiveRates()));
    }

    /**
     * Notes on the TPR at FPR figures that could not be resolved.
     *
     * @param roc the analysis
     * @return one note per unresolved rate, possibly none
     */
    static List<String> resolutionNotes(RocAnalysis roc) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < FPR_TARGETS.length; i++) {
            long needed = (long) Math.ceil(1 / FPR_TARGETS[i] - 1e-9);
            if (roc.negativeCount() < needed) {
                notes.add("TPR at FPR " + FPR_NAMES[i] + " is undefined: it needs at least "
                        + needed + " trials without the target to resolve that rate, and there "
                        + "are " + roc.negativeCount() + ".");
            }
        }
        return notes;
    }

    /**
     * A figure of this evaluator.
     *
     * @param name the id after the prefix
     * @param label the label
     * @param estimate the estimate
     * @param baseline the baseline
     * @param bounds the range
     * @param sense which direction is bad news
     * @return the figure, for the whole table
     */
    Figure figure(String name, String label, Estimate estimate, Estimate baseline,
            Bounds bounds, Sense sense) {
        return new Figure(prefix + "." + name, label, null, estimate, baseline, bounds, sense);
    }

    /**
     * A count.
     *
     * @param name the id after the prefix
     * @param label the label
     * @param count the count
     * @return the figure, with no baseline
     */
    Figure count(String name, String label, long count) {
        return figure(name, label, Estimate.exact(count, "count"),
                Estimate.undefined("a count of trials has no baseline"), Bounds.NON_NEGATIVE,
                Sense.NEUTRAL);
    }
}
