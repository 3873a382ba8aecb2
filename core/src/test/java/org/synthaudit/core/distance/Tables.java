package org.synthaudit.core.distance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

/** Small hand-made and seeded random tables for the distance tests. */
final class Tables {
    private Tables() {
    }

    static Schema schema(Object... namesAndTypes) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(new ColumnSpec((String) namesAndTypes[i],
                    (ColumnType) namesAndTypes[i + 1], Set.of(), "set in config", null));
        }
        return new Schema(columns);
    }

    /**
     * Builds a table from one array per column: {@code double[]} for numeric columns,
     * {@code String[]} labels (null = missing) for coded and identifier columns.
     */
    static Dataset table(String name, Schema schema, Dictionary dictionary, Object... columns) {
        int rows = columns[0] instanceof double[] d ? d.length : ((String[]) columns[0]).length;
        Dataset.Builder builder = Dataset.builder(name, schema, dictionary, rows);
        for (int c = 0; c < columns.length; c++) {
            ColumnType type = schema.column(c).type();
            if (type.isNumeric()) {
                builder.numeric(c, (double[]) columns[c]);
            } else if (type.isCoded()) {
                builder.codes(c, encode(dictionary.vocabulary(schema.column(c).name()),
                        (String[]) columns[c]));
            } else {
                builder.text(c, (String[]) columns[c]);
            }
        }
        return builder.build();
    }

    private static int[] encode(Vocabulary vocabulary, String[] labels) {
        int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = labels[i] == null ? Vocabulary.MISSING : vocabulary.encode(labels[i]);
        }
        return codes;
    }

    /**
     * A seeded random table of 3 numeric columns (one with 10 % missing, one rounded so that
     * ties occur) and 2 categorical columns (one with missing values).
     */
    static Dataset random(String name, Schema schema, Dictionary dictionary, int rows,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[rows];
        double[] y = new double[rows];
        double[] z = new double[rows];
        String[] colour = new String[rows];
        String[] size = new String[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = random.nextDouble() * 100;
            y[r] = random.nextInt(10) < 1 ? Double.NaN : random.nextGaussian();
            z[r] = random.nextInt(5);
            colour[r] = "c" + random.nextInt(4);
            size[r] = random.nextInt(8) < 1 ? null : "s" + random.nextInt(3);
        }
        return table(name, schema, dictionary, x, y, z, colour, size);
    }

    static Schema randomSchema() {
        return schema("x", ColumnType.NUMERIC, "y", ColumnType.NUMERIC, "z", ColumnType.NUMERIC,
                "colour", ColumnType.CATEGORICAL, "size", ColumnType.CATEGORICAL);
    }
}
