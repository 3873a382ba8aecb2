package org.synthaudit.attacks.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.attacks.membership.MembershipFigures.Trials;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.RocAnalysis;

/**
 * Membership inference by density ratio: DOMIAS (van Breugel, Sun, Qian and van der Schaar
 * 2023, "Membership inference attacks against synthetic data through overfitting detection",
 * AISTATS).
 *
 * <p><b>Threat model.</b> The attacker holds the synthetic release and reference records from
 * the same population as the training data, and a candidate record. A generator that overfits
 * puts more synthetic mass near its training records than the population has there, so the
 * attacker scores the candidate by the density of the synthetic data at it over the density of
 * the reference data at it, {@code p_synthetic(x) / p_reference(x)}, and guesses "member" when
 * the ratio is high. Both densities are kernel density estimates ({@link KernelDensity}).
 *
 * <p><b>Experiment.</b> Members are a seeded sample of the training records and non-members a
 * seeded sample of the holdout records, balanced at the smaller of the two and capped by
 * {@code targets}. Each side is split at random in half: thresholds are chosen on one half
 * (validation) and the advantage is measured on the other (test).
 *
 * <p><b>Figures</b> (ids under {@code membership.domias.}): {@code auc} (headline, DeLong
 * interval), {@code tpr_at_fpr_0.001}, {@code tpr_at_fpr_0.01}, {@code tpr_at_fpr_0.1},
 * {@code advantage} (TPR - FPR at the validation threshold, on the test half),
 * {@code members_scored}, {@code holdout_scored}. With no reference records (release mode)
 * the attack cannot run: {@link #inapplicable(AuditContext)} gives the reason and the finding
 * is skipped, so the report lists it as not run. No epsilon bound is derived: members and holdout
 * records are different records of one training run, not neighbouring datasets.
 */
public final class DensityRatioAttack implements Evaluator {
    /** The evaluator id and the prefix of its figure ids. */
    public static final String ID = "membership.domias";
    /** The parameter capping the number of targets per side. */
    public static final String TARGETS = "targets";
    /** The parameter capping the kernel centres of each density. */
    public static final String KERNEL_POINTS = "kernelPoints";

    static final int DEFAULT_TARGETS = 1000;
    static final int DEFAULT_KERNEL_POINTS = 20_000;

    static final String THREAT_MODEL = "The attacker holds the synthetic release, reference "
            + "records from the same population, and a candidate record. They score the candidate "
            + "by the density of the synthetic data at it over the density of the reference data "
            + "at it (DOMIAS, van Breugel et al. 2023): a generator that overfits puts more "
            + "synthetic mass near its training records than the population has there. Members "
            + "are sampled training records; non-members are holdout records.";

    private static final Logger LOG = LoggerFactory.getLogger(DensityRatioAttack.class);

    /** Creates the evaluator; it keeps no state between audits. */
    public DensityRatioAttack() {
        // found through ServiceLoader
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Membership inference: density ratio (DOMIAS)";
    }

    @Override
    public String description() {
        return "Scores records by synthetic over reference kernel density (DOMIAS, van Breugel "
                + "et al. 2023); AUC, TPR at fixed FPR and advantage against holdout.";
    }

    /**
     * The figures this evaluator can produce.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        return FigurePattern.under(ID, "auc", "tpr_at_fpr_0.001", "tpr_at_fpr_0.01",
                "tpr_at_fpr_0.1", "advantage", "members_scored", "holdout_scored");
    }

    @Override
    public Category category() {
        return Category.PRIVACY;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(TARGETS, Integer.toString(DEFAULT_TARGETS), "members and "
                        + "non-members scored per side, at least 4; balanced at the smaller of "
                        + "train, holdout and this number"),
                new Parameter(KERNEL_POINTS, Integer.toString(DEFAULT_KERNEL_POINTS), "most "
                        + "records each density is fitted on (a seeded sample beyond that), at "
                        + "least 1"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        if (context.schema().analysable().length == 0) {
            return Optional.of("no column to compare: every column is an identifier");
        }
        if (context.train().rowCount() < 4 || context.holdout().rowCount() < 4) {
            return Optional.of("needs at least 4 training and 4 holdout records; have "
                    + context.train().rowCount() + " and " + context.holdout().rowCount());
        }
        if (context.reference().rowCount() == 0) {
            return Optional.of("no reference records: the density ratio needs a density of "
                    + "the population fitted on records the generator never saw (the "
                    + "reference split), and this audit has none (release mode, or a reference "
                    + "share of 0)");
        }
        return Optional.empty();
    }

    /**
     * Checks every parameter's name and range without running.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        requestedTargets(parameters);
        kernelPoints(parameters);
    }

    private static int requestedTargets(Parameters parameters) {
        parameters.requireOnly(Set.of(TARGETS, KERNEL_POINTS));
        return parameters.integer(TARGETS, DEFAULT_TARGETS, 4, Integer.MAX_VALUE);
    }

    private static int kernelPoints(Parameters parameters) {
        return parameters.integer(KERNEL_POINTS, DEFAULT_KERNEL_POINTS, 1, Integer.MAX_VALUE);
    }

    @Override
    public Finding evaluate(AuditContext context) {
        Parameters parameters = context.parametersOf(ID);
        int requested = requestedTargets(parameters);
        int points = kernelPoints(parameters);
        Optional<String> reason = inapplicable(context);
        if (reason.isPresent()) {
            return Finding.skipped(ID, title(), category(), reason.get());
        }
        Optional<String> undefined = undefinedReason(context);
        if (undefined.isPresent()) {
            return undefinedFinding(undefined.get());
        }

        Seeds seeds = context.seeds().child(ID);
        int size = Math.min(requested, Math.min(context.train().rowCount(),
                context.holdout().rowCount()));
        KernelDensity synthetic = KernelDensity.fit(cap(context.synthetic(), points,
                seeds.child("synthetic")), context.real());
        KernelDensity reference = KernelDensity.fit(cap(context.reference(), points,
                seeds.child("reference")), context.real());
        double[] members = ratio(DistanceToClosestRecord.sample(context.train(), size,
                seeds.child("members"), "members"), synthetic, reference, context);
        double[] nonMembers = ratio(DistanceToClosestRecord.sample(context.holdout(), size,
                seeds.child("non-members"), "non-members"), synthetic, reference, context);
        LOG.debug("{}: scored {} members and {} non-members", ID, size, size);
        return finding(context, halves(members, nonMembers, seeds.child("validation")),
                requested, size, points);
    }

    private static Optional<String> undefinedReason(AuditContext context) {
        if (context.synthetic().rowCount() == 0) {
            return Optional.of("the synthetic release has no records");
        }
        return Optional.empty();
    }

    private Finding undefinedFinding(String reason) {
        MembershipFigures figures = new MembershipFigures(ID);
        Estimate undefined = Estimate.undefined(reason);
        List<Figure> list = new ArrayList<>();
        list.add(figures.figure("auc", "ROC AUC", undefined, Estimate.exact(0.5,
                "random guessing"), Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        for (String fpr : List.of("0.001", "0.01", "0.1")) {
            list.add(figures.figure("tpr_at_fpr_" + fpr, "TPR at FPR " + fpr, undefined,
                    Estimate.exact(Double.parseDouble(fpr), "random guessing: TPR = FPR"),
                    Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        }
        list.add(figures.figure("advantage", "Membership advantage (TPR - FPR)", undefined,
                Estimate.exact(0, "random guessing"), Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE));
        return new Finding(ID, title(), category(), THREAT_MODEL, ID + ".auc", list, List.of(),
                List.of("Not computed: " + reason + "."), null);
    }

    /** A seeded sample of at most {@code points} records, or the table itself. */
    private static Dataset cap(Dataset table, int points, Seeds seeds) {
        return table.rowCount() <= points ? table
                : DistanceToClosestRecord.sample(table, points, seeds, table.name());
    }

    private static double[] ratio(Dataset targets, KernelDensity synthetic,
            KernelDensity reference, AuditContext context) {
        double[] top = synthetic.logDensity(targets, context.pool());
        double[] bottom = reference.logDensity(targets, context.pool());
        double[] scores = new double[top.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = top[i] - bottom[i];
        }
        return scores;
    }

    /** Splits each side at random into a validation half and a test half. */
    private static Trials halves(double[] members, double[] nonMembers, Seeds seeds) {
        double[][] in = split(members, seeds.child("members").random());
        double[][] out = split(nonMembers, seeds.child("non-members").random());
        return new Trials(in[0], out[0], in[1], out[1]);
    }

    private static double[][] split(double[] scores, java.util.SplittableRandom random) {
        int[] order = RecordPool.choose(java.util.stream.IntStream.range(0, scores.length)
                .toArray(), scores.length, random);
        int half = scores.length / 2;
        double[] first = new double[half];
        double[] second = new double[scores.length - half];
        for (int i = 0; i < scores.length; i++) {
            if (i < half) {
                first[i] = scores[order[i]];
            } else {
                second[i - half] = scores[order[i]];
            }
        }
        return new double[][] {first, second};
    }

    private Finding finding(AuditContext context, Trials trials, int requested, int size,
            int points) {
        MembershipFigures figures = new MembershipFigures(ID);
        RocAnalysis roc = RocAnalysis.of(trials.in(), trials.out());
        List<Figure> list = new ArrayList<>(figures.rocFigures(roc));
        list.add(figures.advantage(trials));
        list.add(figures.count("members_scored", "Members scored", size));
        list.add(figures.count("holdout_scored", "Holdout records scored", size));
        List<String> notes = new ArrayList<>();
        notes.add("Scored " + size + " members sampled from " + context.train().rowCount()
                + " training records and " + size + " non-members sampled from "
                + context.holdout().rowCount() + " holdout records (requested " + requested
                + " per side).");
        if (size < DistanceToClosestRecord.FLOOR) {
            LOG.warn("{}: only {} targets per side, below the floor of {}", ID, size,
                    DistanceToClosestRecord.FLOOR);
            notes.add("Warning: only " + size + " targets per side, below the floor of "
                    + DistanceToClosestRecord.FLOOR + "; the intervals are wide.");
        }
        notes.add("Densities: product-kernel density estimates (Gaussian kernel on each "
                + "range-scaled numeric column, Aitchison-Aitken kernel on each categorical "
                + "column, bandwidths by rules of thumb) fitted on "
                + Math.min(points, context.synthetic().rowCount()) + " synthetic and "
                + Math.min(points, context.reference().rowCount()) + " reference records"
                + (context.releases().size() > 1 ? " (the first of " + context.releases().size()
                        + " releases)" : "") + "; the score is the log of their ratio.");
        notes.add("Each side is split at random in half: the advantage's threshold is chosen on "
                + "one half and measured on the other; AUC and TPR at fixed FPR use all scored "
                + "records.");
        notes.add("No epsilon bound is derived from this attack: its members and non-members are "
                + "different records of one training run, not the neighbouring datasets a "
                + "differential-privacy bound compares (see membership.shadow and "
                + "membership.one-run).");
        notes.addAll(MembershipFigures.resolutionNotes(roc));
        return new Finding(ID, title(), category(), THREAT_MODEL, ID + ".auc", list,
                MembershipFigures.rocSeries(roc, "ROC curve of the density-ratio attack"), notes,
                null, List.of(new Knowledge.SyntheticRelease(context.synthetic().rowCount()),
                        new Knowledge.TargetRecords(DistanceToClosestRecord.analysableNames(
                                context.schema())),
                        new Knowledge.PopulationRecords("reference",
                                Math.min(points, context.reference().rowCount()),
                                "estimate the population's density")));
    }
}
