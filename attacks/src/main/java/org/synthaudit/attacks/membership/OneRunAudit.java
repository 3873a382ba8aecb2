package org.synthaudit.attacks.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.AuditContext.GeneratorSetup;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.BruteForceSearch;
import org.synthaudit.core.distance.Exclusion;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.OneRunEpsilon;
import org.synthaudit.core.stats.Proportions;

/**
 * Privacy audit in one run (Steinke, Nasr and Jagielski 2023, "Privacy auditing with one (1)
 * training run", NeurIPS): canary records are each added to the training data with probability
 * 1/2, the generator is fitted once, and an attacker guesses for some canaries whether they were
 * added. Many correct guesses contradict a small epsilon ({@link OneRunEpsilon}).
 *
 * <p><b>Threat model.</b> The attacker sees one synthetic release and knows the canaries (not
 * which were added). They score each canary by minus its distance to the closest synthetic
 * record, guess "added" for the {@code guesses / 2} highest scores and "not added" for the
 * {@code guesses / 2} lowest, and abstain on the rest; ties are broken at random.
 *
 * <p><b>Experiment.</b> Canaries and as many substitutes are a seeded sample of the reference
 * records (real records the generator never saw). Each canary has a slot in the training set of
 * the single fit, holding the canary when its coin comes up "added" and its substitute
 * otherwise, so the training set is always the training split plus one record per canary.
 * Flipping one coin thus replaces one training record: the coins reach the release through a
 * mechanism that is epsilon-differentially private in each coin whenever the generator is
 * epsilon-private for replacing one record, the claims synthaudit checks (a generator private
 * for adding or removing a record is 2 epsilon-private for replacing one). A claim of
 * (epsilon, delta)-differential privacy with delta &gt; 0 is checked against the approximate
 * form of the bound ({@link OneRunEpsilon#lowerBound(int, int, int, double, double)}), the
 * headline stays the pure bound. Neither the training
 * size nor the release size tells how many canaries were added, and the attacker never guesses
 * on a substitute. The generator's outside records (what a control such as
 * {@code holdout-resample} releases) lose every canary and substitute, so they do not depend on
 * the coins either; at least one reference record is never planted, so they are not emptied.
 * The release is sampled at the audited ratio of synthetic to training rows. Only generator
 * mode can re-fit the generator; in release mode the audit is skipped.
 *
 * <p><b>Figures</b> (ids under {@code membership.one-run.}): {@code epsilon_lower_bound}
 * (headline, at the configured confidence), {@code guesses}, {@code correct_guesses},
 * {@code guess_accuracy} (Wilson interval; 0.5 is guessing), {@code canaries},
 * {@code canaries_included}, {@code epsilon_claimed}, {@code dp_claim_violated}.
 */
public final class OneRunAudit implements Evaluator {
    /** The evaluator id and the prefix of its figure ids. */
    public static final String ID = "membership.one-run";
    /** The number of canaries. */
    public static final String CANARIES = "canaries";
    /** The number of guesses. */
    public static final String GUESSES = "guesses";
    /** The confidence of the bound. */
    public static final String CONFIDENCE = "confidence";

    static final int DEFAULT_CANARIES = 1000;
    static final int DEFAULT_GUESSES = 200;
    static final double DEFAULT_CONFIDENCE = 0.95;

    static final String THREAT_MODEL = "The attacker sees one synthetic release and knows a set "
            + "of canary records, each of which was added to the training data with probability "
            + "1/2 (in place of another record otherwise). They guess that the canaries closest "
            + "to some synthetic record were added and the farthest were not, and abstain on the "
            + "rest (Steinke, Nasr and Jagielski 2023).";

    private static final Logger LOG = LoggerFactory.getLogger(OneRunAudit.class);

    /** Creates the evaluator; it keeps no state between audits. */
    public OneRunAudit() {
        // found through ServiceLoader
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Membership inference: one-run privacy audit";
    }

    @Override
    public String description() {
        return "Plants canaries with probability 1/2, fits once, bounds epsilon from correct "
                + "guesses (Steinke, Nasr and Jagielski 2023).";
    }

    /**
     * The figures this evaluator can produce.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        return FigurePattern.under(ID, "epsilon_lower_bound", "epsilon_claimed",
                "dp_claim_violated", "guesses", "correct_guesses", "guess_accuracy", "canaries",
                "canaries_included");
    }

    @Override
    public Category category() {
        return Category.PRIVACY;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(CANARIES, Integer.toString(DEFAULT_CANARIES), "canary records "
                        + "drawn from the reference split, 2 to 1000000; fewer than half the "
                        + "reference split, since each canary needs a substitute and at least "
                        + "one reference record stays outside the training data"),
                new Parameter(GUESSES, Integer.toString(DEFAULT_GUESSES), "guesses made, half "
                        + "'added' and half 'not added', even, 2 to 1000000; at most the "
                        + "canaries planted"),
                new Parameter(CONFIDENCE, Double.toString(DEFAULT_CONFIDENCE), "confidence of "
                        + "the epsilon lower bound, in [0.5, 0.9999]"));
    }

    /**
     * Tells that the finding does not depend on the records of the audit's release: the audit
     * samples its own release from a generator re-fitted with canaries, and only the size of the
     * audit's release counts. An audit with several releases runs it once.
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
            return Optional.of("the one-run audit fits the generator again with canaries added,"
                    + " so it needs generator mode; this audit has no generator to re-run "
                    + "(release mode, or synthetic files made elsewhere)");
        }
        if (context.schema().analysable().length == 0) {
            return Optional.of("no column to compare: every column is an identifier");
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
        Settings.read(parameters);
    }

    @Override
    public Finding evaluate(AuditContext context) {
        Settings settings = Settings.read(context.parametersOf(ID));
        Optional<String> reason = inapplicable(context);
        if (reason.isPresent()) {
            return Finding.skipped(ID, title(), category(), reason.get());
        }
        int planted = Math.min(settings.canaries(), (context.reference().rowCount() - 1) / 2);
        if (planted < 2) {
            return Finding.skipped(ID, title(), category(), "needs at least 5 reference records"
                    + " (2 canaries, a substitute for each, and one record left outside the "
                    + "training data); the reference split has "
                    + context.reference().rowCount());
        }
        Seeds seeds = context.seeds().child(ID);
        Slots slots = Slots.draw(context, planted, seeds.child("canaries"));
        boolean[] added = coinFlips(planted, seeds.child("inclusion").random());
        Run run = fitOnce(context, slots, added, seeds);
        int guesses = Math.min(settings.guesses(), planted - planted % 2);
        int correct = correctGuesses(run.scores(), added, guesses,
                seeds.child("ties").random());
        LOG.info("{}: {} canaries, {} added, {} of {} guesses correct", ID, planted,
                count(added), correct, guesses);
        return finding(context, settings, planted, count(added), guesses, correct, run);
    }

    private static boolean[] coinFlips(int count, SplittableRandom random) {
        boolean[] added = new boolean[count];
        for (int i = 0; i < count; i++) {
            added[i] = random.nextBoolean();
        }
        return added;
    }

    /**
     * The slots of the experiment: canary {@code i} and its substitute, as rows of the real
     * table.
     *
     * @param canaries the canaries' rows, in slot order
     * @param substitutes the substitutes' rows, in slot order
     */
    record Slots(int[] canaries, int[] substitutes) {

        /** Draws {@code 2 planted} distinct reference records: canaries first. */
        static Slots draw(AuditContext context, int planted, Seeds seeds) {
            RecordPool reference = RecordPool.of(context.real(), context.reference());
            int[] rows = IntStream.range(0, reference.size()).map(reference::realRow).toArray();
            int[] chosen = RecordPool.choose(rows, 2 * planted, seeds.random());
            return new Slots(Arrays.copyOfRange(chosen, 0, planted),
                    Arrays.copyOfRange(chosen, planted, 2 * planted));
        }

        /** The slot's record of each slot: the canary when added, else the substitute. */
        int[] held(boolean[] added) {
            return IntStream.range(0, canaries.length)
                    .map(i -> added[i] ? canaries[i] : substitutes[i]).toArray();
        }

        /** Every canary and substitute, sorted by record id of the real table. */
        int[] recordIds(Dataset real) {
            return IntStream.concat(Arrays.stream(canaries), Arrays.stream(substitutes))
                    .map(real::recordId).sorted().toArray();
        }
    }

    /**
     * The canaries' scores after one fit, and what the fit was.
     *
     * @param scores minus each canary's distance to its closest synthetic record
     * @param claim the fitted generator's claim
     * @param trainingRows the records the generator was fitted on
     * @param releaseRows the records sampled
     */
    private record Run(double[] scores, PrivacyClaim claim, int trainingRows, int releaseRows) {
    }

    private static Run fitOnce(AuditContext context, Slots slots, boolean[] added,
            Seeds seeds) {
        RecordPool train = RecordPool.of(context.real(), context.train());
        Dataset training = train.draw("train", train.size(), slots.held(added),
                seeds.child("order").random());
        GeneratorSetup setup = context.generator().orElseThrow();
        Generator.FittedGenerator fitted = setup.generator().fit(
                fitInput(setup, training, context.real(), slots), setup.parameters(),
                seeds.child("fit"));
        int rows = (int) Math.max(1, Math.round((double) context.synthetic().rowCount()
                * training.rowCount() / context.train().rowCount()));
        Dataset release = fitted.sample(rows, seeds.child("sample"));
        Dataset canaries = context.real().select("canaries", slots.canaries());
        RecordDistance distance = RecordDistance.fit(context.train());
        double[] nearest = new BruteForceSearch(context.pool()).nearest(distance.encode(canaries),
                distance.encode(release), 1, Exclusion.NONE).nearestDistances();
        double[] scores = Arrays.stream(nearest).map(d -> -d).toArray();
        PrivacyClaim claim = setup.claim() instanceof PrivacyClaim.None ? fitted.privacyClaim()
                : setup.claim();
        return new Run(scores, claim, training.rowCount(), rows);
    }

    /**
     * The audit's fit input with other training records, and outside records without any
     * canary or substitute, so that what a control releases from them does not depend on the
     * coins.
     */
    private static FitInput fitInput(GeneratorSetup setup, Dataset training, Dataset real,
            Slots slots) {
        FitInput audited = setup.input() == null ? FitInput.of(training) : setup.input();
        Dataset outside = audited.outside();
        if (outside.rowCount() == 0 || !outside.sharesBaseWith(real)) {
            return new FitInput(training, outside, audited.folder(), audited.csv());
        }
        int[] planted = slots.recordIds(real);
        int[] kept = IntStream.range(0, outside.rowCount())
                .filter(r -> Arrays.binarySearch(planted, outside.recordId(r)) < 0).toArray();
        return new FitInput(training, outside.select(outside.name(), kept), audited.folder(),
                audited.csv());
    }

    /**
     * Guesses "added" for the highest scores and "not added" for the lowest, half the guesses
     * each, ties broken by a random key, and counts the correct guesses.
     *
     * @param scores the canaries' scores, higher meaning "added"
     * @param added whether each canary was added
     * @param guesses the number of guesses, even, at most the number of canaries
     * @param random the source of the tie-breaking keys
     * @return the number of correct guesses
     */
    static int correctGuesses(double[] scores, boolean[] added, int guesses,
            SplittableRandom random) {
        double[] keys = new double[scores.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextDouble();
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i])
                .thenComparingDouble(i -> keys[i]));
        int half = guesses / 2;
        int correct = 0;
        for (int g = 0; g < half; g++) {
            correct += added[order[g]] ? 1 : 0;
            correct += added[order[order.length - 1 - g]] ? 0 : 1;
        }
        return correct;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    private Finding finding(AuditContext context, Settings settings, int planted, int added,
            int guesses, int correct, Run run) {
        PrivacyClaim claim = run.claim();
        MembershipFigures figures = new MembershipFigures(ID);
        Estimate bound = OneRunEpsilon.lowerBound(guesses, correct, settings.confidence());
        List<Figure> list = new ArrayList<>();
        list.add(figures.epsilonFigure(bound, "Empirical epsilon lower bound (one run, "
                + settings.confidence() * 100 + "% confidence)"));
        Estimate claimBound = claim instanceof PrivacyClaim.DifferentialPrivacy dp
                && dp.delta() > 0 ? OneRunEpsilon.lowerBound(planted, guesses, correct,
                        dp.delta(), settings.confidence()) : bound;
        list.addAll(figures.claimFigures(claim, claimBound, ""));
        list.add(figures.count("guesses", "Guesses made", guesses));
        list.add(figures.count("correct_guesses", "Correct guesses", correct));
        list.add(figures.figure("guess_accuracy", "Share of guesses that are correct",
                Proportions.wilson(correct, guesses, MembershipFigures.LEVEL),
                Estimate.exact(0.5, "coin flips"), Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        list.add(figures.count("canaries", "Canaries planted", planted));
        list.add(figures.count("canaries_included", "Canaries added to the training data",
                added));
        return new Finding(ID, title(), category(), THREAT_MODEL, ID + ".epsilon_lower_bound",
                list, List.of(), notes(context, settings, planted, guesses, run), null, List.of(
                        new Knowledge.SyntheticRelease(run.releaseRows()),
                        new Knowledge.TargetRecords(DistanceToClosestRecord.analysableNames(
                                context.schema()))));
    }

    private static List<String> notes(AuditContext context, Settings settings, int planted,
            int guesses, Run run) {
        List<String> notes = new ArrayList<>();
        notes.add("Planted " + planted + " canaries and " + planted + " substitutes sampled "
                + "from the " + context.reference().rowCount() + " reference records (requested "
                + settings.canaries() + " canaries); each canary was added to the "
                + context.train().rowCount() + " training records with probability 1/2, its "
                + "substitute otherwise, so one fit on " + run.trainingRows() + " records and "
                + "one release of " + run.releaseRows() + " rows, whatever the coins.");
        notes.add("Made " + guesses + " guesses (requested " + settings.guesses() + "): 'added' "
                + "for the " + guesses / 2 + " canaries closest to a synthetic record, 'not "
                + "added' for the " + guesses / 2 + " farthest; abstained on the other "
                + (planted - guesses) + ".");
        notes.add("The bound holds with " + settings.confidence() * 100 + "% confidence for "
                + "pure (delta = 0) differential privacy with respect to replacing one record; a "
                + "claim with delta > 0 is checked against the (epsilon, delta) form of the "
                + "bound, which adds a term 2 m delta for the m canaries and is lower. It "
                + "is cheap (one fit) and can only be as strong as the distance attack behind it: "
                + "a generator can pass it and still leak in ways the distance to the closest "
                + "record does not see.");
        return notes;
    }

    /**
     * The validated parameters.
     *
     * @param canaries the canaries requested
     * @param guesses the guesses requested
     * @param confidence the confidence of the bound
     */
    record Settings(int canaries, int guesses, double confidence) {

        static Settings read(Parameters parameters) {
            parameters.requireOnly(Set.of(CANARIES, GUESSES, CONFIDENCE));
            int guesses = parameters.integer(GUESSES, DEFAULT_GUESSES, 2, 1_000_000);
            if (guesses % 2 != 0) {
                throw parameters.invalid(GUESSES, "must be even (half 'added', half 'not "
                        + "added'), was " + guesses);
            }
            return new Settings(parameters.integer(CANARIES, DEFAULT_CANARIES, 2, 1_000_000),
                    guesses, parameters.number(CONFIDENCE, DEFAULT_CONFIDENCE, 0.5, 0.9999));
        }
    }
}
