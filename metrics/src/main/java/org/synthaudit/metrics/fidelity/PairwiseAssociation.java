package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Heatmap;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * Compares how strongly each pair of columns is associated in the training data and in the
 * synthetic release: the absolute difference of their association measures, one figure per
 * pair (after SDMetrics' {@code CorrelationSimilarity} and {@code ContingencySimilarity} and the
 * association matrices of dython and table-evaluator).
 *
 * <p>The measure depends on the pair's types ({@link Association}): Pearson's r for two numeric
 * or datetime columns (a difference in [0, 2]), Bergsma's bias-corrected Cramér's V for two
 * categorical or boolean columns, and the correlation ratio eta for a coded and a numeric
 * column (differences in [0, 1]). Each is computed over the rows where both values are present.
 * A pair whose association is undefined in the real (train) or synthetic data, above all because
 * a column is constant there (case C07: "b is constant in the real data"), gets an undefined
 * figure with the reason, is left out of the mean and is counted as excluded. Identifier columns
 * take no part. With fewer than two analysable columns the evaluator does not apply (case C19).
 *
 * <p>Intervals come from a seeded row bootstrap ({@link RowBootstrap}): each replicate resamples
 * train, synthetic and holdout rows once, and every pair is measured on the same resampled rows,
 * so the headline's interval comes from the replicates' mean difference. Each interval is the
 * basic bootstrap interval of the figure's median ({@link RowBootstrap}), as a plug-in
 * difference of associations is biased upwards.
 * Baselines are the same differences between train and holdout, two real samples.
 *
 * <p>Figures: {@code fidelity.pairs.mean_abs_diff} (headline: the mean absolute difference over
 * the pairs whose difference is defined, in [0, 2], 0 for equal association matrices),
 * {@code fidelity.pairs.pairs_compared} and {@code fidelity.pairs.pairs_excluded} (counts), and
 * per pair {@code fidelity.pair.<a>|<b>.assoc_diff}, with a and b in schema order.
 *
 * <p>Chart data: a heatmap {@code matrix.difference} over the analysable columns in schema
 * order, both ways, whose cell for columns a and b is the pair's figure (the absolute difference
 * with its interval, or undefined with the reason). The diagonal has no cell, and the colour
 * scale spans [0, 1], or [0, 2] when a pair of numeric columns takes part.
 */
public final class PairwiseAssociation implements Evaluator {
    /** The evaluator id. */
    public static final String ID = "fidelity.pairs";
    /** The id of the headline figure. */
    public static final String HEADLINE = "fidelity.pairs.mean_abs_diff";
    /** Why the evaluator does not apply to a table with fewer than two analysable columns. */
    public static final String TOO_FEW_COLUMNS = "pairwise sections need two columns";
    /** The confidence level of every interval. */
    public static final double LEVEL = 0.95;

    static final String[] TABLES = {"real", "synthetic", "holdout"};
    private static final int TRAIN = 0;
    private static final int SYNTHETIC = 1;
    private static final int HOLDOUT = 2;
    private static final String REPLICATES = "replicates";
    private static final int DEFAULT_REPLICATES = 100;
    private static final Bounds MEAN_BOUNDS = new Bounds(0, 2);

    /** Creates the evaluator. */
    public PairwiseAssociation() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Fidelity: pairwise associations";
    }

    /**
     * The figures this evaluator can produce, {@code <column>} and {@code <other-column>} the two
     * columns of a pair.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        List<FigurePattern> patterns = new java.util.ArrayList<>(FigurePattern.under(ID,
                "mean_abs_diff", "pairs_compared", "pairs_excluded"));
        patterns.add(FigurePattern.of("fidelity.pair.<column>|<other-column>.assoc_diff"));
        return List.copyOf(patterns);
    }

    @Override
    public Category category() {
        return Category.FIDELITY;
    }

    @Override
    public String description() {
        return "Difference between the train and synthetic association of every pair of columns "
                + "(Pearson r, bias-corrected Cramér's V, correlation ratio), with row-bootstrap "
                + "intervals and a train-holdout baseline.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(REPLICATES, Integer.toString(DEFAULT_REPLICATES),
                "row-bootstrap replicates, 20 to 100000"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return context.schema().analysable().length < 2 ? Optional.of(TOO_FEW_COLUMNS)
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
     * Measures every pair in train, synthetic and holdout, and compares them.
     *
     * @param context the audit; the first synthetic release is scored
     * @return the finding, headline first, or a skipped finding with fewer than two columns
     * @throws org.synthaudit.core.InputException if a parameter is unknown or out of range
     */
    @Override
    public Finding evaluate(AuditContext context) {
        RowBootstrap bootstrap = new RowBootstrap(replicates(context.parametersOf(ID)), LEVEL);
        Optional<String> reason = inapplicable(context);
        if (reason.isPresent()) {
            return Finding.skipped(ID, title(), category(), reason.get());
        }
        List<Dataset> tables = List.of(context.train(), context.synthetic(), context.holdout());
        int[] analysable = context.schema().analysable();
        List<PairColumn> columns = context.pool().submit(() -> Arrays.stream(analysable)
                .parallel().mapToObj(c -> PairColumn.of(c, tables)).toList()).join();
        List<Pair> pairs = pairs(columns);

        int[] rows = tables.stream().mapToInt(Dataset::rowCount).toArray();
        Resample[] all = IntStream.range(0, TABLES.length)
                .mapToObj(t -> canonical(columns, t, rows[t])).toArray(Resample[]::new);
        double[][] point = context.pool().submit(() -> pairs.parallelStream()
                .map(p -> measure(p, all)).toArray(double[][]::new)).join();
        Seeds seeds = context.seeds().child(ID);
        List<double[][]> replicates = context.pool().submit(() -> IntStream
                .range(0, bootstrap.replicates()).parallel()
                .mapToObj(r -> replicate(pairs, rows, seeds, r)).toList()).join();

        List<PairResult> results = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            results.add(result(pairs.get(p), point[p], column(replicates, p), bootstrap));
        }
        return finding(context, columns, results, bootstrap);
    }

    private static int replicates(Parameters parameters) {
        parameters.requireOnly(Set.of(REPLICATES));
        return parameters.integer(REPLICATES, DEFAULT_REPLICATES, 20, 100_000);
    }

    /**
     * A pair of analysable columns.
     *
     * @param i the first column's position among the analysable columns
     * @param j the second's, {@code > i}
     * @param a the first column
     * @param b the second column
     * @param kind the association measure for their types
     */
    record Pair(int i, int j, PairColumn a, PairColumn b, AssociationKind kind) {
        /**
         * The id of the pair's figure.
         *
         * @return e.g. {@code fidelity.pair.age|sex.assoc_diff}
         */
        String id() {
            return "fidelity.pair." + a.name() + "|" + b.name() + ".assoc_diff";
        }
    }

    private static List<Pair> pairs(List<PairColumn> columns) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            for (int j = i + 1; j < columns.size(); j++) {
                PairColumn a = columns.get(i);
                PairColumn b = columns.get(j);
                pairs.add(new Pair(i, j, a, b, AssociationKind.of(a, b)));
            }
        }
        return pairs;
    }

    /**
     * Every row of one table once, sorted by the values of all analysable columns. The
     * associations on the original tables are summed in this order, so they depend only on
     * which rows a table holds: a release that copies train in another order measures exactly
     * the associations of train, and its difference is 0, not rounding noise.
     */
    private static Resample canonical(List<PairColumn> columns, int table, int rowCount) {
        int[] order = IntStream.range(0, rowCount).boxed().sorted((a, b) -> {
            for (PairColumn column : columns) {
                int c = column.compare(table, a, b);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }).mapToInt(Integer::intValue).toArray();
        return Resample.inOrder(order);
    }

    /** The pair's association in train, synthetic and holdout, on the given rows of each. */
    private static double[] measure(Pair pair, Resample[] rows) {
        double[] values = new double[TABLES.length];
        for (int t = 0; t < TABLES.length; t++) {
            values[t] = pair.kind().measure(pair.a(), pair.b(), t, rows[t]);
        }
        return values;
    }

    /** Replicate r: every pair measured on one resample of each table. */
    private static double[][] replicate(List<Pair> pairs, int[] rows, Seeds seeds, int r) {
        Resample[] resamples = new Resample[TABLES.length];
        for (int t = 0; t < TABLES.length; t++) {
            resamples[t] = Resample.bootstrap(rows[t], seeds.child(TABLES[t]).child(r));
        }
        double[][] values = new double[pairs.size()][];
        for (int p = 0; p < pairs.size(); p++) {
            values[p] = measure(pairs.get(p), resamples);
        }
        return values;
    }

    /** The associations of one pair in every replicate: [replicate][table]. */
    private static double[][] column(List<double[][]> replicates, int pair) {
        return replicates.stream().map(r -> r[pair]).toArray(double[][]::new);
    }

    /**
     * What one pair concluded.
     *
     * @param pair the pair
     * @param associations its association in train, synthetic and holdout ({@code NaN} when
     *     undefined)
     * @param difference the absolute difference between train and synthetic, or undefined
     * @param baseline the absolute difference between train and holdout, or undefined
     * @param replicates the replicate values of the two differences: [replicate][0 or 1],
     *     {@code NaN} when undefined
     */
    record PairResult(Pair pair, double[] associations, Estimate difference, Estimate baseline,
            double[][] replicates) {
    }

    private static PairResult result(Pair pair, double[] point, double[][] replicates,
            RowBootstrap bootstrap) {
        double[][] differences = new double[replicates.length][];
        for (int r = 0; r < replicates.length; r++) {
            double[] values = replicates[r];
            differences[r] = new double[] {Math.abs(values[TRAIN] - values[SYNTHETIC]),
                Math.abs(values[TRAIN] - values[HOLDOUT])};
        }
        Estimate difference = compare(pair, point, SYNTHETIC, differences, 0, bootstrap);
        Estimate baseline = compare(pair, point, HOLDOUT, differences, 1, bootstrap);
        return new PairResult(pair, point, difference, baseline, differences);
    }

    private static Estimate compare(Pair pair, double[] point, int other, double[][] replicates,
            int slot, RowBootstrap bootstrap) {
        for (int t : new int[] {TRAIN, other}) {
            if (Double.isNaN(point[t])) {
                return Estimate.undefined(pair.kind().undefinedReason(pair.a(), pair.b(), t,
                        TABLES[t]));
            }
        }
        double[] values = Arrays.stream(replicates).mapToDouble(d -> d[slot]).toArray();
        String method = "absolute difference of the " + pair.kind().label() + " of "
                + pair.a().name() + " and " + pair.b().name() + ": " + format(point[TRAIN])
                + " in train, " + format(point[other]) + " in " + TABLES[other] + ", over the "
                + "rows where both are present; row bootstrap of both tables";
        return bootstrap.interval(Math.abs(point[TRAIN] - point[other]), values, method,
                pair.kind().differenceBounds());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private Finding finding(AuditContext context, List<PairColumn> columns,
            List<PairResult> results, RowBootstrap bootstrap) {
        List<PairResult> defined = results.stream()
                .filter(r -> r.difference() instanceof Estimate.Value).toList();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(HEADLINE, "Mean absolute association difference", null,
                mean(defined, 0, bootstrap), meanBaseline(defined, bootstrap), MEAN_BOUNDS,
                Sense.HIGHER_IS_WORSE));
        figures.add(count("pairs_compared", "Pairs compared", defined.size()));
        figures.add(count("pairs_excluded", "Pairs excluded (association undefined)",
                results.size() - defined.size()));
        for (PairResult result : results) {
            Pair pair = result.pair();
            figures.add(new Figure(pair.id(), "Association difference (" + pair.kind().label()
                    + ")", pair.a().name() + " | " + pair.b().name(), result.difference(),
                    result.baseline(), pair.kind().differenceBounds(), Sense.HIGHER_IS_WORSE));
        }
        return new Finding(ID, title(), category(), "", HEADLINE, figures,
                List.of(heatmap(columns, results)), notes(context, columns, results), null);
    }

    /** The mean of one difference over the given pairs, with its row-bootstrap interval. */
    private static Estimate mean(List<PairResult> pairs, int slot, RowBootstrap bootstrap) {
        if (pairs.isEmpty()) {
            return Estimate.undefined("no pair's association difference could be computed");
        }
        double point = 0;
        double[] replicates = new double[bootstrap.replicates()];
        for (PairResult pair : pairs) {
            point += ((Estimate.Value) (slot == 0 ? pair.difference() : pair.baseline()))
                    .value();
            for (int r = 0; r < replicates.length; r++) {
                replicates[r] += pair.replicates()[r][slot];
            }
        }
        int k = pairs.size();
        for (int r = 0; r < replicates.length; r++) {
            replicates[r] /= k;
        }
        return bootstrap.interval(point / k, replicates, "mean absolute association "
                + "difference between train and " + TABLES[slot + 1] + " over " + k
                + " pairs; the row bootstrap resamples each table once per replicate for all "
                + "pairs", MEAN_BOUNDS);
    }

    private static Estimate meanBaseline(List<PairResult> pairs, RowBootstrap bootstrap) {
        List<String> without = pairs.stream().filter(p -> !(p.baseline() instanceof Estimate.Value))
                .map(p -> p.pair().a().name() + " | " + p.pair().b().name()).toList();
        if (!without.isEmpty()) {
            return Estimate.undefined("no train-holdout baseline for pair(s) "
                    + String.join(", ", without));
        }
        return mean(pairs, 1, bootstrap);
    }

    private static Figure count(String name, String label, int count) {
        return new Figure(ID + "." + name, label, null, Estimate.exact(count, "count"),
                Estimate.undefined("a count has no baseline"), Bounds.NON_NEGATIVE,
                Sense.NEUTRAL);
    }

    private static Heatmap heatmap(List<PairColumn> columns, List<PairResult> results) {
        int k = columns.size();
        List<List<Estimate>> cells = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            cells.add(new ArrayList<>(java.util.Collections.nCopies(k, (Estimate) null)));
        }
        double top = 1;
        for (PairResult result : results) {
            Pair pair = result.pair();
            cells.get(pair.i()).set(pair.j(), result.difference());
            cells.get(pair.j()).set(pair.i(), result.difference());
            top = Math.max(top, pair.kind().differenceBounds().max());
        }
        List<String> names = columns.stream().map(PairColumn::name).toList();
        return new Heatmap("matrix.difference", "Absolute association difference, train vs "
                + "synthetic", "absolute association difference", names, names, cells,
                new Bounds(0, top));
    }

    private static List<String> notes(AuditContext context, List<PairColumn> columns,
            List<PairResult> results) {
        List<String> notes = new ArrayList<>();
        notes.add("Associations: Pearson's r for two numeric or datetime columns, Cramér's V "
                + "with Bergsma's (2013) bias correction for two categorical or boolean columns, "
                + "the correlation ratio eta for a coded and a numeric column; each over the "
                + "rows where both values are present.");
        notes.add("Baselines are the same differences between train and holdout, two real "
                + "samples: what sampling noise alone gives.");
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
        long computed = 0;
        for (PairResult result : results) {
            if (result.difference() instanceof Estimate.Undefined(String reason)) {
                notes.add("Pair " + result.pair().a().name() + " | " + result.pair().b().name()
                        + " excluded: " + reason + ".");
            } else {
                computed++;
            }
        }
        notes.add(computed + " of " + results.size() + " pair figures computed; "
                + (results.size() - computed) + " excluded from the mean.");
        return notes;
    }
}
