package org.synthaudit.attacks.membership;

import java.util.SplittableRandom;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.random.Seeds;

/**
 * Random records that know only each column's real marginal summary: numeric and datetime
 * values drawn uniformly between the real minimum and maximum, categories drawn with their real
 * frequencies, each column independently, and missing values at each column's real missing
 * rate. Their distance to the real records is what "no information about the records" looks
 * like (case C18: drawn inside the real ranges, sized like the synthetic sample, measured
 * against the real data).
 */
final class RandomBaseline {
    private RandomBaseline() {
    }

    /**
     * Draws random records.
     *
     * @param real the real records whose ranges and frequencies are used; at least one row
     * @param rows the number of records to draw
     * @param seeds the seed node of the draw
     * @return a new base table named {@code random-baseline}; identifier columns are missing
     */
    static Dataset draw(Dataset real, int rows, Seeds seeds) {
        Schema schema = real.schema();
        SplittableRandom random = seeds.random();
        Dataset.Builder builder = Dataset.builder("random-baseline", schema, real.dictionary(),
                rows);
        for (int column : schema.analysable()) {
            ColumnType type = schema.column(column).type();
            if (type.isNumeric()) {
                builder.numeric(column, uniform(real.numericColumn(column), rows, random));
            } else {
                builder.codes(column, resample(real.codeColumn(column), rows, random));
            }
        }
        return builder.build();
    }

    private static double[] uniform(double[] values, int rows, SplittableRandom random) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int missing = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                missing++;
            } else if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double missingRate = (double) missing / values.length;
        // a range past the largest double is drawn on halved values, which stay finite
        boolean halved = !Double.isFinite(max - min);
        double[] drawn = new double[rows];
        for (int r = 0; r < rows; r++) {
            boolean absent = min > max || random.nextDouble() < missingRate;
            drawn[r] = absent ? Double.NaN : halved
                    ? (min * 0.5 + (max * 0.5 - min * 0.5) * random.nextDouble()) * 2
                    : min + (max - min) * random.nextDouble();
        }
        return drawn;
    }

    /** Draws codes with the real frequencies (missing included) by copying random real rows. */
    private static int[] resample(int[] codes, int rows, SplittableRandom random) {
        int[] drawn = new int[rows];
        for (int r = 0; r < rows; r++) {
            drawn[r] = codes[random.nextInt(codes.length)];
        }
        return drawn;
    }
}
