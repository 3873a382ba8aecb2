package org.synthaudit.generators;

import java.util.Set;
import java.util.SplittableRandom;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * Releases the training records themselves: the worst case of memorisation, against which
 * attacks are calibrated (a membership attack that cannot tell members from holdout records
 * here cannot tell them anywhere).
 *
 * <p>A sample is drawn from shuffled passes over the training records: the records are put in a
 * seeded random order and taken in that order; when more rows are asked for than there are
 * records, another independently shuffled pass follows. Hence
 * <ul>
 *   <li>{@code rows == n} (the training size) gives every training record exactly once;
 *   <li>{@code rows < n} gives {@code rows} distinct training records, drawn without
 *       replacement;
 *   <li>{@code rows > n} gives every record {@code floor(rows / n)} or {@code ceil(rows / n)}
 *       times, so every member is in the release.
 * </ul>
 * Identifier columns come out missing, as for every generator.
 */
public final class IdentityGenerator implements Generator {
    /** The id used in configurations. */
    public static final String ID = "identity";

    /** Creates the generator; it has no state until fitted. */
    public IdentityGenerator() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Releases the training records themselves (shuffled): the worst case that "
                + "calibrates attacks.";
    }

    /**
     * Copies the training records.
     *
     * @param train the records to release, at least one
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

    /** The copied training records. */
    private record Fitted(TrainingColumns train) implements FittedGenerator {

        @Override
        public Dataset sample(int rows, Seeds seeds) {
            Dataset.Builder builder = train.newSynthetic(rows);
            int[] order = shuffledPasses(rows, train.rowCount(), seeds.child("order").random());
            for (int c = 0; c < train.schema().size(); c++) {
                train.copy(builder, c, order);
            }
            return builder.build();
        }
    }

    /**
     * Concatenates independent random permutations of {@code 0..n-1} and cuts the result at
     * {@code rows} entries.
     *
     * @param rows the length of the result, {@code >= 0}
     * @param n the number of records, {@code >= 1}
     * @param random the source of the permutations
     * @return row positions in {@code [0, n)}
     */
    static int[] shuffledPasses(int rows, int n, SplittableRandom random) {
        int[] out = new int[rows];
        int[] pass = new int[n];
        for (int filled = 0; filled < rows; filled += n) {
            for (int i = 0; i < n; i++) {
                pass[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = pass[i];
                pass[i] = pass[j];
                pass[j] = swap;
            }
            System.arraycopy(pass, 0, out, filled, Math.min(n, rows - filled));
        }
        return out;
    }
}
