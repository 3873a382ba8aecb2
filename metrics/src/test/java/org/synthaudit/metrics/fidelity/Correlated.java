package org.synthaudit.metrics.fidelity;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;

/** Seeded test tables whose columns depend on each other, and their independent shuffles. */
final class Correlated {
    private Correlated() {
    }

    /** Columns x, y (numeric), colour (categorical) and flag (boolean). */
    static Tables tables() {
        return new Tables("x", ColumnType.NUMERIC, "y", ColumnType.NUMERIC,
                "colour", ColumnType.CATEGORICAL, "flag", ColumnType.BOOLEAN);
    }

    /**
     * A table of {@link #tables()}: y follows x closely, colour is a coarse band of x, and flag
     * depends on colour.
     */
    static Dataset table(Tables tables, String name, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[rows];
        double[] y = new double[rows];
        String[] colour = new String[rows];
        String[] flag = new String[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = Math.rint(random.nextGaussian() * 100) / 10;
            y[r] = Math.rint((2 * x[r] + random.nextGaussian() * 3) * 10) / 10;
            colour[r] = x[r] < -5 ? "blue" : x[r] < 5 ? "green" : "red";
            double p = colour[r].equals("red") ? 0.9 : colour[r].equals("green") ? 0.5 : 0.1;
            flag[r] = random.nextDouble() < p ? "true" : "false";
        }
        return tables.table(name, x, y, colour, flag);
    }

    /** The same values with every column shuffled on its own: marginals kept, links broken. */
    static Dataset shuffledColumns(Tables tables, Dataset source, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = source.rowCount();
        Object[] columns = new Object[source.schema().size()];
        for (int c = 0; c < columns.length; c++) {
            int[] order = permutation(rows, random);
            if (source.schema().column(c).type().isNumeric()) {
                double[] values = source.numericColumn(c);
                columns[c] = IntStream.range(0, rows).mapToDouble(i -> values[order[i]])
                        .toArray();
            } else {
                int column = c;
                columns[c] = IntStream.range(0, rows).mapToObj(i -> source.format(column,
                        order[i])).toArray(String[]::new);
            }
        }
        return tables.table("synthetic", columns);
    }

    /** Age and a disability flag that becomes likelier with age, as in census extracts. */
    static Dataset ageAndDisability(Tables tables, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] age = new double[rows];
        String[] flag = new String[rows];
        for (int r = 0; r < rows; r++) {
            age[r] = random.nextInt(18, 90);
            flag[r] = random.nextDouble() < age[r] / 150 ? "true" : "false";
        }
        return tables.table("real", age, flag);
    }

    static double[] gaussian(int rows, long seed) {
        return new SplittableRandom(seed).doubles(rows).map(u -> Math.rint(u * 1000))
                .toArray();
    }

    static double[] noisy(double[] values, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return java.util.Arrays.stream(values).map(v -> v + noise * 1000 * random.nextDouble())
                .toArray();
    }

    static double[] constant(int rows, double value) {
        double[] values = new double[rows];
        java.util.Arrays.fill(values, value);
        return values;
    }

    static int[] range(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static int[] permutation(int rows, SplittableRandom random) {
        int[] order = IntStream.range(0, rows).toArray();
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
