package org.synthaudit.core.plugin;

import java.util.Optional;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.random.Seeds;

/**
 * A synthetic data generator: fitted once on the training records, then sampled many times.
 * Implementations are found with {@link java.util.ServiceLoader}, so a jar on the class path adds
 * one. Fitting and sampling with the same inputs and seeds must give the same rows.
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
     * Fits the generator.
     *
     * @param train the records the generator may learn from (the members)
     * @param parameters the user's parameters for this generator
     * @param seeds the seed node for the fit
     * @return the fitted model
     * @throws org.synthaudit.core.InputException if a parameter is invalid
     */
    FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds);

    /** A fitted generator that can produce any number of releases. */
    interface FittedGenerator {
        /**
         * Samples synthetic records. The result has the training table's schema and dictionary;
         * identifier columns are missing.
         *
         * @param rows the number of records, {@code >= 0}
         * @param seeds the seed node for this sample
         * @return a new base table named {@code synthetic}
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
    }
}
