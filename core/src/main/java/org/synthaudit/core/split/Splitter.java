package org.synthaudit.core.split;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Vocabulary;
import org.synthaudit.core.random.Seeds;

/**
 * Splits the real records into train, holdout and reference, seeded and stratified.
 *
 * <p>Sizes: a fraction below 1 takes that share of the real rows, rounded down; a value of 1 or
 * more is a row count. Rows left over belong to no part. With a stratification column, each
 * stratum (each category, and the missing values as one more stratum) gives every part its
 * proportional share of rows, rounded down or up so that the parts still get exactly their
 * sizes (controlled rounding, see {@code Allocation}); within a stratum the rows are drawn at
 * random. Without one, the whole table is a single stratum, which is a simple random split. The
 * same seed gives the same split; each part lists its rows in table order.
 */
public final class Splitter {
    private static final String[] PARTS = {"train", "holdout", "reference"};

    private Splitter() {
    }

    /**
     * Splits a table.
     *
     * @param real the real records
     * @param spec the sizes and stratification column
     * @param seeds the seed node for the split
     * @return three disjoint views of {@code real}
     * @throws org.synthaudit.core.InputException if the sizes exceed the rows or the
     *     stratification column is unknown or not coded
     */
    public static Splits split(Dataset real, SplitSpec spec, Seeds seeds) {
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(seeds, "seeds");
        int n = real.rowCount();
        double[] asked = {spec.train(), spec.holdout(), spec.reference()};
        int[] sizes = sizes(asked, n);
        int[] keys = strataKeys(real, spec.stratifyBy());

        int[][] strata = groupRows(keys);
        int[] strataSizes = Arrays.stream(strata).mapToInt(rows -> rows.length).toArray();
        int[] parts = {sizes[0], sizes[1], sizes[2], n - sizes[0] - sizes[1] - sizes[2]};
        SplittableRandom random = seeds.random();
        int[][] counts = Allocation.allocate(strataSizes, parts, random);

        int[][] selected = deal(strata, counts, sizes, random);
        return new Splits(real.select(PARTS[0], selected[0]), real.select(PARTS[1], selected[1]),
                real.select(PARTS[2], selected[2]));
    }

    private static int[] sizes(double[] asked, int n) {
        int[] sizes = new int[asked.length];
        long total = 0;
        for (int k = 0; k < asked.length; k++) {
            sizes[k] = size(PARTS[k], asked[k], n);
            total += sizes[k];
        }
        if (total > n) {
            StringBuilder parts = new StringBuilder();
            for (int k = 0; k < asked.length; k++) {
                parts.append(k == 0 ? "" : " + ").append(PARTS[k]).append(' ')
                        .append(describe(asked[k], sizes[k]));
            }
            throw new InputException("split sizes " + parts + " = " + total
                    + " rows exceed the " + n + " real rows");
        }
        if (sizes[0] == 0 || sizes[1] == 0) {
            int k = sizes[0] == 0 ? 0 : 1;
            throw new InputException("split size " + PARTS[k] + " " + asked[k] + " of " + n
                    + " real rows is 0 rows; train and holdout need at least one row each");
        }
        return sizes;
    }

    private static int size(String part, double asked, int n) {
        if (asked < 1) {
            return (int) Math.floor(asked * n);
        }
        if (asked != Math.rint(asked)) {
            throw new InputException("split size " + part + " " + asked
                    + " is neither a fraction below 1 nor a whole number of rows");
        }
        return asked > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) asked;
    }

    private static String describe(double asked, int rows) {
        return asked < 1 ? asked + " (" + rows + " rows)" : Integer.toString(rows);
    }

    /** Each row's stratum: its code plus one, so a missing value is stratum 0. */
    private static int[] strataKeys(Dataset real, String column) {
        int[] keys = new int[real.rowCount()];
        if (column == null) {
            return keys;
        }
        int index = real.schema().indexOf(column).orElseThrow(() -> new InputException(
                "split: stratification column '" + column + "' is not in the schema; columns: "
                        + String.join(", ", real.schema().names())));
        ColumnSpec spec = real.schema().column(index);
        if (!spec.type().isCoded()) {
            throw new InputException("split: stratification column '" + column + "' is "
                    + spec.type().configName() + "; it must be categorical or boolean");
        }
        for (int r = 0; r < keys.length; r++) {
            keys[r] = real.code(index, r) - Vocabulary.MISSING;
        }
        return keys;
    }

    /** The rows of each non-empty stratum, strata in key order, rows in table order. */
    private static int[][] groupRows(int[] keys) {
        int maxKey = Arrays.stream(keys).max().orElse(0);
        int[] counts = new int[maxKey + 1];
        for (int key : keys) {
            counts[key]++;
        }
        int[][] byKey = new int[maxKey + 1][];
        for (int k = 0; k <= maxKey; k++) {
            byKey[k] = new int[counts[k]];
        }
        int[] filled = new int[maxKey + 1];
        for (int r = 0; r < keys.length; r++) {
            byKey[keys[r]][filled[keys[r]]++] = r;
        }
        return Arrays.stream(byKey).filter(rows -> rows.length > 0).toArray(int[][]::new);
    }

    private static int[][] deal(int[][] strata, int[][] counts, int[] sizes,
            SplittableRandom random) {
        int[][] selected = new int[sizes.length][];
        int[] filled = new int[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            selected[k] = new int[sizes[k]];
        }
        for (int s = 0; s < strata.length; s++) {
            int[] rows = strata[s].clone();
            shuffle(rows, random);
            int next = 0;
            for (int k = 0; k < sizes.length; k++) {
                System.arraycopy(rows, next, selected[k], filled[k], counts[s][k]);
                filled[k] += counts[s][k];
                next += counts[s][k];
            }
        }
        for (int[] part : selected) {
            Arrays.sort(part);
        }
        return selected;
    }

    private static void shuffle(int[] rows, SplittableRandom random) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = rows[i];
            rows[i] = rows[j];
            rows[j] = tmp;
        }
    }
}
