package org.synthaudit.attacks.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.attacks.inference.TargetSample;
import org.synthaudit.attacks.linkage.LinkageRun.Attempt;
import org.synthaudit.attacks.linkage.Outcome.Group;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Chart;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.RecordExamples;
import org.synthaudit.core.audit.Series;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.InvalidParameterException;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.split.Splits;

/**
 * Linkage and re-identification in the style of Narayanan and Shmatikov (2008), "Robust
 * de-anonymization of large sparse datasets", IEEE S&amp;P: given a few, possibly wrong, facts
 * about a person, does one synthetic record stand out as that person, and does it reveal the
 * rest of their record?
 *
 * <p><b>Threat model.</b> The attacker holds the synthetic release, some real records of the
 * population (the audit's reference split; in release mode, without one, the release itself)
 * on which they judge how rare a value is, and for each target the values of some attributes,
 * by default every quasi-identifier, possibly noisy ({@link Knowledge}). They never see the
 * training or holdout data.
 *
 * <p><b>Attack.</b> Every synthetic record is scored by the rarity-weighted number of known
 * attributes it agrees with, a known number it holds exactly counting once more by the rarity
 * of that value ({@link Scoreboard}, {@link RarityWeights}, {@link Agreement}); the best record
 * is accepted, a <em>confident match</em>, when its eccentricity
 * {@code (best - second) / sd(scores)} reaches {@code phi}; otherwise the attacker abstains.
 *
 * <p><b>Definitions.</b>
 * <ul>
 *   <li><em>Re-identification</em>: a confident match whose synthetic record is strictly closer
 *       to the target than to every other real record, under the {@link RecordDistance} over
 *       all analysable columns fitted on all real records ({@link Ownership}). A tie with
 *       another real record is not a re-identification.
 *   <li><em>Disclosure</em>: a re-identification whose synthetic record also agrees with the
 *       target on every secret attribute. The secrets are the analysable sensitive columns
 *       the attacker may not know (not among the candidate attributes); when the schema
 *       declares no sensitive column, every analysable column outside the candidates.
 *   <li><em>Precision</em>: re-identifications among confident matches. <em>Recall</em>:
 *       re-identifications among the targets to whom the synthetic record nearest to them
 *       belongs,
 *       i.e. whose nearest synthetic record belongs to them: the targets the release exposes to
 *       an attacker who picks the right record.
 * </ul>
 *
 * <p><b>Experiment.</b> Members are a seeded sample of the training records, non-members a
 * seeded sample of the holdout records, balanced at the smaller of the two and capped by the
 * {@code targets} parameter; samples and knowledge depend on record ids only (case C23). Every
 * rate is reported for both with a Wilson interval, and the gain of members over holdout with
 * Newcombe's hybrid score interval: only the gain is evidence that the release leaks its
 * training records rather than describing the population.
 *
 * <p><b>Figures</b> (ids under {@code linkage.}): {@code reidentification.gain} (headline),
 * {@code reidentification.rate_members}, {@code reidentification.rate_holdout}, the same three
 * for {@code confident_match}, {@code disclosure} and {@code linkability} ({@link Linkability});
 * {@code precision}, {@code precision_holdout}, {@code recall}, {@code recall_holdout};
 * {@code unique_matches.share}, {@code unique_matches.share_holdout},
 * {@code unique_matches.sensitive_agree_share},
 * {@code unique_matches.sensitive_agree_share_holdout}
 * ({@link UniqueMatches}); the counts {@code targets_members}, {@code targets_holdout},
 * {@code unique_matches.unique_members}, {@code unique_matches.unique_holdout}; and all of them
 * again per value of each categorical protected attribute, under
 * {@code linkage.group.<attribute>.<value>.}. Curves: the member re-identification rate against
 * the number of known attributes (no noise, and noisy), and against phi for members and holdout.
 * The finding's {@link RecordExamples} name each re-identified member and the synthetic record
 * chosen for it, by position only; the audit shows values only when asked to.
 */
public final class ScoreboardLinkage implements Evaluator {
    /** The evaluator id and the prefix of its figure ids. */
    public static final String ID = "linkage";
    /** Fewer targets per side than this draw a warning (case C17). */
    public static final int FLOOR = 100;

    static final String THREAT_MODEL = "The attacker holds the synthetic release, real records "
            + "of the population to judge how rare a value is (the reference split, or the "
            + "release itself when there is none), and for each target the values of a few "
            + "attributes, possibly wrong. Every synthetic record is scored by the "
            + "rarity-weighted number of known attributes it agrees with (a known number it "
            + "holds exactly counts once more, by the rarity of that value); the best is accepted "
            + "only when it stands out from the second best by phi standard deviations of the "
            + "scores (Narayanan and Shmatikov 2008). It is a re-identification when that "
            + "record is closer to the target than to any other real record, and a disclosure "
            + "when it also agrees on the attributes the attacker did not know. Members are "
            + "training records; holdout records, never seen by the generator, are the "
            + "control.";

    private static final Logger LOG = LoggerFactory.getLogger(ScoreboardLinkage.class);
    private static final double[] PHI_SWEEP = {0.5, 1, 1.5, 2, 3};
    private static final int[] KNOWN_SWEEP = {2, 4, 6, 8};
    private static final double SWEEP_NOISE = 0.1;

    /** Creates the evaluator; it keeps no state between audits. */
    public ScoreboardLinkage() {
        // found through ServiceLoader
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Linkage: re-identification from known attributes";
    }

    @Override
    public String description() {
        return "Scores synthetic records against a few known, possibly noisy attributes with "
                + "rarity weights and an eccentricity test (Narayanan and Shmatikov 2008); "
                + "re-identification, disclosure, unique matches and linkability, members "
                + "against holdout.";
    }

    /**
     * The figures this evaluator can produce, overall and per group ({@code <attribute>} and
     * {@code <group>} a protected column and one of its groups).
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        String[] names = {"reidentification.gain", "reidentification.rate_members",
            "reidentification.rate_holdout", "confident_match.gain",
            "confident_match.rate_members", "confident_match.rate_holdout", "disclosure.gain",
            "disclosure.rate_members", "disclosure.rate_holdout", "linkability.gain",
            "linkability.rate_members", "linkability.rate_holdout", "precision",
            "precision_holdout", "recall", "recall_holdout", "unique_matches.share",
            "unique_matches.share_holdout", "unique_matches.sensitive_agree_share",
            "unique_matches.sensitive_agree_share_holdout", "unique_matches.unique_members",
            "unique_matches.unique_holdout", "targets_members", "targets_holdout"};
        List<FigurePattern> patterns = new ArrayList<>(FigurePattern.under(ID, names));
        patterns.addAll(FigurePattern.under(ID + ".group.<attribute>.<group>", names));
        return List.copyOf(patterns);
    }

    @Override
    public Category category() {
        return Category.PRIVACY;
    }

    @Override
    public List<Parameter> parameters() {
        return LinkageSettings.describe();
    }

    /**
     * Checks every parameter's name and range without running.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        LinkageSettings.read(parameters);
    }

    /**
     * Checks the parameters and the columns they name against the audit's schema.
     *
     * @param parameters the user's parameters
     * @param splits the real splits, for their schema
     */
    @Override
    public void validate(Parameters parameters, Splits splits) {
        LinkageSettings.read(parameters).check(splits.train().schema(), owner());
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return inapplicable(context, LinkageSettings.read(context.parametersOf(ID)));
    }

    private static Optional<String> inapplicable(AuditContext context,
            LinkageSettings settings) {
        if (settings.candidates(context.schema(), owner()).length == 0) {
            return Optional.of("no quasi-identifier to link on: declare the attributes an "
                    + "attacker may know with the quasi-identifier role, or set "
                    + LinkageSettings.KNOWN_COLUMNS);
        }
        if (context.train().rowCount() < 2 || context.holdout().rowCount() < 2) {
            return Optional.of("needs at least 2 training and 2 holdout records; have "
                    + context.train().rowCount() + " and " + context.holdout().rowCount());
        }
        if (context.synthetic().rowCount() < 2) {
            return Optional.of("the eccentricity needs at least 2 synthetic records; the "
                    + "release has " + context.synthetic().rowCount());
        }
        return Optional.empty();
    }

    @Override
    public Finding evaluate(AuditContext context) {
        LinkageSettings settings = LinkageSettings.read(context.parametersOf(ID));
        Optional<String> reason = inapplicable(context, settings);
        if (reason.isPresent()) {
            return Finding.skipped(ID, title(), category(), reason.get());
        }
        requireSharedBase(context);

        Setting setting = Setting.of(context, settings);
        Seeds seeds = context.seeds().child(ID);
        int size = Math.min(settings.targets(), Math.min(context.train().rowCount(),
                context.holdout().rowCount()));
        Dataset members = TargetSample.draw(context.train(), size, seeds.child("members"),
                "members");
        Dataset nonMembers = TargetSample.draw(context.holdout(), size,
                seeds.child("non-members"), "holdout");
        Seeds knowledgeSeeds = seeds.child("knowledge");
        Attempt memberAttempt = setting.run.attack(members, setting.knowledge, knowledgeSeeds);
        Attempt holdoutAttempt = setting.run.attack(nonMembers, setting.knowledge,
                knowledgeSeeds);
        LOG.debug("{}: attacked {} targets per side", ID, size);

        Measures measures = Measures.take(context, setting, settings, memberAttempt,
                holdoutAttempt, seeds);
        List<Group> groups = Groups.of(context);
        LinkageFigures figures = new LinkageFigures(ID, settings.minGroupSize());
        measures.report(figures, null);
        for (Group group : groups) {
            measures.report(figures, group);
        }
        List<Chart> series = Curves.draw(setting, settings, memberAttempt, holdoutAttempt,
                knowledgeSeeds, seeds.child("sweep"));
        List<String> notes = Notes.write(context, setting, settings, size, measures, groups);
        return new Finding(ID, title(), category(), THREAT_MODEL, ID + ".reidentification.gain",
                figures.figures(), series, notes, null, stated(context, setting),
                reidentified(memberAttempt, settings.phi()));
    }

    /** The members re-identified at phi, each with the synthetic record the attacker chose. */
    private static RecordExamples reidentified(Attempt members, double phi) {
        boolean[] reidentified = members.reidentified(phi);
        List<RecordExamples.Match> matches = new ArrayList<>();
        for (int t = 0; t < reidentified.length; t++) {
            if (reidentified[t]) {
                matches.add(new RecordExamples.Match(members.targets().recordId(t),
                        members.matches()[t].best()));
            }
        }
        return RecordExamples.of("re-identified from known attributes (a confident match "
                + "closer to the record than to any other real record)", matches);
    }

    /** The attacker's knowledge as the report states it. */
    private static List<org.synthaudit.core.audit.Knowledge> stated(AuditContext context,
            Setting setting) {
        Knowledge knowledge = setting.knowledge();
        String errors = knowledge.categoricalNoise() == 0 && knowledge.numericNoise() == 0 ? null
                : "each known category wrong with probability "
                        + Numbers.plain(knowledge.categoricalNoise()) + " and each known number"
                        + " off by up to " + Numbers.percent(knowledge.numericNoise())
                        + " of the column's range";
        List<org.synthaudit.core.audit.Knowledge> stated = new ArrayList<>(List.of(
                new org.synthaudit.core.audit.Knowledge.SyntheticRelease(
                        context.synthetic().rowCount()),
                new org.synthaudit.core.audit.Knowledge.KnownAttributes(
                        setting.agreement().names(setting.candidates()), knowledge.known(),
                        errors, setting.agreement().names(setting.secrets()))));
        if (setting.fromReference()) {
            stated.add(new org.synthaudit.core.audit.Knowledge.PopulationRecords("reference",
                    context.reference().rowCount(), "judge how rare a value is"));
        }
        return stated;
    }

    static String owner() {
        return "evaluator " + ID;
    }

    private static void requireSharedBase(AuditContext context) {
        if (!context.train().sharesBaseWith(context.real())
                || !context.holdout().sharesBaseWith(context.real())) {
            throw new IllegalArgumentException("train and holdout must be views of the real "
                    + "table, so that record ids name the same records");
        }
    }

    /**
     * What one audit's attack is set up with.
     *
     * @param agreement the agreement rule
     * @param knowledge the attacker's knowledge as configured
     * @param candidates the candidate attribute slots
     * @param secrets the secret slots
     * @param run the prepared attack
     * @param fromReference true when rarity is measured on the reference split
     */
    record Setting(Agreement agreement, Knowledge knowledge, int[] candidates, int[] secrets,
            LinkageRun run, boolean fromReference) {

        static Setting of(AuditContext context, LinkageSettings settings) {
            Schema schema = context.schema();
            RecordDistance distance = RecordDistance.fit(context.train());
            Agreement agreement = Agreement.fit(context.real(), distance,
                    settings.numericTolerance());
            int[] candidates = slots(agreement, settings.candidates(schema, owner()));
            if (settings.known() > candidates.length) {
                throw new InvalidParameterException(owner(), LinkageSettings.KNOWN, "must be "
                        + "at most the " + candidates.length + " candidate attributes, was "
                        + settings.known());
            }
            int known = settings.known() == 0 ? candidates.length : settings.known();
            Knowledge knowledge = new Knowledge(candidates, known, settings.categoricalNoise(),
                    settings.numericNoise());
            int[] secrets = secrets(schema, agreement, candidates);
            boolean fromReference = context.reference().rowCount() > 0;
            Dataset attacker = fromReference ? context.reference() : context.synthetic();
            LinkageRun run = LinkageRun.prepare(context.real(), attacker, context.synthetic(),
                    agreement, distance, secrets, context.pool());
            return new Setting(agreement, knowledge, candidates, secrets, run, fromReference);
        }

        private static int[] slots(Agreement agreement, int[] columns) {
            return Arrays.stream(columns).map(agreement::slotOf).sorted().toArray();
        }

        /** Sensitive slots outside the candidates; every slot outside them when none is. */
        private static int[] secrets(Schema schema, Agreement agreement, int[] candidates) {
            int[] sensitive = slots(agreement, Arrays.stream(schema.withRole(Role.SENSITIVE))
                    .filter(c -> agreement.slotOf(c) >= 0).toArray());
            int[] pool = sensitive.length > 0 ? sensitive
                    : java.util.stream.IntStream.range(0, agreement.slots()).toArray();
            return Arrays.stream(pool).filter(s -> Arrays.binarySearch(candidates, s) < 0)
                    .toArray();
        }
    }

    /** The knowledge curves. */
    private static final class Curves {
        private Curves() {
        }

        static List<Chart> draw(Setting setting, LinkageSettings settings, Attempt members,
                Attempt holdout, Seeds knowledgeSeeds, Seeds sweepSeeds) {
            List<Chart> series = new ArrayList<>();
            int[] points = knownPoints(setting.candidates().length);
            Dataset sample = TargetSample.draw(members.targets(), Math.min(
                    settings.sweepTargets(), members.targets().rowCount()), sweepSeeds,
                    "sweep-members");
            series.add(knownCurve(setting, settings, sample, points, 0, knowledgeSeeds,
                    "reidentification_vs_known_no_noise", "Members re-identified, exact "
                            + "knowledge"));
            series.add(knownCurve(setting, settings, sample, points, SWEEP_NOISE,
                    knowledgeSeeds, "reidentification_vs_known_noisy", "Members "
                            + "re-identified, noisy knowledge ("
                            + Numbers.percent(SWEEP_NOISE) + " of categories wrong, numbers off "
                            + "by up to " + Numbers.percent(SWEEP_NOISE) + " of the range)"));
            series.add(phiCurve(members, "reidentification_vs_phi_members",
                    "Members re-identified"));
            series.add(phiCurve(holdout, "reidentification_vs_phi_holdout",
                    "Holdout records re-identified"));
            return series;
        }

        /** 2, 4, 6, 8 known attributes where there are as many, and all of them. */
        static int[] knownPoints(int candidates) {
            int[] points = Arrays.stream(KNOWN_SWEEP).filter(a -> a < candidates).toArray();
            int[] all = Arrays.copyOf(points, points.length + 1);
            all[points.length] = candidates;
            return all;
        }

        private static Series knownCurve(Setting setting, LinkageSettings settings,
                Dataset sample, int[] points, double noise, Seeds seeds, String id,
                String label) {
            double[] x = new double[points.length];
            double[] y = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                Knowledge knowledge = setting.knowledge().knowing(points[i])
                        .withNoise(noise, noise);
                x[i] = points[i];
                y[i] = setting.run().attack(sample, knowledge, seeds)
                        .reidentificationRate(settings.phi());
            }
            return new Series(id, label + ", " + sample.rowCount() + " members, phi "
                    + Numbers.plain(settings.phi()), "known attributes", "re-identification "
                            + "rate", x, y);
        }

        private static Series phiCurve(Attempt attempt, String id, String label) {
            double[] y = Arrays.stream(PHI_SWEEP).map(attempt::reidentificationRate).toArray();
            return new Series(id, label + " against the eccentricity threshold phi",
                    "phi", "re-identification rate", PHI_SWEEP, y);
        }
    }
}
