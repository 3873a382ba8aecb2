package org.synthaudit.harness.compare;

import java.util.ArrayList;
import java.util.List;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.StudentT;
import org.synthaudit.core.stats.TTest;

/**
 * Summaries of one figure over the repeats of a comparison: the mean with a Student t interval
 * across repeats, never narrower than the repeats' own intervals, and paired differences of two
 * generators with the paired t test. A figure
 * undefined in any repeat leaves the summary undefined with that repeat's reason: a mean over
 * the remaining repeats would be a different quantity.
 */
final class RepeatStatistics {
    /** The confidence level of every interval across repeats. */
    static final double LEVEL = 0.95;

    private RepeatStatistics() {
    }

    /**
     * The mean of a figure over the repeats. With one repeat it is that audit's own estimate
     * and interval. The t interval across repeats measures only how the repeats differ (the
     * generator's and the attacks' randomness); the repeats share the real data, whose sampling
     * uncertainty each repeat's own interval carries and which does not average out. So the
     * interval reaches at least to the mean of the repeats' own lower ends and of their upper
     * ends: equal repeats give their own interval, not a point. The result is cut to the
     * figure's range, since a mean of values in the range lies in it.
     *
     * @param perRepeat the figure's estimate in each repeat, at least one
     * @param bounds the range the figure can take
     * @return the mean with its interval, or undefined with the reason
     */
    static Estimate mean(List<Estimate> perRepeat, Bounds bounds) {
        Estimate.Undefined undefined = firstUndefined(perRepeat, "");
        if (undefined != null) {
            return undefined;
        }
        if (perRepeat.size() == 1) {
            Estimate.Value only = (Estimate.Value) perRepeat.getFirst();
            return new Estimate.Value(only.value(), only.lower(), only.upper(), only.level(),
                    "one repeat: " + only.method());
        }
        Estimate.Value t = StudentT.meanInterval(values(perRepeat), LEVEL);
        double ownLower = perRepeat.stream().mapToDouble(e -> ((Estimate.Value) e).lower())
                .average().orElseThrow();
        double ownUpper = perRepeat.stream().mapToDouble(e -> ((Estimate.Value) e).upper())
                .average().orElseThrow();
        String method = t.method() + " across repeats";
        double wideLower = Math.min(t.lower(), ownLower);
        double wideUpper = Math.max(t.upper(), ownUpper);
        if (wideLower != t.lower() || wideUpper != t.upper()) {
            method += ", widened to the mean of the repeats' own interval ends (the repeats "
                    + "share the real data)";
        }
        double lower = Math.max(wideLower, bounds.min());
        double upper = Math.min(wideUpper, bounds.max());
        if (lower != wideLower || upper != wideUpper) {
            method += ", cut to the figure's range";
        }
        return new Estimate.Value(t.value(), Math.min(lower, t.value()),
                Math.max(upper, t.value()), LEVEL, method);
    }

    /**
     * The mean paired difference of two generators on a figure, first minus second. When the
     * differences are the same in every repeat their spread is 0 and a t interval would be a
     * point claiming certainty; the difference is then undefined with that reason, as the
     * paired test is.
     *
     * @param first the first generator's label
     * @param firstRepeats its estimate in each repeat
     * @param second the second generator's label
     * @param secondRepeats its estimate in each repeat, same repeats
     * @return the mean difference with its t interval, or undefined with the reason
     */
    static Estimate meanDifference(String first, List<Estimate> firstRepeats, String second,
            List<Estimate> secondRepeats) {
        String why = untestable(first, firstRepeats, second, secondRepeats);
        if (why != null) {
            return Estimate.undefined(why);
        }
        if (StudentT.pairedTest(values(firstRepeats), values(secondRepeats))
                instanceof TTest.Untestable(String reason)) {
            return Estimate.undefined(reason.replace("the t statistic is undefined",
                    "they give no interval"));
        }
        Estimate.Value d = StudentT.meanDifference(values(firstRepeats), values(secondRepeats),
                LEVEL);
        return new Estimate.Value(d.value(), d.lower(), d.upper(), LEVEL,
                d.method() + " across repeats");
    }

    /**
     * The paired t test of a zero mean difference.
     *
     * @param first the first generator's label
     * @param firstRepeats its estimate in each repeat
     * @param second the second generator's label
     * @param secondRepeats its estimate in each repeat, same repeats
     * @return the test, or why it cannot be made
     */
    static TTest test(String first, List<Estimate> firstRepeats, String second,
            List<Estimate> secondRepeats) {
        String why = untestable(first, firstRepeats, second, secondRepeats);
        return why != null ? new TTest.Untestable(why)
                : StudentT.pairedTest(values(firstRepeats), values(secondRepeats));
    }

    private static String untestable(String first, List<Estimate> firstRepeats, String second,
            List<Estimate> secondRepeats) {
        if (firstRepeats.size() < 2) {
            return "a paired difference across repeats needs at least 2 repeats, and the "
                    + "comparison ran " + firstRepeats.size() + " (--repeat)";
        }
        Estimate.Undefined undefined = firstUndefined(firstRepeats, first + ": ");
        if (undefined == null) {
            undefined = firstUndefined(secondRepeats, second + ": ");
        }
        return undefined == null ? null : undefined.reason();
    }

    /** The first undefined estimate, its reason naming the repeat, or null when all are defined. */
    private static Estimate.Undefined firstUndefined(List<Estimate> perRepeat, String prefix) {
        List<Integer> undefined = new ArrayList<>();
        String reason = null;
        for (int r = 0; r < perRepeat.size(); r++) {
            if (perRepeat.get(r) instanceof Estimate.Undefined u) {
                undefined.add(r + 1);
                reason = reason == null ? u.reason() : reason;
            }
        }
        if (undefined.isEmpty()) {
            return null;
        }
        String of = " of " + perRepeat.size();
        if (undefined.size() == 1) {
            return new Estimate.Undefined(prefix + "undefined in repeat " + undefined.getFirst()
                    + of + ": " + reason);
        }
        return new Estimate.Undefined(prefix + "undefined in repeats " + String.join(", ",
                undefined.stream().map(String::valueOf).toList()) + of + " (repeat "
                + undefined.getFirst() + ": " + reason + ")");
    }

    private static double[] values(List<Estimate> estimates) {
        return estimates.stream().mapToDouble(e -> ((Estimate.Value) e).value()).toArray();
    }
}
