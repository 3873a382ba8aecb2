package org.synthaudit.attacks.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.attacks.linkage.LinkageFigures.Comparison;
import org.synthaudit.attacks.linkage.Outcome.Group;
import org.synthaudit.attacks.linkage.ScoreboardLinkage.Setting;
import org.synthaudit.core.audit.AuditContext;

/** The notes of the linkage finding: what was assumed, measured and left out. */
final class Notes {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreboardLinkage.class);

    private Notes() {
    }

    /**
     * Writes the notes.
     *
     * @param context the audit
     * @param setting the prepared attack
     * @param settings the parameters
     * @param size the targets per side
     * @param measures the measures taken
     * @param groups the groups reported
     * @return one sentence or short paragraph per note
     */
    static List<String> write(AuditContext context, Setting setting, LinkageSettings settings,
            int size, Measures measures, List<Group> groups) {
        List<String> notes = new ArrayList<>();
        notes.add("Attacked " + size + " members sampled from " + context.train().rowCount()
                + " training records and " + size + " non-members sampled from "
                + context.holdout().rowCount() + " holdout records (requested "
                + settings.targets() + " per side) against " + context.synthetic().rowCount()
                + " synthetic records.");
        if (size < ScoreboardLinkage.FLOOR) {
            LOG.warn("{}: only {} targets per side, below the floor of {}", ScoreboardLinkage.ID,
                    size, ScoreboardLinkage.FLOOR);
            notes.add("Warning: only " + size + " targets per side, below the floor of "
                    + ScoreboardLinkage.FLOOR + "; the intervals are wide.");
        }
        if (context.releases().size() > 1) {
            notes.add("Attacked the first of " + context.releases().size()
                    + " synthetic releases.");
        }
        notes.add(setting.knowledge().describe(setting.agreement()));
        notes.addAll(method(context, setting, settings));
        notes.addAll(definitions(setting));
        notes.addAll(leftOut(context, settings, measures, groups));
        return notes;
    }

    private static List<String> method(AuditContext context, Setting setting,
            LinkageSettings settings) {
        String attacker = setting.fromReference()
                ? "the " + context.reference().rowCount() + " records of the reference split"
                : "the synthetic release itself, since the audit has no reference split (the "
                        + "attacker must not hold the holdout records)";
        return List.of(
                "Rarity weights: w = 1 / ln(max(2, support)), where the support of a value is "
                        + "the number of records agreeing with it among " + attacker
                        + "; the floor at 2 avoids dividing by ln 1 = 0. The exact weight of a "
                        + "number is the same formula over the records holding that very "
                        + "value.",
                setting.agreement().describe(),
                "Score of a synthetic record: the sum of the weights of the known attributes "
                        + "it agrees with, plus the exact weight of each known number (compared "
                        + "within a tolerance) that it holds exactly. Eccentricity: (best - "
                        + "second best) / standard "
                        + "deviation of all synthetic scores; the best record is a confident "
                        + "match when the eccentricity is at least phi = "
                        + Numbers.plain(settings.phi()) + ", otherwise the attacker abstains "
                        + "(a tie for the best, or equal scores everywhere, always abstains).");
    }

    private static List<String> definitions(Setting setting) {
        String secrets = setting.secrets().length == 0 ? "none"
                : String.join(", ", setting.agreement().names(setting.secrets()));
        return List.of(
                "Re-identification: a confident match whose synthetic record is strictly "
                        + "closer to the target than to any other real record (train, holdout "
                        + "and reference), under the record distance over every analysable "
                        + "column fitted on the real data; a tie with another real record is "
                        + "not a re-identification. Disclosure: a re-identification whose "
                        + "record also agrees with the target on every secret attribute ("
                        + secrets + ").",
                "Precision: re-identifications among confident matches. Recall: "
                        + "re-identifications among the targets whose nearest synthetic record "
                        + "belongs to them (is strictly closer to them than to any other real "
                        + "record): the targets the release exposes. Gains are member minus "
                        + "holdout rates with Newcombe's hybrid score interval; rates have "
                        + "Wilson intervals, all at 95%.",
                "Unique matches: a real record is unique when no other real record has its "
                        + "exact values on " + String.join(", ",
                                setting.agreement().names(setting.candidates()))
                        + "; it is matched when a synthetic record has the same combination, "
                        + "and gives its secrets away when every such synthetic record agrees "
                        + "with it on the secret attributes. Counted over all training and all "
                        + "holdout records.");
    }

    private static List<String> leftOut(AuditContext context, LinkageSettings settings,
            Measures measures, List<Group> groups) {
        List<String> notes = new ArrayList<>();
        List<String> link = measures.linkColumns();
        if (!link.isEmpty()) {
            notes.add("Linkability (WP29): one source knows " + link.get(0) + ", another "
                    + link.get(1) + "; a target is linked when the synthetic records nearest "
                    + "to each source's values coincide (ties broken at random per target).");
        }
        int[] identifiers = context.schema().identifiers();
        if (identifiers.length > 0) {
            notes.add("Identifier columns left out of scoring, distances and linkage: "
                    + String.join(", ", Arrays.stream(identifiers)
                            .mapToObj(c -> context.schema().column(c).name()).toList()) + ".");
        }
        notes.addAll(Groups.notes(context));
        List<String> small = tooSmall(measures.reidentification(), groups,
                settings.minGroupSize());
        if (!small.isEmpty()) {
            notes.add("Groups below the minimum size of " + settings.minGroupSize()
                    + " targets per side, reported as too small: " + String.join("; ", small)
                    + ".");
        }
        notes.add("Curves: the knowledge curves attack at most " + settings.sweepTargets()
                + " sampled members with 2, 4, 6, 8 (where there are as many) and all candidate "
                + "attributes; the phi curve re-reads the main attack at other thresholds.");
        return notes;
    }

    private static List<String> tooSmall(Comparison comparison, List<Group> groups,
            int minimum) {
        List<String> small = new ArrayList<>();
        for (Group group : groups) {
            long members = comparison.members().tally(group).trials();
            long holdout = comparison.holdout().tally(group).trials();
            if (members < minimum || holdout < minimum) {
                small.add(group.subject() + " (n = " + members + " members, " + holdout
                        + " holdout)");
            }
        }
        return small;
    }
}
