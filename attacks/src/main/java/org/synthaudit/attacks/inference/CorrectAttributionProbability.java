package org.synthaudit.attacks.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;

/**
 * Correct attribution probability (CAP): for a target, the share of the synthetic records that
 * agree with the target on every key column (the quasi-identifiers) and also hold the target's
 * true secret. Defined by Elliot (2014) and studied by Taub, Elliot, Pampaka and Smith (2018),
 * "Differential correct attribution probability for synthetic data: an exploration", Privacy in
 * Statistical Databases, LNCS 11126; the generalised CAP of that line of work compares numeric
 * columns in bands, here {@link QuantileBins} of the real data.
 *
 * <p><b>Threat model.</b> The attacker holds the synthetic release and knows a target's key.
 * They look up the synthetic records with that key and attribute the secret in proportion to
 * how often each value occurs among them; CAP is the probability that this attribution is
 * right. A target whose key occurs in no synthetic record gives the attacker nothing. Taub et
 * al. discuss two ways to average over targets; both are reported: over the targets with a
 * key match only (the headline variant), and over all targets with the unmatched ones scored
 * 0. As for every attack here, the control is the same measure on holdout records, so the gain
 * is what the release reveals about its members beyond the population's patterns.
 *
 * <p><b>Figures</b> (ids under {@code inference.cap.}): for each secret column {@code s},
 * {@code s.rate_members}, {@code s.rate_holdout}, {@code s.gain} (mean CAP over matched
 * targets), {@code s.zero_rate_members}, {@code s.zero_rate_holdout}, {@code s.zero_gain}
 * (unmatched targets scored 0), with seeded percentile-bootstrap intervals over targets; the
 * counts {@code s.matched_members}, {@code s.matched_holdout}, {@code s.scored_*} and
 * {@code s.missing_secret_*}; the same per protected group; the headline {@code max_gain}.
 * The matched variant is undefined, with the reason, when no target on a side has a key match.
 */
public final class CorrectAttributionProbability implements Evaluator {
    /** The evaluator id and the prefix of its figure ids. */
    public static final String ID = "inference.cap";
    /** Parameter: the number of quantile bins for numeric keys and secrets. */
    public static final String BINS = "bins";
    /** Parameter: the number of bootstrap resamples. */
    public static final String RESAMPLES = "resamples";
    /** The default number of bins. */
    public static final int DEFAULT_BINS = 10;
    /** The default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;

    static final String THREAT_MODEL = "The attacker holds the synthetic release and knows a "
            + "target's quasi-identifiers (the key). They attribute a sensitive value in "
            + "proportion to its frequency among the synthetic records with the same key; CAP "
            + "is the probability that the attribution is right. The same is measured for "
            + "holdout records the generator never saw; only the gain of members counts.";

    /** Creates the evaluator; it keeps no state between audits. */
    public CorrectAttributionProbability() {
        // found through ServiceLoader
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Attribute inference: correct attribution probability (CAP)";
    }

    @Override
    public String description() {
        return "Correct attribution probability of sensitive values from synthetic records with "
                + "the same key (Taub et al. 2018); numeric columns binned; members against "
                + "holdout.";
    }

    /**
     * The figures this evaluator can produce, {@code <secret>} a sensitive column, {@code
     * <attribute>} and {@code <group>} a protected column and one of its groups.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        List<FigurePattern> patterns = new java.util.ArrayList<>(RiskFigures.patterns(ID,
                List.of("", "zero_"), List.of()));
        patterns.addAll(FigurePattern.under(ID, "<secret>.matched_members",
                "<secret>.matched_holdout"));
        return List.copyOf(patterns);
    }

    @Override
    public Category category() {
        return Category.PRIVACY;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(InferenceSetup.TARGETS, "" + InferenceSetup.DEFAULT_TARGETS,
                        "targets attacked per side, at least 1; balanced at the smaller of "
                                + "train, holdout and this number"),
                new Parameter(BINS, "" + DEFAULT_BINS, "quantile bins of the real data for "
                        + "numeric keys and secrets, 1 to 1000"),
                new Parameter(RESAMPLES, "" + DEFAULT_RESAMPLES, "bootstrap resamples per "
                        + "interval, 100 to 100000"),
                new Parameter(InferenceSetup.MIN_GROUP_SIZE,
                        "" + InferenceSetup.DEFAULT_MIN_GROUP_SIZE,
                        "fewest scored targets per side for a protected group to be scored"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return InferenceSetup.inapplicable(context);
    }

    /** The validated parameters. */
    private record Settings(int targets, int bins, int resamples, int minGroupSize) {
        static Settings read(Parameters p) {
            p.requireOnly(Set.of(InferenceSetup.TARGETS, BINS, RESAMPLES,
                    InferenceSetup.MIN_GROUP_SIZE));
            return new Settings(
                    p.integer(InferenceSetup.TARGETS, InferenceSetup.DEFAULT_TARGETS, 1,
                            Integer.MAX_VALUE),
                    p.integer(BINS, DEFAULT_BINS, 1, 1000),
                    p.integer(RESAMPLES, DEFAULT_RESAMPLES, 100, 100_000),
                    p.integer(InferenceSetup.MIN_GROUP_SIZE,
                            InferenceSetup.DEFAULT_MIN_GROUP_SIZE, 1, Integer.MAX_VALUE));
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

        InferenceSetup setup = InferenceSetup.of(ID, context, settings.targets());
        Keys keys = Keys.of(context.real(), setup.knowledge().known(), settings.bins(),
                context.synthetic(), setup.members(), setup.holdout());
        RiskFigures figures = new RiskFigures(ID, setup.groups(), settings.minGroupSize(),
                new RiskFigures.Bootstrap(settings.resamples()));
        for (int column : setup.knowledge().secrets()) {
            attack(context, setup, keys, settings, column, figures);
        }

        String headline = figures.headline("secret columns");
        List<String> notes = new ArrayList<>(setup.notes(ID, context));
        notes.add("The key is the combination of the known columns; numeric and datetime keys "
                + "and secrets are compared by quantile bin of the real data (" + settings.bins()
                + " bins asked for; fewer where values repeat), a missing key value matches only "
                + "a missing value. Rates are means of per-target CAP scores with percentile "
                + "bootstrap intervals (" + settings.resamples() + " resamples, seeded).");
        notes.add("The headline variant averages over targets whose key occurs in the synthetic "
                + "data; zero_* also counts the others, as 0. A high match rate with a low CAP "
                + "and a low match rate with a high CAP read very differently, so both matched_* "
                + "counts are reported.");
        notes.addAll(figures.notes());
        return new Finding(ID, title(), category(), THREAT_MODEL, headline, figures.figures(),
                List.of(), notes, null, setup.knowledge().stated(context));
    }

    private static void attack(AuditContext context, InferenceSetup setup, Keys keys,
            Settings settings, int column, RiskFigures figures) {
        Secret secret = Secret.of(context.real(), column, 0);
        SecretCodes codes = SecretCodes.of(context.real(), secret, settings.bins());
        int[] synthetic = codes.of(context.synthetic());
        Attributions attributions = Attributions.count(keys.synthetic(), synthetic,
                keys.count());
        String name = secret.name();
        Sides members = score(setup.members(), keys.members(), codes, attributions, setup);
        Sides holdout = score(setup.holdout(), keys.holdout(), codes, attributions, setup);

        figures.compare(name, "", "CAP of " + name + ", targets with a key match",
                members.matched(), holdout.matched(), setup.seeds().child(name),
                "no target with a known " + name + " has a key that occurs in a synthetic "
                        + "record with a known " + name);
        figures.compare(name, "zero_", "CAP of " + name + ", unmatched targets scored 0",
                members.all().side(), holdout.all().side(), setup.seeds().child(name + "/zero"),
                "no target has a known " + name);
        figures.count(name + ".matched_members", "Targets with a key match, members", name,
                members.matched().size());
        figures.count(name + ".matched_holdout", "Targets with a key match, holdout", name,
                holdout.matched().size());
        members.all().count(figures, name, "members");
        holdout.all().count(figures, name, "holdout");
    }

    /** The CAP scores of one side: all targets with a known secret, and the matched ones. */
    private record Sides(Scored all, RiskFigures.Side matched) {
    }

    private static Sides score(Dataset targets, int[] keys, SecretCodes codes,
            Attributions attributions, InferenceSetup setup) {
        int[] truth = codes.of(targets);
        boolean[] known = new boolean[truth.length];
        boolean[] matched = new boolean[truth.length];
        double[] cap = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            known[i] = truth[i] >= 0;
            int total = attributions.total(keys[i]);
            matched[i] = known[i] && total > 0;
            cap[i] = matched[i] ? (double) attributions.count(keys[i], truth[i]) / total : 0;
        }
        return new Sides(Scored.of(targets, known, cap, setup.groups()),
                RiskFigures.Side.of(targets, matched, cap, setup.groups()));
    }

    /**
     * The key of every record of the synthetic data and of both target samples, as dense ids
     * over one numbering: two records have the same id exactly when they agree on every key
     * column (numeric columns by bin, missing only with missing).
     *
     * @param synthetic the key id of each synthetic record
     * @param members the key id of each member target
     * @param holdout the key id of each holdout target
     * @param count the number of distinct keys
     */
    record Keys(int[] synthetic, int[] members, int[] holdout, int count) {
        static Keys of(Dataset real, int[] known, int bins, Dataset synthetic, Dataset members,
                Dataset holdout) {
            Dataset[] tables = {synthetic, members, holdout};
            int total = synthetic.rowCount() + members.rowCount() + holdout.rowCount();
            int[] ids = new int[total];
            int count = 1;
            for (int column : known) {
                int[] values = new int[total];
                int offset = 0;
                for (Dataset table : tables) {
                    int[] part = columnCodes(real, column, bins, table);
                    System.arraycopy(part, 0, values, offset, part.length);
                    offset += part.length;
                }
                count = refine(ids, values);
            }
            int m = synthetic.rowCount();
            int n = members.rowCount();
            return new Keys(Arrays.copyOfRange(ids, 0, m), Arrays.copyOfRange(ids, m, m + n),
                    Arrays.copyOfRange(ids, m + n, total), count);
        }

        /**
         * Splits each key id by one more column's value, renumbering densely.
         *
         * @return the number of distinct ids
         */
        static int refine(int[] ids, int[] values) {
            long[] pairs = new long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                pairs[i] = ((long) ids[i] << 32) | (values[i] + 1L);
            }
            long[] distinct = Arrays.stream(pairs).sorted().distinct().toArray();
            for (int i = 0; i < ids.length; i++) {
                ids[i] = Arrays.binarySearch(distinct, pairs[i]);
            }
            return distinct.length;
        }

        private static int[] columnCodes(Dataset real, int column, int bins, Dataset table) {
            if (table.schema().column(column).type().isCoded()) {
                return table.codeColumn(column);
            }
            QuantileBins quantiles = QuantileBins.fit(real.numericColumn(column), bins);
            return Arrays.stream(table.numericColumn(column)).mapToInt(quantiles::bin).toArray();
        }
    }

    /**
     * The secret as a code: the category code, or the quantile bin of a numeric value; -1 when
     * missing.
     */
    private record SecretCodes(Secret secret, QuantileBins bins) {
        static SecretCodes of(Dataset real, Secret secret, int bins) {
            return new SecretCodes(secret, secret.numeric()
                    ? QuantileBins.fit(real.numericColumn(secret.column()), bins) : null);
        }

        int[] of(Dataset table) {
            if (bins != null) {
                return Arrays.stream(table.numericColumn(secret.column())).mapToInt(bins::bin)
                        .toArray();
            }
            return table.codeColumn(secret.column());
        }
    }

    /**
     * How often each secret code occurs among the synthetic records of each key, counting only
     * records whose secret is known.
     */
    static final class Attributions {
        private final int[] totals;
        private final long[] pairs;
        private final int[] counts;

        private Attributions(int[] totals, long[] pairs, int[] counts) {
            this.totals = totals;
            this.pairs = pairs;
            this.counts = counts;
        }

        static Attributions count(int[] keys, int[] secrets, int keyCount) {
            int[] totals = new int[keyCount];
            long[] all = new long[keys.length];
            int used = 0;
            for (int i = 0; i < keys.length; i++) {
                if (secrets[i] >= 0) {
                    totals[keys[i]]++;
                    all[used++] = ((long) keys[i] << 32) | secrets[i];
                }
            }
            long[] sorted = Arrays.copyOf(all, used);
            Arrays.sort(sorted);
            long[] pairs = new long[used];
            int[] counts = new int[used];
            int distinct = 0;
            for (int i = 0; i < used; i++) {
                if (distinct == 0 || sorted[i] != pairs[distinct - 1]) {
                    pairs[distinct++] = sorted[i];
                }
                counts[distinct - 1]++;
            }
            return new Attributions(totals, Arrays.copyOf(pairs, distinct),
                    Arrays.copyOf(counts, distinct));
        }

        int total(int key) {
            return totals[key];
        }

        int count(int key, int secret) {
            int at = Arrays.binarySearch(pairs, ((long) key << 32) | secret);
            return at >= 0 ? counts[at] : 0;
        }
    }
}
