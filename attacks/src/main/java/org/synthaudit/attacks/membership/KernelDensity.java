package org.synthaudit.attacks.membership;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

/**
 * A kernel density estimate over mixed-type records with a product kernel: a Gaussian kernel on
 * each numeric or datetime column, scaled by the column's real range, and the Aitchison-Aitken
 * kernel on each categorical or boolean column (Aitchison and Aitken 1976, "Multivariate binary
 * discrimination by the kernel method", Biometrika 63:413; for mixed data Li and Racine 2003).
 *
 * <p>Bandwidths follow rules of thumb for {@code n} centres and {@code d} columns. Numeric:
 * Scott's rule {@code h = s n^(-1/(d+4))} on the range-scaled values, with the robust scale
 * {@code s = min(sd, IQR / 1.349)} (the standard deviation alone when the interquartile range is
 * 0), and at least {@value #SMALLEST_BANDWIDTH}. Categorical with {@code c} levels (the real
 * categories plus "missing"): the kernel is {@code 1 - lambda} for equal values and
 * {@code lambda / (c - 1)} for different ones, with {@code lambda = ((c-1)/c) n^(-2/(d+4))}: the
 * rate at which a discrete bandwidth shrinks when the continuous one shrinks as
 * {@code n^(-1/(d+4))}, and the value {@code (c-1)/c} (all levels equal) at {@code n = 1}.
 *
 * <p>A missing numeric value is compared like a value: two missing values count as equal
 * (distance 0), one missing value as the largest scaled distance, 1 (the same rule as the record
 * distance). Identifier columns are left out. Log densities are computed with the log-sum-exp
 * device, so records far from every centre get a finite, very negative value.
 *
 * <p>Densities are per unit of the range-scaled numbers, so on numeric columns without missing
 * values the density integrates to 1 over the scaled values (divide by the product of the
 * ranges for the original units). The ratio of two densities that share one real table, the
 * score of the density-ratio attack, is the same in either unit. With missing numbers the
 * kernel above is a similarity rather than a normalised density, the same for every density.
 */
final class KernelDensity {
    /** The smallest numeric bandwidth, in units of the real range. */
    static final double SMALLEST_BANDWIDTH = 1e-3;

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private final Encoding encoding;
    private final int centres;
    private final double[] scaled;
    private final int[] codes;
    private final double[] inverseTwiceVariance;
    private final double[] logSame;
    private final double[] logDifferent;
    private final double constant;

    private KernelDensity(Encoding encoding, Dataset table) {
        this.encoding = encoding;
        this.centres = table.rowCount();
        this.scaled = encoding.scaled(table);
        this.codes = encoding.codes(table);
        int d = encoding.numeric.length + encoding.coded.length;
        double shrink = Math.pow(centres, -1.0 / (d + 4));
        double logNormaliser = -Math.log(centres);
        int dn = encoding.numeric.length;
        this.inverseTwiceVariance = new double[dn];
        for (int j = 0; j < dn; j++) {
            double h = Math.max(SMALLEST_BANDWIDTH, robustScale(scaled, j, dn) * shrink);
            inverseTwiceVariance[j] = 1 / (2 * h * h);
            logNormaliser -= Math.log(h) + HALF_LOG_TWO_PI;
        }
        int dc = encoding.coded.length;
        this.logSame = new double[dc];
        this.logDifferent = new double[dc];
        for (int j = 0; j < dc; j++) {
            int levels = encoding.levels[j];
            double lambda = levels > 1 ? (levels - 1.0) / levels * shrink * shrink : 0;
            logSame[j] = Math.log(1 - lambda);
            logDifferent[j] = levels > 1 ? Math.log(lambda / (levels - 1)) : 0;
        }
        this.constant = logNormaliser;
    }

    /**
     * Fits a density on the records of a table.
     *
     * @param table the centres, at least one record
     * @param real every real record; column ranges and categories come from it
     * @return the density
     * @throws IllegalArgumentException if the table has no records or no analysable column
     */
    static KernelDensity fit(Dataset table, Dataset real) {
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("a kernel density needs at least one record; '"
                    + table.name() + "' has none");
        }
        return new KernelDensity(Encoding.of(real), table);
    }

    /**
     * The log density at each record of a table.
     *
     * @param queries the records, with the audit's schema
     * @param pool the bounded pool the queries are spread over
     * @return the natural logarithm of the density at each record
     */
    double[] logDensity(Dataset queries, ForkJoinPool pool) {
        double[] q = encoding.scaled(queries);
        int[] c = encoding.codes(queries);
        double[] out = new double[queries.rowCount()];
        pool.submit(() -> IntStream.range(0, out.length).parallel()
                .forEach(i -> out[i] = logDensity(q, c, i))).join();
        return out;
    }

    private double logDensity(double[] q, int[] c, int query) {
        int dn = inverseTwiceVariance.length;
        int dc = logSame.length;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < centres; i++) {
            double log = 0;
            for (int j = 0; j < dn; j++) {
                double x = q[query * dn + j];
                double y = scaled[i * dn + j];
                double diff = x - y;
                double squared = diff == diff ? diff * diff : x != x && y != y ? 0 : 1;
                log -= squared * inverseTwiceVariance[j];
            }
            for (int j = 0; j < dc; j++) {
                log += c[query * dc + j] == codes[i * dc + j] ? logSame[j] : logDifferent[j];
            }
            if (log > max) {
                sum = sum * Math.exp(max - log) + 1;
                max = log;
            } else {
                sum += Math.exp(log - max);
            }
        }
        return constant + max + Math.log(sum);
    }

    private static double robustScale(double[] scaled, int j, int width) {
        double[] values = IntStream.range(0, scaled.length / width)
                .mapToDouble(i -> scaled[i * width + j]).filter(v -> !Double.isNaN(v))
                .sorted().toArray();
        if (values.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(values).average().orElse(0);
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double sd = Math.sqrt(squares / (values.length - 1));
        double iqr = quantile(values, 0.75) - quantile(values, 0.25);
        return iqr > 0 ? Math.min(sd, iqr / 1.349) : sd;
    }

    private static double quantile(double[] sorted, double p) {
        double at = p * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (at - low) * (sorted[high] - sorted[low]);
    }

    /** How records become rows of scaled numbers and codes. */
    private static final class Encoding {
        private final int[] numeric;
        private final double[] minimum;
        /** Per numeric column: the range, halved with the values when it overflows a double. */
        private final double[] range;
        /** Per numeric column: 1, or 0.5 when the real range overflows a double. */
        private final double[] prescale;
        private final int[] coded;
        private final int[] levels;

        private Encoding(int[] numeric, double[] minimum, double[] range, double[] prescale,
                int[] coded, int[] levels) {
            this.numeric = numeric;
            this.minimum = minimum;
            this.range = range;
            this.prescale = prescale;
            this.coded = coded;
            this.levels = levels;
        }

        static Encoding of(Dataset real) {
            Schema schema = real.schema();
            int[] analysable = schema.analysable();
            if (analysable.length == 0) {
                throw new IllegalArgumentException("a kernel density needs a column that is not"
                        + " an identifier");
            }
            int[] numeric = Arrays.stream(analysable)
                    .filter(c -> schema.column(c).type().isNumeric()).toArray();
            int[] coded = Arrays.stream(analysable)
                    .filter(c -> schema.column(c).type().isCoded()).toArray();
            double[] minimum = new double[numeric.length];
            double[] range = new double[numeric.length];
            double[] prescale = new double[numeric.length];
            for (int j = 0; j < numeric.length; j++) {
                double[] values = Arrays.stream(real.numericColumn(numeric[j]))
                        .filter(Double::isFinite).toArray();
                minimum[j] = Arrays.stream(values).min().orElse(0);
                double maximum = Arrays.stream(values).max().orElse(0);
                prescale[j] = Double.isFinite(maximum - minimum[j]) ? 1 : 0.5;
                double spread = maximum * prescale[j] - minimum[j] * prescale[j];
                range[j] = spread > 0 ? spread : 1;
            }
            int[] levels = Arrays.stream(coded).map(c -> real.vocabulary(c).size() + 1)
                    .toArray();
            return new Encoding(numeric, minimum, range, prescale, coded, levels);
        }

        double[] scaled(Dataset table) {
            int rows = table.rowCount();
            double[] out = new double[rows * numeric.length];
            for (int j = 0; j < numeric.length; j++) {
                double[] values = table.numericColumn(numeric[j]);
                for (int r = 0; r < rows; r++) {
                    double p = prescale[j];
                    out[r * numeric.length + j] = (values[r] * p - minimum[j] * p) / range[j];
                }
            }
            return out;
        }

        int[] codes(Dataset table) {
            int rows = table.rowCount();
            int[] out = new int[rows * coded.length];
            for (int j = 0; j < coded.length; j++) {
                int[] values = table.codeColumn(coded[j]);
                for (int r = 0; r < rows; r++) {
                    out[r * coded.length + j] = values[r] == Vocabulary.MISSING ? -1 : values[r];
                }
            }
            return out;
        }
    }
}
