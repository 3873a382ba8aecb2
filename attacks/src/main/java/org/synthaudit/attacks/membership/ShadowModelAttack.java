package org.synthaudit.attacks.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.attacks.membership.MembershipFigures.Trials;
import org.synthaudit.attacks.membership.ShadowGame.Outcome;
import org.synthaudit.attacks.membership.TargetSelection.Target;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.AuditContext.GeneratorSetup;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.distance.BruteForceSearch;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.progress.Progress;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.split.Splits;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.RocAnalysis;

/**
 * Membership inference with shadow models (Stadler, Oprisanu and Troncoso 2022, "Synthetic
 * data - anonymisation groundhog day", USENIX Security; after Shokri, Stronati, Song and
 * Shmatikov 2017, "Membership inference attacks against machine learning models", IEEE S&amp;P).
 *
 * <p><b>Threat model.</b> The attacker knows the generator and its parameters, holds reference
 * records from the same population (the reference split) and one target record, and sees a
 * synthetic release. They train the generator themselves on reference datasets with and without
 * the target, learn from the releases what the target's presence looks like, and guess.
 *
 * <p><b>Experiment.</b> Targets are training records: the most outlying by an outlier score
 * and some drawn at random ({@link TargetSelection}). For each target the game of
 * {@link ShadowGame} is played: a random forest ({@link ShadowClassifier}) learns from
 * {@code shadowSets} shadow releases (features by {@link ReleaseFeatures}) and scores
 * {@code testSets} fresh releases whose training sets come from the training records. Only this
 * evaluator re-runs the generator, so it needs generator mode; in release mode it is skipped.
 *
 * <p><b>Figures</b> (ids under {@code membership.shadow.}), over the test trials of every
 * target pooled:
 * <ul>
 *   <li>{@code auc} (headline): ROC AUC with a DeLong interval; 0.5 is guessing;
 *   <li>{@code tpr_at_fpr_0.001}, {@code tpr_at_fpr_0.01}, {@code tpr_at_fpr_0.1} (Carlini et
 *       al. 2022), undefined when there are too few trials without the target;
 *   <li>{@code advantage}: TPR - FPR at the threshold chosen on the validation trials,
 *       measured on the test trials;
 *   <li>{@code epsilon_lower_bound}: the empirical lower bound on epsilon of Jagielski et al.
 *       (2020) at the configured delta and confidence, threshold chosen on the validation
 *       trials, errors counted on the test trials;
 *   <li>{@code epsilon_claimed}, {@code dp_claim_violated}: the generator's
 *       differential-privacy claim and whether the bound (at delta at least the claim's)
 *       exceeds it (1) or not (0);
 *   <li>{@code target.<i>.auc}: each target's AUC, with the target's number, kind and outlier
 *       score as the subject, never its values;
 *   <li>{@code targets}, {@code targets_flagged} (targets whose AUC interval lies above 0.5),
 *       {@code generator_fits}, {@code trials_in}, {@code trials_out}.
 * </ul>
 */
public final class ShadowModelAttack implements Evaluator {
    /** The evaluator id and the prefix of its figure ids. */
    public static final String ID = "membership.shadow";
    /** The number of outlier targets. */
    public static final String OUTLIER_TARGETS = "outlierTargets";
    /** The number of random targets. */
    public static final String RANDOM_TARGETS = "randomTargets";
    /** The shadow releases per target. */
    public static final String SHADOW_SETS = "shadowSets";
    /** The test releases per target. */
    public static final String TEST_SETS = "testSets";
    /** The records of every training set of the game. */
    public static final String DATASET_SIZE = "datasetSize";
    /** The delta of the epsilon bound. */
    public static final String DELTA = "delta";
    /** The confidence of the epsilon bound. */
    public static final String CONFIDENCE = "confidence";

    static final int DEFAULT_OUTLIERS = 50;
    static final int DEFAULT_RANDOM = 50;
    static final int DEFAULT_SHADOW_SETS = 400;
    static final int DEFAULT_TEST_SETS = 200;
    static final double DEFAULT_DELTA = 1e-5;
    static final double DEFAULT_CONFIDENCE = 0.95;

    static final String THREAT_MODEL = "The attacker knows the generator and its parameters, "
            + "holds reference records from the same population and one target record, and sees "
            + "a synthetic release. They fit the generator on reference datasets with and without "
            + "the target, learn from the synthetic outputs (summary statistics, histograms, "
            + "correlations, and how close and how often the target appears) what its presence "
            + "looks like, and guess whether it was in the training data (Stadler et al. 2022).";

    private static final Logger LOG = LoggerFactory.getLogger(ShadowModelAttack.class);

    /** Creates the evaluator; it keeps no state between audits. */
    public ShadowModelAttack() {
        // found through ServiceLoader
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Membership inference: shadow models";
    }

    @Override
    public String description() {
        return "Shadow-model membership game per target record (Stadler et al. 2022): AUC, TPR "
                + "at fixed FPR, advantage, empirical epsilon bound against the DP claim.";
    }

    /**
     * The figures this evaluator can produce, {@code <i>} the number of a target.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        return FigurePattern.under(ID, "auc", "tpr_at_fpr_0.001", "tpr_at_fpr_0.01",
                "tpr_at_fpr_0.1", "advantage", "epsilon_lower_bound", "epsilon_claimed",
                "dp_claim_violated", "targets", "targets_flagged", "generator_fits",
                "trials_in", "trials_out", "target.<i>.auc");
    }

    @Override
    public Category category() {
        return Category.PRIVACY;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(OUTLIER_TARGETS, Integer.toString(DEFAULT_OUTLIERS), "targets "
                        + "chosen as the most outlying training records, 0 to 1000"),
                new Parameter(RANDOM_TARGETS, Integer.toString(DEFAULT_RANDOM), "targets drawn "
                        + "at random from the other training records, 0 to 1000"),
                new Parameter(SHADOW_SETS, Integer.toString(DEFAULT_SHADOW_SETS), "shadow "
                        + "releases per target the classifier learns from, half with the target; "
                        + "even, 4 to 100000"),
                new Parameter(TEST_SETS, Integer.toString(DEFAULT_TEST_SETS), "fresh releases "
                        + "per target the classifier is judged on, half with the target; a "
                        + "multiple of 4, 4 to 100000"),
                new Parameter(DATASET_SIZE, null, "records per training set of the game, at "
                        + "least 2, at most the smaller of the reference size and the training size "
                        + "minus 1; default half of that"),
                new Parameter(DELTA, Double.toString(DEFAULT_DELTA), "delta of the epsilon "
                        + "lower bound, in [0, 0.5]"),
                new Parameter(CONFIDENCE, Double.toString(DEFAULT_CONFIDENCE), "confidence of "
                        + "the epsilon lower bound, in [0.5, 0.9999]"));
    }

    /**
     * Tells that the finding does not depend on the records of the audit's release: the shadow
     * game samples its own releases from re-fitted generators, and only the size of the audit's
     * release counts. An audit with several releases runs it once.
     *
     * @return false
     */
    @Override
    public boolean scoresRelease() {
        return false;
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        if (context.generator().isEmpty()) {
            return Optional.of("the shadow-model attack fits the generator again on shadow "
                    + "datasets, so it needs generator mode; this audit has no generator to "
                    + "re-run (release mode, or synthetic files made elsewhere)");
        }
        if (context.schema().analysable().length == 0) {
            return Optional.of("no column to compare: every column is an identifier");
        }
        if (context.reference().rowCount() < 2) {
            return Optional.of("needs at least 2 reference records to draw shadow datasets from;"
                    + " the reference split has " + context.reference().rowCount());
        }
        if (context.train().rowCount() < 3) {
            return Optional.of("needs at least 3 training records; have "
                    + context.train().rowCount());
        }
        return Optional.empty();
    }

    /**
     * Checks every parameter: the ranges, that the shadow releases are even and the test releases
     * a multiple of 4.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        Settings.read(parameters);
    }

    /**
     * Checks the parameters and, when the attack can run on these splits (at least 2 reference
     * and 3 training records), that {@code datasetSize} fits them.
     *
     * @param parameters the user's parameters
     * @param splits the real splits
     */
    @Override
    public void validate(Parameters parameters, Splits splits) {
        Settings settings = Settings.read(parameters);
        if (splits.reference().rowCount() >= 2 && splits.train().rowCount() >= 3) {
            settings.datasetSize(splits.reference().rowCount(), splits.train().rowCount());
        }
    }

    @Override
    public Finding evaluate(AuditContext context) {
        Settings settings = Settings.read(context.parametersOf(ID));
        Optional<String> reason = inapplicable(context);
        if (reason.isPresent()) {
            return Finding.skipped(ID, title(), category(), reason.get());
        }
        int size = settings.datasetSize(context);
        Seeds seeds = context.seeds().child(ID);
        RecordDistance distance = RecordDistance.fit(context.train());
        List<Target> targets = TargetSelection.choose(context.train(), context.real(), distance,
                new BruteForceSearch(context.pool()), settings.outliers(), settings.random(),
                seeds.child("targets"));
        if (targets.isEmpty()) {
            return Finding.skipped(ID, title(), category(), "no target: both "
                    + OUTLIER_TARGETS + " and " + RANDOM_TARGETS + " are 0");
        }
        long fits = (long) targets.size() * (settings.shadowSets() + settings.testSets());
        List<Outcome> outcomes;
        try (Progress.Task task = context.progress().start(ID + ": generator fits", fits)) {
            ShadowGame game = new ShadowGame(setup(context, distance, size, task));
            outcomes = play(game, targets, settings, seeds);
        }
        return finding(context, settings, size, distance, outcomes);
    }

    private static ShadowGame.Setup setup(AuditContext context, RecordDistance distance,
            int size, Progress.Task fits) {
        GeneratorSetup generator = context.generator().orElseThrow();
        int releaseRows = (int) Math.max(1, Math.round((double) context.synthetic().rowCount()
                * size / context.train().rowCount()));
        return new ShadowGame.Setup(generator, context.real(),
                RecordPool.of(context.real(), context.reference()),
                RecordPool.of(context.real(), context.train()), size, releaseRows, distance,
                ReleaseFeatures.of(context.real(), distance), context.pool(), fits);
    }

    private static List<Outcome> play(ShadowGame game, List<Target> targets, Settings settings,
            Seeds seeds) {
        List<Outcome> outcomes = new ArrayList<>();
        long fits = 0;
        long nanos = 0;
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        for (Target target : targets) {
            Outcome outcome = game.play(target, settings.shadowSets(), settings.testSets(),
                    seeds.child("target/" + target.index()));
            outcomes.add(outcome);
            fits += outcome.fits();
            nanos += outcome.nanos();
            LOG.info("{}: {} of {} done: AUC {}, {} features (out-of-bag accuracy {}), {} "
                    + "generator fits, {} ms of processor time per fit with sampling and features", ID,
                    target.describe(), targets.size(), describe(targetAuc(outcome)),
                    outcome.featureSet(), outcome.outOfBagAccuracy(), outcome.fits(),
                    outcome.nanos() / 1_000_000 / outcome.fits());
        }
        LOG.info("{}: {} generator fits in {} s wall-clock and {} s of processor time; {} ms "
                + "of processor time per fit with sampling and features", ID, fits,
                (System.nanoTime() - start) / 1_000_000_000,
                (processCpuNanos() - cpu) / 1_000_000_000, nanos / 1_000_000 / fits);
        return outcomes;
    }

    private Finding finding(AuditContext context, Settings settings, int size,
            RecordDistance distance, List<Outcome> outcomes) {
        MembershipFigures figures = new MembershipFigures(ID);
        Trials trials = pooled(outcomes);
        RocAnalysis roc = RocAnalysis.of(trials.in(), trials.out());
        List<Figure> list = new ArrayList<>(figures.rocFigures(roc));
        list.add(figures.advantage(trials));
        list.addAll(epsilonFigures(figures, trials, settings, claim(context, outcomes)));
        List<Figure> perTarget = targetFigures(outcomes);
        long flagged = perTarget.stream().filter(ShadowModelAttack::flagged).count();
        list.add(figures.count("targets", "Targets attacked", outcomes.size()));
        list.add(figures.figure("targets_flagged", "Targets whose AUC interval lies above 0.5",
                Estimate.exact(flagged, "count"), Estimate.exact(0.025 * outcomes.size(),
                        "expected by chance: a one-sided 2.5% false-flag rate per target"),
                Bounds.NON_NEGATIVE, Sense.HIGHER_IS_WORSE));
        list.add(figures.count("generator_fits", "Generator fits",
                outcomes.stream().mapToLong(Outcome::fits).sum()));
        list.add(figures.count("trials_in", "Test trials with the target", trials.in().length));
        list.add(figures.count("trials_out", "Test trials without the target",
                trials.out().length));
        list.addAll(perTarget);
        List<String> notes = ShadowNotes.notes(context, settings, size, distance, outcomes,
                flagged, claim(context, outcomes));
        notes.addAll(MembershipFigures.resolutionNotes(roc));
        return new Finding(ID, title(), category(), THREAT_MODEL, ID + ".auc", list,
                MembershipFigures.rocSeries(roc, "ROC curve of the shadow-model attack"), notes,
                null, knowledge(context, outcomes));
    }

    /** The release, the target, the reference records and the generator. */
    private static List<Knowledge> knowledge(AuditContext context, List<Outcome> outcomes) {
        return List.of(new Knowledge.SyntheticRelease(context.synthetic().rowCount()),
                new Knowledge.TargetRecords(DistanceToClosestRecord.analysableNames(
                        context.schema())),
                new Knowledge.PopulationRecords("reference", context.reference().rowCount(),
                        "train shadow generators with and without the target"),
                new Knowledge.GeneratorAccess(context.generator().orElseThrow().generator().id(),
                        outcomes.stream().mapToLong(Outcome::fits).sum()));
    }

    /** The audited fit's claim, or the shadow fits' claim when the audit recorded none. */
    static PrivacyClaim claim(AuditContext context, List<Outcome> outcomes) {
        PrivacyClaim audited = context.generator().map(GeneratorSetup::claim)
                .orElse(PrivacyClaim.NONE);
        return audited instanceof PrivacyClaim.None ? outcomes.getFirst().claim() : audited;
    }

    private static List<Figure> epsilonFigures(MembershipFigures figures, Trials trials,
            Settings settings, PrivacyClaim claim) {
        OptionalDouble threshold = MembershipFigures.epsilonThreshold(trials, settings.delta(),
                settings.confidence());
        Estimate bound = MembershipFigures.epsilon(trials, threshold, settings.delta(),
                settings.confidence());
        List<Figure> list = new ArrayList<>();
        list.add(figures.epsilonFigure(bound, "Empirical epsilon lower bound (delta "
                + settings.delta() + ", " + settings.confidence() * 100 + "% confidence)"));
        Estimate checked = bound;
        if (claim instanceof PrivacyClaim.DifferentialPrivacy dp && dp.delta() > settings.delta()) {
            checked = MembershipFigures.epsilon(trials, threshold, dp.delta(),
                    settings.confidence());
        }
        list.addAll(figures.claimFigures(claim, checked, ""));
        return list;
    }

    /** The test trials of every target, pooled, split into validation and test trials. */
    static Trials pooled(List<Outcome> outcomes) {
        double[][] sides = new double[4][];
        int[] sizes = new int[4];
        for (Outcome o : outcomes) {
            for (int j = 0; j < o.scores().length; j++) {
                sizes[side(j)]++;
            }
        }
        for (int s = 0; s < 4; s++) {
            sides[s] = new double[sizes[s]];
        }
        int[] filled = new int[4];
        for (Outcome o : outcomes) {
            for (int j = 0; j < o.scores().length; j++) {
                int s = side(j);
                sides[s][filled[s]++] = o.scores()[j];
            }
        }
        return new Trials(sides[0], sides[1], sides[2], sides[3]);
    }

    /** 0 validation in, 1 validation out, 2 test in, 3 test out. */
    private static int side(int trial) {
        return (Outcome.validation(trial) ? 0 : 2) + (Outcome.in(trial) ? 0 : 1);
    }

    private static List<Figure> targetFigures(List<Outcome> outcomes) {
        List<Figure> figures = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            figures.add(new Figure(ID + ".target." + outcome.target().index() + ".auc",
                    "ROC AUC for one target", outcome.target().describe(), targetAuc(outcome),
                    Estimate.exact(0.5, "random guessing"), Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        }
        return figures;
    }

    private static Estimate targetAuc(Outcome outcome) {
        double[] scores = outcome.scores();
        double[] in = java.util.stream.IntStream.range(0, scores.length).filter(Outcome::in)
                .mapToDouble(j -> scores[j]).toArray();
        double[] out = java.util.stream.IntStream.range(0, scores.length)
                .filter(j -> !Outcome.in(j)).mapToDouble(j -> scores[j]).toArray();
        return RocAnalysis.of(in, out).auc(MembershipFigures.LEVEL);
    }

    /** The processor time of the whole process so far, for the progress log; 0 if unknown. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static String describe(Estimate estimate) {
        return switch (estimate) {
            case Estimate.Value v -> String.format(java.util.Locale.ROOT, "%.3f [%.3f, %.3f]",
                    v.value(), v.lower(), v.upper());
            case Estimate.Undefined u -> "undefined (" + u.reason() + ")";
        };
    }

    private static boolean flagged(Figure figure) {
        return figure.estimate() instanceof Estimate.Value v && v.lower() > 0.5;
    }

    /**
     * The validated parameters.
     *
     * @param outliers outlier targets
     * @param random random targets
     * @param shadowSets shadow releases per target
     * @param testSets test releases per target
     * @param size the records per training set, or empty for the default
     * @param delta the delta of the bound
     * @param confidence the confidence of the bound
     */
    record Settings(int outliers, int random, int shadowSets, int testSets, Optional<Integer> size,
            double delta, double confidence) {

        static Settings read(Parameters parameters) {
            parameters.requireOnly(Set.of(OUTLIER_TARGETS, RANDOM_TARGETS, SHADOW_SETS, TEST_SETS,
                    DATASET_SIZE, DELTA, CONFIDENCE));
            int shadow = parameters.integer(SHADOW_SETS, DEFAULT_SHADOW_SETS, 4, 100_000);
            int test = parameters.integer(TEST_SETS, DEFAULT_TEST_SETS, 4, 100_000);
            if (shadow % 2 != 0) {
                throw parameters.invalid(SHADOW_SETS, "must be even (half the shadow releases "
                        + "have the target), was " + shadow);
            }
            if (test % 4 != 0) {
                throw parameters.invalid(TEST_SETS, "must be a multiple of 4 (in and out, "
                        + "validation and test), was " + test);
            }
            Optional<Integer> size = parameters.values().containsKey(DATASET_SIZE)
                    ? Optional.of(parameters.integer(DATASET_SIZE, 2, 2, Integer.MAX_VALUE))
                    : Optional.empty();
            return new Settings(parameters.integer(OUTLIER_TARGETS, DEFAULT_OUTLIERS, 0, 1000),
                    parameters.integer(RANDOM_TARGETS, DEFAULT_RANDOM, 0, 1000), shadow, test,
                    size, parameters.number(DELTA, DEFAULT_DELTA, 0, 0.5),
                    parameters.number(CONFIDENCE, DEFAULT_CONFIDENCE, 0.5, 0.9999));
        }

        /** The training-set size, checked against the splits. */
        int datasetSize(AuditContext context) {
            return datasetSize(context.reference().rowCount(), context.train().rowCount());
        }

        /** The training-set size, checked against the sizes of the reference and train splits. */
        int datasetSize(int reference, int train) {
            int largest = Math.min(reference, train - 1);
            if (size.isEmpty()) {
                return Math.max(2, largest / 2);
            }
            if (size.get() > largest) {
                throw new org.synthaudit.core.plugin.InvalidParameterException("evaluator " + ID,
                        DATASET_SIZE, "must be at most " + largest + " (the smaller of the "
                        + reference + " reference records and the " + train
                        + " training records minus the target), was " + size.get());
            }
            return size.get();
        }
    }
}
