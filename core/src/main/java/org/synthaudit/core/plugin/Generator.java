package org.synthaudit.core.plugin;

import java.util.List;
import java.util.Optional;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.random.Seeds;

/**
 * A synthetic data generator: fitted once on the training records, then sampled many times.
 * Implementations are found with {@link java.util.ServiceLoader}, so a jar on the class path adds
 * one. Fitting and sampling with the same inputs and seeds must give the same rows.
 *
 * <p>An audit calls {@link #fit(FitInput, Parameters, Seeds)}; an ordinary generator implements
 * only {@link #fit(Dataset, Parameters, Seeds)}, which the default of the former calls with the
 * training records alone.
 */
public interface Generator extends Plugin {

    /**
     * Tells why the generator cannot handle a schema.
     *
     * @param schema the audit's schema
     * @return the reason, or empty when it can
     */
    default Optional<String> unsupported(Schema schema) {
        return Optional.empty();
    }

    /**
     * Checks the parameters against what the fit will be given, after the split and before the
     * fit, for ranges that depend on the columns or on files next to the configuration. The
     * default checks the parameters alone ({@link #validate(Parameters)}).
     *
     * @param parameters the user's parameters for this generator
     * @param input the training records, the configuration's folder and CSV options, as the fit
     *     will receive them
     * @throws InvalidParameterException naming the parameter, the value found and what is
     *     allowed
     * @throws org.synthaudit.core.InputException for a problem that involves several parameters
     */
    default void validate(Parameters parameters, FitInput input) {
        validate(parameters);
    }

    /**
     * Fits the generator on the training records.
     *
     * @param train the records the generator may learn from (the members)
     * @param parameters the user's parameters for this generator
     * @param seeds the seed node for the fit
     * @return the fitted model
     * @throws org.synthaudit.core.InputException if a parameter is invalid
     */
    FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds);

    /**
     * Fits the generator with what the audit around it provides. The default ignores everything
     * but the training records; only negative controls and generators that read or write files
     * override it.
     *
     * @param input the training records, the real records outside them, the configuration's
     *     folder and CSV options
     * @param parameters the user's parameters for this generator
     * @param seeds the seed node for the fit
     * @return the fitted model
     * @throws org.synthaudit.core.InputException if a parameter or an input is invalid
     */
    default FittedGenerator fit(FitInput input, Parameters parameters, Seeds seeds) {
        return fit(input.train(), parameters, seeds);
    }

    /** A fitted generator that can produce any number of releases. */
    interface FittedGenerator {
        /**
         * Samples synthetic records. The result has the training table's schema and dictionary;
         * identifier columns are missing.
         *
         * @param rows the number of records, {@code >= 0}
         * @param seeds the seed node for this sample
         * @return a new base table named {@code synthetic}
         * @throws org.synthaudit.core.InputException if an outside program or file the
         *     generator depends on fails
         */
        Dataset sample(int rows, Seeds seeds);

        /**
         * The differential-privacy guarantee claimed for the samples.
         *
         * @return the claim, {@link PrivacyClaim#NONE} by default
         */
        default PrivacyClaim privacyClaim() {
            return PrivacyClaim.NONE;
        }

        /**
         * Facts about the fit a report prints under the generator, one sentence a line: a
         * privacy accounting, a learnt structure, the command an outside program ran with. They
         * must be the same for the same inputs and seeds.
         *
         * @return the lines, none by default
         */
        default List<String> details() {
            return List.of();
        }

        /**
         * What running the generator printed, such as the end of an outside program's standard
         * error, for the report. Unlike {@link #details()} it may differ between reruns (it
         * often holds times), so reports keep it apart from the reproducible results.
         *
         * @return the lines, none by default
         */
        default List<String> log() {
            return List.of();
        }

        /**
         * Synthetic tables made before the fit (by another tool) that are the releases
         * themselves. When this is not empty an audit takes these tables as its releases,
         * whatever the number of rows or releases asked for, instead of sampling.
         *
         * @return the tables in release order, none by default
         */
        default List<Dataset> fixedReleases() {
            return List.of();
        }
    }
}
