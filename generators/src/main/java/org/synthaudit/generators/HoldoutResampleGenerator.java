package org.synthaudit.generators;

import java.util.List;
import java.util.Set;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * A negative control: releases real records of the same population that the generator never
 * trained on. Its output does not depend on the training records at all, so no membership
 * attack may tell members from non-members on it better than chance; an audit that flags it is
 * broken. It is the "fresh sample from the population" reference point of Stadler, Oprisanu and
 * Troncoso ("Synthetic Data – Anonymisation Groundhog Day", USENIX Security 2022), taken from
 * the audit's own data.
 *
 * <p>The records come from {@link FitInput#outside()}: in generator mode the audit's
 * <em>reference</em> split, never its holdout. The holdout is the control group of every
 * membership attack; releasing it would put the non-members themselves into the synthetic data,
 * so that they would look like members. A sample is drawn like {@link IdentityGenerator} draws
 * from the training records: shuffled passes over the outside records, so without replacement
 * while there are records left, and every record {@code floor(rows / m)} or
 * {@code ceil(rows / m)} times for {@code m} outside records. Identifier columns come out
 * missing.
 *
 * <p>Privacy: with respect to the training records the release carries no information at all;
 * the generator still claims no differential privacy, since it publishes other people's real
 * records verbatim. It calibrates an audit; it is never a release candidate.
 */
public final class HoldoutResampleGenerator implements Generator {
    /** The id used in configurations. */
    public static final String ID = "holdout-resample";

    /** Creates the generator; it has no state until fitted. */
    public HoldoutResampleGenerator() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Negative control: releases real records of the reference split, which the "
                + "generator never trained on; no membership attack may flag it.";
    }

    /**
     * Fails: without records outside the training data there is nothing to release.
     *
     * @param train the training records, unused
     * @param parameters must be empty
     * @param seeds unused
     * @return never
     * @throws InputException always, asking for a reference split
     */
    @Override
    public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
        return fit(FitInput.of(train), parameters, seeds);
    }

    /**
     * Keeps the outside records; the training records are not looked at.
     *
     * @param input the audit's records; {@code outside} must have at least one row
     * @param parameters must be empty: the generator takes none
     * @param seeds unused: fitting involves no randomness
     * @return the fitted generator
     * @throws InputException if a parameter is given or there are no outside records
     */
    @Override
    public FittedGenerator fit(FitInput input, Parameters parameters, Seeds seeds) {
        parameters.requireOnly(Set.of());
        if (input.outside().rowCount() == 0) {
            throw new InputException("generator " + ID + " needs a reference split, the real "
                    + "records it releases instead of the training records: set "
                    + "split.reference > 0");
        }
        return new Fitted(TrainingColumns.of(input.outside(), ID), input.outside().rowCount());
    }

    /**
     * The outside records.
     *
     * @param outside the records released
     * @param size their number, for the report
     */
    private record Fitted(TrainingColumns outside, int size) implements FittedGenerator {

        @Override
        public Dataset sample(int rows, Seeds seeds) {
            Dataset.Builder builder = outside.newSynthetic(rows);
            int[] order = IdentityGenerator.shuffledPasses(rows, outside.rowCount(),
                    seeds.child("order").random());
            for (int c = 0; c < outside.schema().size(); c++) {
                outside.copy(builder, c, order);
            }
            return builder.build();
        }

        @Override
        public List<String> details() {
            return List.of("Releases real records of the reference split (" + size + " records"
                    + "), none of which is a training record: a negative control.");
        }
    }
}
