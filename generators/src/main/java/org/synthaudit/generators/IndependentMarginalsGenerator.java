package org.synthaudit.generators;

import java.util.Set;
import java.util.SplittableRandom;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * Samples every column independently from its empirical distribution in the training data: the
 * product of the one-way marginals. Each synthetic value is the value of a training record
 * drawn uniformly at random, separately for every column, so category shares, numeric
 * distributions and missing rates are kept while every dependence between columns is broken.
 * It is the independent-histograms model ("IndHist") of Stadler, Oprisanu and Troncoso,
 * "Synthetic Data – Anonymisation Groundhog Day", USENIX Security 2022, with the empirical
 * distribution itself in place of binned histograms.
 *
 * <p>Column {@code c} draws from the seed node {@code seeds.child(name of c)}, so its values do
 * not change when columns are added or removed.
 */
public final class IndependentMarginalsGenerator implements Generator {
    /** The id used in configurations. */
    public static final String ID = "independent-marginals";

    /** Creates the generator; it has no state until fitted. */
    public IndependentMarginalsGenerator() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Samples each column independently from its empirical distribution in train, "
                + "missing values included.";
    }

    /**
     * Copies the training columns; their empirical distributions are the model.
     *
     * @param train the records to learn from, at least one
     * @param parameters must be empty: the generator takes none
     * @param seeds unused: fitting involves no randomness
     * @return the fitted generator
     * @throws org.synthaudit.core.InputException if a parameter is given or train has no rows
     */
    @Override
    public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
        parameters.requireOnly(Set.of());
        return new Fitted(TrainingColumns.of(train, ID));
    }

    /** The copied training columns. */
    private record Fitted(TrainingColumns train) implements FittedGenerator {

        @Override
        public Dataset sample(int rows, Seeds seeds) {
            Dataset.Builder builder = train.newSynthetic(rows);
            int n = train.rowCount();
            for (int c = 0; c < train.schema().size(); c++) {
                if (train.schema().column(c).type() == ColumnType.IDENTIFIER) {
                    continue;
                }
                SplittableRandom random = seeds.child(train.schema().column(c).name()).random();
                int[] donors = new int[rows];
                for (int i = 0; i < rows; i++) {
                    donors[i] = random.nextInt(n);
                }
                train.copy(builder, c, donors);
            }
            return builder.build();
        }
    }
}
