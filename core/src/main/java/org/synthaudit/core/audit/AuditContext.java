package org.synthaudit.core.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.progress.Progress;
import org.synthaudit.core.random.Seeds;

/**
 * Everything an evaluator may read: the real splits, the synthetic releases, the generator when
 * the audit runs it, the evaluator's parameters, its seed and the bounded thread pool.
 *
 * @param schema the schema all tables share
 * @param real every real record (train, holdout and reference together); ranges and other
 *     scales are taken from it
 * @param train the members: the records the generator was fitted on
 * @param holdout real records the generator never saw, the control group of every attack
 * @param reference real records the attacker is assumed to hold, never shown to the generator;
 *     may be empty
 * @param releases one or more synthetic tables
 * @param generator the generator and its parameters in generator mode; empty in release mode
 * @param parameters each evaluator's parameters, by evaluator id
 * @param seeds the audit's root seed node; evaluators take {@code seeds.child(id())}
 * @param pool the bounded pool for parallel work
 * @param progress where long work reports how far it has come ({@link Progress#NONE} when
 *     nothing shows it); evaluators may report from any thread of the pool
 */
public record AuditContext(Schema schema, Dataset real, Dataset train, Dataset holdout,
        Dataset reference, List<Dataset> releases, Optional<GeneratorSetup> generator,
        Map<String, Parameters> parameters, Seeds seeds, ForkJoinPool pool, Progress progress) {

    /** Checks that there is at least one release and freezes the collections. */
    public AuditContext {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(holdout, "holdout");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(progress, "progress");
        releases = List.copyOf(releases);
        parameters = Map.copyOf(parameters);
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("an audit needs at least one synthetic release");
        }
    }

    /**
     * An audit whose progress nobody shows.
     *
     * @param schema the schema all tables share
     * @param real every real record
     * @param train the members
     * @param holdout the control records
     * @param reference the attacker's records; may be empty
     * @param releases one or more synthetic tables
     * @param generator the generator in generator mode; empty in release mode
     * @param parameters each evaluator's parameters, by evaluator id
     * @param seeds the audit's root seed node
     * @param pool the bounded pool for parallel work
     */
    public AuditContext(Schema schema, Dataset real, Dataset train, Dataset holdout,
            Dataset reference, List<Dataset> releases, Optional<GeneratorSetup> generator,
            Map<String, Parameters> parameters, Seeds seeds, ForkJoinPool pool) {
        this(schema, real, train, holdout, reference, releases, generator, parameters, seeds,
                pool, Progress.NONE);
    }

    /**
     * The first synthetic release.
     *
     * @return the release most evaluators score
     */
    public Dataset synthetic() {
        return releases.getFirst();
    }

    /**
     * The same audit with one release only, for an evaluator that scores each release on its
     * own.
     *
     * @param release the release to keep, normally one of {@link #releases()}
     * @return a context whose only release is {@code release}
     */
    public AuditContext withRelease(Dataset release) {
        return new AuditContext(schema, real, train, holdout, reference,
                List.of(Objects.requireNonNull(release, "release")), generator, parameters,
                seeds, pool, progress);
    }

    /**
     * The same audit reporting its progress elsewhere.
     *
     * @param newProgress where long work reports how far it has come
     * @return the changed context
     */
    public AuditContext withProgress(Progress newProgress) {
        return new AuditContext(schema, real, train, holdout, reference, releases, generator,
                parameters, seeds, pool, newProgress);
    }

    /**
     * The parameters the user gave an evaluator.
     *
     * @param evaluatorId the evaluator id
     * @return its parameters, empty when none were given
     */
    public Parameters parametersOf(String evaluatorId) {
        return parameters.getOrDefault(evaluatorId, Parameters.none("evaluator " + evaluatorId));
    }

    /**
     * The generator under audit with its parameters, so attacks can re-fit it, and what its fit
     * on the training records claimed.
     *
     * @param generator the generator
     * @param parameters its parameters
     * @param claim the differential-privacy claim of the fit the releases came from, which a
     *     membership attack can check against its empirical lower bound on epsilon
     * @param input what the audit fitted it on (training records, outside records, folder and
     *     CSV options), or {@code null} when not known; {@link #refit} keeps all but the
     *     training records
     */
    public record GeneratorSetup(Generator generator, Parameters parameters, PrivacyClaim claim,
            FitInput input) {

        /** Checks the generator, the parameters and the claim. */
        public GeneratorSetup {
            Objects.requireNonNull(generator, "generator");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(claim, "claim");
        }

        /**
         * A generator whose fit made no claim and whose fit input is not known.
         *
         * @param generator the generator
         * @param parameters its parameters
         */
        public GeneratorSetup(Generator generator, Parameters parameters) {
            this(generator, parameters, PrivacyClaim.NONE, null);
        }

        /**
         * Fits the generator again on other training records, as a shadow-model attack does,
         * with the audit's surroundings (outside records minus the new training records, the
         * configuration's folder and CSV options).
         *
         * @param train the records the re-fitted generator may learn from
         * @param seeds the seed node for the fit
         * @return the fitted model
         * @throws org.synthaudit.core.InputException if the generator rejects its input
         */
        public Generator.FittedGenerator refit(Dataset train, Seeds seeds) {
            FitInput fitInput = input == null ? FitInput.of(train) : input.withTrain(train);
            return generator.fit(fitInput, parameters, seeds);
        }
    }
}
