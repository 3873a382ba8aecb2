package org.synthaudit.attacks.inference;

import java.util.ArrayList;
import java.util.List;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Vocabulary;
import smile.data.DataFrame;
import smile.data.measure.NominalScale;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;
import smile.data.vector.ValueVector;

/**
 * Turns the known columns of audit tables into Smile data frames with one fixed layout, so a
 * model fitted on one table scores any other.
 *
 * <p>A categorical column becomes a nominal column whose levels are the audit's whole
 * vocabulary plus one level for a missing value: every table of the audit shares that
 * vocabulary, so a category that the training table never holds is still a valid level and a
 * tree simply has no split for it (case C16). The level of a category is the rank of its label
 * in sorted order ({@link Vocabulary#ranks()}), not its code: codes follow the order in which
 * the real rows were read, and a forest's splits and ties follow the levels, so the model
 * would otherwise change when the rows of the real files are shuffled (case C23). A numeric or
 * datetime column keeps its values;
 * a missing value becomes a number below the real minimum (minimum - range - 1), which a tree
 * can split off like any other value. Columns are named {@code x0, x1, ...} so that no column
 * name can clash with the model formula.
 */
final class ModelFrames {
    /** The name of the response column. */
    static final String RESPONSE = "y";

    private final int[] columns;
    private final StructField[] fields;
    private final int[] missingLevel;
    private final double[] missingValue;
    private final int[][] levelOfCode;

    private ModelFrames(int[] columns, StructField[] fields, int[] missingLevel,
            double[] missingValue, int[][] levelOfCode) {
        this.columns = columns;
        this.fields = fields;
        this.missingLevel = missingLevel;
        this.missingValue = missingValue;
        this.levelOfCode = levelOfCode;
    }

    /**
     * Fixes the layout from the real data.
     *
     * @param real all real records, for ranges; its dictionary is the audit's
     * @param columns the known columns
     * @return the layout
     */
    static ModelFrames fit(Dataset real, int[] columns) {
        StructField[] fields = new StructField[columns.length];
        int[] missingLevel = new int[columns.length];
        double[] missingValue = new double[columns.length];
        int[][] levelOfCode = new int[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            ColumnSpec spec = real.schema().column(columns[j]);
            String name = "x" + j;
            if (spec.type().isCoded()) {
                levelOfCode[j] = real.vocabulary(columns[j]).ranks();
                int size = levelOfCode[j].length;
                missingLevel[j] = size;
                fields[j] = new StructField(name, DataTypes.IntType, levels(size + 1));
            } else {
                missingValue[j] = belowMinimum(real.numericColumn(columns[j]));
                fields[j] = new StructField(name, DataTypes.DoubleType);
            }
        }
        return new ModelFrames(columns.clone(), fields, missingLevel, missingValue,
                levelOfCode);
    }

    /**
     * The known columns of some rows of a table.
     *
     * @param table a table of the audit
     * @param rows the rows, in the order the frame lists them
     * @return a frame with one column per known column
     */
    DataFrame features(Dataset table, int[] rows) {
        List<ValueVector> vectors = new ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            if (fields[j].dtype() == DataTypes.IntType) {
                int[] codes = table.codeColumn(columns[j]);
                int[] values = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    int code = codes[rows[i]];
                    values[i] = code == Vocabulary.MISSING ? missingLevel[j]
                            : levelOfCode[j][code];
                }
                vectors.add(new IntVector(fields[j], values));
            } else {
                double[] numbers = table.numericColumn(columns[j]);
                double[] values = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    double v = numbers[rows[i]];
                    values[i] = Double.isNaN(v) ? missingValue[j] : v;
                }
                vectors.add(new DoubleVector(fields[j], values));
            }
        }
        return new DataFrame(vectors.toArray(ValueVector[]::new));
    }

    /**
     * Adds a class response.
     *
     * @param features the features of the training rows
     * @param classes the class of each row, dense in {@code [0, count)}
     * @param count the number of classes
     * @return the frame with the response column {@value #RESPONSE}
     */
    static DataFrame withClasses(DataFrame features, int[] classes, int count) {
        StructField field = new StructField(RESPONSE, DataTypes.IntType, levels(count));
        return features.add(new IntVector(field, classes));
    }

    /**
     * Adds a numeric response.
     *
     * @param features the features of the training rows
     * @param values the response of each row
     * @return the frame with the response column {@value #RESPONSE}
     */
    static DataFrame withValues(DataFrame features, double[] values) {
        return features.add(new DoubleVector(RESPONSE, values));
    }

    private static NominalScale levels(int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "v" + i;
        }
        return new NominalScale(names);
    }

    /**
     * A value below every real one, one range under the minimum; when that overflows (a range
     * near the largest double), the lowest finite double instead.
     */
    private static double belowMinimum(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return 0;
        }
        double below = min - (max - min) - 1;
        return Double.isFinite(below) ? below : -Double.MAX_VALUE;
    }
}
