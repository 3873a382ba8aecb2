package org.synthaudit.attacks.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Chart;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.audit.Series;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.distance.BruteForceSearch;
import org.synthaudit.core.distance.EncodedRows;
import org.synthaudit.core.distance.ExactMatches;
import org.synthaudit.core.distance.Exclusion;
import org.synthaudit.core.distance.NeighbourSearch;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.OrderStatistics;
import org.synthaudit.core.stats.ProportionDifference;
import org.synthaudit.core.stats.Proportions;
import org.synthaudit.core.stats.RocAnalysis;

/**
 * Membership inference by distance to closest record (DCR): a record that lies unusually close
 * to some synthetic record is guessed to be a member of the training data.
 *
 * <p><b>Threat model.</b> The attacker holds the synthetic release and a candidate record, and
 * nothing else: no access to the generator, no reference data. They score the candidate by
 * minus its distance to the closest synthetic record and guess "member" above a threshold. This
 * is the full black-box attack of Chen et al. (2020), "GAN-Leaks: a taxonomy of membership
 * inference attacks against generative models", ACM CCS, as used for tabular data by Yale et
 * al. (2019), "Privacy preserving synthetic health data", ESANN, and in the distance-based
 * checks of Anonymeter and synthcity.
 *
 * <p><b>Experiment.</b> Members are a seeded sample of the training records, non-members a
 * seeded sample of the holdout records, balanced at the smaller of the two and capped by the
 * {@code targets} parameter; the exact-match figures check every training and holdout record.
 * Distances use {@link RecordDistance} with the numeric scales of the training records, the
 * rule every distance figure of an audit follows.
 *
 * <p><b>Figures</b> (ids under {@code membership.dcr.}):
 * <ul>
 *   <li>{@code auc} (headline): ROC AUC with a DeLong interval; 0.5 is random guessing.
 *   <li>{@code tpr_at_fpr_0.001}, {@code tpr_at_fpr_0.01}, {@code tpr_at_fpr_0.1}: the share of
 *       members flagged when exactly that share of non-members is flagged (Carlini et al.
 *       2022; a randomised threshold inside tied scores); undefined when there are too few
 *       non-members to resolve the rate.
 *   <li>{@code exact_match_rate_members}, {@code exact_match_rate_holdout}: the share of
 *       <em>all</em> training records, and of all holdout records, with a synthetic record at
 *       distance 0 (equal on every compared column), with Wilson intervals. An exact match is
 *       a hash lookup ({@link ExactMatches}), so it needs no sample: every record is checked.
 *   <li>{@code exact_match_gain}: members' exact-match rate minus the holdout's, with
 *       Newcombe's hybrid score interval: verbatim copies of training records show here even
 *       when they are too few to move the AUC. The holdout rate is the control: real data has
 *       duplicate records, and a copied training record also matches its holdout duplicates.
 *   <li>{@code exact_match_members_checked}, {@code exact_match_holdout_checked}: the numbers
 *       of records the two rates are taken over.
 *   <li>{@code median_dcr_members}, {@code median_dcr_holdout}: median distance to the closest
 *       synthetic record, with distribution-free order-statistic intervals.
 *   <li>{@code members_scored}, {@code holdout_scored}: the sample sizes used.
 *   <li>{@code median_dcr_synthetic_to_real}, {@code median_dcr_random_to_real}: the random
 *       baseline of case C18: the median distance to the closest real record of sampled
 *       synthetic records and of as many random records drawn within the real ranges and
 *       category frequencies ({@link RandomBaseline}). It describes the release, not
 *       membership.
 * </ul>
 * Membership advantage (TPR - FPR at the best threshold) is not reported: it is only honest
 * with a threshold chosen on records other than those it is measured on.
 */
public final class DistanceToClosestRecord implements Evaluator {
    /** The evaluator id and the prefix of its figure ids. */
    public static final String ID = "membership.dcr";
    /** The parameter capping the number of targets per side. */
    public static final String TARGETS = "targets";
    /** The default number of targets per side. */
    public static final int DEFAULT_TARGETS = 2000;
    /** Fewer targets per side than this draw a warning (case C17). */
    public static final int FLOOR = 100;

    static final String THREAT_MODEL = "The attacker holds the synthetic release and a "
            + "candidate record, and nothing else. They guess that the candidate was in the "
            + "training data when it lies close to some synthetic record: the score is minus the "
            + "distance to the closest synthetic record (GAN-Leaks, Chen et al. 2020). Members "
            + "are sampled training records; non-members are holdout records the generator never "
            + "saw, from the same population.";

    private static final Logger LOG = LoggerFactory.getLogger(DistanceToClosestRecord.class);
    private static final double LEVEL = 0.95;
    private static final int CURVE_POINTS = 200;
    private static final double[] FPR_TARGETS = {0.001, 0.01, 0.1};
    private static final String[] FPR_NAMES = {"0.001", "0.01", "0.1"};

    /** Creates the evaluator; it keeps no state between audits. */
    public DistanceToClosestRecord() {
        // found through ServiceLoader
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Membership inference: distance to closest record";
    }

    @Override
    public String description() {
        return "Guesses membership from a record's distance to the closest synthetic record "
                + "(GAN-Leaks, Chen et al. 2020); ROC AUC and TPR at fixed FPR against holdout.";
    }

    /**
     * The figures this evaluator can produce.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        return FigurePattern.under(ID, "auc", "tpr_at_fpr_0.001", "tpr_at_fpr_0.01",
                "tpr_at_fpr_0.1", "exact_match_rate_members", "exact_match_rate_holdout",
                "exact_match_gain", "exact_match_members_checked",
                "exact_match_holdout_checked", "median_dcr_members", "median_dcr_holdout",
                "members_scored", "holdout_scored", "median_dcr_synthetic_to_real",
                "median_dcr_random_to_real");
    }

    @Override
    public Category category() {
        return Category.PRIVACY;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(TARGETS, Integer.toString(DEFAULT_TARGETS),
                "members and non-members scored per side, at least 2; the sample is balanced at "
                        + "the smaller of train, holdout and this number"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        if (context.schema().analysable().length == 0) {
            return Optional.of("no column to compare: every column is an identifier");
        }
        if (context.train().rowCount() < 2 || context.holdout().rowCount() < 2) {
            return Optional.of("needs at least 2 training and 2 holdout records; have "
                    + context.train().rowCount() + " and " + context.holdout().rowCount());
        }
        if (context.synthetic().rowCount() == 0) {
            return Optional.of("the synthetic release has no records");
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
    }

    @Override
    public Finding evaluate(AuditContext context) {
        int requested = requestedTargets(context.parametersOf(ID));
        Optional<String> reason = inapplicable(context);
        if (reason.isPresent()) {
            return Finding.skipped(ID, title(), category(), reason.get());
        }

        Seeds seeds = context.seeds().child(ID);
        RecordDistance distance = RecordDistance.fit(context.train());
        NeighbourSearch search = new BruteForceSearch(context.pool());
        int size = Math.min(requested, Math.min(context.train().rowCount(),
                context.holdout().rowCount()));
        double[][] targets = targetDistances(context, distance, search, size, seeds);
        int baselineSize = Math.min(requested, context.synthetic().rowCount());
        double[][] baseline = baselineDistances(context, distance, search, baselineSize, seeds);

        RocAnalysis roc = RocAnalysis.of(negate(targets[0]), negate(targets[1]));
        List<Figure> figures = new ArrayList<>(attackFigures(roc, targets[0], targets[1]));
        figures.addAll(exactMatchFigures(context, distance));
        figures.addAll(baselineFigures(baseline[0], baseline[1]));
        List<String> notes = notes(context, distance, requested, size, baselineSize);
        return new Finding(ID, title(), category(), THREAT_MODEL, ID + ".auc", figures,
                series(roc), notes, null, List.of(
                        new Knowledge.SyntheticRelease(context.synthetic().rowCount()),
                        new Knowledge.TargetRecords(analysableNames(context.schema()))));
    }

    /**
     * The names of the columns a record distance compares, in schema order: what a membership
     * attacker knows of a target record.
     *
     * @param schema the audit's schema
     * @return every analysable column's name
     */
    static List<String> analysableNames(Schema schema) {
        return Arrays.stream(schema.analysable()).mapToObj(c -> schema.column(c).name())
                .toList();
    }

    /** The DCR of sampled members and of sampled holdout records to the synthetic release. */
    private static double[][] targetDistances(AuditContext context, RecordDistance distance,
            NeighbourSearch search, int size, Seeds seeds) {
        Dataset members = sample(context.train(), size, seeds.child("members"), "members");
        Dataset nonMembers = sample(context.holdout(), size, seeds.child("non-members"),
                "non-members");
        EncodedRows synthetic = distance.encode(context.synthetic());
        return new double[][] {closest(search, distance.encode(members), synthetic),
                closest(search, distance.encode(nonMembers), synthetic)};
    }

    /**
     * The distance of sampled synthetic records, and of as many random records, to the closest
     * training record, the real records the generator learned from (case C18).
     */
    private static double[][] baselineDistances(AuditContext context, RecordDistance distance,
            NeighbourSearch search, int size, Seeds seeds) {
        Dataset synthetic = sample(context.synthetic(), size, seeds.child("synthetic"),
                "synthetic-sample");
        Dataset random = RandomBaseline.draw(context.train(), size, seeds.child("random"));
        EncodedRows real = distance.encode(context.train());
        return new double[][] {closest(search, distance.encode(synthetic), real),
                closest(search, distance.encode(random), real)};
    }

    private static int requestedTargets(Parameters parameters) {
        parameters.requireOnly(Set.of(TARGETS));
        return parameters.integer(TARGETS, DEFAULT_TARGETS, 2, Integer.MAX_VALUE);
    }

    /** A seeded sample without replacement, in ascending row order. */
    static Dataset sample(Dataset table, int size, Seeds seeds, String name) {
        int[] rows = new int[table.rowCount()];
        Arrays.setAll(rows, i -> i);
        SplittableRandom random = seeds.random();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(rows.length - i);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        int[] chosen = Arrays.copyOf(rows, size);
        Arrays.sort(chosen);
        return table.select(name, chosen);
    }

    private static double[] closest(NeighbourSearch search, EncodedRows targets,
            EncodedRows synthetic) {
        return search.nearest(targets, synthetic, 1, Exclusion.NONE).nearestDistances();
    }

    private static double[] negate(double[] values) {
        return Arrays.stream(values).map(v -> -v).toArray();
    }

    private static List<Figure> attackFigures(RocAnalysis roc, double[] memberDcr,
            double[] holdoutDcr) {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("auc", "ROC AUC", roc.auc(LEVEL),
                Estimate.exact(0.5, "random guessing"), Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        for (int i = 0; i < FPR_TARGETS.length; i++) {
            double fpr = FPR_TARGETS[i];
            figures.add(figure("tpr_at_fpr_" + FPR_NAMES[i], "TPR at FPR " + FPR_NAMES[i],
                    roc.tprAtFpr(fpr, LEVEL), Estimate.exact(fpr, "random guessing: TPR = FPR"),
                    Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        }


        Estimate holdoutMedian = OrderStatistics.median(holdoutDcr, LEVEL);
        figures.add(figure("median_dcr_members", "Median DCR of members",
                OrderStatistics.median(memberDcr, LEVEL), holdoutMedian, Bounds.UNIT,
                Sense.HIGHER_IS_BETTER));
        figures.add(figure("median_dcr_holdout", "Median DCR of holdout records",
                holdoutMedian, controlBaseline(), Bounds.UNIT, Sense.NEUTRAL));

        figures.add(count("members_scored", "Members scored", memberDcr.length));
        figures.add(count("holdout_scored", "Holdout records scored", holdoutDcr.length));
        return figures;
    }

    /**
     * The exact-match figures over every training and every holdout record: a copy is a hash
     * lookup, so no sample is needed, and the full counts give the rates their narrowest
     * intervals.
     */
    private static List<Figure> exactMatchFigures(AuditContext context, RecordDistance distance) {
        ExactMatches index = ExactMatches.of(distance.encode(context.synthetic()));
        int members = context.train().rowCount();
        int holdout = context.holdout().rowCount();
        int copiedMembers = index.count(distance.encode(context.train()));
        int copiedHoldout = index.count(distance.encode(context.holdout()));

        Estimate holdoutMatches = Proportions.wilson(copiedHoldout, holdout, LEVEL);
        return List.of(
                figure("exact_match_rate_members", "Members with an exact synthetic copy",
                        Proportions.wilson(copiedMembers, members, LEVEL), holdoutMatches,
                        Bounds.UNIT, Sense.HIGHER_IS_WORSE),
                figure("exact_match_rate_holdout", "Holdout records with an exact synthetic "
                        + "copy", holdoutMatches, controlBaseline(), Bounds.UNIT, Sense.NEUTRAL),
                figure("exact_match_gain", "Excess of members with an exact synthetic copy",
                        ProportionDifference.unpaired(copiedMembers, members, copiedHoldout,
                                holdout, LEVEL),
                        Estimate.exact(0, "no leak: members are copied no more often than "
                                + "holdout records"), Bounds.SIGNED_UNIT,
                        Sense.HIGHER_IS_WORSE),
                count("exact_match_members_checked", "Members checked for an exact copy",
                        members),
                count("exact_match_holdout_checked", "Holdout records checked for an exact "
                        + "copy", holdout));
    }

    private static List<Figure> baselineFigures(double[] syntheticDcr, double[] randomDcr) {
        Estimate random = OrderStatistics.median(randomDcr, LEVEL);
        return List.of(
                figure("median_dcr_synthetic_to_real", "Median distance of synthetic records "
                        + "to the closest real record", OrderStatistics.median(syntheticDcr,
                                LEVEL), random, Bounds.UNIT, Sense.HIGHER_IS_BETTER),
                figure("median_dcr_random_to_real", "Median distance of random records to the "
                        + "closest real record", random, Estimate.undefined("the random records "
                                + "are themselves the baseline"), Bounds.UNIT, Sense.NEUTRAL));
    }

    private static Figure figure(String name, String label, Estimate estimate, Estimate baseline,
            Bounds bounds, Sense sense) {
        return new Figure(ID + "." + name, label, null, estimate, baseline, bounds, sense);
    }

    private static Figure count(String name, String label, int count) {
        return figure(name, label, Estimate.exact(count, "count"),
                Estimate.undefined("a sample size has no baseline"), Bounds.NON_NEGATIVE,
                Sense.NEUTRAL);
    }

    private static Estimate controlBaseline() {
        return Estimate.undefined("the holdout figure is itself the control for the members");
    }

    private static List<Chart> series(RocAnalysis roc) {
        RocAnalysis.Curve curve = roc.curve(CURVE_POINTS);
        if (curve.falsePositiveRates().length == 0) {
            return List.of();
        }
        return List.of(new Series("roc", "ROC curve of the DCR attack", "false-positive rate",
                "true-positive rate", curve.falsePositiveRates(), curve.truePositiveRates()));
    }

    private static List<String> notes(AuditContext context, RecordDistance distance,
            int requested, int size, int baselineSize) {
        List<String> notes = new ArrayList<>();
        notes.add("Scored " + size + " members sampled from " + context.train().rowCount()
                + " training records and " + size + " non-members sampled from "
                + context.holdout().rowCount() + " holdout records (requested " + requested
                + " per side) against " + context.synthetic().rowCount() + " synthetic records.");
        notes.add("Exact copies are counted over all " + context.train().rowCount()
                + " training and all " + context.holdout().rowCount() + " holdout records (a "
                + "hash lookup needs no sample). Holdout records with a copy are real: the data "
                + "has duplicate records, and a copied training record matches its holdout "
                + "duplicates too, so only the excess of members counts. Duplicates make the "
                + "records of one group of equal records succeed or fail together, which the "
                + "interval, computed as if records were independent, does not reflect.");
        if (size < FLOOR) {
            LOG.warn("{}: only {} targets per side, below the floor of {}", ID, size, FLOOR);
            notes.add("Warning: only " + size + " targets per side, below the floor of " + FLOOR
                    + "; the intervals are wide and the figures may be far from their population "
                    + "values.");
        }
        if (context.releases().size() > 1) {
            notes.add("Scored against the first of " + context.releases().size()
                    + " synthetic releases.");
        }
        notes.add(distance.describe() + " Columns compared: "
                + String.join(", ", distance.columnNames()) + ".");
        if (!distance.zeroRangeColumns().isEmpty()) {
            notes.add("Constant in the real data, so compared by equality: "
                    + String.join(", ", distance.zeroRangeColumns()) + ".");
        }
        notes.add("Random baseline: " + baselineSize + " sampled synthetic records and "
                + baselineSize + " random records (numeric values uniform within the training "
                + "range, categories with their training frequencies, each column "
                + "independently) are measured against all " + context.train().rowCount()
                + " training records; a "
                + "faithful generator is expected to come closer than random records, so this "
                + "comparison describes the release and is not a membership signal.");
        notes.add("The TPR at a fixed FPR takes its threshold from the scored records "
                + "themselves; membership advantage is not reported, as it needs a threshold "
                + "chosen on separate records.");
        notes.add("Passing a DCR test proves little on its own: a generator can keep every "
                + "record away from its synthetic neighbours and still leak membership in other "
                + "ways (Stadler et al. 2022), so no verdict may rest on it alone.");
        return notes;
    }
}
