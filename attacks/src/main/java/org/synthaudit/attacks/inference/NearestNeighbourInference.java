package org.synthaudit.attacks.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.distance.BruteForceSearch;
import org.synthaudit.core.distance.EncodedRows;
import org.synthaudit.core.distance.Exclusion;
import org.synthaudit.core.distance.NeighbourSearch;
import org.synthaudit.core.distance.Neighbours;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;

/**
 * Attribute inference by nearest neighbours: the attacker looks up a person's quasi-identifiers
 * among the synthetic records and reads the secret off the closest ones.
 *
 * <p><b>Threat model.</b> The attacker holds the synthetic release and knows a target's
 * quasi-identifiers (from a register, a social profile). They find the {@code k} synthetic
 * records nearest to the target on those columns and guess the secret: the most frequent value
 * among the {@code k} for a categorical secret (ties go to the value of the nearer record), their
 * mean for a numeric one. This is the inference attack of Anonymeter (Giomi et al. 2023, "A
 * Unified Framework for Quantifying Privacy Risk in Synthetic Data", PoPETs), with holdout
 * records as the control: the same guess made for people who were not in the training data
 * measures what the release reveals about anyone from population patterns, which synthetic
 * data is meant to keep, so only the gain over it is a leak.
 *
 * <p><b>Scoring.</b> A categorical guess is correct when it equals the true value; a numeric
 * guess when it lies within the relative tolerance of {@link NumericTolerance}. Nearness is the
 * mixed {@link RecordDistance} over the known columns, scaled by the real ranges.
 *
 * <p><b>Figures</b> (ids under {@code inference.nearest-neighbour.}): for each secret column
 * {@code s}, {@code s.rate_members} and {@code s.rate_holdout} (share of correct guesses, Wilson
 * intervals), {@code s.gain} (members minus holdout, Newcombe's hybrid score interval), the
 * counts {@code s.scored_members}, {@code s.scored_holdout}, {@code s.missing_secret_members},
 * {@code s.missing_secret_holdout}, and the rates and gain per group of each protected
 * attribute {@code a}, {@code s.group.a.<value>.*}. The headline {@code max_gain} is the largest
 * gain over the secret columns.
 */
public final class NearestNeighbourInference implements Evaluator {
    /** The evaluator id and the prefix of its figure ids. */
    public static final String ID = "inference.nearest-neighbour";
    /** Parameter: the number of nearest synthetic records a guess is made from. */
    public static final String K = "k";
    /** The default number of neighbours. */
    public static final int DEFAULT_K = 1;

    static final String THREAT_MODEL = "The attacker holds the synthetic release and knows a "
            + "target's quasi-identifiers. They guess each sensitive value from the k synthetic "
            + "records nearest to the target on those columns: the most frequent value, or the "
            + "mean of a numeric one. The same guess is made for holdout records the generator "
            + "never saw; only the gain of members over them counts as a leak.";

    private static final int MAX_K = 100;

    /** Creates the evaluator; it keeps no state between audits. */
    public NearestNeighbourInference() {
        // found through ServiceLoader
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Attribute inference: nearest synthetic neighbours";
    }

    @Override
    public String description() {
        return "Guesses sensitive values from the synthetic records nearest on the "
                + "quasi-identifiers (Anonymeter, Giomi et al. 2023); members against holdout.";
    }

    /**
     * The figures this evaluator can produce, {@code <secret>} a sensitive column, {@code
     * <attribute>} and {@code <group>} a protected column and one of its groups.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        return RiskFigures.patterns(ID, List.of(""), List.of());
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
                new Parameter(K, "" + DEFAULT_K, "nearest synthetic records per guess, 1 to "
                        + MAX_K),
                new Parameter(InferenceSetup.TOLERANCE, "" + InferenceSetup.DEFAULT_TOLERANCE,
                        "relative tolerance for numeric secrets, 0 to 1"),
                new Parameter(InferenceSetup.MIN_GROUP_SIZE,
                        "" + InferenceSetup.DEFAULT_MIN_GROUP_SIZE,
                        "fewest scored targets per side for a protected group to be scored"));
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return InferenceSetup.inapplicable(context);
    }

    /** The validated parameters. */
    private record Settings(int targets, int k, double tolerance, int minGroupSize) {
        static Settings read(Parameters p) {
            p.requireOnly(Set.of(InferenceSetup.TARGETS, K, InferenceSetup.TOLERANCE,
                    InferenceSetup.MIN_GROUP_SIZE));
            return new Settings(
                    p.integer(InferenceSetup.TARGETS, InferenceSetup.DEFAULT_TARGETS, 1,
                            Integer.MAX_VALUE),
                    p.integer(K, DEFAULT_K, 1, MAX_K),
                    p.number(InferenceSetup.TOLERANCE, InferenceSetup.DEFAULT_TOLERANCE, 0, 1),
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
        RecordDistance distance = RecordDistance.fit(context.train(), setup.knowledge().known());
        Attack attack = new Attack(context, setup, settings, distance,
                new BruteForceSearch(context.pool()));
        RiskFigures figures = new RiskFigures(ID, setup.groups(), settings.minGroupSize(),
                new RiskFigures.Binary());
        List<String> notes = new ArrayList<>(setup.notes(ID, context));
        notes.add("k = " + settings.k() + " nearest synthetic records per guess; a categorical "
                + "guess is their most frequent value (ties to the value of the nearer record), "
                + "a numeric guess their mean. " + distance.describe());
        for (int column : setup.knowledge().secrets()) {
            Secret secret = Secret.of(context.real(), column, settings.tolerance());
            attack.run(secret, figures);
            if (secret.numeric()) {
                notes.add(secret.tolerance().describe(secret.name()));
            }
        }

        String headline = figures.headline("secret columns");
        notes.addAll(figures.notes());
        return new Finding(ID, title(), category(), THREAT_MODEL, headline, figures.figures(),
                List.of(), notes, null, setup.knowledge().stated(context));
    }

    /** One run of the attack: the encoded targets and the search. */
    private record Attack(AuditContext context, InferenceSetup setup, Settings settings,
            RecordDistance distance, NeighbourSearch search) {

        void run(Secret secret, RiskFigures figures) {
            Dataset synthetic = context.synthetic();
            double[] values = secret.values(synthetic);
            int[] rows = Secret.known(values);
            String what = "Correct guesses of " + secret.name();
            if (rows.length == 0) {
                figures.undefined(secret.name(), "", what, "no synthetic record has a value of "
                        + secret.name() + " to guess from");
                return;
            }

            EncodedRows candidates = distance.encode(synthetic.select("synthetic-" + secret.name(),
                    rows));
            double[] candidateValues = java.util.Arrays.stream(rows).mapToDouble(r -> values[r])
                    .toArray();
            int k = Math.min(settings.k(), rows.length);
            Scored members = score(setup.members(), secret, candidates, candidateValues, k);
            Scored holdout = score(setup.holdout(), secret, candidates, candidateValues, k);
            figures.compare(secret.name(), "", what, members.side(), holdout.side(),
                    setup.seeds().child(secret.name()));
            members.count(figures, secret.name(), "members");
            holdout.count(figures, secret.name(), "holdout");
        }

        private Scored score(Dataset targets, Secret secret, EncodedRows candidates,
                double[] candidateValues, int k) {
            Neighbours neighbours = search.nearest(distance.encode(targets), candidates, k,
                    Exclusion.NONE);
            double[] truth = secret.values(targets);
            boolean[] scored = new boolean[truth.length];
            double[] hits = new double[truth.length];
            for (int q = 0; q < truth.length; q++) {
                scored[q] = !Double.isNaN(truth[q]);
                double guess = secret.numeric() ? mean(neighbours, q, candidateValues)
                        : majority(neighbours, q, candidateValues);
                hits[q] = scored[q] && secret.hit(guess, truth[q]) ? 1 : 0;
            }
            return Scored.of(targets, scored, hits, setup.groups());
        }
    }

    /** The mean secret of a query's neighbours. */
    static double mean(Neighbours neighbours, int query, double[] values) {
        double sum = 0;
        for (int rank = 0; rank < neighbours.k(); rank++) {
            sum += values[neighbours.index(query, rank)];
        }
        return sum / neighbours.k();
    }

    /**
     * The most frequent secret among a query's neighbours; among equally frequent values, the
     * one held by the nearer neighbour.
     */
    static double majority(Neighbours neighbours, int query, double[] values) {
        int k = neighbours.k();
        double best = Double.NaN;
        int bestCount = 0;
        for (int rank = 0; rank < k; rank++) {
            double value = values[neighbours.index(query, rank)];
            int count = 0;
            for (int other = 0; other < k; other++) {
                count += values[neighbours.index(query, other)] == value ? 1 : 0;
            }
            if (count > bestCount) {
                best = value;
                bestCount = count;
            }
        }
        return best;
    }
}
