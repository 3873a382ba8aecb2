package org.synthaudit.metrics.utility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.split.Splits;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.metrics.models.Comparison;
import org.synthaudit.metrics.models.FeatureSelection;
import org.synthaudit.metrics.models.Learner;
import org.synthaudit.metrics.models.ModelRun;
import org.synthaudit.metrics.models.ModelRuns;
import org.synthaudit.metrics.models.TargetColumn;
import org.synthaudit.metrics.models.TestRows;
import org.synthaudit.metrics.stats.PairedBootstrap;

/**
 * Train on synthetic, test on real (TSTR; Esteban, Hyland and Rätsch, 2017, "Real-valued
 * (medical) time series generation with recurrent conditional GANs", arXiv:1706.02633): a
 * logistic regression, a random forest and a gradient-boosted ensemble are trained on the
 * synthetic release to predict the target column and scored on the real holdout rows. The
 * baseline of each score is the same model trained on the real training table and scored on the
 * same rows (train real, test real: TRTR), so the ratio TSTR / TRTR near 1 and the difference
 * near 0 mean that the synthetic data trains models as well as the real data.
 *
 * <p>Classification (a categorical or boolean target): accuracy (Wilson interval), macro F1
 * (bootstrap interval) and ROC AUC (binary: the probability of the rarer training class ranked
 * with the DeLong interval; more classes: the mean of one-versus-rest AUCs, bootstrap interval).
 * Regression (a numeric target): R² and RMSE, bootstrap intervals. Ratios and differences have
 * paired percentile bootstrap intervals: each replicate resamples the holdout rows once and
 * rescores both models on them. A ratio over a TRTR score of 0 (or a non-positive R²) is
 * undefined. A model that cannot be trained (a training table with a single class) leaves its
 * figures undefined with the reason.
 *
 * <p>Features are every analysable column except the target and the columns listed in the
 * {@code exclude} parameter; categories span the audit's shared vocabulary, so a holdout row with
 * a category the synthetic data never produced is still scored, and their number is reported.
 *
 * <p>Figures: {@code utility.tstr.<model>.<score>}, {@code ..._ratio} and
 * {@code ..._difference} for each model ({@code logistic_regression} or, for a numeric target,
 * {@code linear_regression}; {@code random_forest}; {@code gradient_boosting}) and score
 * ({@code accuracy}, {@code macro_f1}, {@code auc}; or {@code r2}, {@code rmse}); and
 * {@code utility.tstr.unseen_category_rows}. The headline is the random forest's ratio
 * ({@code utility.tstr.random_forest.auc_ratio}, or {@code ...r2_ratio} for a numeric target):
 * a fixed, robust model rather than the best of three, which would select on noise.
 */
public final class TrainSyntheticTestReal implements Evaluator {
    /** The evaluator id. */
    public static final String ID = "utility.tstr";
    /** The confidence level of every interval. */
    public static final double LEVEL = 0.95;

    private static final String REPLICATES = "replicates";
    private static final int DEFAULT_REPLICATES = 200;

    /** Creates the evaluator. */
    public TrainSyntheticTestReal() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Utility: train on synthetic, test on real";
    }

    /**
     * The figures this evaluator can produce: for each learner and score, the score of the model
     * trained on synthetic data, its ratio and its difference to the model trained on real data.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        List<FigurePattern> patterns = new ArrayList<>(FigurePattern.under(ID,
                "unseen_category_rows"));
        for (Learner learner : Learner.values()) {
            for (String name : new java.util.TreeSet<>(List.of(learner.id(true),
                    learner.id(false)))) {
                for (UtilityMetric metric : UtilityMetric.values()) {
                    patterns.addAll(FigurePattern.under(ID + "." + name, metric.id(),
                            metric.id() + "_ratio", metric.id() + "_difference"));
                }
            }
        }
        return List.copyOf(patterns);
    }

    @Override
    public Category category() {
        return Category.UTILITY;
    }

    @Override
    public String description() {
        return "Models trained on synthetic vs on real data, scored on the holdout (TSTR vs "
                + "TRTR; Esteban et al. 2017): accuracy, macro F1, ROC AUC or R², RMSE.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(REPLICATES, Integer.toString(DEFAULT_REPLICATES),
                        "bootstrap replicates per interval, 50 to 100000"),
                new Parameter(FeatureSelection.EXCLUDE, null,
                        "columns left out of the models' features, e.g. outcomes recorded "
                                + "after the target; a list of column names"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        Optional<TargetColumn> target = TargetColumn.of(context.schema());
        if (target.isEmpty()) {
            return Optional.of("no column has the role target, so there is nothing for a "
                    + "downstream model to predict");
        }
        FeatureSelection selection = FeatureSelection.of(context.schema(), target.get(),
                context.parametersOf(ID));
        if (selection.columns().isEmpty()) {
            return Optional.of("no feature columns: every column other than the target '"
                    + target.get().name() + "' is an identifier or excluded");
        }
        if (target.get().rowsWithValue(context.holdout()).length == 0) {
            return Optional.of("the holdout has no rows with a value of the target '"
                    + target.get().name() + "' to score models on");
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
        replicates(parameters);
        FeatureSelection.names(parameters);
    }

    /**
     * Checks the parameters and that {@value FeatureSelection#EXCLUDE} names columns of the
     * audit other than the target.
     *
     * @param parameters the user's parameters
     * @param splits the real splits, for their schema
     */
    @Override
    public void validate(Parameters parameters, Splits splits) {
        validate(parameters);
        Schema schema = splits.train().schema();
        TargetColumn.of(schema).ifPresent(t -> FeatureSelection.of(schema, t, parameters));
    }

    private static int replicates(Parameters parameters) {
        parameters.requireOnly(Set.of(REPLICATES, FeatureSelection.EXCLUDE));
        return parameters.integer(REPLICATES, DEFAULT_REPLICATES, 50, 100_000);
    }

    /**
     * Trains and scores the models.
     *
     * @param context the audit; the first synthetic release is scored
     * @return the finding, headline first
     * @throws org.synthaudit.core.InputException if a parameter is unknown or out of range
     * @throws java.util.NoSuchElementException if the audit has no target column (see
     *     {@link #inapplicable})
     */
    @Override
    public Finding evaluate(AuditContext context) {
        Parameters parameters = context.parametersOf(ID);
        PairedBootstrap bootstrap = new PairedBootstrap(replicates(parameters), LEVEL);
        TargetColumn target = TargetColumn.of(context.schema()).orElseThrow();
        FeatureSelection selection = FeatureSelection.of(context.schema(), target, parameters);

        List<Comparison> comparisons = Arrays.stream(Learner.values())
                .map(learner -> ModelRuns.compare(context, selection, learner)).toList();
        TestRows test = comparisons.getFirst().test();
        Task task = Task.of(target, context.train(), test);
        List<MetricFigures> scored = scored(comparisons, task, bootstrap);
        double[][] replicates = bootstrap.replicate(new int[] {test.size()},
                context.seeds().child(ID).child("bootstrap"), context.pool(), statistics(scored));

        List<Figure> figures = new ArrayList<>();
        int[] units = PairedBootstrap.unitWeights(test.size())[0];
        for (int i = 0; i < scored.size(); i++) {
            figures.addAll(scored.get(i).figures(units, replicates[2 * i],
                    replicates[2 * i + 1], task));
        }
        figures.add(unseenFigure(comparisons.getFirst()));
        String headline = "utility.tstr." + Learner.RANDOM_FOREST.id(target.categorical()) + "."
                + (target.categorical() ? "auc" : "r2") + "_ratio";
        return new Finding(ID, title(), category(), "", headline, headlineFirst(figures,
                headline), List.of(), notes(context, selection, comparisons, task, figures),
                null);
    }

    private static List<MetricFigures> scored(List<Comparison> comparisons, Task task,
            PairedBootstrap bootstrap) {
        List<MetricFigures> scored = new ArrayList<>();
        boolean categorical = task.target().categorical();
        for (Comparison comparison : comparisons) {
            SideScores synthetic = new SideScores(task, comparison.test(),
                    comparison.synthetic().predictions());
            SideScores real = new SideScores(task, comparison.test(),
                    comparison.real().predictions());
            for (UtilityMetric metric : UtilityMetric.of(categorical)) {
                scored.add(new MetricFigures("utility.tstr." + comparison.learner()
                        .id(categorical), comparison.learner().label(categorical), metric,
                        synthetic, real, bootstrap));
            }
        }
        return scored;
    }

    /** Two statistics per scored metric: TSTR, then TRTR. */
    private static List<PairedBootstrap.Statistic> statistics(List<MetricFigures> scored) {
        List<PairedBootstrap.Statistic> statistics = new ArrayList<>();
        for (MetricFigures figures : scored) {
            statistics.add(w -> figures.synthetic().score(figures.metric(), w[0]));
            statistics.add(w -> figures.real().score(figures.metric(), w[0]));
        }
        return statistics;
    }

    private static Figure unseenFigure(Comparison comparison) {
        ModelRun synthetic = comparison.synthetic();
        ModelRun real = comparison.real();
        return new Figure("utility.tstr.unseen_category_rows",
                "Holdout rows with a category the synthetic release never holds", null,
                Estimate.exact(synthetic.unseenTestRows(), "count of the " + comparison.test()
                        .size() + " holdout rows scored holding a category absent from the "
                        + "synthetic training rows" + byColumn(synthetic.unseenCellsByColumn())),
                Estimate.exact(real.unseenTestRows(), "count of the holdout rows holding a "
                        + "category absent from the real training rows"
                        + byColumn(real.unseenCellsByColumn())),
                Bounds.NON_NEGATIVE, Sense.NEUTRAL);
    }

    private static String byColumn(Map<String, Integer> cells) {
        if (cells.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        cells.forEach((column, count) -> parts.add(column + " " + count));
        return " (cells per column: " + String.join(", ", parts) + ")";
    }

    private static List<Figure> headlineFirst(List<Figure> figures, String headline) {
        List<Figure> ordered = new ArrayList<>();
        figures.stream().filter(f -> f.id().equals(headline)).forEach(ordered::add);
        figures.stream().filter(f -> !f.id().equals(headline)).forEach(ordered::add);
        return ordered;
    }

    private static List<String> notes(AuditContext context, FeatureSelection selection,
            List<Comparison> comparisons, Task task, List<Figure> figures) {
        List<String> notes = new ArrayList<>();
        Comparison first = comparisons.getFirst();
        notes.add("Each model was trained on the synthetic release (" + first.synthetic()
                .trainingRows() + " rows) and on the real training table (" + first.real()
                .trainingRows() + " rows), and scored on the " + first.test().size()
                + " holdout rows with a value of the target '" + task.target().name() + "'.");
        notes.add("TSTR: train on synthetic, test on real; TRTR: train on real, test on real. "
                + "A ratio TSTR / TRTR near 1 and a difference near 0 mean the synthetic data "
                + "trains models as well as the real data.");
        if (task.binary()) {
            notes.add("ROC AUC ranks the holdout rows by the probability of class '"
                    + task.positiveLabel() + "', the rarer class of the training rows.");
        }
        notes.add("Intervals reflect the sampling of the holdout rows only, not the randomness "
                + "of the synthetic sample or of training: with another seed a TSTR score can "
                + "move by more than its interval, most of all when the release carries no "
                + "signal.");
        notes.add(features(context.schema(), selection));
        rowNotes(first, notes);
        if (context.releases().size() > 1) {
            notes.add("Scored the first of " + context.releases().size()
                    + " synthetic releases.");
        }
        long computed = figures.stream().filter(f -> f.estimate().isDefined()).count();
        notes.add(computed + " of " + figures.size() + " figures computed.");
        return notes;
    }

    private static String features(Schema schema, FeatureSelection selection) {
        String text = "Features: " + String.join(", ", selection.columns().stream()
                .map(c -> schema.column(c).name()).toList()) + ".";
        if (!selection.excluded().isEmpty()) {
            text += " Excluded by configuration: " + String.join(", ", selection.excluded())
                    + ".";
        }
        int[] identifiers = schema.identifiers();
        if (identifiers.length > 0) {
            text += " Identifier columns left out: " + String.join(", ", Arrays.stream(
                    identifiers).mapToObj(c -> schema.column(c).name()).toList()) + ".";
        }
        return text;
    }

    private static void rowNotes(Comparison first, List<String> notes) {
        if (first.test().droppedRows() > 0) {
            notes.add(first.test().droppedRows() + " holdout rows without a target value were "
                    + "not scored.");
        }
        for (ModelRun run : List.of(first.synthetic(), first.real())) {
            if (run.droppedTrainingRows() > 0) {
                notes.add(run.droppedTrainingRows() + " rows of the " + run.trainedOn()
                        + " table without a target value were not used for training.");
            }
        }
        ModelRun synthetic = first.synthetic();
        if (synthetic.unseenTestRows() > 0) {
            notes.add(synthetic.unseenTestRows() + " holdout rows hold a category the "
                    + "synthetic release never produced" + byColumn(synthetic
                            .unseenCellsByColumn()) + "; they are scored all the same, the "
                    + "models having learnt nothing about that category.");
        }
        if (!synthetic.predictions().isDefined()) {
            notes.add("No model could be trained on the synthetic release: "
                    + synthetic.predictions().undefinedReason() + ".");
        }
    }
}
