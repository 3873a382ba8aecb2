package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Schema;

/**
 * Real (train) and synthetic rows stacked into one table for a classifier that tells them
 * apart, with label 1 for synthetic rows. Synthetic numeric and datetime values are first
 * rounded to the real data's precision ({@link RealPrecision}); identifier columns take no
 * part.
 *
 * <p>Two encodings of the same rows:
 * <ul>
 *   <li>for logistic regression, a sparse design matrix (compressed rows): an intercept; per
 *       numeric column its value standardised by the pooled mean and standard deviation
 *       (skipped when constant), with a missing value set to the mean (0) and flagged by an
 *       indicator when any value is missing; per coded column one indicator per level of the
 *       shared vocabulary present in the pooled rows, missing being a level, except the most
 *       frequent level (the reference, so that the parameters are identified);
 *   <li>for classification trees, one bin per row and column: the levels of a coded column
 *       (nominal), and up to {@link #QUANTILE_BINS} bins between quantiles of the pooled
 *       values of a numeric column (ordered); missing is bin 0, below every value.
 * </ul>
 *
 * @param labels 1 for a synthetic row, 0 for a real one; real rows first
 * @param rowStart where each row's entries begin in {@code index} and {@code value}, one more
 *     than the rows
 * @param index the parameter of each entry; parameter 0 is the intercept
 * @param value the value of each entry
 * @param parameters the number of parameters, the intercept included
 * @param bins the bin of every row, per analysable column
 * @param binCounts the number of bins of each analysable column
 * @param ordered whether each analysable column's bins are ordered (numeric and datetime)
 * @param precisions the detected precision of each numeric and datetime column
 */
record PropensityData(int[] labels, int[] rowStart, int[] index, double[] value, int parameters,
        int[][] bins, int[] binCounts, boolean[] ordered, List<RealPrecision> precisions) {

    /** The most bins of a numeric column for the trees. */
    static final int QUANTILE_BINS = 32;

    /**
     * Stacks train and synthetic rows.
     *
     * @param train the real rows
     * @param synthetic the synthetic rows, sharing train's schema
     * @return the encoded rows
     */
    static PropensityData of(Dataset train, Dataset synthetic) {
        Schema schema = train.schema();
        int n = train.rowCount();
        int rows = n + synthetic.rowCount();
        int[] labels = new int[rows];
        Arrays.fill(labels, n, rows, 1);

        List<RealPrecision> precisions = new ArrayList<>();
        List<double[]> dense = new ArrayList<>();
        List<int[]> indicators = new ArrayList<>();
        int[] analysable = schema.analysable();
        int[][] bins = new int[analysable.length][];
        int[] binCounts = new int[analysable.length];
        boolean[] ordered = new boolean[analysable.length];
        for (int a = 0; a < analysable.length; a++) {
            int c = analysable[a];
            if (schema.column(c).type().isCoded()) {
                int[] codes = concat(train.codeColumn(c), synthetic.codeColumn(c));
                indicators.add(codes);
                bins[a] = Arrays.stream(codes).map(code -> code + 1).toArray();
                binCounts[a] = Arrays.stream(bins[a]).max().orElse(0) + 1;
            } else {
                RealPrecision precision = RealPrecision.of(train, c);
                precisions.add(precision);
                double[] values = concat(train.numericColumn(c),
                        precision.round(synthetic.numericColumn(c)));
                dense.add(values);
                bins[a] = quantileBins(values);
                ordered[a] = true;
                binCounts[a] = Arrays.stream(bins[a]).max().orElse(0) + 1;
            }
        }
        return Design.build(labels, dense, indicators, new Bins(bins, binCounts, ordered),
                precisions);
    }

    /**
     * The number of rows.
     *
     * @return real plus synthetic rows
     */
    int rows() {
        return labels.length;
    }

    /**
     * The number of synthetic rows.
     *
     * @return the rows labelled 1
     */
    int syntheticRows() {
        int count = 0;
        for (int label : labels) {
            count += label;
        }
        return count;
    }

    private static int[] concat(int[] first, int[] second) {
        int[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static double[] concat(double[] first, double[] second) {
        double[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Bins between distinct quantiles of the present values; missing is bin 0. */
    private static int[] quantileBins(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        double[] cuts = new double[QUANTILE_BINS - 1];
        int distinct = 0;
        for (int j = 1; j < QUANTILE_BINS && present.length > 0; j++) {
            double cut = present[(int) ((long) j * present.length / QUANTILE_BINS)];
            if (distinct == 0 || cut > cuts[distinct - 1]) {
                cuts[distinct++] = cut;
            }
        }
        double[] thresholds = Arrays.copyOf(cuts, distinct);
        int[] bins = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bins[i] = Double.isNaN(values[i]) ? 0 : 1 + upperBound(thresholds, values[i]);
        }
        return bins;
    }

    /** The number of sorted thresholds at or below a value. */
    private static int upperBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The tree encoding of the rows. */
    private record Bins(int[][] bins, int[] counts, boolean[] ordered) {
    }

    /** Builds the sparse design matrix. */
    private static final class Design {
        private Design() {
        }

        static PropensityData build(int[] labels, List<double[]> dense, List<int[]> indicators,
                Bins bins, List<RealPrecision> precisions) {
            int rows = labels.length;
            List<double[]> columns = new ArrayList<>();
            for (double[] values : dense) {
                columns.addAll(numericFeatures(values));
            }
            List<int[]> levels = new ArrayList<>();
            int parameters = 1 + columns.size();
            for (int[] codes : indicators) {
                int[] parameterOf = levels(codes, parameters);
                levels.add(parameterOf);
                parameters += (int) Arrays.stream(parameterOf).filter(p -> p > 0).count();
            }

            int[] rowStart = new int[rows + 1];
            int entriesPerRow = 1 + columns.size() + indicators.size();
            int[] index = new int[rows * entriesPerRow];
            double[] value = new double[index.length];
            int at = 0;
            for (int i = 0; i < rows; i++) {
                rowStart[i] = at;
                index[at] = 0;
                value[at++] = 1;
                for (int f = 0; f < columns.size(); f++) {
                    double v = columns.get(f)[i];
                    if (v != 0) {
                        index[at] = 1 + f;
                        value[at++] = v;
                    }
                }
                for (int g = 0; g < indicators.size(); g++) {
                    int parameter = levels.get(g)[indicators.get(g)[i] + 1];
                    if (parameter > 0) {
                        index[at] = parameter;
                        value[at++] = 1;
                    }
                }
            }
            rowStart[rows] = at;
            return new PropensityData(labels, rowStart, Arrays.copyOf(index, at),
                    Arrays.copyOf(value, at), parameters, bins.bins(), bins.counts(),
                    bins.ordered(), List.copyOf(precisions));
        }

        /** The standardised values (if not constant) and the missing indicator (if needed). */
        private static List<double[]> numericFeatures(double[] values) {
            double sum = 0;
            int present = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    present++;
                }
            }
            List<double[]> features = new ArrayList<>();
            double mean = present == 0 ? 0 : sum / present;
            double squares = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    squares += (v - mean) * (v - mean);
                }
            }
            double sd = present == 0 ? 0 : Math.sqrt(squares / present);
            if (sd > 0) {
                double[] standardised = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    standardised[i] = Double.isNaN(values[i]) ? 0 : (values[i] - mean) / sd;
                }
                features.add(standardised);
            }
            if (present < values.length && present > 0) {
                double[] missing = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    missing[i] = Double.isNaN(values[i]) ? 1 : 0;
                }
                features.add(missing);
            }
            return features;
        }

        /**
         * The parameter of each level (indexed by code + 1, missing first), 0 for the
         * reference level and for levels that never occur.
         */
        private static int[] levels(int[] codes, int firstParameter) {
            int size = Arrays.stream(codes).max().orElse(-1) + 2;
            int[] counts = new int[size];
            for (int code : codes) {
                counts[code + 1]++;
            }
            int reference = 0;
            for (int level = 1; level < size; level++) {
                if (counts[level] > counts[reference]) {
                    reference = level;
                }
            }
            int[] parameterOf = new int[size];
            int next = firstParameter;
            for (int level = 0; level < size; level++) {
                if (counts[level] > 0 && level != reference) {
                    parameterOf[level] = next++;
                }
            }
            return parameterOf;
        }
    }
}
