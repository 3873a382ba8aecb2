package org.synthaudit.metrics.fairness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Bars;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.split.Splits;
import org.synthaudit.metrics.models.Comparison;
import org.synthaudit.metrics.models.FeatureSelection;
import org.synthaudit.metrics.models.Learner;
import org.synthaudit.metrics.models.ModelRuns;
import org.synthaudit.metrics.models.TargetColumn;
import org.synthaudit.metrics.stats.PairedBootstrap;

/**
 * Group fairness of the synthetic release against the real data, for every protected attribute
 * and every intersection of two (see {@link AttributeSet}).
 *
 * <ul>
 *   <li>In the data ({@link DataBias}): each group's share of the rows and the base rate of the
 *       positive class in the real training table and in the synthetic release, with their
 *       differences, and the gap between the largest and the smallest base rate with its change:
 *       a generator that erases or invents a difference between groups shows there.
 *   <li>In models ({@link ModelBias}): demographic parity difference, equalised odds difference,
 *       equal opportunity difference and disparate impact ratio of a random forest trained on the
 *       synthetic release and of one trained on the real training table, both judged on the
 *       holdout rows; the change (synthetic - real) is the bias the generator added or removed
 *       (bias amplification in the sense of Zhao et al., 2017, "Men also like shopping", EMNLP).
 *       Per group, each model's accuracy and ROC AUC.
 * </ul>
 *
 * <p>The models are the random forests of {@code utility.tstr} (trained once per audit when both
 * evaluators use the same {@code exclude} list); protected attributes are among their features.
 * The positive class is the {@code positive} parameter, else the rarer class of the training
 * rows. A group needs {@code min_group_size} rows in a table to be scored there; smaller groups,
 * and a group of missing values, {@code (missing)}, are listed with undefined figures that give n.
 *
 * <p>Figures: per group {@code fairness.<set>.<group>.share}, {@code .share_difference},
 * {@code .base_rate}, {@code .base_rate_difference}, {@code .accuracy}, {@code .auc}; per set
 * {@code fairness.<set>.share_tvd}, {@code .base_rate_gap}, {@code .base_rate_gap_change} and,
 * for each measure, {@code fairness.<set>.<measure>} and {@code fairness.<set>.<measure>_change}
 * with the measures {@code demographic_parity_difference}, {@code equalized_odds_difference},
 * {@code equal_opportunity_difference}, {@code disparate_impact_ratio}. A set is named after its
 * column, or two columns joined by {@code &}. The headline is the change of the demographic
 * parity difference over the first protected attribute, or its {@code share_tvd} when there is
 * no categorical target.
 */
public final class GroupFairness implements Evaluator {
    /** The evaluator id. */
    public static final String ID = "fairness";
    /** The confidence level of every interval. */
    public static final double LEVEL = 0.95;

    private static final String MIN_GROUP_SIZE = "min_group_size";
    private static final int DEFAULT_MIN_GROUP_SIZE = 30;
    private static final String POSITIVE = "positive";
    private static final String CUT_POINTS = "cut_points";
    private static final String REPLICATES = "replicates";
    private static final int DEFAULT_REPLICATES = 200;

    /** Creates the evaluator. */
    public GroupFairness() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Fairness: groups in the data and in models, synthetic against real";
    }

    /**
     * The figures this evaluator can produce, {@code <attribute>} a protected column or a pair of
     * them joined by {@code &}, {@code <group>} one of its groups.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        List<FigurePattern> patterns = new ArrayList<>(FigurePattern.under(
                ID + ".<attribute>.<group>", "share", "share_difference", "base_rate",
                "base_rate_difference", "accuracy", "auc"));
        patterns.addAll(FigurePattern.under(ID + ".<attribute>", "share_tvd", "base_rate_gap",
                "base_rate_gap_change"));
        for (BiasMeasure measure : BiasMeasure.values()) {
            patterns.addAll(FigurePattern.under(ID + ".<attribute>", measure.id(),
                    measure.id() + "_change"));
        }
        return List.copyOf(patterns);
    }

    @Override
    public Category category() {
        return Category.FAIRNESS;
    }

    @Override
    public String description() {
        return "Group shares, base rates and model bias (demographic parity, equalised odds, "
                + "equal opportunity, disparate impact), synthetic against real.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(MIN_GROUP_SIZE, Integer.toString(DEFAULT_MIN_GROUP_SIZE),
                        "fewest rows a group needs in a table to be scored there, 1 to 1000000"),
                new Parameter(POSITIVE, null, "the label of the positive class of the target; "
                        + "default: the rarer class of the training rows"),
                new Parameter(CUT_POINTS, null, "cut points of numeric protected columns, e.g. "
                        + "{age: [25]}; default: the quartiles of the training rows"),
                new Parameter(REPLICATES, Integer.toString(DEFAULT_REPLICATES),
                        "bootstrap replicates per interval, 50 to 100000"),
                new Parameter(FeatureSelection.EXCLUDE, null,
                        "columns left out of the models' features; a list of column names"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return context.schema().withRole(Role.PROTECTED).length == 0
                ? Optional.of("no column has the role protected, so there are no groups to "
                        + "compare")
                : Optional.empty();
    }

    /**
     * Checks every parameter's name and range without running.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        parameters.requireOnly(Set.of(MIN_GROUP_SIZE, POSITIVE, CUT_POINTS, REPLICATES,
                FeatureSelection.EXCLUDE));
        parameters.integer(MIN_GROUP_SIZE, DEFAULT_MIN_GROUP_SIZE, 1, 1_000_000);
        parameters.integer(REPLICATES, DEFAULT_REPLICATES, 50, 100_000);
        FeatureSelection.names(parameters);
    }

    /**
     * Checks the parameters against the audit's schema: the cut points name numeric protected
     * columns, the positive class is a class of the target, the excluded columns exist.
     *
     * @param parameters the user's parameters
     * @param splits the real splits, for their schema and the target's classes
     */
    @Override
    public void validate(Parameters parameters, Splits splits) {
        validate(parameters);
        Schema schema = splits.train().schema();
        cutPoints(parameters, schema);
        TargetColumn target = TargetColumn.of(schema).filter(TargetColumn::categorical)
                .orElse(null);
        positiveClass(parameters, splits.train(), target);
        if (target != null) {
            FeatureSelection.of(schema, target, parameters);
        }
    }

    /**
     * Compares the groups.
     *
     * @param context the audit; the first synthetic release is scored
     * @return the finding, headline first
     * @throws InputException if a parameter is unknown, out of range or names a wrong column or
     *     class
     */
    @Override
    public Finding evaluate(AuditContext context) {
        Parameters parameters = context.parametersOf(ID);
        validate(parameters);
        TargetColumn target = TargetColumn.of(context.schema()).filter(TargetColumn::categorical)
                .orElse(null);
        int positive = positiveClass(parameters, context.train(), target);
        Settings settings = new Settings(parameters.integer(MIN_GROUP_SIZE,
                DEFAULT_MIN_GROUP_SIZE, 1, 1_000_000), new PairedBootstrap(parameters.integer(
                        REPLICATES, DEFAULT_REPLICATES, 50, 100_000), LEVEL),
                context.seeds().child(ID), context.pool(), positive, positive < 0 ? null
                        : context.train().vocabulary(target.index()).label(positive));
        List<AttributeSet> sets = AttributeSet.singlesAndPairs(attributes(context, parameters));
        List<String> notes = new ArrayList<>();
        Comparison comparison = positive < 0 ? null : comparison(context, target, parameters,
                notes);

        List<Figure> figures = new ArrayList<>();
        List<Bars> charts = new ArrayList<>();
        for (AttributeSet set : sets) {
            boolean[] listed = listedGroups(set, context);
            List<Figure> data = new DataBias(set, settings).figures(context.train(),
                    context.synthetic(), positive < 0 ? null : target, listed);
            figures.addAll(data);
            charts.addAll(groupCharts(set, data, settings));
            if (comparison != null) {
                figures.addAll(new ModelBias(set, settings).figures(comparison, listed));
            }
            notes.addAll(tooSmallNote(set, context, settings, listed));
        }
        String headline = "fairness." + sets.getFirst().name() + "." + (comparison != null
                ? BiasMeasure.DEMOGRAPHIC_PARITY_DIFFERENCE.id() + "_change" : "share_tvd");
        notes.addAll(0, leadNotes(context, sets, settings, target, parameters));
        long computed = figures.stream().filter(f -> f.estimate().isDefined()).count();
        notes.add(computed + " of " + figures.size() + " figures computed.");
        return new Finding(ID, title(), category(), "", headline, headlineFirst(figures,
                headline), charts, notes, null);
    }

    /**
     * The set's groups as grouped bars, real against synthetic: their shares of the rows and,
     * with a target, their base rates, read from the figures (the estimate is the synthetic
     * value, the baseline the real one). A group too small to score has undefined bars.
     */
    private static List<Bars> groupCharts(AttributeSet set, List<Figure> figures,
            Settings settings) {
        List<Bars> charts = new ArrayList<>();
        String prefix = "fairness." + set.name() + ".";
        charts.add(groupChart(set, figures, prefix, "share", "groups." + set.name()
                + ".share", "Share of the rows per group of " + set.name(), "share of the rows",
                settings));
        if (settings.positive() >= 0) {
            charts.add(groupChart(set, figures, prefix, "base_rate", "groups." + set.name()
                    + ".base_rate", "Base rate of '" + settings.positiveLabel() + "' per group of "
                    + set.name(), "base rate", settings));
        }
        return charts;
    }

    private static Bars groupChart(AttributeSet set, List<Figure> figures, String prefix,
            String name, String id, String label, String valueLabel, Settings settings) {
        List<String> groups = new ArrayList<>();
        List<Estimate> real = new ArrayList<>();
        List<Estimate> synthetic = new ArrayList<>();
        for (Figure f : figures) {
            if (f.subject() != null && f.id().equals(prefix + f.subject() + "." + name)) {
                groups.add(f.subject());
                real.add(f.baseline());
                synthetic.add(f.estimate());
            }
        }
        List<String> notes = List.of("Real is the training table; error bars are 95 % Wilson "
                + "score intervals; a group below the minimum size " + settings.minGroupSize()
                + " is not scored and has no bars.");
        return new Bars(id, label, set.name(), valueLabel, groups, List.of(
                new Bars.BarSeries("real", real), new Bars.BarSeries("synthetic", synthetic)),
                notes);
    }

    private static int positiveClass(Parameters parameters, Dataset train,
            TargetColumn target) {
        Object configured = parameters.values().get(POSITIVE);
        if (target == null) {
            if (configured != null) {
                throw parameters.invalid(POSITIVE, "needs a categorical or boolean target "
                        + "column; the audit has none");
            }
            return -1;
        }
        if (configured == null) {
            OptionalInt rarer = target.rarerClass(train);
            return rarer.orElse(-1);
        }
        Vocabulary vocabulary = train.vocabulary(target.index());
        int code = vocabulary.lookup(configured.toString().strip());
        if (code == Vocabulary.MISSING || code >= vocabulary.realSize()) {
            throw parameters.invalid(POSITIVE, "is '" + configured + "', not a class of the "
                    + "target '" + target.name() + "'; its classes are "
                    + String.join(", ", vocabulary.labels().subList(0, vocabulary.realSize())));
        }
        return code;
    }

    private static List<ProtectedAttribute> attributes(AuditContext context,
            Parameters parameters) {
        Map<String, double[]> cuts = cutPoints(parameters, context.schema());
        List<ProtectedAttribute> attributes = new ArrayList<>();
        for (int c : context.schema().withRole(Role.PROTECTED)) {
            String name = context.schema().column(c).name();
            attributes.add(context.schema().column(c).type().isCoded()
                    ? ProtectedAttribute.coded(context.train(), c)
                    : ProtectedAttribute.binned(context.train(), c, cuts.get(name)));
        }
        return attributes;
    }

    private static Map<String, double[]> cutPoints(Parameters parameters, Schema schema) {
        Object raw = parameters.values().get(CUT_POINTS);
        Map<String, double[]> out = new TreeMap<>();
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw parameters.invalid(CUT_POINTS, "must map numeric protected columns to lists "
                    + "of numbers, e.g. {age: [25]}; was '" + raw + "'");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String column = String.valueOf(entry.getKey()).strip();
            Optional<Integer> position = schema.indexOf(column);
            if (position.isEmpty() || !schema.column(position.get()).has(Role.PROTECTED)
                    || !schema.column(position.get()).type().isNumeric()) {
                throw parameters.invalid(CUT_POINTS, "names '" + column + "', which is not a "
                        + "numeric protected column");
            }
            out.put(column, numbers(parameters, column, entry.getValue()));
        }
        return out;
    }

    private static double[] numbers(Parameters parameters, String column, Object value) {
        Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
        double[] numbers = new double[items.size()];
        int i = 0;
        for (Object item : items) {
            try {
                numbers[i++] = item instanceof Number n ? n.doubleValue()
                        : Double.parseDouble(String.valueOf(item).strip());
            } catch (NumberFormatException e) {
                throw parameters.invalid(CUT_POINTS, "for '" + column + "' holds '" + item
                        + "'; expected numbers");
            }
            if (!Double.isFinite(numbers[i - 1])) {
                throw parameters.invalid(CUT_POINTS, "for '" + column + "' holds '" + item
                        + "'; expected finite numbers");
            }
        }
        return numbers;
    }

    private static Comparison comparison(AuditContext context, TargetColumn target,
            Parameters parameters, List<String> notes) {
        FeatureSelection selection = FeatureSelection.of(context.schema(), target, parameters);
        if (selection.columns().isEmpty()) {
            notes.add("No model measures: every column other than the target is an identifier "
                    + "or excluded, so no model can be trained.");
            return null;
        }
        if (target.rowsWithValue(context.holdout()).length == 0) {
            notes.add("No model measures: the holdout has no rows with a target value.");
            return null;
        }
        return ModelRuns.compare(context, selection, Learner.RANDOM_FOREST);
    }

    /** The groups with a row in the training table, the release or the holdout. */
    private static boolean[] listedGroups(AttributeSet set, AuditContext context) {
        boolean[] listed = new boolean[set.groupCount()];
        for (Dataset table : List.of(context.train(), context.synthetic(), context.holdout())) {
            for (int g : set.groups(table, java.util.stream.IntStream.range(0, table.rowCount())
                    .toArray())) {
                listed[g] = true;
            }
        }
        return listed;
    }

    private static List<String> tooSmallNote(AttributeSet set, AuditContext context,
            Settings settings, boolean[] listed) {
        int[] counts = new int[set.groupCount()];
        Dataset train = context.train();
        for (int g : set.groups(train, java.util.stream.IntStream.range(0, train.rowCount())
                .toArray())) {
            counts[g]++;
        }
        List<String> small = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            if (listed[g] && !settings.large(counts[g])) {
                small.add(set.label(g) + " (n = " + counts[g] + ")");
            }
        }
        return small.isEmpty() ? List.of() : List.of("Groups of " + set.name() + " below the "
                + "minimum size " + settings.minGroupSize() + " in the training table, listed "
                + "but not scored: " + String.join(", ", small) + ".");
    }

    private static List<String> leadNotes(AuditContext context, List<AttributeSet> sets,
            Settings settings, TargetColumn target, Parameters parameters) {
        List<String> notes = new ArrayList<>();
        notes.add("Groups of " + String.join(", ", sets.stream().map(AttributeSet::name)
                .toList()) + "; a group needs " + settings.minGroupSize() + " rows in a table "
                + "to be scored there, and missing values form the group (missing).");
        notes.add("Shares and base rates compare the real training table with the synthetic "
                + "release; model measures judge random forests trained on each on the holdout "
                + "rows. Protected attributes are among the models' features. Intervals reflect "
                + "the sampling of the rows, not the randomness of the synthetic sample or of "
                + "training.");
        if (settings.positive() >= 0) {
            notes.add("Positive class: '" + settings.positiveLabel() + "' of the target '"
                    + target.name() + "' (" + (parameters.values().containsKey(POSITIVE)
                            ? "set by the parameter positive" : "the rarer class of the "
                                    + "training rows") + ").");
        } else {
            notes.add("No categorical target with labelled training rows, so only "
                    + "representation is compared: base rates and model measures need one.");
        }
        if (context.releases().size() > 1) {
            notes.add("Scored the first of " + context.releases().size()
                    + " synthetic releases.");
        }
        notes.add("Per-group privacy risks are the attacks' own figures; the report gathers "
                + "them in this section.");
        return notes;
    }

    private static List<Figure> headlineFirst(List<Figure> figures, String headline) {
        List<Figure> ordered = new ArrayList<>();
        figures.stream().filter(f -> f.id().equals(headline)).forEach(ordered::add);
        figures.stream().filter(f -> !f.id().equals(headline)).forEach(ordered::add);
        return ordered;
    }
}
