package org.synthaudit.attacks.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * Attribute inference by a model: the attacker trains a classifier (or regressor) on the
 * synthetic data to predict a secret from the quasi-identifiers and applies it to people whose
 * quasi-identifiers they know.
 *
 * <p><b>Threat model.</b> The attacker holds the synthetic release and knows a target's
 * quasi-identifiers. They fit a random forest ({@link SecretModel}) on the synthetic records,
 * quasi-identifiers to secret, and take its prediction as the guess. This is the
 * machine-learning inference attack discussed by Stadler et al. (2022), "Synthetic Data –
 * Anonymisation Groundhog Day", USENIX Security, and the "ML inference" of Hittmeir et al.
 * (2020). The same model is applied to holdout records: the gain of members over them is what
 * the release reveals about the people in it. A second forest, fitted on the attacker's
 * reference records instead, is the "no release" baseline: what the attacker learns without the
 * synthetic data at all.
 *
 * <p><b>Figures</b> (ids under {@code inference.model.}): for each secret column {@code s},
 * {@code s.rate_members}, {@code s.rate_holdout} (share of correct guesses, Wilson intervals),
 * {@code s.gain} (members minus holdout, Newcombe's hybrid score interval), the reference
 * model's {@code s.reference_rate_members}, {@code s.reference_rate_holdout},
 * {@code s.reference_gain}, and {@code s.gain_over_reference}: the synthetic model's rate on
 * members minus the reference model's rate on the same members, with Newcombe's paired
 * interval; undefined without reference data. Counts and per-group figures as in
 * {@link NearestNeighbourInference}; the headline {@code max_gain} is the largest
 * members-minus-holdout gain over the secret columns.
 */
public final class ModelInference implements Evaluator {
    /** The evaluator id and the prefix of its figure ids. */
    public static final String ID = "inference.model";
    /** Parameter: the number of trees of each forest. */
    public static final String TREES = "trees";
    /** The default number of trees. */
    public static final int DEFAULT_TREES = 50;

    static final String THREAT_MODEL = "The attacker holds the synthetic release and knows a "
            + "target's quasi-identifiers. They train a random forest on the synthetic records to "
            + "predict each sensitive value from the quasi-identifiers and take its prediction as "
            + "the guess. The same model is applied to holdout records the generator never saw; "
            + "a forest trained on the attacker's own reference records is the no-release "
            + "baseline.";

    private static final int MAX_TREES = 1000;

    /** Creates the evaluator; it keeps no state between audits. */
    public ModelInference() {
        // found through ServiceLoader
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Attribute inference: a model trained on the synthetic data";
    }

    @Override
    public String description() {
        return "Predicts sensitive values from quasi-identifiers with a random forest trained on "
                + "the synthetic data; members against holdout and against a reference model.";
    }

    /**
     * The figures this evaluator can produce, {@code <secret>} a sensitive column, {@code
     * <attribute>} and {@code <group>} a protected column and one of its groups.
     *
     * @return the figure id patterns
     */
    @Override
    public List<FigurePattern> figures() {
        return RiskFigures.patterns(ID, List.of("", "reference_"),
                List.of("gain_over_reference"));
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
                new Parameter(TREES, "" + DEFAULT_TREES, "trees per random forest, 1 to "
                        + MAX_TREES),
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
    private record Settings(int targets, int trees, double tolerance, int minGroupSize) {
        static Settings read(Parameters p) {
            p.requireOnly(Set.of(InferenceSetup.TARGETS, TREES, InferenceSetup.TOLERANCE,
                    InferenceSetup.MIN_GROUP_SIZE));
            return new Settings(
                    p.integer(InferenceSetup.TARGETS, InferenceSetup.DEFAULT_TARGETS, 1,
                            Integer.MAX_VALUE),
                    p.integer(TREES, DEFAULT_TREES, 1, MAX_TREES),
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
        ModelFrames frames = ModelFrames.fit(context.real(), setup.knowledge().known());
        RiskFigures figures = new RiskFigures(ID, setup.groups(), settings.minGroupSize(),
                new RiskFigures.Binary());
        List<String> notes = new ArrayList<>(setup.notes(ID, context));
        for (int column : setup.knowledge().secrets()) {
            Secret secret = Secret.of(context.real(), column, settings.tolerance());
            new Attack(context, setup, settings, frames, secret).run(figures);
            if (secret.numeric()) {
                notes.add(secret.tolerance().describe(secret.name()));
            }
        }

        String headline = figures.headline("secret columns");
        notes.addAll(notes(context, settings));
        notes.addAll(figures.notes());
        List<Knowledge> knowledge = new ArrayList<>(setup.knowledge().stated(context));
        if (context.reference().rowCount() > 0) {
            knowledge.add(new Knowledge.PopulationRecords("reference",
                    context.reference().rowCount(), "train the same model without the release,"
                            + " the no-release baseline"));
        }
        return new Finding(ID, title(), category(), THREAT_MODEL, headline, figures.figures(),
                List.of(), notes, null, knowledge);
    }

    /** The attack on one secret. */
    private record Attack(AuditContext context, InferenceSetup setup, Settings settings,
            ModelFrames frames, Secret secret) {

        void run(RiskFigures figures) {
            String what = "Correct guesses of " + secret.name();
            Optional<SecretModel> synthetic;
            try {
                synthetic = fit(context.synthetic(), "synthetic");
            } catch (SecretModel.NotFitted e) {
                figures.undefined(secret.name(), "", what, "synthetic data: " + e.getMessage());
                return;
            }
            if (synthetic.isEmpty()) {
                figures.undefined(secret.name(), "", what, "no synthetic record has a value of "
                        + secret.name() + " to train on");
                return;
            }
            Scored members = score(synthetic.get(), setup.members());
            Scored holdout = score(synthetic.get(), setup.holdout());
            figures.compare(secret.name(), "", what, members.side(), holdout.side(),
                    setup.seeds().child(secret.name()));
            members.count(figures, secret.name(), "members");
            holdout.count(figures, secret.name(), "holdout");

            String byReference = what + " by a model of the reference data";
            String gainOverReference = what + ": synthetic model minus reference model, members";
            Optional<String> missingReference = referenceProblem();
            Optional<SecretModel> reference = Optional.empty();
            if (missingReference.isEmpty()) {
                try {
                    reference = fit(context.reference(), "reference");
                } catch (SecretModel.NotFitted e) {
                    missingReference = Optional.of("reference data: " + e.getMessage());
                }
            }
            if (reference.isEmpty()) {
                String why = missingReference.orElse("no reference record has a value of "
                        + secret.name() + " to train on");
                figures.undefined(secret.name(), "reference_", byReference, why);
                figures.add(new Figure(ID + "." + secret.name() + ".gain_over_reference",
                        gainOverReference, secret.name(), Estimate.undefined(why),
                        RiskFigures.noLeak(), Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE));
                return;
            }
            Scored referenceMembers = score(reference.get(), setup.members());
            Scored referenceHoldout = score(reference.get(), setup.holdout());
            figures.compare(secret.name(), "reference_", byReference, referenceMembers.side(),
                    referenceHoldout.side(), setup.seeds().child(secret.name() + "/reference"));
            figures.comparePaired(secret.name(), "gain_over_reference", gainOverReference,
                    members.side(), referenceMembers.side());
        }

        private Optional<String> referenceProblem() {
            if (context.reference().rowCount() == 0) {
                return Optional.of("no reference data: the attacker's background records are "
                        + "empty (release mode, or no reference share in the split)");
            }
            return Optional.empty();
        }

        private Optional<SecretModel> fit(Dataset table, String label) {
            return SecretModel.fit(frames, table, secret, settings.trees(),
                    setup.seeds().child(secret.name() + "/" + label), context.pool());
        }

        private Scored score(SecretModel model, Dataset targets) {
            double[] guesses = model.predict(frames, targets, context.pool());
            double[] truth = secret.values(targets);
            boolean[] scored = new boolean[truth.length];
            double[] hits = new double[truth.length];
            for (int i = 0; i < truth.length; i++) {
                scored[i] = !Double.isNaN(truth[i]);
                hits[i] = scored[i] && secret.hit(guesses[i], truth[i]) ? 1 : 0;
            }
            return Scored.of(targets, scored, hits, setup.groups());
        }
    }

    private static List<String> notes(AuditContext context, Settings settings) {
        List<String> notes = new ArrayList<>();
        notes.add("Model: Smile random forest of " + settings.trees() + " trees (Gini splits for "
                + "a categorical secret, variance for a numeric one; max(2, ceil(sqrt(p))) "
                + "candidate columns per split; fully grown trees of depth <= "
                + SecretModel.MAX_DEPTH + "), trained on the records whose secret is known. "
                + "Categorical columns use the audit's whole vocabulary as levels, so categories absent from the "
                + "training records still score; a missing numeric value is encoded below the "
                + "real minimum.");
        notes.add("The reference model is the same forest trained on " + context.reference()
                .rowCount() + " reference records; gain_over_reference compares the two models "
                + "on the same members (Newcombe's paired interval).");
        return notes;
    }
}
