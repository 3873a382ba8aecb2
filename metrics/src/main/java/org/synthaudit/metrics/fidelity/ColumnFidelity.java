package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Bars;
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
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.metrics.stats.PercentileBootstrap;

/**
 * Compares every column's distribution in the synthetic release with its distribution in the
 * training data, one column at a time.
 *
 * <ul>
 *   <li>Categorical and boolean columns: the total variation distance between the category
 *       shares over the audit's shared vocabulary, so a category is the same category in every
 *       table. A synthetic column that is all missing reproduces no real category and gets the
 *       maximum, 1.
 *   <li>Numeric and datetime columns: the two-sample Kolmogorov-Smirnov statistic (Smirnov,
 *       1939), the largest gap between the two empirical distribution functions. It needs no
 *       scale, so a zero-range column is no special case. A synthetic column that is all
 *       missing has no distribution, and its statistic is undefined.
 * </ul>
 * Distances use the non-missing values; the missing rates of train and synthetic are separate
 * figures with 95 % Wilson intervals. Both distances lie in [0, 1]; 0 means equal shares.
 * SDMetrics reports the complements, {@code TVComplement = 1 - TVD} and
 * {@code KSComplement = 1 - KS}.
 *
 * <p>Each distance has a seeded bootstrap interval (Efron and Tibshirani, 1993) that resamples
 * train and synthetic independently: the basic interval of the distance's median at these
 * sample sizes ({@link PercentileBootstrap#basicInterval}), since a plug-in distance and its
 * replicates are biased upwards and a percentile interval would miss the point. Its baseline is
 * the same distance between train and holdout: two real samples of the population, so it shows
 * how far sampling noise alone moves the distance at these sample sizes. The headline is the
 * mean distance over the columns whose distance is defined, and its label names the columns
 * left out; its interval is the mean of the column intervals' ends, exact when the column
 * distances move together and wider than needed when they vary independently.
 *
 * <p>Further figures per column, each with the same kind of bootstrap interval and the same
 * train-holdout baseline:
 * <ul>
 *   <li>numeric and datetime: the Wasserstein-1 distance divided by the train range
 *       ({@link ScaledWasserstein}; in {@code [0, infinity)}, at most 1 while the synthetic
 *       values stay inside the real range; a zero-range column compares by equality, case C06),
 *       and the range coverage, the share of the train range {@code [min, max]} the synthetic
 *       range covers ({@link RangeCoverage}); both undefined for an all-missing synthetic column;
 *   <li>categorical and boolean: the category coverage, the share of the train categories the
 *       synthetic data produces at least once ({@link CategoryCoverage}); 0 for an all-missing
 *       synthetic column. Coverage depends on the sample size (rare categories are missed by
 *       small samples), so read it against its holdout baseline with the sizes in mind.
 * </ul>
 * The headline stays the mean of the total variation and Kolmogorov-Smirnov distances.
 *
 * <p>Figures: {@code fidelity.columns.mean_distance} (headline); per column
 * {@code fidelity.column.<name>.tvd} or {@code fidelity.column.<name>.ks},
 * {@code fidelity.column.<name>.missing_rate_train} and {@code ...missing_rate_synthetic}, then
 * {@code ...wasserstein} and {@code ...range_coverage} (numeric, datetime) or
 * {@code ...category_coverage} (categorical, boolean). Columns are computed in parallel in the
 * audit's pool; each column sorts its values once, and its bootstrap replicates count grid
 * cells instead of sorting again.
 *
 * <p>Chart data: per column (the first 40) grouped bars {@code marginal.<name>} of the train
 * and synthetic shares per category or per bin ({@link MarginalCharts}); categories held by
 * fewer than 10 training records are merged and never named.
 */
public final class ColumnFidelity implements Evaluator {
    /** The evaluator id. */
    public static final String ID = "fidelity.columns";
    /** The id of the headline figure. */
    public static final String HEADLINE = "fidelity.columns.mean_distance";
    /** The confidence level of every distance interval. */
    public static final double LEVEL = 0.95;

    private static final String REPLICATES = "replicates";
    private static final int DEFAULT_REPLICATES = 200;
    private static final int MAX_CHARTS = 40;

    /** Creates the evaluator. */
    public ColumnFidelity() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Fidelity: per-column distributions";
    }

    /**
     * The figures this evaluator can produce, {@code <column>} a column name.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        List<FigurePattern> patterns = new java.util.ArrayList<>(List.of(
                FigurePattern.of(HEADLINE)));
        patterns.addAll(FigurePattern.under("fidelity.column.<column>", "tvd", "ks",
                "wasserstein", "range_coverage", "category_coverage", "missing_rate_train",
                "missing_rate_synthetic"));
        return List.copyOf(patterns);
    }

    @Override
    public Category category() {
        return Category.FIDELITY;
    }

    @Override
    public String description() {
        return "Per-column distance between train and synthetic (total variation, "
                + "Kolmogorov-Smirnov, scaled Wasserstein), range and category coverage, with "
                + "bootstrap intervals and a train-holdout baseline.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(REPLICATES, Integer.toString(DEFAULT_REPLICATES),
                "bootstrap replicates per interval, 50 to 100000"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return context.schema().analysable().length == 0
                ? Optional.of("the schema has no columns other than identifiers")
                : Optional.empty();
    }

    /**
     * Checks every parameter's name and range without running.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        replicates(parameters);
    }

    /**
     * Computes every column's distance and the mean over the defined ones.
     *
     * @param context the audit; the first synthetic release is scored
     * @return the finding, headline first
     * @throws org.synthaudit.core.InputException if a parameter is unknown or out of range
     * @throws IllegalArgumentException if the tables do not share the context's schema
     */
    @Override
    public Finding evaluate(AuditContext context) {
        PercentileBootstrap bootstrap = new PercentileBootstrap(replicates(context), LEVEL);
        Dataset train = context.train();
        Dataset synthetic = context.synthetic();
        Dataset holdout = context.holdout();
        requireSchema(context.schema(), train, synthetic, holdout);

        ColumnComparison comparison = new ColumnComparison(bootstrap, context.seeds().child(ID));
        int[] columns = context.schema().analysable();
        List<ColumnResult> results = context.pool().submit(() -> Arrays.stream(columns)
                .parallel()
                .mapToObj(c -> comparison.compare(c, train, synthetic, holdout))
                .toList()).join();

        List<Figure> figures = new ArrayList<>();
        figures.add(headline(results));
        results.forEach(r -> figures.addAll(r.figures()));
        List<String> notes = notes(context, results);
        return new Finding(ID, title(), category(), "", HEADLINE, figures,
                marginals(columns, train, synthetic, notes), notes, null);
    }

    /** The marginal charts of the first {@link #MAX_CHARTS} columns; a note says if more. */
    private static List<Bars> marginals(int[] columns, Dataset train, Dataset synthetic,
            List<String> notes) {
        int drawn = Math.min(columns.length, MAX_CHARTS);
        if (drawn < columns.length) {
            notes.add("Marginal charts for the first " + drawn + " of " + columns.length
                    + " columns; the figures cover all of them.");
        }
        return Arrays.stream(columns, 0, drawn)
                .mapToObj(c -> MarginalCharts.of(c, train, synthetic)).toList();
    }

    private static int replicates(AuditContext context) {
        return replicates(context.parametersOf(ID));
    }

    private static int replicates(Parameters parameters) {
        parameters.requireOnly(Set.of(REPLICATES));
        return parameters.integer(REPLICATES, DEFAULT_REPLICATES, 50, 100_000);
    }

    private static void requireSchema(Schema schema, Dataset... tables) {
        for (Dataset table : tables) {
            if (!table.schema().equals(schema)) {
                throw new IllegalArgumentException("table '" + table.name()
                        + "' does not have the audit's schema");
            }
        }
    }

    /**
     * The headline: the mean distance over the columns whose distance is defined, with the mean
     * of their baselines.
     *
     * @param results every analysable column's result, in schema order
     * @return the headline figure, undefined with the reason when no distance is defined
     */
    static Figure headline(List<ColumnResult> results) {
        List<Estimate.Value> distances = new ArrayList<>();
        List<Estimate.Value> baselines = new ArrayList<>();
        List<String> withoutBaseline = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (ColumnResult result : results) {
            if (result.distance() instanceof Estimate.Undefined undefined) {
                leftOut.add(result.column() + " (" + undefined.reason() + ")");
            }
            if (result.distance() instanceof Estimate.Value distance) {
                distances.add(distance);
                if (result.baseline() instanceof Estimate.Value baseline) {
                    baselines.add(baseline);
                } else {
                    withoutBaseline.add(result.column());
                }
            }
        }

        if (distances.isEmpty()) {
            String reason = results.isEmpty() ? "no analysable columns"
                    : "no column distance could be computed";
            return headlineFigure(Estimate.undefined(reason), Estimate.undefined(reason), "");
        }
        Estimate baseline = withoutBaseline.isEmpty()
                ? mean(baselines, "mean of the train-holdout distances of the same columns")
                : Estimate.undefined("no train-holdout baseline for column(s) "
                        + String.join(", ", withoutBaseline));
        String partial = leftOut.isEmpty() ? "" : ", " + distances.size() + " of "
                + results.size() + " columns; left out: " + String.join(", ", leftOut);
        return headlineFigure(mean(distances, "mean of the " + distances.size()
                + " defined column distances (total variation for categorical and boolean, "
                + "Kolmogorov-Smirnov for numeric and datetime columns)" + partial), baseline,
                partial);
    }

    /**
     * The headline figure; a mean over only some columns says so in its label, since a column
     * left out (a numeric synthetic column that is all missing, say) would otherwise leave a
     * perfect-looking mean where a categorical column in the same state counts as 1.
     */
    private static Figure headlineFigure(Estimate estimate, Estimate baseline, String partial) {
        return new Figure(HEADLINE, "Mean per-column distance" + partial, null, estimate,
                baseline, Bounds.UNIT, Sense.HIGHER_IS_WORSE);
    }

    /** The mean of estimates, with the mean of their lower and upper ends as its interval. */
    private static Estimate mean(List<Estimate.Value> estimates, String method) {
        double value = 0;
        double lower = 0;
        double upper = 0;
        double level = 1;
        for (Estimate.Value e : estimates) {
            value += e.value();
            lower += e.lower();
            upper += e.upper();
            level = Math.min(level, e.level());
        }
        int k = estimates.size();
        return Estimate.of(value / k, lower / k, upper / k, level, method + "; interval: the "
                + "mean of the column intervals' ends (exact when the column distances move "
                + "together, wider than needed when they vary independently)");
    }

    private static List<String> notes(AuditContext context, List<ColumnResult> results) {
        List<String> notes = new ArrayList<>();
        notes.add("Distances compare the non-missing values of train and the synthetic release; "
                + "missing rates are reported as separate figures.");
        notes.add("Baselines are the same distances between train and holdout, two real "
                + "samples: what sampling noise alone gives.");
        if (context.releases().size() > 1) {
            notes.add("Scored the first of " + context.releases().size()
                    + " synthetic releases.");
        }
        Schema schema = context.schema();
        int[] identifiers = schema.identifiers();
        if (identifiers.length > 0) {
            notes.add("Identifier columns left out: " + String.join(", ", Arrays.stream(
                    identifiers).mapToObj(c -> schema.column(c).name()).toList()) + ".");
        }
        long computed = 0;
        for (ColumnResult result : results) {
            if (result.note() != null) {
                notes.add(result.note());
            }
            if (result.distance() instanceof Estimate.Undefined(String reason)) {
                notes.add("Column '" + result.column() + "' left out of the mean distance: "
                        + reason + ".");
            } else {
                computed++;
            }
        }
        notes.add(computed + " of " + results.size() + " column figures computed.");
        return notes;
    }
}
