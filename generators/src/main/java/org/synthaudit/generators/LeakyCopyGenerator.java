package org.synthaudit.generators;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * A positive control with a known leak: a fraction {@code f} of the synthetic rows are verbatim
 * training rows, the rest are drawn from the independent per-column marginals of the training
 * data. It is a control with a known effect: an audit whose copy-sensitive risks (exact-match
 * rate, distance to closest record, membership inference) do not rise with {@code f}, or that
 * flags the marginal rows when {@code f = 0}, is broken.
 *
 * <p>A sample of {@code n} rows holds exactly {@code round(f n)} copies (halves rounded up) at
 * seeded random positions. The copied training rows are drawn without replacement while there
 * are training rows left, then without replacement again from a fresh pass. Every other row takes
 * each column's value from a training row drawn uniformly and independently per column, with a
 * seed per column, so each column keeps its empirical distribution (missing values included) and
 * the columns are independent. Identifier columns are left missing, as in every synthetic table.
 *
 * <p>Privacy: none, by design. The copied rows disclose whole training records; the marginal
 * rows disclose every training value of every column, though not which values belong together.
 */
public final class LeakyCopyGenerator implements Generator {
    /** The generator's id. */
    public static final String ID = "leaky-copy";

    /** The parameter for the share of rows copied verbatim. */
    public static final String FRACTION = "fraction";

    /** Creates the generator; it is configured through the parameters of each fit. */
    public LeakyCopyGenerator() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Positive control: a fraction of rows are verbatim training rows, the rest come "
                + "from independent column marginals; leaks by design.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(FRACTION, "0.01", "share of synthetic rows that are "
                + "verbatim training rows, in [0, 1]; exactly round(fraction * rows) are copied"));
    }

    /**
     * Checks the parameters' names and ranges.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        fraction(parameters);
    }

    private static double fraction(Parameters parameters) {
        parameters.requireOnly(Set.of(FRACTION));
        return parameters.number(FRACTION, 0.01, 0, 1);
    }

    @Override
    public Model fit(Dataset train, Parameters parameters, Seeds seeds) {
        double fraction = fraction(parameters);
        if (train.rowCount() == 0) {
            throw new InputException(parameters.owner() + ": the training table '" + train.name()
                    + "' has no rows; at least 1 is needed");
        }

        int[] columns = train.schema().analysable();
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = train.schema().column(columns[i]).type().isCoded()
                    ? train.codeColumn(columns[i]) : train.numericColumn(columns[i]);
        }
        return new Model(train.schema(), train.dictionary(), fraction, train.rowCount(),
                columns, values);
    }

    /** A fitted leaky copier: the training columns and the copy fraction. */
    public static final class Model implements FittedGenerator {
        private final Schema schema;
        private final Dictionary dictionary;
        private final double fraction;
        private final int trainRows;
        private final int[] columns;
        private final Object[] values;

        private Model(Schema schema, Dictionary dictionary, double fraction, int trainRows,
                int[] columns, Object[] values) {
            this.schema = schema;
            this.dictionary = dictionary;
            this.fraction = fraction;
            this.trainRows = trainRows;
            this.columns = columns;
            this.values = values;
        }

        /**
         * The number of verbatim training rows in a sample.
         *
         * @param rows the sample size, {@code >= 0}
         * @return {@code round(fraction * rows)}
         */
        public int copies(int rows) {
            return (int) Math.round(fraction * rows);
        }

        @Override
        public Dataset sample(int rows, Seeds seeds) {
            if (rows < 0) {
                throw new IllegalArgumentException("rows must be >= 0, was " + rows);
            }
            int[] source = copySources(rows, seeds);

            Dataset.Builder builder = Dataset.builder("synthetic", schema, dictionary, rows);
            for (int i = 0; i < columns.length; i++) {
                String name = schema.column(columns[i]).name();
                SplittableRandom random = seeds.child("marginal").child(name).random();
                int[] from = new int[rows];
                for (int row = 0; row < rows; row++) {
                    from[row] = source[row] >= 0 ? source[row] : random.nextInt(trainRows);
                }
                if (values[i] instanceof int[] codes) {
                    builder.codes(columns[i], gather(codes, from));
                } else {
                    builder.numeric(columns[i], gather((double[]) values[i], from));
                }
            }
            return builder.build();
        }

        /**
         * Chooses which synthetic rows are copies and of which training rows.
         *
         * @return per synthetic row the training row it copies, or -1 for a marginal row
         */
        private int[] copySources(int rows, Seeds seeds) {
            int copies = copies(rows);
            int[] positions = identity(rows);
            shufflePrefix(positions, copies, seeds.child("positions").random());

            int[] source = new int[rows];
            Arrays.fill(source, -1);
            int[] pool = identity(trainRows);
            SplittableRandom random = seeds.child("copies").random();
            for (int start = 0; start < copies; start += trainRows) {
                int take = Math.min(trainRows, copies - start);
                shufflePrefix(pool, take, random);
                for (int i = 0; i < take; i++) {
                    source[positions[start + i]] = pool[i];
                }
            }
            return source;
        }

        private static int[] identity(int size) {
            int[] out = new int[size];
            for (int i = 0; i < size; i++) {
                out[i] = i;
            }
            return out;
        }

        /** Partial Fisher-Yates: the first {@code take} entries become a uniform sample. */
        private static void shufflePrefix(int[] items, int take, SplittableRandom random) {
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(items.length - i);
                int swap = items[i];
                items[i] = items[j];
                items[j] = swap;
            }
        }

        private static int[] gather(int[] column, int[] from) {
            int[] out = new int[from.length];
            for (int row = 0; row < from.length; row++) {
                out[row] = column[from[row]];
            }
            return out;
        }

        private static double[] gather(double[] column, int[] from) {
            double[] out = new double[from.length];
            for (int row = 0; row < from.length; row++) {
                out[row] = column[from[row]];
            }
            return out;
        }

        @Override
        public String toString() {
            return "LeakyCopy[fraction " + fraction + "]";
        }
    }
}
