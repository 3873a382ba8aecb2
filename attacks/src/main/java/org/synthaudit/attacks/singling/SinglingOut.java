package org.synthaudit.attacks.singling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.synthaudit.attacks.inference.ProtectedGroups;
import org.synthaudit.attacks.inference.RiskFigures;
import org.synthaudit.attacks.inference.TargetSample;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.ProportionDifference;
import org.synthaudit.core.stats.Proportions;

/**
 * Singling out: predicates read off the synthetic data that fit exactly one real person, the
 * first of the three criteria of anonymisation in the Article 29 Working Party's Opinion 05/2014
 * on anonymisation techniques (WP216), measured as in Anonymeter's singling-out evaluator
 * (Giomi et al. 2023, "A Unified Framework for Quantifying Privacy Risk in Synthetic Data",
 * PoPETs 2023(2)).
 *
 * <p><b>Threat model.</b> The attacker holds only the synthetic release. They write predicates
 * that isolate one synthetic record ({@link Predicates}: rare single values, or conjunctions of
 * a record's values on a few columns) and bet that each also isolates one real person. A
 * predicate singles out when exactly one record of a sample of the training data matches it.
 * The same predicates are checked against a sample of holdout records of the same size: a
 * predicate can isolate someone by chance, and a population pattern isolates a member as often
 * as anyone else, so only the gain of members over holdout is a leak.
 *
 * <p><b>Figures</b> (ids under {@code singling-out.}, per mode {@code univariate} and
 * {@code multivariate}): {@code <mode>.rate_members} and {@code <mode>.rate_holdout}, the share
 * of the predicates made that single out a record (Wilson intervals; the denominator is the
 * number of predicates actually made, case C21); {@code <mode>.gain}, their difference with
 * Newcombe's paired interval (each predicate is checked on both samples);
 * {@code <mode>.queries_requested} and {@code <mode>.queries_made}; and, per record,
 * {@code <mode>.records_rate_members}, {@code records_rate_holdout}, {@code records_gain}: the
 * share of sampled records singled out by at least one predicate, also per group of each
 * protected attribute ({@code <mode>.group.<attribute>.<value>.records_*}). The headline
 * {@code max_gain} is the larger gain of the modes run.
 */
public final class SinglingOut implements Evaluator {
    /** The evaluator id and the prefix of its figure ids. */
    public static final String ID = "singling-out";
    /** Parameter: predicates to make per mode. */
    public static final String QUERIES = "queries";
    /** Parameter: which predicates, {@code univariate}, {@code multivariate} or {@code both}. */
    public static final String MODE = "mode";
    /** Parameter: columns per multivariate predicate. */
    public static final String COLUMNS = "columns";
    /** Parameter: half-width of a numeric multivariate term, as a share of the real range. */
    public static final String WINDOW = "window";
    /** Parameter: the most multivariate candidates to try. */
    public static final String ATTEMPTS = "attempts";
    /** Parameter: the fewest records per side for a protected group to be scored. */
    public static final String MIN_GROUP_SIZE = "min_group_size";

    static final String THREAT_MODEL = "The attacker holds only the synthetic release. They "
            + "write predicates (rare values, or a synthetic record's values on a few columns) "
            + "that each fit exactly one synthetic record, and bet that each fits exactly one "
            + "real person. Success is checked on a sample of the training records and, as the "
            + "control, on as many holdout records the generator never saw.";

    private static final double LEVEL = RiskFigures.LEVEL;
    private static final List<String> MODES = List.of("univariate", "multivariate");

    /** Creates the evaluator; it keeps no state between audits. */
    public SinglingOut() {
        // found through ServiceLoader
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Singling out";
    }

    @Override
    public String description() {
        return "Predicates learnt from the synthetic data that isolate exactly one training "
                + "record, against holdout records (Anonymeter, Giomi et al. 2023; WP29).";
    }

    /**
     * The figures this evaluator can produce, {@code <attribute>} and {@code <group>} a protected
     * column and one of its groups.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        List<FigurePattern> patterns = new java.util.ArrayList<>(FigurePattern.under(ID,
                "max_gain"));
        for (String mode : MODES) {
            patterns.addAll(FigurePattern.under(ID + "." + mode, "gain", "rate_members",
                    "rate_holdout", "records_gain", "records_rate_members",
                    "records_rate_holdout", "queries_requested", "queries_made",
                    "group.<attribute>.<group>.records_gain",
                    "group.<attribute>.<group>.records_rate_members",
                    "group.<attribute>.<group>.records_rate_holdout"));
        }
        return List.copyOf(patterns);
    }

    @Override
    public Category category() {
        return Category.PRIVACY;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(QUERIES, "500", "predicates made per mode, 1 to 100000"),
                new Parameter(MODE, "both", "univariate, multivariate or both"),
                new Parameter(COLUMNS, "3", "columns per multivariate predicate, at least 1; "
                        + "capped at the number of columns"),
                new Parameter(WINDOW, "0.01", "half-width of a numeric multivariate term as a "
                        + "share of the column's real range, 0 (exact) to 1"),
                new Parameter(ATTEMPTS, "20000", "most multivariate candidates tried"),
                new Parameter(MIN_GROUP_SIZE, "20", "fewest sampled records per side for a "
                        + "protected group to be scored"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        if (context.schema().analysable().length == 0) {
            return Optional.of("no column to write predicates on: every column is an "
                    + "identifier");
        }
        if (context.train().rowCount() == 0 || context.holdout().rowCount() == 0) {
            return Optional.of("needs training and holdout records; have "
                    + context.train().rowCount() + " and " + context.holdout().rowCount());
        }
        if (context.synthetic().rowCount() == 0) {
            return Optional.of("the synthetic release has no records");
        }
        return Optional.empty();
    }

    /** The validated parameters. */
    record Settings(int queries, List<String> modes, int columns, double window, int attempts,
            int minGroupSize) {
        static Settings read(Parameters p) {
            p.requireOnly(Set.of(QUERIES, MODE, COLUMNS, WINDOW, ATTEMPTS, MIN_GROUP_SIZE));
            return new Settings(p.integer(QUERIES, 500, 1, 100_000), modes(p),
                    p.integer(COLUMNS, 3, 1, 1000), p.number(WINDOW, 0.01, 0, 1),
                    p.integer(ATTEMPTS, 20_000, 1, 10_000_000),
                    p.integer(MIN_GROUP_SIZE, 20, 1, Integer.MAX_VALUE));
        }

        private static List<String> modes(Parameters p) {
            Object raw = p.values().get(MODE);
            String mode = raw == null ? "both" : raw.toString().strip().toLowerCase(Locale.ROOT);
            return switch (mode) {
                case "both" -> MODES;
                case "univariate", "multivariate" -> List.of(mode);
                default -> throw p.invalid(MODE, "must be univariate, multivariate or both, "
                        + "was '" + raw + "'");
            };
        }
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

        Seeds seeds = context.seeds().child(ID);
        int size = Math.min(context.train().rowCount(), context.holdout().rowCount());
        Dataset members = TargetSample.draw(context.train(), size, seeds.child("members"),
                "members");
        Dataset holdout = TargetSample.draw(context.holdout(), size, seeds.child("non-members"),
                "holdout-targets");
        int[] columns = context.schema().analysable();
        Attack attack = new Attack(context, settings, seeds, members, holdout,
                ColumnStore.of(context.synthetic(), columns),
                halfWidths(context.real(), columns, settings.window()));
        ProtectedGroups groups = ProtectedGroups.of(context.schema(), context.real());
        RiskFigures figures = new RiskFigures(ID, groups, settings.minGroupSize(),
                new RiskFigures.Binary());
        List<String> notes = new ArrayList<>(notes(context, settings, size, columns));
        notes.addAll(groups.notes());
        for (String mode : settings.modes()) {
            notes.add(attack.run(mode, figures, groups));
        }

        String headline = figures.headline("attack modes");
        notes.addAll(figures.notes());
        return new Finding(ID, title(), category(), THREAT_MODEL, headline, figures.figures(),
                List.of(), notes, null, List.of(
                        new Knowledge.SyntheticRelease(context.synthetic().rowCount())));
    }

    /** One run over the sampled members and holdout records. */
    private record Attack(AuditContext context, Settings settings, Seeds seeds,
            Dataset members, Dataset holdout, ColumnStore synthetic, double[] halfWidths) {

        /** Runs one mode and returns its note. */
        String run(String mode, RiskFigures figures, ProtectedGroups groups) {
            Seeds modeSeeds = seeds.child(mode);
            int columns = Math.min(settings.columns(), halfWidths.length);
            List<Condition[]> predicates = mode.equals("univariate")
                    ? Predicates.univariate(synthetic, settings.queries(), modeSeeds.random())
                    : Predicates.multivariate(synthetic, halfWidths, columns,
                            settings.queries(), settings.attempts(), modeSeeds.random(),
                            context.pool());
            int[] memberHits = isolate(predicates, members);
            int[] holdoutHits = isolate(predicates, holdout);

            rateFigures(mode, predicates.size(), memberHits, holdoutHits, figures);
            figures.count(mode + ".queries_requested", "Predicates requested", mode,
                    settings.queries());
            figures.count(mode + ".queries_made", "Predicates made", mode, predicates.size());
            figures.compare(mode, "records_", "Records singled out by a " + mode + " predicate",
                    singledOut(members, memberHits, groups),
                    singledOut(holdout, holdoutHits, groups), modeSeeds);
            String made = "Mode " + mode + ": requested " + settings.queries() + ", made "
                    + predicates.size() + " predicates that each isolate one synthetic record";
            return mode.equals("univariate") ? made + "."
                    : made + " (" + columns + " columns each, after at most "
                            + settings.attempts() + " attempts).";
        }

        private int[] isolate(List<Condition[]> predicates, Dataset targets) {
            ColumnStore store = ColumnStore.of(targets, context.schema().analysable());
            ForkJoinPool pool = context.pool();
            return pool.submit(() -> predicates.parallelStream().mapToInt(store::isolate)
                    .toArray()).join();
        }
    }

    private static void rateFigures(String mode, int made, int[] memberHits, int[] holdoutHits,
            RiskFigures figures) {
        long both = 0;
        long memberOnly = 0;
        long holdoutOnly = 0;
        for (int i = 0; i < made; i++) {
            boolean m = memberHits[i] >= 0;
            boolean h = holdoutHits[i] >= 0;
            both += m && h ? 1 : 0;
            memberOnly += m && !h ? 1 : 0;
            holdoutOnly += !m && h ? 1 : 0;
        }
        String none = "no " + mode + " predicate could be made: nothing in the synthetic data "
                + "isolates a single record";
        Estimate members = made == 0 ? Estimate.undefined(none)
                : Proportions.wilson(both + memberOnly, made, LEVEL);
        Estimate control = made == 0 ? Estimate.undefined(none)
                : Proportions.wilson(both + holdoutOnly, made, LEVEL);
        Estimate gain = made == 0 ? Estimate.undefined(none) : ProportionDifference.paired(both,
                memberOnly, holdoutOnly, made - both - memberOnly - holdoutOnly, LEVEL);
        String label = "Predicates that single out a record";
        figures.add(new Figure(ID + "." + mode + ".rate_members", label + ", members", mode,
                members, control, Bounds.UNIT, Sense.HIGHER_IS_WORSE));
        figures.add(new Figure(ID + "." + mode + ".rate_holdout", label + ", holdout", mode,
                control, Estimate.undefined("the holdout rate is itself the control"),
                Bounds.UNIT, Sense.NEUTRAL));
        figures.addGain(new Figure(ID + "." + mode + ".gain", label + ", members minus holdout",
                mode, gain, RiskFigures.noLeak(), Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE));
    }

    /** Which sampled records some predicate singled out, 1 or 0 per record. */
    private static RiskFigures.Side singledOut(Dataset targets, int[] hits,
            ProtectedGroups groups) {
        double[] scores = new double[targets.rowCount()];
        for (int hit : hits) {
            if (hit >= 0) {
                scores[hit] = 1;
            }
        }
        boolean[] all = new boolean[scores.length];
        Arrays.fill(all, true);
        return RiskFigures.Side.of(targets, all, scores, groups);
    }

    /** Half the width of a numeric term: window x the column's real range; 0 for codes. */
    private static double[] halfWidths(Dataset real, int[] columns, double window) {
        double[] widths = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            if (!real.schema().column(columns[j]).type().isCoded()) {
                widths[j] = window * halfRealRange(real.numericColumn(columns[j])) * 2;
            }
        }
        return widths;
    }

    /** Half the real range, {@code max/2 - min/2}: finite even when the range overflows. */
    private static double halfRealRange(double[] values) {
        var stats = Arrays.stream(values).filter(Double::isFinite).summaryStatistics();
        return stats.getCount() == 0 ? 0 : stats.getMax() * 0.5 - stats.getMin() * 0.5;
    }

    private static List<String> notes(AuditContext context, Settings settings, int size,
            int[] columns) {
        List<String> notes = new ArrayList<>();
        notes.add("Checked the predicates against " + size + " records sampled from "
                + context.train().rowCount() + " training records and " + size + " sampled from "
                + context.holdout().rowCount() + " holdout records (the same size, since the "
                + "chance that a predicate isolates one record depends on how many there are); "
                + "predicates come from " + context.synthetic().rowCount() + " synthetic "
                + "records.");
        notes.add("Columns used: " + String.join(", ", Arrays.stream(columns)
                .mapToObj(c -> context.schema().column(c).name()).toList()) + ". A numeric "
                + "multivariate term accepts values within " + settings.window() + " x the "
                + "column's real range of the synthetic value.");
        notes.add("Rates divide by the number of predicates actually made, which can be fewer "
                + "than requested; fewer predicates give wider intervals. The records_* figures "
                + "give the share of sampled records singled out by at least one predicate, "
                + "also per protected group. Anonymeter's normalised risk is (rate_members - "
                + "rate_holdout) / (1 - rate_holdout); it is not reported, being undefined when "
                + "the holdout rate is 1.");
        notes.add("Univariate predicates test the release's marginals: a generator that "
                + "reproduces a value held by a single training record (as one sampling each "
                + "column's observed values does) singles that person out, so a univariate gain "
                + "can appear even when no link between columns survives.");
        return notes;
    }
}
