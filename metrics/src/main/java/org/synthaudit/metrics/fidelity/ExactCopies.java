package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.RecordExamples;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;

/**
 * The share of synthetic rows that are exact copies of real rows: equal to some training row,
 * or to some holdout row, on every analysable column (identifier columns left out, case C09;
 * a missing value equals only a missing value). Synthetic numeric and datetime values are first
 * rounded to the real data's precision ({@link RealPrecision}), so a value a hair off a real
 * one still counts as a copy. Rows are found by hashing their primitive values
 * ({@link RowIndex}), never by building strings.
 *
 * <p>Real data has duplicates of its own, so a share is read against what an independent
 * sample of the population reaches. Figures (ids under {@code fidelity.copies.}), each with a
 * 95 % Wilson interval:
 * <ul>
 *   <li>{@code train_share} (headline): synthetic rows equal to some training row. Baseline:
 *       the share of holdout rows equal to some training row, the rate of a fresh sample from
 *       the population against the same training rows (the share does not depend on how many
 *       rows are checked, only on the table they are checked against).
 *   <li>{@code train_share_matched} and {@code holdout_share}: synthetic rows equal to some row
 *       of a seeded random sample of train, and of holdout, both of {@code r = min(train,
 *       holdout)} rows (all of the smaller table), so the two are comparable: a generator that
 *       copies its training rows scores higher against train; one that samples the population
 *       scores the same. The holdout share is the baseline of the matched train share.
 * </ul>
 */
public final class ExactCopies implements Evaluator {
    /** The evaluator id. */
    public static final String ID = "fidelity.copies";
    /** The id of the headline figure. */
    public static final String HEADLINE = "fidelity.copies.train_share";
    /** The confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    /** Creates the evaluator. */
    public ExactCopies() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Fidelity: exact copies of real rows";
    }

    /**
     * The figures this evaluator can produce.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        return FigurePattern.under(ID, "train_share", "train_share_matched", "holdout_share");
    }

    @Override
    public Category category() {
        return Category.FIDELITY;
    }

    @Override
    public String description() {
        return "Share of synthetic rows identical to a training row and to a holdout row, "
                + "against the rate of an independent real sample.";
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return context.schema().analysable().length == 0
                ? Optional.of("the schema has no columns other than identifiers")
                : Optional.empty();
    }

    /**
     * Finds the synthetic rows that copy real rows.
     *
     * @param context the audit; the first synthetic release is scored
     * @return the finding, headline first
     */
    @Override
    public Finding evaluate(AuditContext context) {
        Optional<String> reason = inapplicable(context);
        if (reason.isPresent()) {
            return Finding.skipped(ID, title(), category(), reason.get());
        }
        context.parametersOf(ID).requireOnly(java.util.Set.of());
        Dataset train = context.train();
        Dataset holdout = context.holdout();
        List<RealPrecision> precisions = Arrays.stream(context.schema().analysable())
                .filter(c -> context.schema().column(c).type().isNumeric())
                .mapToObj(c -> RealPrecision.of(train, c)).toList();
        List<RowValues> values = context.pool().submit(() -> IntStream.range(0, 3).parallel()
                .mapToObj(t -> switch (t) {
                    case 0 -> RowValues.of(train, null);
                    case 1 -> RowValues.of(holdout, null);
                    default -> RowValues.of(context.synthetic(), precisions);
                }).toList()).join();
        RowValues trainRows = values.get(0);
        RowValues holdoutRows = values.get(1);
        RowValues synthetic = values.get(2);

        Seeds seeds = context.seeds().child(ID);
        int r = Math.min(train.rowCount(), holdout.rowCount());
        RowIndex allTrain = new RowIndex(trainRows, IntStream.range(0, train.rowCount())
                .toArray());
        RowIndex matchedTrain = new RowIndex(trainRows, Subsamples.draw(train.rowCount(), r,
                seeds.child("train-rows")));
        RowIndex matchedHoldout = new RowIndex(holdoutRows, Subsamples.draw(holdout.rowCount(),
                r, seeds.child("holdout-rows")));

        int m = context.synthetic().rowCount();
        Estimate trainShare = share(allTrain.countContained(synthetic), m, "synthetic rows "
                + "equal to one of the " + train.rowCount() + " training rows");
        Estimate population = share(allTrain.countContained(holdoutRows), holdout.rowCount(),
                "holdout rows equal to one of the training rows: the rate of an independent "
                        + "sample of the population");
        Estimate holdoutShare = share(matchedHoldout.countContained(synthetic), m, "synthetic "
                + "rows equal to one of " + r + " holdout rows");
        Estimate matchedShare = share(matchedTrain.countContained(synthetic), m, "synthetic "
                + "rows equal to one of " + r + " randomly drawn training rows");
        List<Figure> figures = List.of(
                figure(HEADLINE, "Synthetic rows copying a training row", trainShare,
                        population, Sense.HIGHER_IS_WORSE),
                figure(ID + ".train_share_matched", "Synthetic rows copying a training row "
                        + "(as many training as holdout rows)", matchedShare, holdoutShare,
                        Sense.HIGHER_IS_WORSE),
                figure(ID + ".holdout_share", "Synthetic rows copying a holdout row",
                        holdoutShare, Estimate.undefined("the holdout share is itself the "
                                + "baseline of the size-matched training share"),
                        Sense.NEUTRAL));
        return new Finding(ID, title(), category(), "", HEADLINE, figures, List.of(),
                notes(context, precisions, r), null, List.of(),
                copied(train, allTrain, synthetic));
    }

    /**
     * The training records copied by the release: for each synthetic row in order that equals
     * a training row, that training record, each record once.
     */
    private static RecordExamples copied(Dataset train, RowIndex allTrain,
            RowValues synthetic) {
        List<RecordExamples.Match> matches = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int row = 0; row < synthetic.hashes().length; row++) {
            int trainRow = allTrain.find(synthetic, row);
            if (trainRow >= 0 && seen.add(train.recordId(trainRow))) {
                matches.add(new RecordExamples.Match(train.recordId(trainRow), row));
            }
        }
        return RecordExamples.of("copied exactly by a synthetic record (on every analysable "
                + "column)", matches);
    }

    private static Estimate share(long copies, int rows, String what) {
        Estimate rate = Proportions.wilson(copies, rows, LEVEL);
        if (rate instanceof Estimate.Value v) {
            return Estimate.of(v.value(), v.lower(), v.upper(), v.level(), "share of " + what
                    + "; " + v.method());
        }
        return Estimate.undefined("no rows to check: " + what);
    }

    private static Figure figure(String id, String label, Estimate estimate, Estimate baseline,
            Sense sense) {
        return new Figure(id, label, null, estimate, baseline, Bounds.UNIT, sense);
    }

    private static List<String> notes(AuditContext context, List<RealPrecision> precisions,
            int r) {
        List<String> notes = new ArrayList<>();
        Schema schema = context.schema();
        notes.add("Rows are compared on every analysable column: " + String.join(", ",
                Arrays.stream(schema.analysable()).mapToObj(c -> schema.column(c).name())
                        .toList()) + "; a missing value equals only a missing value.");
        if (schema.identifiers().length > 0) {
            notes.add("Identifier columns left out of the comparison: " + String.join(", ",
                    Arrays.stream(schema.identifiers()).mapToObj(c -> schema.column(c).name())
                            .toList()) + ".");
        }
        for (RealPrecision precision : precisions) {
            notes.add("Synthetic " + precision.column() + " rounded to the real precision: "
                    + precision.description() + ".");
        }
        notes.add("The size-matched shares check the synthetic rows against " + r
                + " training rows (a seeded random sample) and " + r + " holdout rows.");
        if (context.releases().size() > 1) {
            notes.add("Scored the first of " + context.releases().size()
                    + " synthetic releases.");
        }
        return notes;
    }
}
