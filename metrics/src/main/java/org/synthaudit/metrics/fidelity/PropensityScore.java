package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Decimals;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.RocAnalysis;

/**
 * How well a classifier tells the synthetic rows from the real (train) rows: the propensity
 * score mean-squared error (pMSE) of Woo, Reiter, Oganian and Karr, "Global measures of data
 * utility for microdata masked for disclosure limitation", Journal of Privacy and
 * Confidentiality 1, 2009, as adapted to synthetic data by Snoke, Raab, Nowok, Dibben and
 * Slavkovic, "General and specific utility measures for synthetic data", JRSS A 181, 2018; and
 * the cross-validated ROC AUC of the same task, the "detection" metric of SDMetrics and
 * synthcity.
 *
 * <p>Rows: train and synthetic stacked, labelled 1 for synthetic ({@link PropensityData});
 * synthetic numeric and datetime values are first rounded to the precision the real data is
 * written with ({@link RealPrecision}), so that excess digits alone do not give a row away.
 * Tables larger than {@code max_rows} are replaced by a seeded random sample of that size.
 *
 * <p>Figures (ids under {@code fidelity.propensity.}):
 * <ul>
 *   <li>{@code auc} (headline): ROC AUC of a classification tree ({@link ClassificationTree},
 *       depth {@code tree_depth}, at least {@code min_leaf} rows per leaf) on held-out rows of a
 *       seeded {@code folds}-fold cross-validation (folds by a hash of the row, so equal rows
 *       share a fold; not stratified by class), all folds' held-out predictions pooled, with
 *       a DeLong interval. 0.5 means the classifier cannot tell the tables apart (baseline), 1
 *       that it always can. The tree sees interactions, such as
 *       combinations of values the real data never has.
 *   <li>{@code auc_logistic}: the same with the main-effects logistic regression.
 *   <li>{@code pmse}: {@code (1/N) sum_i (p_i - c)^2}, with p_i the fitted probability that
 *       row i is synthetic from a logistic regression with main effects fitted on all N rows
 *       ({@link LogisticModel}) and c the synthetic share; 0 when the model cannot tell the
 *       tables apart, at most {@code c (1 - c)}. With {@code s = (1 - c)^2 c / N},
 *       {@code T = pMSE / s} is asymptotically chi-squared with {@code k - 1} degrees of
 *       freedom for a correct synthesis model and k parameters (Snoke et al. 2018), and
 *       noncentral chi-squared with some noncentrality lambda otherwise; the interval is the
 *       normal approximation {@code s (T +- z sqrt(2 (k - 1 + 2 lambda)))} with lambda
 *       estimated by {@code max(0, T - (k - 1))}, cut at 0 and {@code c (1 - c)}. Baseline:
 *       the null expectation {@code (k - 1) s}, the value for a generator that samples from
 *       the true distribution, with the central 95 % of the null distribution
 *       {@code s chi2(k - 1)} as its interval.
 *   <li>{@code pmse_ratio}: pMSE over its null expectation, Snoke et al.'s standardised ratio;
 *       1 for a correct synthesis model.
 * </ul>
 * A main-effects model sees only one column at a time: a release that keeps every column's
 * distribution but breaks all links between columns has a pMSE near its null value; the tree's
 * AUC is the figure that catches it. Both are lower bounds on what a stronger classifier could
 * detect.
 */
public final class PropensityScore implements Evaluator {
    /** The evaluator id. */
    public static final String ID = "fidelity.propensity";
    /** The id of the headline figure. */
    public static final String HEADLINE = "fidelity.propensity.auc";
    /** The confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    private static final double Z = 1.959963984540054;
    private static final String FOLDS = "folds";
    private static final String TREE_DEPTH = "tree_depth";
    private static final String MIN_LEAF = "min_leaf";
    private static final String MAX_ROWS = "max_rows";

    /** Creates the evaluator. */
    public PropensityScore() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Fidelity: propensity (telling synthetic from real rows)";
    }

    /**
     * The figures this evaluator can produce.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        return FigurePattern.under(ID, "auc", "auc_logistic", "pmse", "pmse_ratio");
    }

    @Override
    public Category category() {
        return Category.FIDELITY;
    }

    @Override
    public String description() {
        return "pMSE (Snoke et al. 2018) and the cross-validated detection AUC of classifiers "
                + "separating synthetic from real rows, synthetic values rounded to the real "
                + "precision.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(FOLDS, "5", "cross-validation folds, 2 to 20"),
                new Parameter(TREE_DEPTH, "8", "depth limit of the classification tree, 1 to 30"),
                new Parameter(MIN_LEAF, "10", "fewest rows in a leaf of the tree, 1 to 100000"),
                new Parameter(MAX_ROWS, "50000", "most rows per table; larger tables are "
                        + "sampled, 100 to 10000000"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return context.schema().analysable().length == 0
                ? Optional.of("the schema has no columns other than identifiers")
                : Optional.empty();
    }

    /** The evaluator's parameters, checked. */
    private record Settings(int folds, int depth, int minLeaf, int maxRows) {
        static Settings of(Parameters parameters) {
            parameters.requireOnly(Set.of(FOLDS, TREE_DEPTH, MIN_LEAF, MAX_ROWS));
            return new Settings(parameters.integer(FOLDS, 5, 2, 20),
                    parameters.integer(TREE_DEPTH, 8, 1, 30),
                    parameters.integer(MIN_LEAF, 10, 1, 100_000),
                    parameters.integer(MAX_ROWS, 50_000, 100, 10_000_000));
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
     * Fits the classifiers and scores them.
     *
     * @param context the audit; the first synthetic release is scored
     * @return the finding, headline first
     * @throws org.synthaudit.core.InputException if a parameter is unknown or out of range
     */
    @Override
    public Finding evaluate(AuditContext context) {
        Settings settings = Settings.of(context.parametersOf(ID));
        Optional<String> reason = inapplicable(context);
        if (reason.isPresent()) {
            return Finding.skipped(ID, title(), category(), reason.get());
        }
        Seeds seeds = context.seeds().child(ID);
        Dataset train = capped(context.train(), settings.maxRows(), seeds.child("train-rows"));
        Dataset synthetic = capped(context.synthetic(), settings.maxRows(),
                seeds.child("synthetic-rows"));
        List<String> notes = notes(context, train, synthetic);
        if (train.rowCount() == 0 || synthetic.rowCount() == 0) {
            String why = (train.rowCount() == 0 ? "train" : "synthetic") + " table has no rows";
            return finding(Estimate.undefined(why), Estimate.undefined(why), undefinedPmse(why),
                    Bounds.UNIT, notes);
        }

        PropensityData data = PropensityData.of(train, synthetic);
        data.precisions().forEach(p -> notes.add("Synthetic " + p.column()
                + " rounded to the real precision: " + p.description() + "."));
        Estimate[] aucs = crossValidated(context, data, settings, seeds);
        belowChance("classification tree", aucs[0]).ifPresent(notes::add);
        belowChance("logistic regression", aucs[1]).ifPresent(notes::add);
        Estimate[] pmse = pmse(data);
        double c = (double) data.syntheticRows() / data.rows();
        double largest = Math.max(c, 1 - c);
        return finding(aucs[0], aucs[1], pmse, new Bounds(0, largest * largest), notes);
    }

    /**
     * The note on a detection AUC whose interval lies wholly below 0.5. A classifier scored on
     * held-out folds cannot be worse than chance at telling the tables apart unless the folds
     * work against it: with few rows, each fold's class shares move against those of the rows
     * it was fitted on (anti-learning). Such an AUC is reported as measured but is no evidence
     * that the tables are alike; the scorecard leaves it out.
     *
     * @param model which model, for the note
     * @param auc the cross-validated AUC
     * @return the note, or empty when the interval reaches 0.5 or the AUC is undefined
     */
    static Optional<String> belowChance(String model, Estimate auc) {
        if (auc instanceof Estimate.Value v && v.upper() < 0.5) {
            return Optional.of("The " + model + "'s detection AUC " + Decimals.format(v.value())
                    + " [" + Decimals.format(v.lower()) + ", " + Decimals.format(v.upper())
                    + "] lies wholly below 0.5: on held-out folds this is anti-learning (few "
                    + "rows, or folds whose class shares move against the rows the model was "
                    + "fitted on), not a sign that the tables are alike; read the pMSE, which "
                    + "is fitted on all rows.");
        }
        return Optional.empty();
    }

    private static Dataset capped(Dataset table, int maxRows, Seeds seeds) {
        if (table.rowCount() <= maxRows) {
            return table;
        }
        return table.select(table.name(), Subsamples.draw(table.rowCount(), maxRows, seeds));
    }

    /** The AUC of the tree and of the logistic regression on held-out folds. */
    private static Estimate[] crossValidated(AuditContext context, PropensityData data,
            Settings settings, Seeds seeds) {
        int synthetic = data.syntheticRows();
        int real = data.rows() - synthetic;
        if (Math.min(real, synthetic) < settings.folds()) {
            Estimate none = Estimate.undefined("too few rows for " + settings.folds()
                    + "-fold cross-validation: " + real + " real and " + synthetic
                    + " synthetic rows, need at least " + settings.folds() + " of each");
            return new Estimate[] {none, none};
        }
        int[] fold = folds(data, settings.folds(), seeds.child("folds"));
        double[][] scores = new double[2][data.rows()];
        List<double[][]> byFold = context.pool().submit(() -> IntStream
                .range(0, settings.folds()).parallel()
                .mapToObj(f -> heldOut(data, fold, f, settings)).toList()).join();
        for (int f = 0; f < byFold.size(); f++) {
            for (int i = 0; i < data.rows(); i++) {
                if (fold[i] == f) {
                    scores[0][i] = byFold.get(f)[0][i];
                    scores[1][i] = byFold.get(f)[1][i];
                }
            }
        }
        String folds = settings.folds() + "-fold cross-validation (folds by a seeded hash of "
                + "the row, so equal rows share a fold), held-out predictions of all folds "
                + "pooled";
        return new Estimate[] {
            auc(data, scores[0], "classification tree (depth " + settings.depth()
                    + ", at least " + settings.minLeaf() + " rows per leaf); " + folds),
            auc(data, scores[1], "logistic regression with main effects; " + folds)};
    }

    /**
     * Assigns every row a fold by a seeded hash of its features, so that equal rows share a
     * fold: a synthetic copy of a real row is never judged by a model that saw its twin.
     */
    private static int[] folds(PropensityData data, int folds, Seeds seeds) {
        int[] fold = new int[data.rows()];
        long salt = seeds.seed();
        for (int i = 0; i < data.rows(); i++) {
            long hash = RowHash.EMPTY;
            for (int a = data.rowStart()[i]; a < data.rowStart()[i + 1]; a++) {
                hash = RowHash.number(RowHash.code(hash, data.index()[a]), data.value()[a]);
            }
            fold[i] = (int) Math.floorMod(RowHash.finish(hash ^ salt), (long) folds);
        }
        return fold;
    }

    /** Fits both models without fold f and predicts fold f: [model][row]. */
    private static double[][] heldOut(PropensityData data, int[] fold, int f,
            Settings settings) {
        int[] fitRows = IntStream.range(0, data.rows()).filter(i -> fold[i] != f).toArray();
        ClassificationTree tree = ClassificationTree.grow(data.bins(), data.binCounts(),
                data.ordered(), data.labels(), fitRows, settings.depth(), settings.minLeaf());
        LogisticModel logistic = LogisticModel.fit(data, Resample.of(fitRows));
        double[][] scores = new double[2][data.rows()];
        for (int i = 0; i < data.rows(); i++) {
            if (fold[i] == f) {
                scores[0][i] = tree.predict(data.bins(), i);
                scores[1][i] = logistic.probability(data, i);
            }
        }
        return scores;
    }

    private static Estimate auc(PropensityData data, double[] scores, String model) {
        double[] synthetic = IntStream.range(0, data.rows()).filter(i -> data.labels()[i] == 1)
                .mapToDouble(i -> scores[i]).toArray();
        double[] real = IntStream.range(0, data.rows()).filter(i -> data.labels()[i] == 0)
                .mapToDouble(i -> scores[i]).toArray();
        Estimate auc = RocAnalysis.of(synthetic, real).auc(LEVEL);
        if (auc instanceof Estimate.Value v) {
            return Estimate.of(v.value(), v.lower(), v.upper(), v.level(), "detection ROC AUC "
                    + "of a " + model + ", synthetic rows the positives; " + v.method());
        }
        return auc;
    }

    /**
     * The pMSE and its ratio to the null expectation, each with its baseline.
     *
     * <p>With {@code s = (1 - c)^2 c / N}, {@code T = pMSE / s} is asymptotically chi-squared
     * with {@code k - 1} degrees of freedom for a correct synthesis model (Snoke et al. 2018),
     * and noncentral chi-squared, with a noncentrality {@code lambda}, for a model that differs
     * from the truth in the directions the logistic regression sees. The interval is the normal
     * approximation {@code T +- z sqrt(2 (k - 1 + 2 lambda))}, lambda estimated by
     * {@code max(0, T - (k - 1))}, times s, cut at 0 and at the largest possible pMSE
     * {@code c (1 - c)}.
     */
    private static Estimate[] pmse(PropensityData data) {
        int n = data.rows();
        int synthetic = data.syntheticRows();
        double c = (double) synthetic / n;
        int k = data.parameters();
        if (k < 2) {
            return undefinedPmse("the logistic regression has no parameter besides the "
                    + "intercept: every column is constant in the pooled rows");
        }
        LogisticModel model = LogisticModel.fit(data, Resample.all(n));
        double point = 0;
        for (int i = 0; i < n; i++) {
            double gap = model.probability(data, i) - c;
            point += gap * gap;
        }
        point /= n;

        double scale = (1 - c) * (1 - c) * c / n;
        double expected = (k - 1) * scale;
        double statistic = point / scale;
        double lambda = Math.max(0, statistic - (k - 1));
        double half = Z * Math.sqrt(2 * (k - 1 + 2 * lambda)) * scale;
        double lower = Math.max(0, point - half);
        double upper = Math.min(c * (1 - c), point + half);
        String cut = point + half > upper ? ", upper end cut at the largest possible pMSE "
                + "c (1 - c)" : "";
        Estimate estimate = Estimate.of(point, lower, upper, LEVEL, "pMSE of a logistic "
                + "regression with main effects (k = " + k + " parameters) on " + n + " rows, "
                + "synthetic share c = " + c + "; interval: normal approximation to the "
                + "noncentral chi2(" + (k - 1) + ") distribution of N pMSE / ((1 - c)^2 c), "
                + "noncentrality by the method of moments, lower end cut at 0" + cut);
        Estimate ratio = Estimate.of(point / expected, lower / expected, upper / expected,
                LEVEL, "pMSE divided by its null expectation " + expected
                        + " (Snoke et al. 2018); interval as the pMSE's");

        ChiSquaredDistribution nullDistribution = new ChiSquaredDistribution(null, k - 1);
        double low = nullDistribution.inverseCumulativeProbability((1 - LEVEL) / 2);
        double high = nullDistribution.inverseCumulativeProbability((1 + LEVEL) / 2);
        if (scale * high > c * (1 - c)) {
            return undefinedPmse("too few rows (" + n + ") for the asymptotic distribution of "
                    + "the pMSE with " + k + " parameters, on which its interval and its "
                    + "baseline rest");
        }
        Estimate baseline = Estimate.of(expected, scale * low, scale * high, LEVEL,
                "null expectation (k - 1)(1 - c)^2 c / N of Snoke et al. (2018) with k = " + k
                        + "; interval: the central 95% of the null distribution "
                        + "(1 - c)^2 c / N * chi2(" + (k - 1) + ")");
        Estimate ratioBaseline = Estimate.of(1, low / (k - 1), high / (k - 1), LEVEL,
                "the ratio's null expectation, with the central 95% of chi2(" + (k - 1) + ") / "
                        + (k - 1));
        return new Estimate[] {estimate, baseline, ratio, ratioBaseline};
    }

    private static Estimate[] undefinedPmse(String reason) {
        Estimate none = Estimate.undefined(reason);
        return new Estimate[] {none, none, none, none};
    }

    /**
     * The finding. The pMSE is declared in {@code [0, max(c, 1 - c)^2]}: each squared gap
     * {@code (p_i - c)^2} is at most that (the fitted model itself stays below
     * {@code c (1 - c)}, since its probabilities average c).
     */
    private Finding finding(Estimate tree, Estimate logistic, Estimate[] pmse,
            Bounds pmseBounds, List<String> notes) {
        Estimate half = Estimate.exact(0.5, "a classifier that cannot tell the tables apart");
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure(HEADLINE, "Detection AUC (classification tree)", null, tree, half,
                        Bounds.UNIT, Sense.HIGHER_IS_WORSE),
                new Figure(ID + ".auc_logistic", "Detection AUC (logistic regression)", null,
                        logistic, half, Bounds.UNIT, Sense.HIGHER_IS_WORSE),
                new Figure(ID + ".pmse", "Propensity score mean-squared error (pMSE)", null,
                        pmse[0], pmse[1], pmseBounds, Sense.HIGHER_IS_WORSE),
                new Figure(ID + ".pmse_ratio", "pMSE ratio to its null expectation", null,
                        pmse[2], pmse[3], Bounds.NON_NEGATIVE, Sense.HIGHER_IS_WORSE)));
        return new Finding(ID, title(), category(), "", HEADLINE, figures, List.of(), notes,
                null);
    }

    private static List<String> notes(AuditContext context, Dataset train, Dataset synthetic) {
        List<String> notes = new ArrayList<>();
        notes.add("Classified " + train.rowCount() + " train rows against "
                + synthetic.rowCount() + " synthetic rows.");
        if (train.rowCount() < context.train().rowCount()
                || synthetic.rowCount() < context.synthetic().rowCount()) {
            notes.add("Tables above max_rows were replaced by a seeded random sample: train "
                    + context.train().rowCount() + " -> " + train.rowCount() + ", synthetic "
                    + context.synthetic().rowCount() + " -> " + synthetic.rowCount() + ".");
        }
        notes.add("Features: coded columns one indicator per level (missing a level, the most "
                + "frequent level the reference), numeric columns standardised with a missing "
                + "indicator; the trees use up to " + PropensityData.QUANTILE_BINS
                + " quantile bins per numeric column.");
        notes.add("A main-effects logistic regression sees one column at a time, so the pMSE "
                + "misses broken links between columns; the tree's AUC can see them. Both are "
                + "lower bounds on what a stronger classifier could detect.");
        if (context.releases().size() > 1) {
            notes.add("Scored the first of " + context.releases().size()
                    + " synthetic releases.");
        }
        if (context.schema().identifiers().length > 0) {
            notes.add("Identifier columns left out: " + String.join(", ", Arrays.stream(
                    context.schema().identifiers()).mapToObj(c -> context.schema().column(c)
                            .name()).toList()) + ".");
        }
        return notes;
    }
}
