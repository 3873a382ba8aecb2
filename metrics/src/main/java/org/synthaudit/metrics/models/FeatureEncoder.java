package org.synthaudit.metrics.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;
import smile.data.DataFrame;
import smile.data.measure.NominalScale;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;
import smile.data.vector.ValueVector;

/**
 * Turns the feature columns of a table into model input, with every statistic taken from the
 * training table only, so test rows never inform the encoding.
 *
 * <ul>
 *   <li>Categorical and boolean columns span the audit's whole shared vocabulary, so a category
 *       the training table never holds (for instance one a generator never produced) still has
 *       its place: for the linear model a one-hot column that stays 0 in training, for the trees
 *       a level of a nominal feature. A missing value is a level of its own when the training
 *       table has missing values in the column; otherwise it gets no column and a test row with
 *       a missing value has all the column's one-hot entries 0.
 *   <li>Numeric and datetime columns: a missing value is replaced by the training median, and a
 *       0/1 column flags it when the training table has missing values in the column. For the
 *       linear model the imputed values are standardised with the training mean and standard
 *       deviation (a constant column is only centred); the trees take them as they are.
 * </ul>
 */
final class FeatureEncoder {
    private static final String MISSING_LEVEL = "missing";

    private final Schema schema;
    private final int[] columns;
    private final boolean[] coded;
    private final int[] levels;
    private final boolean[] flagsMissing;
    private final double[] median;
    private final double[] mean;
    private final double[] scale;
    private final boolean[][] seen;
    private final NominalScale[] scales;

    private FeatureEncoder(Schema schema, int[] columns) {
        int k = columns.length;
        this.schema = schema;
        this.columns = columns.clone();
        this.coded = new boolean[k];
        this.levels = new int[k];
        this.flagsMissing = new boolean[k];
        this.median = new double[k];
        this.mean = new double[k];
        this.scale = new double[k];
        this.seen = new boolean[k][];
        this.scales = new NominalScale[k];
    }

    /**
     * Learns the encoding from the training rows.
     *
     * @param training the training table
     * @param rows the training rows used (those with a target value)
     * @param columns the feature columns' positions
     * @return the encoder
     */
    static FeatureEncoder fit(Dataset training, int[] rows, int[] columns) {
        FeatureEncoder encoder = new FeatureEncoder(training.schema(), columns);
        for (int j = 0; j < columns.length; j++) {
            int c = columns[j];
            if (training.schema().column(c).type().isCoded()) {
                encoder.fitCoded(j, training, rows, c);
            } else {
                encoder.fitNumeric(j, training, rows, c);
            }
        }
        return encoder;
    }

    private void fitCoded(int j, Dataset training, int[] rows, int c) {
        coded[j] = true;
        levels[j] = training.vocabulary(c).size();
        seen[j] = new boolean[levels[j]];
        for (int r : rows) {
            int code = training.code(c, r);
            if (code == Vocabulary.MISSING) {
                flagsMissing[j] = true;
            } else {
                seen[j][code] = true;
            }
        }
        String[] names = new String[levels[j] + 1];
        for (int level = 0; level < levels[j]; level++) {
            names[level] = Integer.toString(level);
        }
        names[levels[j]] = MISSING_LEVEL;
        scales[j] = new NominalScale(names);
    }

    private void fitNumeric(int j, Dataset training, int[] rows, int c) {
        double[] present = Arrays.stream(rows).mapToDouble(r -> training.numeric(c, r))
                .filter(v -> !Double.isNaN(v)).sorted().toArray();
        flagsMissing[j] = present.length < rows.length;
        int n = present.length;
        median[j] = n == 0 ? 0 : (present[(n - 1) / 2] + present[n / 2]) / 2;
        double sum = 0;
        for (int r : rows) {
            sum += imputed(j, training.numeric(c, r));
        }
        mean[j] = rows.length == 0 ? 0 : sum / rows.length;
        double squares = 0;
        for (int r : rows) {
            double d = imputed(j, training.numeric(c, r)) - mean[j];
            squares += d * d;
        }
        double sd = rows.length < 2 ? 0 : Math.sqrt(squares / (rows.length - 1));
        scale[j] = sd > 0 ? sd : 1;
    }

    private double imputed(int j, double value) {
        return Double.isNaN(value) ? median[j] : value;
    }

    /**
     * The width of the linear model's input.
     *
     * @return the number of columns {@link #linear} produces
     */
    int linearWidth() {
        int width = 0;
        for (int j = 0; j < columns.length; j++) {
            width += coded[j] ? levels[j] + (flagsMissing[j] ? 1 : 0) : flagsMissing[j] ? 2 : 1;
        }
        return width;
    }

    /**
     * The linear model's input: one-hot categories and standardised numbers.
     *
     * @param table a table of the audit
     * @param rows its rows to encode
     * @return one row of {@link #linearWidth()} values per given row
     */
    double[][] linear(Dataset table, int[] rows) {
        int width = linearWidth();
        double[][] x = new double[rows.length][width];
        int offset = 0;
        for (int j = 0; j < columns.length; j++) {
            int c = columns[j];
            for (int i = 0; i < rows.length; i++) {
                encodeLinear(j, table, c, rows[i], x[i], offset);
            }
            offset += coded[j] ? levels[j] + (flagsMissing[j] ? 1 : 0)
                    : flagsMissing[j] ? 2 : 1;
        }
        return x;
    }

    private void encodeLinear(int j, Dataset table, int c, int row, double[] into, int offset) {
        if (coded[j]) {
            int code = table.code(c, row);
            if (code == Vocabulary.MISSING) {
                if (flagsMissing[j]) {
                    into[offset + levels[j]] = 1;
                }
            } else if (code < levels[j]) {
                into[offset + code] = 1;
            }
            return;
        }
        double value = table.numeric(c, row);
        into[offset] = (imputed(j, value) - mean[j]) / scale[j];
        if (flagsMissing[j]) {
            into[offset + 1] = Double.isNaN(value) ? 1 : 0;
        }
    }

    /**
     * The trees' input: a data frame with a nominal column per categorical feature, a numeric
     * column per numeric feature (plus its missing flag), and the response as column {@code y}.
     *
     * @param table a table of the audit
     * @param rows its rows to encode
     * @param response the response column named {@code y}, one value per given row
     * @return the data frame
     */
    DataFrame frame(Dataset table, int[] rows, ValueVector response) {
        List<ValueVector> vectors = new ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            int c = columns[j];
            if (coded[j]) {
                int[] codes = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    int code = table.code(c, rows[i]);
                    codes[i] = code == Vocabulary.MISSING || code >= levels[j] ? levels[j] : code;
                }
                vectors.add(new IntVector(new StructField("x" + j, DataTypes.IntType, scales[j]),
                        codes));
                continue;
            }
            double[] values = new double[rows.length];
            double[] flags = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                double value = table.numeric(c, rows[i]);
                values[i] = imputed(j, value);
                flags[i] = Double.isNaN(value) ? 1 : 0;
            }
            vectors.add(new DoubleVector("x" + j, values));
            if (flagsMissing[j]) {
                vectors.add(new DoubleVector("m" + j, flags));
            }
        }
        vectors.add(response);
        return new DataFrame(vectors.toArray(ValueVector[]::new));
    }

    /**
     * Counts the test rows holding a category the training rows never hold (a category the
     * generator never produced, when the training table is synthetic). Such rows are still
     * scored; the count says how many rows the model met with nothing learnt about a value.
     *
     * @param table the test table
     * @param rows its rows
     * @return the number of rows with at least one unseen category, and the number of unseen
     *     cells per column (only columns with at least one)
     */
    Unseen unseen(Dataset table, int[] rows) {
        int count = 0;
        int[] cells = new int[columns.length];
        for (int row : rows) {
            boolean any = false;
            for (int j = 0; j < columns.length; j++) {
                if (coded[j]) {
                    int code = table.code(columns[j], row);
                    if (code != Vocabulary.MISSING && (code >= levels[j] || !seen[j][code])) {
                        cells[j]++;
                        any = true;
                    }
                }
            }
            count += any ? 1 : 0;
        }
        Map<String, Integer> byColumn = new LinkedHashMap<>();
        for (int j = 0; j < columns.length; j++) {
            if (cells[j] > 0) {
                byColumn.put(schema.column(columns[j]).name(), cells[j]);
            }
        }
        return new Unseen(count, byColumn);
    }

    /**
     * Test rows with categories the training rows never hold.
     *
     * @param rows the number of test rows with at least one such category
     * @param cellsByColumn the number of such cells per column, in schema order
     */
    record Unseen(int rows, Map<String, Integer> cellsByColumn) {
        /** Freezes the map. */
        Unseen {
            cellsByColumn = java.util.Collections.unmodifiableMap(
                    new LinkedHashMap<>(cellsByColumn));
        }
    }
}
