package org.synthaudit.attacks.linkage;

import java.util.ArrayList;
import java.util.List;
import org.synthaudit.attacks.linkage.Outcome.Group;
import org.synthaudit.attacks.linkage.Outcome.Tally;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.ProportionDifference;
import org.synthaudit.core.stats.Proportions;

/**
 * Collects the linkage attack's figures for the whole sample and for each group. Every rate is
 * a Wilson score interval; every gain a difference of members over holdout with Newcombe's
 * hybrid score interval ({@link ProportionDifference#unpaired}). Within a group a rate with fewer
 * attempts than the minimum group size is undefined, with the count in the reason (case C20).
 */
final class LinkageFigures {
    private static final double LEVEL = 0.95;

    private final String prefix;
    private final int minGroupSize;
    private final List<Figure> figures = new ArrayList<>();

    /**
     * Starts an empty collection.
     *
     * @param prefix the evaluator id, the first part of every figure id
     * @param minGroupSize the fewest attempts a group rate is computed from
     */
    LinkageFigures(String prefix, int minGroupSize) {
        this.prefix = prefix;
        this.minGroupSize = minGroupSize;
    }

    /**
     * Adds a measure taken on members and holdout: {@code <name>.gain},
     * {@code <name>.rate_members} and {@code <name>.rate_holdout}.
     *
     * @param group the group, or {@code null} for all targets
     * @param name the measure's name, e.g. {@code reidentification}
     * @param label the measure in words, e.g. {@code "Re-identification"}
     * @param comparison the outcomes on both sides, or why there are none
     */
    void compare(Group group, String name, String label, Comparison comparison) {
        Estimate members = rate(group, comparison, true, "targets");
        Estimate holdout = rate(group, comparison, false, "targets");
        add(group, name + ".gain", label + " gain of members over holdout",
                gain(group, comparison, members, holdout),
                Estimate.exact(0, "no gain: members fare as holdout records do"),
                Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE);
        add(group, name + ".rate_members", label + " rate of members", members, holdout,
                Bounds.UNIT, Sense.HIGHER_IS_WORSE);
        add(group, name + ".rate_holdout", label + " rate of holdout records", holdout,
                controlBaseline(), Bounds.UNIT, Sense.NEUTRAL);
    }

    /**
     * Adds a rate taken on members, read against the same rate on holdout: {@code <name>} and
     * {@code <name>_holdout}.
     *
     * @param group the group, or {@code null} for all targets
     * @param name the figure's name, e.g. {@code precision}
     * @param label the rate in words
     * @param attempts what the attempts of the rate are, for the reason of an empty rate,
     *     e.g. {@code "confident matches"}
     * @param comparison the outcomes on both sides, or why there are none
     */
    void pair(Group group, String name, String label, String attempts,
            Comparison comparison) {
        Estimate holdout = rate(group, comparison, false, attempts);
        add(group, name, label + " (members)", rate(group, comparison, true, attempts), holdout,
                Bounds.UNIT, Sense.HIGHER_IS_WORSE);
        add(group, name + "_holdout", label + " (holdout)", holdout, controlBaseline(),
                Bounds.UNIT, Sense.NEUTRAL);
    }

    /**
     * Adds a count.
     *
     * @param group the group, or {@code null}
     * @param name the figure's name
     * @param label the count in words
     * @param count the count, {@code >= 0}
     */
    void count(Group group, String name, String label, long count) {
        add(group, name, label, Estimate.exact(count, "count"),
                Estimate.undefined("a count has no baseline"), Bounds.NON_NEGATIVE,
                Sense.NEUTRAL);
    }

    /**
     * Adds a figure from outside the member-holdout scheme.
     *
     * @param figure the figure
     */
    void add(Figure figure) {
        figures.add(figure);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    private Estimate rate(Group group, Comparison comparison, boolean members,
            String attempts) {
        if (comparison.undefinedReason() != null) {
            return Estimate.undefined(comparison.undefinedReason());
        }
        Tally tally = (members ? comparison.members() : comparison.holdout()).tally(group);
        if (group != null && tally.trials() < minGroupSize) {
            return Estimate.undefined("group " + group.subject() + " has " + tally.trials()
                    + (members ? " member" : " holdout") + " attempt(s), fewer than the "
                    + "minimum group size of " + minGroupSize);
        }
        if (tally.trials() == 0) {
            return Estimate.undefined("no " + (members ? "member" : "holdout") + " "
                    + attempts + (group == null ? "" : " in group " + group.subject())
                    + ", so the rate 0/0 is undefined");
        }
        return Proportions.wilson(tally.successes(), tally.trials(), LEVEL);
    }

    private static Estimate gain(Group group, Comparison comparison, Estimate members,
            Estimate holdout) {
        if (members instanceof Estimate.Undefined u) {
            return Estimate.undefined("the member rate is undefined: " + u.reason());
        }
        if (holdout instanceof Estimate.Undefined u) {
            return Estimate.undefined("the holdout rate is undefined: " + u.reason());
        }
        Tally m = comparison.members().tally(group);
        Tally h = comparison.holdout().tally(group);
        return ProportionDifference.unpaired(m.successes(), m.trials(), h.successes(),
                h.trials(), LEVEL);
    }

    private void add(Group group, String name, String label, Estimate estimate,
            Estimate baseline, Bounds bounds, Sense sense) {
        String id = group == null ? prefix + "." + name
                : prefix + ".group." + group.attribute() + "." + group.value() + "." + name;
        String subject = group == null ? null : group.subject();
        figures.add(new Figure(id, label, subject, estimate, baseline, bounds, sense));
    }

    private static Estimate controlBaseline() {
        return Estimate.undefined("the holdout figure is itself the control for the members");
    }

    /**
     * The outcomes of one measure on members and on holdout, or the reason it was not taken.
     *
     * @param members the member outcomes, {@code null} when undefined
     * @param holdout the holdout outcomes, {@code null} when undefined
     * @param undefinedReason why the measure could not be taken, or {@code null}
     */
    record Comparison(Outcome members, Outcome holdout, String undefinedReason) {

        static Comparison of(Outcome members, Outcome holdout) {
            return new Comparison(members, holdout, null);
        }

        static Comparison undefined(String reason) {
            return new Comparison(null, null, reason);
        }
    }
}
