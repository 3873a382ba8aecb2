package org.synthaudit.attacks.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.synthaudit.attacks.linkage.LinkageFigures.Comparison;
import org.synthaudit.attacks.linkage.LinkageRun.Attempt;
import org.synthaudit.attacks.linkage.Outcome.Group;
import org.synthaudit.attacks.linkage.ScoreboardLinkage.Setting;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.random.Seeds;

/**
 * The outcomes of every measure of the linkage attack on members and on holdout, ready to be
 * reported for all targets and for each group.
 */
final class Measures {
    private final Comparison reidentification;
    private final Comparison confident;
    private final Comparison disclosure;
    private final Comparison precision;
    private final Comparison recall;
    private final Comparison linkability;
    private final Comparison uniqueShare;
    private final Comparison uniqueAgree;
    private final List<String> linkColumns;

    private Measures(Comparison[] comparisons, List<String> linkColumns) {
        this.reidentification = comparisons[0];
        this.confident = comparisons[1];
        this.disclosure = comparisons[2];
        this.precision = comparisons[3];
        this.recall = comparisons[4];
        this.linkability = comparisons[5];
        this.uniqueShare = comparisons[6];
        this.uniqueAgree = comparisons[7];
        this.linkColumns = linkColumns;
    }

    /**
     * Takes every measure.
     *
     * @param context the audit
     * @param setting the prepared attack
     * @param settings the parameters
     * @param members the attempt on the member targets
     * @param holdout the attempt on the holdout targets
     * @param seeds the evaluator's seed node
     * @return the measures
     */
    static Measures take(AuditContext context, Setting setting, LinkageSettings settings,
            Attempt members, Attempt holdout, Seeds seeds) {
        double phi = settings.phi();
        Dataset m = members.targets();
        Dataset h = holdout.targets();
        Comparison[] comparisons = new Comparison[8];
        comparisons[0] = Comparison.of(Outcome.ofAll(m, members.reidentified(phi)),
                Outcome.ofAll(h, holdout.reidentified(phi)));
        comparisons[1] = Comparison.of(Outcome.ofAll(m, members.confident(phi)),
                Outcome.ofAll(h, holdout.confident(phi)));
        comparisons[2] = setting.secrets().length == 0 ? Comparison.undefined(noSecrets())
                : Comparison.of(Outcome.ofAll(m, members.disclosed(phi)),
                        Outcome.ofAll(h, holdout.disclosed(phi)));
        comparisons[3] = Comparison.of(
                new Outcome(m, members.reidentified(phi), members.confident(phi)),
                new Outcome(h, holdout.reidentified(phi), holdout.confident(phi)));
        comparisons[4] = Comparison.of(
                new Outcome(m, members.reidentified(phi), setting.run().exposed(m)),
                new Outcome(h, holdout.reidentified(phi), setting.run().exposed(h)));

        int[][] split = linkColumns(context.schema(), setting, settings);
        comparisons[5] = split == null ? Comparison.undefined("linkability needs two disjoint, "
                + "non-empty column sets, and the attack has only one analysable column")
                : linkability(context, m, h, split, seeds.child("linkability"));
        uniqueMatches(context, setting, comparisons);
        List<String> names = split == null ? List.of()
                : List.of(names(context.schema(), split[0]), names(context.schema(), split[1]));
        return new Measures(comparisons, names);
    }

    private static Comparison linkability(AuditContext context, Dataset members,
            Dataset holdout, int[][] split, Seeds seeds) {
        boolean[] m = Linkability.link(members, context.train(), context.synthetic(), split[0],
                split[1], seeds, context.pool());
        boolean[] h = Linkability.link(holdout, context.train(), context.synthetic(), split[0],
                split[1], seeds, context.pool());
        return Comparison.of(Outcome.ofAll(members, m), Outcome.ofAll(holdout, h));
    }

    private static void uniqueMatches(AuditContext context, Setting setting,
            Comparison[] comparisons) {
        Agreement agreement = setting.agreement();
        UniqueMatches unique = new UniqueMatches(ColumnTable.of(context.real(), agreement),
                ColumnTable.of(context.synthetic(), agreement), setting.candidates(),
                setting.secrets(), agreement);
        Dataset train = context.train();
        Dataset holdout = context.holdout();
        UniqueMatches.Flags m = unique.classify(ColumnTable.of(train, agreement));
        UniqueMatches.Flags h = unique.classify(ColumnTable.of(holdout, agreement));
        comparisons[6] = Comparison.of(new Outcome(train, m.matched(), m.unique()),
                new Outcome(holdout, h.matched(), h.unique()));
        comparisons[7] = setting.secrets().length == 0 ? Comparison.undefined(noSecrets())
                : Comparison.of(new Outcome(train, m.agree(), m.matched()),
                        new Outcome(holdout, h.agree(), h.matched()));
    }

    /**
     * The two column sets of the linkability test: the parameters', or the candidate
     * attributes against every other analysable column, or the candidates cut in two halves
     * when there is no other column.
     *
     * @return the two sets of schema positions, or {@code null} when there is one column only
     */
    private static int[][] linkColumns(Schema schema, Setting setting,
            LinkageSettings settings) {
        if (!settings.linkColumnsA().isEmpty()) {
            int[] a = LinkageSettings.resolve(schema, ScoreboardLinkage.owner(),
                    LinkageSettings.LINK_COLUMNS_A, settings.linkColumnsA());
            int[] b = LinkageSettings.resolve(schema, ScoreboardLinkage.owner(),
                    LinkageSettings.LINK_COLUMNS_B, settings.linkColumnsB());
            if (Arrays.stream(a).anyMatch(c -> Arrays.binarySearch(b, c) >= 0)) {
                throw new org.synthaudit.core.plugin.InvalidParameterException(
                        ScoreboardLinkage.owner(), LinkageSettings.LINK_COLUMNS_B, "must not "
                        + "share a column with '" + LinkageSettings.LINK_COLUMNS_A + "', were "
                        + settings.linkColumnsA() + " and " + settings.linkColumnsB());
            }
            return new int[][] {a, b};
        }
        Agreement agreement = setting.agreement();
        int[] candidates = setting.candidates();
        int[] others = IntStream.range(0, agreement.slots())
                .filter(s -> Arrays.binarySearch(candidates, s) < 0).toArray();
        if (others.length == 0) {
            if (candidates.length < 2) {
                return null;
            }
            int half = (candidates.length + 1) / 2;
            others = Arrays.copyOfRange(candidates, half, candidates.length);
            return new int[][] {columns(agreement, Arrays.copyOf(candidates, half)),
                    columns(agreement, others)};
        }
        return new int[][] {columns(agreement, candidates), columns(agreement, others)};
    }

    private static int[] columns(Agreement agreement, int[] slots) {
        return Arrays.stream(slots).map(agreement::column).toArray();
    }

    private static String names(Schema schema, int[] columns) {
        return String.join(", ", Arrays.stream(columns).mapToObj(c -> schema.column(c).name())
                .toList());
    }

    private static String noSecrets() {
        return "no attribute is left to disclose: every sensitive column (or, with none "
                + "declared, every analysable column) is among the attributes the attacker may "
                + "know";
    }

    /**
     * Adds the figures of every measure for all targets or for one group.
     *
     * @param figures where to add them
     * @param group the group, or {@code null} for all targets
     */
    void report(LinkageFigures figures, Group group) {
        figures.compare(group, "reidentification", "Re-identification", reidentification);
        figures.compare(group, "confident_match", "Confident match", confident);
        figures.compare(group, "disclosure", "Disclosure", disclosure);
        figures.pair(group, "precision", "Precision: re-identifications among confident "
                + "matches", "confident matches", precision);
        figures.pair(group, "recall", "Recall: re-identifications among targets the release "
                + "exposes", "targets exposed by the release (whose nearest synthetic record "
                        + "is theirs)", recall);
        figures.compare(group, "linkability", "Linkability", linkability);
        figures.pair(group, "unique_matches.share", "Unique records whose quasi-identifiers "
                + "occur in the release", "records unique on their quasi-identifiers",
                uniqueShare);
        figures.pair(group, "unique_matches.sensitive_agree_share", "Matched unique records "
                + "whose secrets the release gives away", "unique records matched by the "
                        + "release", uniqueAgree);
        figures.count(group, "targets_members", "Member targets",
                reidentification.members().tally(group).trials());
        figures.count(group, "targets_holdout", "Holdout targets",
                reidentification.holdout().tally(group).trials());
        figures.count(group, "unique_matches.unique_members", "Unique training records",
                uniqueShare.members().tally(group).trials());
        figures.count(group, "unique_matches.unique_holdout", "Unique holdout records",
                uniqueShare.holdout().tally(group).trials());
    }

    /**
     * The linkability column sets, for the notes.
     *
     * @return the names of set A and of set B, or empty when linkability was not measured
     */
    List<String> linkColumns() {
        return linkColumns;
    }

    /**
     * The member-side re-identification outcomes, for the notes.
     *
     * @return the comparison
     */
    Comparison reidentification() {
        return reidentification;
    }
}
