package org.synthaudit.metrics.fidelity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.synthaudit.core.audit.Bars;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.Proportions;

/**
 * The marginal of one column in the training table and in the synthetic release, side by side,
 * as grouped bars: the share of the non-missing values in each category (categorical, boolean)
 * or bin (numeric, datetime), each share with its Wilson score interval.
 *
 * <p>A category label is a value of the real data, so the chart names a category only when at
 * least {@link #MIN_NAMED} training records hold it; rarer categories (and categories only
 * other tables hold) are merged into one bar, {@value #RARE}, whose note says how many were
 * merged. A column with many categories keeps its {@link #MAX_NAMED} most frequent ones and
 * merges the rest into {@value #LESS_FREQUENT}.
 *
 * <p>Numeric bins are fixed from the training table: equal-width bins of a rounded width
 * (1, 2 or 5 times a power of ten) whose edges are multiples of that width, so the edges do not
 * give away the exact real minimum and maximum; synthetic values outside the edges get a bar
 * {@value #BELOW} or {@value #ABOVE}, shown only when some value falls there. A column whose
 * training values are all equal has one bin for that value; a bin's label is a range, never a
 * single record's value unless the column is constant.
 */
final class MarginalCharts {
    /** The fewest training records a category needs to be named in a chart. */
    static final int MIN_NAMED = 10;
    /** The most categories a chart names; the rest are merged. */
    static final int MAX_NAMED = 15;
    /** The label of the bar of merged rare categories. */
    static final String RARE = "other (rare)";
    /** The label of the bar of merged categories beyond the most frequent ones. */
    static final String LESS_FREQUENT = "other (less frequent)";
    /** The label of the bar of values below the training range's bins. */
    static final String BELOW = "below the real range";
    /** The label of the bar of values above the training range's bins. */
    static final String ABOVE = "above the real range";
    /** The target number of bins of a numeric column. */
    static final int BINS = 10;

    private static final double LEVEL = 0.95;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private MarginalCharts() {
    }

    /**
     * The chart of one column.
     *
     * @param column the column's position, not an identifier
     * @param train the real training table
     * @param synthetic the synthetic release, with train's schema
     * @return the grouped bars, with id {@code marginal.<column name>}
     */
    static Bars of(int column, Dataset train, Dataset synthetic) {
        ColumnSpec spec = train.schema().column(column);
        Counts counts = spec.type().isCoded() ? categories(column, train, synthetic)
                : bins(column, spec.type(), train, synthetic);
        long trainTotal = IntStream.of(counts.train).asLongStream().sum();
        long synthTotal = IntStream.of(counts.synthetic).asLongStream().sum();
        List<Estimate> trainShares = new ArrayList<>();
        List<Estimate> synthShares = new ArrayList<>();
        for (int b = 0; b < counts.labels.size(); b++) {
            trainShares.add(Proportions.wilson(counts.train[b], trainTotal, LEVEL));
            synthShares.add(Proportions.wilson(counts.synthetic[b], synthTotal, LEVEL));
        }
        List<String> notes = new ArrayList<>(counts.notes);
        notes.add(0, "Shares of the non-missing values of " + spec.name() + " (" + trainTotal
                + " in train, " + synthTotal + " in the synthetic release); error bars are 95 % "
                + "Wilson score intervals.");
        return new Bars("marginal." + spec.name(), spec.name() + ": train vs synthetic",
                spec.type().isCoded() ? "category" : "bin", "share of the non-missing values",
                counts.labels, List.of(new Bars.BarSeries("train", trainShares),
                        new Bars.BarSeries("synthetic", synthShares)), notes);
    }

    /** Counts per drawn bar, with their labels and what a reader must know about them. */
    private record Counts(List<String> labels, int[] train, int[] synthetic,
            List<String> notes) {
    }

    private static Counts categories(int column, Dataset train, Dataset synthetic) {
        int size = train.vocabulary(column).size();
        int[] trainCounts = codeCounts(train.codeColumn(column), size);
        int[] synthCounts = codeCounts(synthetic.codeColumn(column), size);
        List<Integer> named = IntStream.range(0, size).filter(c -> trainCounts[c] >= MIN_NAMED)
                .boxed().sorted(Comparator.comparingInt((Integer c) -> -trainCounts[c])
                        .thenComparingInt(c -> c)).toList();
        List<Integer> kept = named.subList(0, Math.min(MAX_NAMED, named.size())).stream()
                .sorted().toList();
        List<String> labels = new ArrayList<>();
        List<int[]> bars = new ArrayList<>();
        for (int c : kept) {
            labels.add(train.vocabulary(column).label(c));
            bars.add(new int[] {trainCounts[c], synthCounts[c]});
        }
        int[] rare = new int[2];
        int[] frequent = new int[2];
        int rareCount = 0;
        int frequentCount = 0;
        for (int c = 0; c < size; c++) {
            if (kept.contains(c) || trainCounts[c] + synthCounts[c] == 0) {
                continue;
            }
            int[] into = trainCounts[c] < MIN_NAMED ? rare : frequent;
            into[0] += trainCounts[c];
            into[1] += synthCounts[c];
            if (into == rare) {
                rareCount++;
            } else {
                frequentCount++;
            }
        }
        List<String> notes = new ArrayList<>();
        if (frequentCount > 0) {
            labels.add(LESS_FREQUENT);
            bars.add(frequent);
            notes.add(frequentCount + " categories beyond the " + MAX_NAMED + " most frequent "
                    + "in train are merged into '" + LESS_FREQUENT + "'.");
        }
        if (rareCount > 0) {
            labels.add(RARE);
            bars.add(rare);
            notes.add(rareCount + (rareCount == 1 ? " category" : " categories") + " held by "
                    + "fewer than " + MIN_NAMED + " training records (or by none) "
                    + (rareCount == 1 ? "is" : "are") + " merged into '" + RARE + "' and not "
                    + "named, since a category label is a real value.");
        }
        return counts(labels, bars, notes);
    }

    private static int[] codeCounts(int[] codes, int size) {
        int[] counts = new int[size];
        for (int code : codes) {
            if (code >= 0 && code < size) {
                counts[code]++;
            }
        }
        return counts;
    }

    private static Counts counts(List<String> labels, List<int[]> bars, List<String> notes) {
        return new Counts(labels, bars.stream().mapToInt(b -> b[0]).toArray(),
                bars.stream().mapToInt(b -> b[1]).toArray(), notes);
    }

    private static Counts bins(int column, ColumnType type, Dataset train, Dataset synthetic) {
        double[] real = train.numericColumn(column);
        double[] synth = synthetic.numericColumn(column);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : real) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return new Counts(List.of(), new int[0], new int[0], List.of("The training table "
                    + "has no value in this column, so there are no bins."));
        }
        double width = max > min ? niceWidth(Double.isFinite(max - min)
                ? (max - min) / BINS : max / BINS - min / BINS) : 0;
        double start = width == 0 ? min : Math.floor(min / width) * width;
        int inner = width == 0 ? 1 : (int) Math.max(1, Math.ceil(
                widths(max, start, width) - 1e-9));
        if (width > 0 && edge(start, width, inner) <= max) {
            inner++;
        }
        int[][] counts = {new int[inner + 2], new int[inner + 2]};
        double[][] tables = {real, synth};
        for (int t = 0; t < 2; t++) {
            for (double v : tables[t]) {
                if (!Double.isNaN(v)) {
                    counts[t][bin(v, start, width, inner)]++;
                }
            }
        }
        List<String> labels = new ArrayList<>();
        List<int[]> bars = new ArrayList<>();
        for (int b = 0; b < inner + 2; b++) {
            boolean edge = b == 0 || b == inner + 1;
            if (edge && counts[0][b] + counts[1][b] == 0) {
                continue;
            }
            labels.add(b == 0 ? BELOW : b == inner + 1 ? ABOVE : width == 0
                    ? (counts[0][b] >= MIN_NAMED ? format(start, type) : "the one real value")
                    : "[" + format(edge(start, width, b - 1), type) + ", "
                            + format(edge(start, width, b), type) + ")");
            bars.add(new int[] {counts[0][b], counts[1][b]});
        }
        String binNote = width == 0 ? "Every training value is the same, so there is one bin."
                : inner + " bins of width " + format(width, ColumnType.NUMERIC)
                        + (type == ColumnType.DATETIME ? " seconds" : "") + " fixed from the "
                        + "training table, edges rounded to multiples of the width.";
        return counts(labels, bars, List.of(binNote));
    }

    /** The bar of a value: 0 below the bins, 1 .. inner the bins, inner + 1 above. */
    private static int bin(double v, double start, double width, int inner) {
        if (width == 0) {
            return v < start ? 0 : v > start ? inner + 1 : 1;
        }
        if (v < start) {
            return 0;
        }
        int k = (int) Math.floor(widths(v, start, width));
        return k >= inner ? inner + 1 : k + 1;
    }

    /** How many widths {@code v} lies above {@code start}, without overflowing on the way. */
    private static double widths(double v, double start, double width) {
        double gap = v - start;
        return Double.isFinite(gap) ? gap / width : v / width - start / width;
    }

    /**
     * The lower edge of range bin {@code k}, {@code start + k * width}, summed on halved terms
     * so that a range near the largest double does not overflow on the way.
     */
    private static double edge(double start, double width, int k) {
        double sum = start + k * width;
        return Double.isFinite(sum) ? sum : (start * 0.5 + k * (width * 0.5)) * 2;
    }

    /** The smallest of 1, 2 and 5 times a power of ten that is at least the raw width. */
    static double niceWidth(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= raw * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String format(double value, ColumnType type) {
        if (type == ColumnType.DATETIME) {
            return DAY.format(Instant.ofEpochSecond((long) Math.floor(value)));
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
