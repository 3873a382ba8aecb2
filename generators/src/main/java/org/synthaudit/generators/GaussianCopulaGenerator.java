package org.synthaudit.generators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * A Gaussian copula over the empirical marginals of the training data, as in the Synthetic Data
 * Vault (Patki, Wedge and Veeramachaneni, "The Synthetic Data Vault", IEEE DSAA 2016).
 *
 * <p>Every column is turned into standard normal scores {@code Phi^-1(u)}, the correlation
 * matrix of the scores is estimated, and samples are drawn from a multivariate normal with that
 * correlation and mapped back through each column's marginal:
 *
 * <ul>
 *   <li>Numeric and datetime columns: {@code u} is the mid-rank of the observed value divided by
 *       {@code m + 1} ({@code m} observed values; tied values share their mean rank). Sampling
 *       maps {@code u} back through the empirical quantile function: the order statistic
 *       {@code x(ceil(u m))}, or, with {@code interpolate}, the linear interpolation between the
 *       order statistics around position {@code u (m + 1)}.
 *   <li>Categorical and boolean columns, with a missing value as a category of its own: the
 *       categories, most frequent first, cover disjoint intervals of {@code [0, 1]} as long as
 *       their relative frequencies; a training value's {@code u} is a seeded uniform draw inside
 *       its category's interval, so the scores are exactly standard normal. Sampling returns the
 *       category whose interval holds {@code u}.
 *   <li>Missing numeric values: a column with missing values gets a second copula dimension, a
 *       two-category missing indicator encoded like a categorical column, so missingness keeps
 *       its association with the other columns and the missing rate is kept in expectation. In
 *       the value dimension a missing entry scores 0 (the median), which shrinks that column's
 *       correlations by about its missing rate.
 * </ul>
 *
 * <p>A dimension with zero variance (a constant column, a single category) has the constant
 * score 0 and correlation 0 with every other dimension. The correlation matrix is a Gram matrix
 * of standardised scores and so positive semi-definite; when it is singular (for example two
 * identical columns) a ridge {@code lambda} is added to its diagonal and the result rescaled to
 * unit diagonal, {@code (R + lambda I) / (1 + lambda)}, with {@code lambda} starting at
 * {@code 1e-10} and growing tenfold until the Cholesky factorisation succeeds. The ridge used is
 * reported by {@link Model#ridge()}.
 *
 * <p>Limitation: the copula only carries associations that are monotone in each column's
 * encoding. For a categorical column that order is the frequency order of its categories, so an
 * association between two categorical columns that is not monotone in those orders (on Adult,
 * marital status and relationship) is reproduced only in part; a model of the joint categories,
 * such as {@link PrivBayesGenerator}, keeps it.
 *
 * <p>Privacy: none. Without interpolation every sampled numeric value is a training value and
 * every category a training category; the model stores the sorted training values of each
 * column. Rare values and outliers reappear verbatim, and the correlation matrix is an exact
 * statistic of the training records. The generator makes no differential-privacy claim.
 */
public final class GaussianCopulaGenerator implements Generator {
    /** The generator's id. */
    public static final String ID = "gaussian-copula";

    /** The parameter that switches on interpolation between order statistics. */
    public static final String INTERPOLATE = "interpolate";

    private static final double SQRT2 = Math.sqrt(2);
    private static final double MAX_RIDGE = 1;
    private static final int MISSING_INDICATOR = 1;

    /** Creates the generator; it is configured through the parameters of each fit. */
    public GaussianCopulaGenerator() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Gaussian copula over empirical marginals, as in the Synthetic Data Vault "
                + "(Patki, Wedge and Veeramachaneni, DSAA 2016); not private.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(INTERPOLATE, "false", "true: numeric values are linearly "
                + "interpolated between training order statistics; false: every sampled numeric "
                + "value is a training value"));
    }

    /**
     * Checks the parameters' names and values.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        interpolate(parameters);
    }

    private static boolean interpolate(Parameters parameters) {
        parameters.requireOnly(Set.of(INTERPOLATE));
        return ParameterRanges.flag(parameters, INTERPOLATE, false);
    }

    @Override
    public Model fit(Dataset train, Parameters parameters, Seeds seeds) {
        boolean interpolate = interpolate(parameters);
        if (train.rowCount() == 0) {
            throw new InputException(parameters.owner() + ": the training table '" + train.name()
                    + "' has no rows; at least 1 is needed");
        }

        SplittableRandom jitter = seeds.child("jitter").random();
        List<ColumnModel> models = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        for (int column : train.schema().analysable()) {
            models.add(fitColumn(train, column, scores, jitter));
        }

        double[][] correlation = correlation(scores.toArray(new double[0][]));
        Factor factor = factorWithRidge(correlation);
        return new Model(train.schema(), train.dictionary(), models, factor.lower(),
                factor.ridge(), interpolate);
    }

    private static ColumnModel fitColumn(Dataset train, int column, List<double[]> scores,
            SplittableRandom jitter) {
        if (train.schema().column(column).type().isCoded()) {
            int[] codes = train.codeColumn(column);
            IntervalMargin margin = IntervalMargin.of(codes);
            scores.add(margin.scores(codes, jitter));
            return new CodedColumn(column, scores.size() - 1, margin);
        }

        double[] values = train.numericColumn(column);
        int[] missing = new int[values.length];
        for (int row = 0; row < values.length; row++) {
            missing[row] = Double.isNaN(values[row]) ? MISSING_INDICATOR : 0;
        }
        RankMargin ranks = RankMargin.of(values);
        int valueDim = -1;
        if (ranks.sorted().length > 0) {
            scores.add(ranks.scores(values));
            valueDim = scores.size() - 1;
        }
        IntervalMargin indicator = IntervalMargin.of(missing);
        int missingDim = -1;
        if (ranks.sorted().length > 0 && ranks.sorted().length < values.length) {
            scores.add(indicator.scores(missing, jitter));
            missingDim = scores.size() - 1;
        }
        return new NumericColumn(column, valueDim, missingDim, ranks, indicator);
    }

    /**
     * The Pearson correlation of the score vectors; a vector with zero variance is uncorrelated
     * with all others.
     *
     * @param scores one array per dimension, all of one length
     * @return the correlation matrix, exactly symmetric with unit diagonal
     */
    static double[][] correlation(double[][] scores) {
        int dims = scores.length;
        double[][] centred = new double[dims][];
        double[] norm = new double[dims];
        for (int i = 0; i < dims; i++) {
            double[] s = scores[i];
            double mean = Arrays.stream(s).sum() / s.length;
            centred[i] = new double[s.length];
            double sum = 0;
            for (int r = 0; r < s.length; r++) {
                centred[i][r] = s[r] - mean;
                sum += centred[i][r] * centred[i][r];
            }
            norm[i] = Math.sqrt(sum);
        }

        double[][] r = new double[dims][dims];
        for (int i = 0; i < dims; i++) {
            r[i][i] = 1;
            for (int j = 0; j < i; j++) {
                double value = norm[i] > 0 && norm[j] > 0
                        ? dot(centred[i], centred[j]) / (norm[i] * norm[j]) : 0;
                value = Math.max(-1, Math.min(1, value));
                r[i][j] = value;
                r[j][i] = value;
            }
        }
        return r;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private record Factor(double[][] lower, double ridge) {
    }

    private static Factor factorWithRidge(double[][] correlation) {
        double ridge = 0;
        while (true) {
            double[][] lower = cholesky(correlation, ridge);
            if (lower != null) {
                return new Factor(lower, ridge);
            }
            ridge = ridge == 0 ? 1e-10 : ridge * 10;
            if (ridge > MAX_RIDGE) {
                throw new IllegalStateException("correlation matrix is not positive semi-definite");
            }
        }
    }

    /**
     * The Cholesky factor of {@code (R + ridge I) / (1 + ridge)}.
     *
     * @param r a symmetric matrix with unit diagonal
     * @param ridge the amount added to the diagonal, {@code >= 0}
     * @return the lower-triangular factor, or {@code null} if a pivot is not clearly positive
     */
    static double[][] cholesky(double[][] r, double ridge) {
        int dims = r.length;
        double[][] l = new double[dims][dims];
        for (int i = 0; i < dims; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = (r[i][j] + (i == j ? ridge : 0)) / (1 + ridge);
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 1e-12)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    /**
     * The standard normal quantile function.
     *
     * @param p a probability in {@code (0, 1)}
     * @return {@code Phi^-1(p)}
     */
    static double normalQuantile(double p) {
        return SQRT2 * Erf.erfInv(2 * p - 1);
    }

    /**
     * The standard normal distribution function.
     *
     * @param z a value
     * @return {@code Phi(z)} in {@code [0, 1]}
     */
    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /** How one schema column is encoded in the copula. */
    private sealed interface ColumnModel {
    }

    /**
     * A categorical or boolean column.
     *
     * @param column the schema position
     * @param dim its copula dimension
     * @param margin its categories and their intervals
     */
    private record CodedColumn(int column, int dim, IntervalMargin margin) implements ColumnModel {
    }

    /**
     * A numeric or datetime column.
     *
     * @param column the schema position
     * @param valueDim the dimension of its values, or -1 when every value is missing
     * @param missingDim the dimension of its missing indicator, or -1 when it has no missing
     *     values or only missing values
     * @param ranks its sorted observed values
     * @param indicator the distribution of its missing indicator (1 missing, 0 present)
     */
    private record NumericColumn(int column, int valueDim, int missingDim, RankMargin ranks,
            IntervalMargin indicator) implements ColumnModel {
    }

    /**
     * The empirical distribution of a coded variable, as consecutive intervals of [0, 1].
     *
     * @param outcomes the codes (possibly {@link Vocabulary#MISSING}), most frequent first
     * @param upper the upper end of each outcome's interval; the last is 1
     */
    private record IntervalMargin(int[] outcomes, double[] upper) {

        static IntervalMargin of(int[] codes) {
            int max = Vocabulary.MISSING;
            for (int code : codes) {
                max = Math.max(max, code);
            }
            int[] counts = new int[max + 2];
            for (int code : codes) {
                counts[code + 1]++;
            }
            Integer[] order = java.util.stream.IntStream.range(0, counts.length)
                    .filter(i -> counts[i] > 0).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> counts[a] != counts[b]
                    ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));

            int[] outcomes = new int[order.length];
            double[] upper = new double[order.length];
            long cumulative = 0;
            for (int i = 0; i < order.length; i++) {
                outcomes[i] = order[i] - 1;
                cumulative += counts[order[i]];
                upper[i] = (double) cumulative / codes.length;
            }
            upper[upper.length - 1] = 1;
            return new IntervalMargin(outcomes, upper);
        }

        double[] scores(int[] codes, SplittableRandom jitter) {
            double[] scores = new double[codes.length];
            if (outcomes.length == 1) {
                return scores;
            }
            int min = Arrays.stream(outcomes).min().orElseThrow();
            int[] index = new int[Arrays.stream(outcomes).max().orElseThrow() - min + 1];
            for (int i = 0; i < outcomes.length; i++) {
                index[outcomes[i] - min] = i;
            }
            for (int row = 0; row < codes.length; row++) {
                int i = index[codes[row] - min];
                double lower = i == 0 ? 0 : upper[i - 1];
                double u = lower + nextOpen(jitter) * (upper[i] - lower);
                scores[row] = normalQuantile(u);
            }
            return scores;
        }

        int decode(double u) {
            int i = Arrays.binarySearch(upper, u);
            i = i >= 0 ? i + 1 : -i - 1;
            return outcomes[Math.min(i, outcomes.length - 1)];
        }

        private static double nextOpen(SplittableRandom random) {
            double u;
            do {
                u = random.nextDouble();
            } while (u == 0);
            return u;
        }
    }

    /**
     * The observed values of a numeric column, sorted, for mid-ranks and quantiles.
     *
     * @param sorted the non-missing values in ascending order
     */
    private record RankMargin(double[] sorted) {

        static RankMargin of(double[] values) {
            double[] observed = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
            Arrays.sort(observed);
            return new RankMargin(observed);
        }

        double[] scores(double[] values) {
            int m = sorted.length;
            double[] scores = new double[values.length];
            for (int row = 0; row < values.length; row++) {
                double v = values[row];
                if (Double.isNaN(v)) {
                    continue;
                }
                int first = lowerBound(v);
                int last = lowerBound(Math.nextUp(v)) - 1;
                double midRank = (first + last) / 2.0 + 1;
                scores[row] = normalQuantile(midRank / (m + 1));
            }
            return scores;
        }

        double decode(double u, boolean interpolate) {
            int m = sorted.length;
            if (!interpolate) {
                int index = (int) Math.ceil(u * m) - 1;
                return sorted[Math.max(0, Math.min(m - 1, index))];
            }
            double position = u * (m + 1);
            if (position <= 1) {
                return sorted[0];
            }
            if (position >= m) {
                return sorted[m - 1];
            }
            int below = (int) Math.floor(position);
            double fraction = position - below;
            return sorted[below - 1] + fraction * (sorted[below] - sorted[below - 1]);
        }

        private int lowerBound(double v) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** A fitted Gaussian copula. */
    public static final class Model implements FittedGenerator {
        private final Schema schema;
        private final Dictionary dictionary;
        private final List<ColumnModel> columns;
        private final double[][] lower;
        private final double ridge;
        private final boolean interpolate;

        private Model(Schema schema, Dictionary dictionary,
                List<ColumnModel> columns, double[][] lower, double ridge, boolean interpolate) {
            this.schema = schema;
            this.dictionary = dictionary;
            this.columns = List.copyOf(columns);
            this.lower = lower;
            this.ridge = ridge;
            this.interpolate = interpolate;
        }

        /**
         * The ridge added to the correlation matrix's diagonal to make it positive definite.
         *
         * @return {@code lambda >= 0}; 0 when the estimated matrix was already positive definite
         */
        public double ridge() {
            return ridge;
        }

        /**
         * The number of copula dimensions: one per column, plus one per numeric column with
         * some but not all values missing, minus one per numeric column with only missing values.
         *
         * @return the dimension of the multivariate normal
         */
        public int dimensions() {
            return lower.length;
        }

        /**
         * The correlation matrix the samples are drawn with: the estimated correlation of the
         * normal scores after the ridge, {@code L L^T}.
         *
         * @return a new {@link #dimensions()} square matrix, symmetric with unit diagonal
         */
        public double[][] correlation() {
            int dims = lower.length;
            double[][] r = new double[dims][dims];
            for (int i = 0; i < dims; i++) {
                for (int j = 0; j <= i; j++) {
                    double sum = 0;
                    for (int k = 0; k <= j; k++) {
                        sum += lower[i][k] * lower[j][k];
                    }
                    r[i][j] = sum;
                    r[j][i] = sum;
                }
            }
            return r;
        }

        @Override
        public Dataset sample(int rows, Seeds seeds) {
            if (rows < 0) {
                throw new IllegalArgumentException("rows must be >= 0, was " + rows);
            }
            double[][] uniforms = correlatedUniforms(rows, seeds.random());
            Dataset.Builder builder = Dataset.builder("synthetic", schema, dictionary, rows);
            for (ColumnModel model : columns) {
                switch (model) {
                    case CodedColumn coded -> builder.codes(coded.column(),
                            decodeCoded(coded, uniforms, rows));
                    case NumericColumn numeric -> builder.numeric(numeric.column(),
                            decodeNumeric(numeric, uniforms, rows));
                }
            }
            return builder.build();
        }

        private double[][] correlatedUniforms(int rows, SplittableRandom random) {
            int dims = lower.length;
            double[][] uniforms = new double[dims][rows];
            double[] z = new double[dims];
            for (int row = 0; row < rows; row++) {
                for (int i = 0; i < dims; i++) {
                    z[i] = random.nextGaussian();
                }
                for (int i = 0; i < dims; i++) {
                    double y = 0;
                    double[] li = lower[i];
                    for (int j = 0; j <= i; j++) {
                        y += li[j] * z[j];
                    }
                    uniforms[i][row] = normalCdf(y);
                }
            }
            return uniforms;
        }

        private static int[] decodeCoded(CodedColumn coded, double[][] uniforms, int rows) {
            int[] codes = new int[rows];
            double[] u = uniforms[coded.dim()];
            for (int row = 0; row < rows; row++) {
                codes[row] = coded.margin().decode(u[row]);
            }
            return codes;
        }

        private double[] decodeNumeric(NumericColumn numeric, double[][] uniforms, int rows) {
            double[] values = new double[rows];
            if (numeric.valueDim() < 0) {
                Arrays.fill(values, Double.NaN);
                return values;
            }
            double[] u = uniforms[numeric.valueDim()];
            for (int row = 0; row < rows; row++) {
                values[row] = numeric.ranks().decode(u[row], interpolate);
            }
            if (numeric.missingDim() >= 0) {
                markMissing(numeric, uniforms[numeric.missingDim()], values);
            }
            return values;
        }

        private static void markMissing(NumericColumn numeric, double[] u, double[] values) {
            for (int row = 0; row < values.length; row++) {
                if (numeric.indicator().decode(u[row]) == MISSING_INDICATOR) {
                    values[row] = Double.NaN;
                }
            }
        }

        @Override
        public String toString() {
            return "GaussianCopula[" + lower.length + " dimensions, ridge " + ridge + "]";
        }
    }
}
