package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.OrderStatistics;
import org.synthaudit.core.stats.Proportions;

/**
 * Compares the 2-way and 3-way marginals of the training data and the synthetic release: the
 * total variation distance (TVD) between the two tables' shares over the cells of every
 * combination of two and of three columns, averaged. This is the k-marginal metric of the NIST
 * Differential Privacy Temporal Map and Collaborative Research Cycle challenges (SDNist: for
 * each marginal the sum of absolute density differences, in [0, 2], and the score
 * {@code (2 - mean sum) * 500}, that is {@code 1000 * (1 - mean TVD)} on a 0-1000 scale; see
 * also Task et al., NIST TN 2151, 2021).
 *
 * <p>Columns are binned ({@link MarginalBins}): categories as they are, numeric and datetime
 * columns in {@code bins} equal-width bins over the train range plus one bin below and one above
 * it, and a missing value as a bin of its own. All pairs of analysable columns are compared, and
 * all triples, or a seeded simple random sample of {@code max_combinations} of them when there
 * are more (likewise for pairs). Every marginal counts equally in the mean.
 *
 * <p>Figures (ids under {@code fidelity.marginals.}):
 * <ul>
 *   <li>{@code mean_tvd} (headline): the mean TVD over all compared 2- and 3-way marginals, in
 *       [0, 1], 0 for equal marginals; its interval is a seeded row bootstrap of train and
 *       synthetic, shared by all marginals ({@link RowBootstrap});
 *   <li>{@code mean_tvd_2way} and {@code mean_tvd_3way}: the same over one order;
 *   <li>{@code nist_score}: {@code 1000 * (1 - mean_tvd)}, and {@code nist_score_2way}:
 *       {@code 1000 * (1 - mean_tvd_2way)}, SDNist's k-marginal score over all 2-marginals;
 *   <li>{@code subsample_percentile}: the share of random real subsamples that score no better
 *       than the synthetic data (their TVD against train at least the synthetic one), with a
 *       Wilson interval over the subsamples. The subsamples are drawn without replacement from
 *       the records the generator never saw (holdout and reference), as many rows as the
 *       synthetic table has but at most half of those records, so that the subsamples differ;
 *       a smaller subsample is paired with a synthetic subsample of its size ({@link
 *       MarginalPlan}). An independent sample of the population ranks uniformly among them:
 *       baseline 0.5. A value near 1 means the synthetic data is closer to train than fresh
 *       real data is, which for marginals this fine can mean it copies train;
 *   <li>{@code equivalent_subsample_share}: the share of the training data whose random
 *       subsample scores like the synthetic data ({@link SubsampleEquivalence}), as SDNist
 *       reports it;
 *   <li>{@code marginals_2way} and {@code marginals_3way}: how many marginals were compared.
 * </ul>
 * The baseline of each TVD is the median TVD of the real subsamples (with its distribution-free
 * interval): what an independent real sample reaches. When the subsamples are smaller than the
 * synthetic table, their TVDs carry more sampling noise, so the baseline errs on the lenient
 * side; the notes say so. The
 * marginals are computed in parallel in the audit's pool, all from one set of seeded draws.
 */
public final class KWayMarginals implements Evaluator {
    /** The evaluator id. */
    public static final String ID = "fidelity.marginals";
    /** The id of the headline figure. */
    public static final String HEADLINE = "fidelity.marginals.mean_tvd";
    /** The confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    private static final String BINS = "bins";
    private static final String MAX_COMBINATIONS = "max_combinations";
    private static final String REPLICATES = "replicates";
    private static final String SUBSAMPLES = "subsamples";
    private static final int PER_SHARE = 5;
    /** The fewest rows of train and of the synthetic release for any figure. */
    private static final int MIN_ROWS = 2;
    private static final Bounds SCORE = new Bounds(0, 1000);

    /** Creates the evaluator. */
    public KWayMarginals() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Fidelity: 2-way and 3-way marginals";
    }

    /**
     * The figures this evaluator can produce.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        return FigurePattern.under(ID, "mean_tvd", "mean_tvd_2way", "mean_tvd_3way",
                "nist_score", "nist_score_2way", "marginals_2way", "marginals_3way",
                "equivalent_subsample_share", "subsample_percentile");
    }

    @Override
    public Category category() {
        return Category.FIDELITY;
    }

    @Override
    public String description() {
        return "Mean total variation distance of all 2-way and 3-way marginals (binned), on the "
                + "NIST CRC 0-1000 scale too, against equal-size random real subsamples.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(BINS, "10", "equal-width bins of a numeric column over the train "
                        + "range, 2 to 1000"),
                new Parameter(MAX_COMBINATIONS, "1000", "most marginals of each order; more "
                        + "are sampled, 1 to 1000000"),
                new Parameter(REPLICATES, "50", "row-bootstrap replicates, 20 to 100000"),
                new Parameter(SUBSAMPLES, "20", "random real subsamples for the baseline and "
                        + "the percentile, 10 to 100000"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return context.schema().analysable().length < 2
                ? Optional.of(PairwiseAssociation.TOO_FEW_COLUMNS) : Optional.empty();
    }

    /** The evaluator's parameters, checked. */
    private record Settings(int bins, int maxCombinations, int replicates, int subsamples) {
        static Settings of(Parameters parameters) {
            parameters.requireOnly(Set.of(BINS, MAX_COMBINATIONS, REPLICATES, SUBSAMPLES));
            return new Settings(parameters.integer(BINS, 10, 2, 1000),
                    parameters.integer(MAX_COMBINATIONS, 1000, 1, 1_000_000),
                    parameters.integer(REPLICATES, 50, 20, 100_000),
                    parameters.integer(SUBSAMPLES, 20, 10, 100_000));
        }
    }

    /**
     * Checks every parameter's name and range without running.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        Settings.of(parameters);
    }

    /**
     * Compares the marginals of train and the synthetic release.
     *
     * @param context the audit; the first synthetic release is scored
     * @return the finding, headline first, or a skipped finding with fewer than two columns
     * @throws org.synthaudit.core.InputException if a parameter is unknown or out of range
     */
    @Override
    public Finding evaluate(AuditContext context) {
        Settings settings = Settings.of(context.parametersOf(ID));
        Optional<String> reason = inapplicable(context);
        if (reason.isPresent()) {
            return Finding.skipped(ID, title(), category(), reason.get());
        }
        Dataset train = context.train();
        Dataset synthetic = context.synthetic();
        if (train.rowCount() == 0 || synthetic.rowCount() == 0) {
            String why = (train.rowCount() == 0 ? "train" : "synthetic") + " table has no rows";
            return finding(context, settings, null, null, null, null, why);
        }
        if (Math.min(train.rowCount(), synthetic.rowCount()) < MIN_ROWS) {
            String why = "too few rows: " + (train.rowCount() < MIN_ROWS ? "train" : "synthetic")
                    + " has 1 row; the row bootstrap needs at least " + MIN_ROWS + " in each "
                    + "table (every resample of one row repeats it)";
            return finding(context, settings, null, null, null, null, why);
        }

        List<MarginalBins> columns = bin(context, settings.bins());
        Seeds seeds = context.seeds().child(ID);
        List<int[]> pairs = Combinations.choose(columns.size(), 2, settings.maxCombinations(),
                seeds.child("pairs"));
        List<int[]> triples = Combinations.choose(columns.size(), 3,
                settings.maxCombinations(), seeds.child("triples"));
        int[] sizes = {train.rowCount(), synthetic.rowCount(),
            context.holdout().rowCount() + context.reference().rowCount()};
        MarginalPlan plan = MarginalPlan.draw(sizes, settings.replicates(),
                settings.subsamples(), PER_SHARE, seeds);

        List<int[]> combinations = new ArrayList<>(pairs);
        combinations.addAll(triples);
        List<MarginalScores> scores = context.pool().submit(() -> combinations.parallelStream()
                .map(c -> MarginalScores.of(new MarginalCounter(Arrays.stream(c)
                        .mapToObj(columns::get).toList(), MarginalScores.TRAIN), plan))
                .toList()).join();
        MarginalScores twoWay = MarginalScores.mean(scores.subList(0, pairs.size()));
        MarginalScores threeWay = triples.isEmpty() ? null
                : MarginalScores.mean(scores.subList(pairs.size(), scores.size()));
        return finding(context, settings, plan, MarginalScores.mean(scores), twoWay, threeWay,
                null);
    }

    /** Bins every analysable column of train, synthetic and the non-member pool. */
    private static List<MarginalBins> bin(AuditContext context, int bins) {
        List<Dataset> tables = List.of(context.train(), context.synthetic(), context.holdout(),
                context.reference());
        return context.pool().submit(() -> Arrays.stream(context.schema().analysable())
                .parallel().mapToObj(c -> pooled(MarginalBins.of(c, bins, context.train(),
                        tables))).toList()).join();
    }

    /** Joins the holdout's and the reference's bins into one pool of non-member records. */
    private static MarginalBins pooled(MarginalBins bins) {
        int[][] tables = bins.bins();
        int[] pool = IntStream.concat(Arrays.stream(tables[2]), Arrays.stream(tables[3]))
                .toArray();
        return new MarginalBins(bins.name(), bins.count(),
                new int[][] {tables[0], tables[1], pool});
    }

    private Finding finding(AuditContext context, Settings settings, MarginalPlan plan,
            MarginalScores all, MarginalScores twoWay, MarginalScores threeWay,
            String unusable) {
        RowBootstrap bootstrap = new RowBootstrap(settings.replicates(), LEVEL);
        Distances distances = new Distances(plan, bootstrap, unusable);
        String noTriples = "3-way marginals need three columns";
        Figure headline = distances.figure(HEADLINE, "Mean TVD of 2- and 3-way marginals", all,
                unusable);
        Figure two = distances.figure(ID + ".mean_tvd_2way", "Mean TVD of 2-way marginals",
                twoWay, unusable);
        Figure three = distances.figure(ID + ".mean_tvd_3way", "Mean TVD of 3-way marginals",
                threeWay, unusable != null ? unusable : noTriples);

        List<Figure> figures = new ArrayList<>(List.of(headline, two, three,
                score(ID + ".nist_score", "NIST k-marginal score (2- and 3-way)", headline),
                score(ID + ".nist_score_2way", "NIST k-marginal score (2-way, as SDNist)", two),
                percentile(plan, all, unusable), distances.equivalence(context, all, unusable),
                count("marginals_2way", "2-way marginals compared", twoWay),
                count("marginals_3way", "3-way marginals compared", threeWay)));
        return new Finding(ID, title(), category(), "", HEADLINE, figures, List.of(),
                notes(context, settings, plan, all), null);
    }

    /** Builds the distance figures of one finding. */
    private record Distances(MarginalPlan plan, RowBootstrap bootstrap, String unusable) {

        Figure figure(String id, String label, MarginalScores scores, String undefined) {
            if (scores == null) {
                Estimate none = Estimate.undefined(undefined);
                return new Figure(id, label, null, none, none, Bounds.UNIT,
                        Sense.HIGHER_IS_WORSE);
            }
            Estimate estimate = bootstrap.interval(scores.point(), scores.replicates(),
                    "mean total variation distance between train and the synthetic release over "
                            + scores.count() + " marginals; the row bootstrap resamples both "
                            + "tables once per replicate for all marginals", Bounds.UNIT);
            return new Figure(id, label, null, estimate, baseline(scores), Bounds.UNIT,
                    Sense.HIGHER_IS_WORSE);
        }

        Estimate baseline(MarginalScores scores) {
            if (scores.real().length == 0) {
                return Estimate.undefined("no holdout or reference records to draw real "
                        + "subsamples from");
            }
            Estimate median = OrderStatistics.median(scores.real(), LEVEL);
            if (median instanceof Estimate.Value v) {
                return Estimate.of(v.value(), v.lower(), v.upper(), v.level(), "median mean TVD "
                        + "of " + scores.real().length + " random real subsamples of "
                        + plan.subsampleSize() + " records from holdout and reference, against "
                        + "train; " + v.method());
            }
            return median;
        }

        Figure equivalence(AuditContext context, MarginalScores all, String unusable) {
            String id = ID + ".equivalent_subsample_share";
            String label = "Share of train whose random subsample scores the same";
            if (all == null) {
                Estimate none = Estimate.undefined(unusable);
                return new Figure(id, label, null, none, none, Bounds.UNIT,
                        Sense.HIGHER_IS_BETTER);
            }
            SubsampleEquivalence curve = SubsampleEquivalence.of(plan, all.shares(),
                    context.train().rowCount());
            Estimate baseline = all.real().length == 0 ? Estimate.undefined("no holdout or "
                    + "reference records to draw real subsamples from")
                    : curve.share(median(all.real()), PER_SHARE);
            return new Figure(id, label, null, curve.share(all.point(), PER_SHARE), baseline,
                    Bounds.UNIT, Sense.HIGHER_IS_BETTER);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return (sorted[(n - 1) / 2] + sorted[n / 2]) / 2;
        }
    }

    /** A distance figure on the NIST 0-1000 scale: {@code 1000 * (1 - TVD)}. */
    private static Figure score(String id, String label, Figure distance) {
        return new Figure(id, label, null, toScore(distance.estimate()),
                toScore(distance.baseline()), SCORE, Sense.HIGHER_IS_BETTER);
    }

    private static Estimate toScore(Estimate tvd) {
        if (tvd instanceof Estimate.Value v) {
            return Estimate.of(1000 * (1 - v.value()), 1000 * (1 - v.upper()),
                    1000 * (1 - v.lower()), v.level(), "1000 * (1 - mean TVD), the NIST "
                            + "k-marginal scale; from: " + v.method());
        }
        return tvd;
    }

    private static Figure percentile(MarginalPlan plan, MarginalScores all, String unusable) {
        String id = ID + ".subsample_percentile";
        Estimate estimate;
        if (all == null) {
            estimate = Estimate.undefined(unusable);
        } else if (all.real().length == 0) {
            estimate = Estimate.undefined("no holdout or reference records to draw real "
                    + "subsamples from");
        } else {
            Estimate.Value rate = (Estimate.Value) Proportions.wilson(all.realNoCloser(),
                    all.real().length, LEVEL);
            estimate = Estimate.of(rate.value(), rate.lower(), rate.upper(), LEVEL,
                    "share of random real subsamples of " + plan.subsampleSize() + " records "
                            + "whose mean TVD against train is at least that of the synthetic "
                            + "data (or of a synthetic subsample of the same size); "
                            + rate.method());
        }
        return new Figure(id, "Share of real subsamples scoring no better", null, estimate,
                Estimate.exact(0.5, "an independent sample of the population ranks uniformly "
                        + "among the real subsamples"), Bounds.UNIT, Sense.HIGHER_IS_BETTER);
    }

    private static Figure count(String name, String label, MarginalScores scores) {
        return new Figure(ID + "." + name, label, null,
                Estimate.exact(scores == null ? 0 : scores.count(), "count"),
                Estimate.undefined("a count has no baseline"), Bounds.NON_NEGATIVE,
                Sense.NEUTRAL);
    }

    private static List<String> notes(AuditContext context, Settings settings,
            MarginalPlan plan, MarginalScores all) {
        List<String> notes = new ArrayList<>();
        notes.add("Numeric and datetime columns are cut into " + settings.bins()
                + " equal-width bins over the train range, plus a bin below and one above it; "
                + "categories are their own bins; a missing value is a bin of its own.");
        notes.add("NIST score = 1000 * (1 - mean TVD) = (2 - mean sum of absolute share "
                + "differences) * 500, as SDNist computes its k-marginal score.");
        int analysable = context.schema().analysable().length;
        long triples = Combinations.count(analysable, 3);
        long pairs = Combinations.count(analysable, 2);
        if (triples > settings.maxCombinations() || pairs > settings.maxCombinations()) {
            notes.add("More marginals than max_combinations (" + settings.maxCombinations()
                    + "): compared a seeded random sample of " + Math.min(pairs,
                            settings.maxCombinations()) + " of " + pairs + " pairs and "
                    + Math.min(triples, settings.maxCombinations()) + " of " + triples
                    + " triples.");
        }
        if (plan != null && plan.subsampleSize() > 0) {
            notes.add("Real subsamples: " + plan.realRows().length + " draws of "
                    + plan.subsampleSize() + " records without replacement from the "
                    + (context.holdout().rowCount() + context.reference().rowCount())
                    + " holdout and reference records, compared with train like the synthetic "
                    + "data.");
            if (plan.subsampleSize() < context.synthetic().rowCount()) {
                notes.add("Fewer non-member records than synthetic rows: each real subsample "
                        + "is paired with a synthetic subsample of " + plan.subsampleSize()
                        + " rows for the percentile, and the TVD baselines are at that size, "
                        + "where sampling noise is larger than at the synthetic size.");
            }
        }
        if (context.releases().size() > 1) {
            notes.add("Scored the first of " + context.releases().size()
                    + " synthetic releases.");
        }
        Schema schema = context.schema();
        if (schema.identifiers().length > 0) {
            notes.add("Identifier columns left out: " + String.join(", ", Arrays.stream(
                    schema.identifiers()).mapToObj(c -> schema.column(c).name()).toList())
                    + ".");
        }
        if (all != null) {
            notes.add(all.count() + " marginals compared.");
        }
        return notes;
    }
}
