package org.synthaudit.generators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.random.Seeds;

/**
 * PrivBayes: a Bayesian network of degree {@code k} learnt and parameterised under
 * differential privacy (Zhang, Cormode, Procopiuc, Srivastava and Xiao, "PrivBayes: Private
 * Data Release via Bayesian Networks", ACM Transactions on Database Systems 42(4), 2017).
 *
 * <p>Attributes: every non-identifier column is one attribute. Numeric and datetime columns are
 * cut into {@code bins} equal-width bins over the training range and sampled back uniformly
 * within the bin; categorical and boolean columns keep their categories. A missing value is a
 * value of its own in every attribute's domain.
 *
 * <p>Network (the paper's GreedyBayes): the first attribute is drawn uniformly at random; then,
 * {@code d - 1} times, an attribute-parent pair {@code (X, Pi)} is chosen among every attribute
 * {@code X} not yet in the network and every set {@code Pi} of {@code min(k, |V|)} attributes
 * already in it ({@code V}). The score is the mutual information {@code I(X; Pi)} in bits. With a
 * budget the pair is drawn by the exponential mechanism, with probability proportional to
 * {@code exp(epsilon1 / (d - 1) * I / (2 S))}, where {@code S} is the paper's sensitivity of
 * mutual information for general (non-binary) domains,
 * {@code S = (2/n) log2((n+1)/2) + ((n-1)/n) log2((n+1)/(n-1))}; this is the larger of the
 * paper's two bounds, so it is also valid when an attribute is binary. The paper's alternative
 * score F for binary domains is not used. Without a budget the pair with the largest mutual
 * information is taken (the first in attribute order on ties).
 *
 * <p>Distributions (the paper's NoisyConditionals): the joint distributions of the {@code d - k}
 * pairs {@code (X_i, Pi_i)}, {@code i = k+1..d}, are materialised as probabilities, each cell gets
 * Laplace noise of scale {@code 2 (d - k) / (n epsilon2)} (a probability table changes by at
 * most {@code 2/n} in L1 when one record is replaced, and the budget {@code epsilon2} is split
 * evenly over the {@code d - k} tables), negative cells are set to 0 and each table is
 * normalised to sum to 1. The conditionals of the first {@code k + 1} attributes are all derived
 * from the first table, whose parent set is the first {@code k} attributes, by marginalising it;
 * the others are the tables divided by their parent marginals. A parent configuration whose
 * noisy mass is 0 gets the uniform distribution. The budget is split as in the paper:
 * {@code epsilon1 = beta epsilon} for the network and {@code epsilon2 = (1 - beta) epsilon} for
 * the distributions, {@code beta = 0.3} by default; the split is reported by
 * {@link Model#accounting()}.
 *
 * <p>Sampling is ancestral, in network order, from the noisy conditionals only.
 *
 * <p>Limitation: the degree is the fixed {@code k} for every attribute. The paper also restricts
 * parent sets to those whose tables are large enough to stay useful under the noise
 * ({@code theta}-usefulness); that refinement is not implemented, so with many categories or
 * bins and a small budget the noisy tables are mostly noise (on Adult with 20 bins, {@code k = 2}
 * and {@code epsilon = 1}, a table of 1,000 cells gets about as much clipped Laplace mass as it
 * has signal). Lower {@code bins} or {@code k} in that case.
 *
 * <p>What is private: with {@code epsilon}, the network and the conditionals, and so every
 * sample, are {@code epsilon}-differentially private with respect to replacing one training
 * record, given the attribute domains and {@code n}. What is not: as in the paper, the attribute
 * domains are treated as public, but here they are read from the training data: the numeric
 * bin ranges are the training minimum and maximum (an extreme value moves them), the set of
 * categories is the audit's vocabulary, and a numeric column with no observed value gets an
 * empty domain; the row count {@code n} is used as is. Without {@code epsilon} the generator is
 * not private at all and reproduces the exact low-dimensional marginals of the training data.
 */
public final class PrivBayesGenerator implements Generator {
    /** The generator's id. */
    public static final String ID = "bayesian-network";

    /** The degree of the network: the largest number of parents of an attribute. */
    public static final String K = "k";

    /** The number of equal-width bins of a numeric or datetime column. */
    public static final String BINS = "bins";

    /** The total privacy budget; absent for a non-private fit. */
    public static final String EPSILON = "epsilon";

    /** The share of the budget spent on learning the network. */
    public static final String BETA = "beta";

    /** The largest distribution table the generator builds, in cells. */
    static final long MAX_CELLS = 1L << 24;

    private static final double LN2 = Math.log(2);

    /** Creates the generator; it is configured through the parameters of each fit. */
    public PrivBayesGenerator() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Bayesian network of degree k, differentially private with epsilon (PrivBayes: "
                + "Zhang, Cormode, Procopiuc, Srivastava and Xiao, ACM TODS 2017).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(K, "2", "network degree: parents per attribute, a whole number "
                        + ">= 0 below the number of non-identifier columns (default 2, or that "
                        + "number minus 1 when it is smaller)"),
                new Parameter(BINS, "20", "equal-width bins per numeric or datetime column, "
                        + "a whole number in [1, 1000]"),
                new Parameter(EPSILON, null, "total differential-privacy budget, a finite "
                        + "number > 0; when absent the fit is not private (no noise, greedy "
                        + "choice by largest mutual information)"),
                new Parameter(BETA, "0.3", "share of epsilon spent on choosing the network, "
                        + "in (0, 1); the rest goes to the noisy distributions"));
    }

    @Override
    public Optional<String> unsupported(Schema schema) {
        return schema.analysable().length == 0
                ? Optional.of("every column is an identifier; a Bayesian network needs at least "
                        + "one other column")
                : Optional.empty();
    }

    /**
     * Checks the parameters' names and ranges; the upper end of {@code k} depends on the
     * columns and is checked with them ({@link #validate(Parameters, FitInput)}).
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        Settings.read(parameters, Integer.MAX_VALUE);
    }

    /**
     * Checks the parameters against the training columns: {@code k} must be below the number of
     * analysable columns.
     *
     * @param parameters the user's parameters
     * @param input the training records
     */
    @Override
    public void validate(Parameters parameters, FitInput input) {
        int attributes = input.train().schema().analysable().length;
        if (attributes > 0) {
            Settings.read(parameters, attributes);
        }
    }

    @Override
    public Model fit(Dataset train, Parameters parameters, Seeds seeds) {
        int[] columns = train.schema().analysable();
        Settings settings = Settings.read(parameters, columns.length);
        int n = train.rowCount();
        requireRows(parameters, train, settings);

        Encoding[] encodings = new Encoding[columns.length];
        int[][] data = new int[columns.length][];
        int[] domains = new int[columns.length];
        for (int a = 0; a < columns.length; a++) {
            encodings[a] = Encoding.of(train, columns[a], settings.bins());
            data[a] = encodings[a].encode(train);
            domains[a] = encodings[a].domain();
        }
        requireTableSize(parameters, settings, domains);

        Optional<Accounting> accounting = settings.epsilon().isPresent()
                ? Optional.of(Accounting.of(settings.epsilon().getAsDouble(), settings.beta(),
                        columns.length, settings.k(), n))
                : Optional.empty();
        Network network = Network.greedy(data, domains, settings.k(), accounting,
                seeds.child("network").random());
        Conditional[] conditionals = noisyConditionals(network, data, domains, settings.k(),
                accounting, seeds.child("noise").random());
        return new Model(train.schema(), train.dictionary(), encodings, conditionals,
                network.describe(train.schema(), columns), accounting);
    }

    private static void requireRows(Parameters parameters, Dataset train, Settings settings) {
        int needed = settings.epsilon().isPresent() ? 2 : 1;
        if (train.rowCount() < needed) {
            throw new InputException(parameters.owner() + ": the training table '" + train.name()
                    + "' has " + train.rowCount() + " rows; at least " + needed + " are needed"
                    + (needed == 2 ? " when 'epsilon' is set" : ""));
        }
    }

    private static void requireTableSize(Parameters parameters, Settings settings,
            int[] domains) {
        int[] sorted = domains.clone();
        Arrays.sort(sorted);
        long cells = 1;
        for (int i = 0; i <= settings.k(); i++) {
            cells *= sorted[sorted.length - 1 - i];
            if (cells > MAX_CELLS) {
                throw new InputException(parameters.owner() + ": with k = " + settings.k()
                        + " and bins = " + settings.bins() + " a distribution would have more "
                        + "than " + MAX_CELLS + " cells; lower 'k' or 'bins'");
            }
        }
    }

    /**
     * The validated parameters of one fit.
     *
     * @param k the network degree
     * @param bins the bins per numeric column
     * @param epsilon the total budget, empty for a non-private fit
     * @param beta the share of the budget spent on the network
     */
    private record Settings(int k, int bins, OptionalDouble epsilon, double beta) {

        static Settings read(Parameters parameters, int attributes) {
            parameters.requireOnly(Set.of(K, BINS, EPSILON, BETA));
            if (attributes == 0) {
                throw new InputException(parameters.owner() + ": every column is an identifier;"
                        + " at least one other column is needed");
            }
            int k = ParameterRanges.wholeNumber(parameters, K, Math.min(2, attributes - 1), 0,
                    attributes - 1, attributes == Integer.MAX_VALUE ? ""
                            : " (fewer than the " + attributes + " analysable columns)");
            int bins = ParameterRanges.wholeNumber(parameters, BINS, 20, 1, 1000, "");
            OptionalDouble epsilon = ParameterRanges.optionalPositive(parameters, EPSILON);
            double beta = ParameterRanges.openUnitInterval(parameters, BETA, 0.3);
            return new Settings(k, bins, epsilon, beta);
        }
    }

    /**
     * The privacy accounting of a private fit, in the paper's symbols.
     *
     * @param epsilon the total budget
     * @param beta the share of the budget given to the network
     * @param epsilon1 the budget of the network, {@code beta epsilon}; 0 when there is a single
     *     attribute and so no network to choose, in which case {@code epsilon2 = epsilon}
     * @param epsilon2 the budget of the noisy distributions, {@code epsilon - epsilon1}
     * @param networkSteps the exponential-mechanism draws, {@code d - 1}
     * @param stepEpsilon the budget of each draw, {@code epsilon1 / (d - 1)}; 0 without draws
     * @param sensitivity the sensitivity {@code S} of mutual information, in bits
     * @param noisyDistributions the noisy joint distributions, {@code d - k}
     * @param laplaceScale the Laplace scale added to each probability,
     *     {@code 2 (d - k) / (n epsilon2)}
     * @param rows the training row count {@code n}
     */
    public record Accounting(double epsilon, double beta, double epsilon1, double epsilon2,
            int networkSteps, double stepEpsilon, double sensitivity, int noisyDistributions,
            double laplaceScale, int rows) {

        static Accounting of(double epsilon, double beta, int attributes, int k, int rows) {
            int steps = attributes - 1;
            double epsilon1 = steps == 0 ? 0 : beta * epsilon;
            double epsilon2 = epsilon - epsilon1;
            double step = steps == 0 ? 0 : epsilon1 / steps;
            int distributions = attributes - k;
            double scale = 2.0 * distributions / (rows * epsilon2);
            return new Accounting(epsilon, beta, epsilon1, epsilon2, steps, step,
                    mutualInformationSensitivity(rows), distributions, scale, rows);
        }

        /**
         * The accounting as lines of text for a report.
         *
         * @return one line per quantity, in the paper's symbols
         */
        public List<String> lines() {
            return List.of(
                    "epsilon = " + epsilon + " (epsilon-differential privacy, one record replaced)",
                    "network: epsilon1 = beta * epsilon = " + epsilon1 + " (beta = " + beta
                            + "), " + networkSteps + " exponential-mechanism draws of "
                            + stepEpsilon + " each",
                    "mutual-information sensitivity S = " + sensitivity + " bits (n = " + rows
                            + ")",
                    "distributions: epsilon2 = " + epsilon2 + " over " + noisyDistributions
                            + " noisy joint distributions, Laplace scale " + laplaceScale
                            + " per probability",
                    "total: epsilon1 + epsilon2 = " + (epsilon1 + epsilon2));
        }
    }

    /**
     * The sensitivity of mutual information in bits for general attribute domains, from the
     * PrivBayes paper: {@code (2/n) log2((n+1)/2) + ((n-1)/n) log2((n+1)/(n-1))}.
     *
     * @param n the number of records, {@code >= 2}
     * @return the largest change of {@code I(X; Pi)} when one record is replaced
     */
    static double mutualInformationSensitivity(int n) {
        double rows = n;
        return 2 / rows * log2((rows + 1) / 2) + (rows - 1) / rows * log2((rows + 1) / (rows - 1));
    }

    private static double log2(double x) {
        return Math.log(x) / LN2;
    }

    /**
     * How a column maps to the values {@code 0..domain-1} of an attribute; 0 is missing.
     *
     * @param column the schema position
     * @param coded true for categorical and boolean columns (value = code + 1)
     * @param domain the number of values
     * @param min the lower end of the first bin (numeric columns)
     * @param width the bin width (numeric columns), 0 for a constant column
     */
    private record Encoding(int column, boolean coded, int domain, double min, double width) {

        static Encoding of(Dataset train, int column, int bins) {
            if (train.schema().column(column).type().isCoded()) {
                int largest = Arrays.stream(train.codeColumn(column)).max().orElse(-1);
                int categories = Math.max(train.vocabulary(column).realSize(), largest + 1);
                return new Encoding(column, true, categories + 1, 0, 0);
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : train.numericColumn(column)) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            if (min > max) {
                return new Encoding(column, false, 1, 0, 0);
            }
            return new Encoding(column, false, bins + 1, min, (max - min) / bins);
        }

        int[] encode(Dataset train) {
            if (coded) {
                int[] codes = train.codeColumn(column);
                for (int row = 0; row < codes.length; row++) {
                    codes[row]++;
                }
                return codes;
            }
            double[] values = train.numericColumn(column);
            int[] out = new int[values.length];
            for (int row = 0; row < values.length; row++) {
                out[row] = bin(values[row]);
            }
            return out;
        }

        private int bin(double value) {
            if (Double.isNaN(value)) {
                return 0;
            }
            if (width == 0) {
                return 1;
            }
            return 1 + Math.min(domain - 2, (int) ((value - min) / width));
        }

        int[] codes(int[] values) {
            int[] codes = new int[values.length];
            for (int row = 0; row < values.length; row++) {
                codes[row] = values[row] - 1;
            }
            return codes;
        }

        double[] numbers(int[] values, SplittableRandom random) {
            double[] numbers = new double[values.length];
            for (int row = 0; row < values.length; row++) {
                numbers[row] = values[row] == 0 ? Double.NaN
                        : min + (values[row] - 1 + random.nextDouble()) * width;
            }
            return numbers;
        }
    }

    /**
     * A Bayesian network: attributes in network order with their parent sets.
     *
     * @param order the attributes in the order they were added
     * @param parents the parents of {@code order[i]}, all earlier in the order
     */
    private record Network(int[] order, int[][] parents) {

        static Network greedy(int[][] data, int[] domains, int k, Optional<Accounting> budget,
                SplittableRandom random) {
            int d = domains.length;
            int[] order = new int[d];
            int[][] parents = new int[d][];
            boolean[] placed = new boolean[d];
            order[0] = random.nextInt(d);
            parents[0] = new int[0];
            placed[order[0]] = true;
            MutualInformation information = new MutualInformation(data, domains, k);

            for (int i = 1; i < d; i++) {
                List<int[]> parentSets = subsets(Arrays.copyOf(order, i), Math.min(k, i));
                List<int[]> pairs = new ArrayList<>();
                double[] score = new double[(d - i) * parentSets.size()];
                for (int x = 0; x < d; x++) {
                    if (placed[x]) {
                        continue;
                    }
                    for (int[] set : parentSets) {
                        score[pairs.size()] = information.of(x, set);
                        pairs.add(concat(x, set));
                    }
                }
                int pick = budget.isPresent()
                        ? exponentialMechanism(score, budget.get().stepEpsilon(),
                                budget.get().sensitivity(), random)
                        : argmax(score);
                int[] pair = pairs.get(pick);
                order[i] = pair[0];
                parents[i] = Arrays.copyOfRange(pair, 1, pair.length);
                placed[pair[0]] = true;
            }
            return new Network(order, parents);
        }

        List<String> describe(Schema schema, int[] columns) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < order.length; i++) {
                StringBuilder line = new StringBuilder(name(schema, columns, order[i]))
                        .append(" <- ");
                if (parents[i].length == 0) {
                    line.append("(no parents)");
                }
                for (int p = 0; p < parents[i].length; p++) {
                    line.append(p == 0 ? "" : ", ").append(name(schema, columns, parents[i][p]));
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private static String name(Schema schema, int[] columns, int attribute) {
            return schema.column(columns[attribute]).name();
        }
    }

    /**
     * Draws an index with probability proportional to {@code exp(epsilon score / (2 S))}.
     *
     * @param scores the utility of each candidate
     * @param epsilon the budget of this draw
     * @param sensitivity the sensitivity {@code S} of the score
     * @param random the noise source
     * @return the chosen index
     */
    static int exponentialMechanism(double[] scores, double epsilon, double sensitivity,
            SplittableRandom random) {
        double factor = epsilon / (2 * sensitivity);
        double max = Arrays.stream(scores).max().orElseThrow();
        double[] cumulative = new double[scores.length];
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            total += Math.exp(factor * (scores[i] - max));
            cumulative[i] = total;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < scores.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return scores.length - 1;
    }

    private static int argmax(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    private static List<int[]> subsets(int[] items, int size) {
        List<int[]> out = new ArrayList<>();
        int[] pick = new int[size];
        for (int i = 0; i < size; i++) {
            pick[i] = i;
        }
        while (true) {
            int[] subset = new int[size];
            for (int i = 0; i < size; i++) {
                subset[i] = items[pick[i]];
            }
            out.add(subset);
            int i = size - 1;
            while (i >= 0 && pick[i] == items.length - size + i) {
                i--;
            }
            if (i < 0) {
                return out;
            }
            pick[i]++;
            for (int j = i + 1; j < size; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }

    private static int[] concat(int first, int[] rest) {
        int[] out = new int[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** Mutual information of attribute-parent pairs over the training records, with buffers. */
    private static final class MutualInformation {
        private final int[][] data;
        private final int[] domains;
        private final int rows;
        private final int[] joint;
        private final int[] configCounts;
        private final int[] childCounts;
        private final int[] config;

        MutualInformation(int[][] data, int[] domains, int k) {
            this.data = data;
            this.domains = domains;
            this.rows = data[0].length;
            int[] sorted = domains.clone();
            Arrays.sort(sorted);
            long cells = 1;
            for (int i = 0; i < k; i++) {
                cells *= sorted[sorted.length - 1 - i];
            }
            this.configCounts = new int[(int) cells];
            this.joint = new int[(int) (cells * sorted[sorted.length - 1])];
            this.childCounts = new int[sorted[sorted.length - 1]];
            this.config = new int[rows];
        }

        /** I(X; Pi) in bits. */
        double of(int child, int[] parents) {
            int configs = parentConfigurations(parents);
            int dx = domains[child];
            int[] x = data[child];
            Arrays.fill(joint, 0, dx * configs, 0);
            Arrays.fill(configCounts, 0, configs, 0);
            Arrays.fill(childCounts, 0, dx, 0);
            for (int r = 0; r < rows; r++) {
                joint[x[r] + dx * config[r]]++;
                configCounts[config[r]]++;
                childCounts[x[r]]++;
            }

            double sum = 0;
            for (int pc = 0; pc < configs; pc++) {
                if (configCounts[pc] == 0) {
                    continue;
                }
                for (int v = 0; v < dx; v++) {
                    int c = joint[pc * dx + v];
                    if (c > 0) {
                        sum += c * log2((double) c * rows
                                / ((double) childCounts[v] * configCounts[pc]));
                    }
                }
            }
            return sum / rows;
        }

        private int parentConfigurations(int[] parents) {
            Arrays.fill(config, 0);
            int stride = 1;
            for (int p : parents) {
                int[] column = data[p];
                for (int r = 0; r < rows; r++) {
                    config[r] += column[r] * stride;
                }
                stride *= domains[p];
            }
            return stride;
        }
    }

    private static Conditional[] noisyConditionals(Network network, int[][] data, int[] domains,
            int k, Optional<Accounting> budget, SplittableRandom random) {
        int d = domains.length;
        Conditional[] conditionals = new Conditional[d];
        for (int i = k; i < d; i++) {
            int[] attributes = concat(network.order()[i], network.parents()[i]);
            int[] dims = Arrays.stream(attributes).map(a -> domains[a]).toArray();
            double[] joint = joint(attributes, dims, data);
            if (budget.isPresent()) {
                addLaplace(joint, budget.get().laplaceScale(), random);
            }
            normalise(joint);

            if (i == k) {
                for (int j = 0; j < k; j++) {
                    int[] keep = new int[j + 1];
                    keep[0] = 1 + j;
                    for (int p = 0; p < j; p++) {
                        keep[1 + p] = 1 + p;
                    }
                    double[] marginal = marginalise(joint, dims, keep);
                    conditionals[j] = Conditional.of(network.order()[j],
                            Arrays.copyOf(network.order(), j), marginal, domains);
                }
            }
            conditionals[i] = Conditional.of(network.order()[i], network.parents()[i], joint,
                    domains);
        }
        return conditionals;
    }

    private static double[] joint(int[] attributes, int[] dims, int[][] data) {
        int cells = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        double[] joint = new double[cells];
        int rows = data[0].length;
        for (int r = 0; r < rows; r++) {
            int cell = 0;
            int stride = 1;
            for (int a = 0; a < attributes.length; a++) {
                cell += data[attributes[a]][r] * stride;
                stride *= dims[a];
            }
            joint[cell]++;
        }
        for (int c = 0; c < cells; c++) {
            joint[c] /= rows;
        }
        return joint;
    }

    private static void addLaplace(double[] table, double scale, SplittableRandom random) {
        for (int c = 0; c < table.length; c++) {
            double u;
            do {
                u = random.nextDouble();
            } while (u == 0);
            u -= 0.5;
            table[c] -= scale * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
        }
    }

    /**
     * Sets negative cells to 0 and scales the table to sum to 1; a table with no positive cell
     * becomes uniform.
     *
     * @param table probabilities, changed in place
     */
    static void normalise(double[] table) {
        double total = 0;
        for (int c = 0; c < table.length; c++) {
            table[c] = Math.max(0, table[c]);
            total += table[c];
        }
        for (int c = 0; c < table.length; c++) {
            table[c] = total > 0 ? table[c] / total : 1.0 / table.length;
        }
    }

    /**
     * Sums a table over the attributes not kept.
     *
     * @param joint a table over attributes with sizes {@code dims}, first attribute fastest
     * @param dims the attribute sizes
     * @param keep the positions of the attributes to keep, in the order of the result
     * @return the marginal table, first kept attribute fastest
     */
    static double[] marginalise(double[] joint, int[] dims, int[] keep) {
        int[] targetStride = new int[dims.length];
        int size = 1;
        for (int position : keep) {
            targetStride[position] = size;
            size *= dims[position];
        }
        double[] out = new double[size];
        int[] digit = new int[dims.length];
        int target = 0;
        for (double value : joint) {
            out[target] += value;
            for (int a = 0; a < dims.length; a++) {
                digit[a]++;
                target += targetStride[a];
                if (digit[a] < dims[a]) {
                    break;
                }
                target -= targetStride[a] * dims[a];
                digit[a] = 0;
            }
        }
        return out;
    }

    /**
     * The distribution of one attribute given its parents, as cumulative probabilities.
     *
     * @param child the attribute
     * @param parents its parents
     * @param strides the weight of each parent's value in the parent configuration index
     * @param childDomain the number of values of the child
     * @param cumulative per parent configuration, {@code childDomain} cumulative probabilities
     */
    private record Conditional(int child, int[] parents, int[] strides, int childDomain,
            double[] cumulative) {

        static Conditional of(int child, int[] parents, double[] joint, int[] domains) {
            int dx = domains[child];
            int[] strides = new int[parents.length];
            int configs = 1;
            for (int p = 0; p < parents.length; p++) {
                strides[p] = configs;
                configs *= domains[parents[p]];
            }
            double[] cumulative = new double[joint.length];
            for (int pc = 0; pc < configs; pc++) {
                int base = pc * dx;
                double mass = 0;
                for (int v = 0; v < dx; v++) {
                    mass += joint[base + v];
                }
                double running = 0;
                for (int v = 0; v < dx; v++) {
                    running += mass > 0 ? joint[base + v] / mass : 1.0 / dx;
                    cumulative[base + v] = running;
                }
                cumulative[base + dx - 1] = 1;
            }
            return new Conditional(child, parents, strides, dx, cumulative);
        }

        int draw(int[][] values, int row, double u) {
            int config = 0;
            for (int p = 0; p < parents.length; p++) {
                config += values[parents[p]][row] * strides[p];
            }
            int base = config * childDomain;
            for (int v = 0; v < childDomain; v++) {
                if (u < cumulative[base + v]) {
                    return v;
                }
            }
            return childDomain - 1;
        }
    }

    /** A fitted PrivBayes model: the network, its noisy conditionals and the accounting. */
    public static final class Model implements FittedGenerator {
        private final Schema schema;
        private final Dictionary dictionary;
        private final Encoding[] encodings;
        private final Conditional[] conditionals;
        private final List<String> network;
        private final Optional<Accounting> accounting;

        private Model(Schema schema, Dictionary dictionary, Encoding[] encodings,
                Conditional[] conditionals, List<String> network,
                Optional<Accounting> accounting) {
            this.schema = schema;
            this.dictionary = dictionary;
            this.encodings = encodings;
            this.conditionals = conditionals;
            this.network = List.copyOf(network);
            this.accounting = accounting;
        }

        /**
         * The privacy accounting of the fit.
         *
         * @return the budget split, or empty when the fit was not private
         */
        public Optional<Accounting> accounting() {
            return accounting;
        }

        /**
         * The network in the order attributes were added, one line per attribute such as
         * {@code income <- age, education}.
         *
         * @return the lines
         */
        public List<String> network() {
            return network;
        }

        /**
         * The privacy accounting, then the network, for the report.
         *
         * @return the accounting lines (or a line saying the fit is not private), then one line
         *     per attribute in network order
         */
        @Override
        public List<String> details() {
            List<String> lines = new ArrayList<>(accounting.map(Accounting::lines).orElse(
                    List.of("not private: no epsilon was given, so the network is the greedy "
                            + "choice by mutual information and the distributions are the "
                            + "exact ones of the training records")));
            network.forEach(line -> lines.add("network: " + line));
            return lines;
        }

        @Override
        public PrivacyClaim privacyClaim() {
            return accounting.<PrivacyClaim>map(a -> new PrivacyClaim.DifferentialPrivacy(
                    a.epsilon(), 0)).orElse(PrivacyClaim.NONE);
        }

        @Override
        public Dataset sample(int rows, Seeds seeds) {
            if (rows < 0) {
                throw new IllegalArgumentException("rows must be >= 0, was " + rows);
            }
            SplittableRandom random = seeds.random();
            int[][] values = new int[encodings.length][rows];
            for (int row = 0; row < rows; row++) {
                for (Conditional conditional : conditionals) {
                    values[conditional.child()][row] = conditional.draw(values, row,
                            random.nextDouble());
                }
            }

            Dataset.Builder builder = Dataset.builder("synthetic", schema, dictionary, rows);
            for (int a = 0; a < encodings.length; a++) {
                Encoding encoding = encodings[a];
                if (encoding.coded()) {
                    builder.codes(encoding.column(), encoding.codes(values[a]));
                } else {
                    builder.numeric(encoding.column(), encoding.numbers(values[a], random));
                }
            }
            return builder.build();
        }

        @Override
        public String toString() {
            return "PrivBayes[" + String.join("; ", network) + "]";
        }
    }
}
