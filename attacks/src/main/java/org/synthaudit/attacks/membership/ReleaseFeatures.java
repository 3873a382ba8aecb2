package org.synthaudit.attacks.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;
import org.synthaudit.core.distance.EncodedRows;
import org.synthaudit.core.distance.RecordDistance;

/**
 * Turns a synthetic release into a fixed-length feature vector for a shadow-model classifier,
 * after the feature sets of Stadler, Oprisanu and Troncoso (2022), plus features specific to
 * one target record.
 *
 * <ul>
 *   <li>simple moments of every numeric or datetime column: mean, standard deviation, median,
 *       minimum, maximum and the share of missing values ("naive" features);
 *   <li>histograms: the share of rows in each of {@value #BINS} equal-width bins of the real
 *       range of a numeric column, and the share of each real category of a categorical
 *       column, of missing values, and of categories the real data lacks;
 *   <li>correlations: Pearson's correlation of every pair of numeric columns (over rows where
 *       both are present) and Cramér's V of every pair of categorical columns (missing a
 *       category of its own); mixed pairs are left out;
 *   <li>target features: the record distance from the target to its closest synthetic record
 *       and the mean distance to its {@value #NEIGHBOURS} closest, the number of synthetic
 *       records equal to the target on every compared column, the number equal to it on every
 *       quasi-identifier (on every column when none is declared), and per column the number of
 *       synthetic records with the target's exact value.
 * </ul>
 *
 * A statistic that is undefined for a release (the moments of a column with no value, the
 * correlation of a constant column) is given as 0: the features only feed the classifier and
 * never reach a report. Ranges and categories come from the real data, so every release maps
 * to the same features.
 */
final class ReleaseFeatures {
    /** The bins of a numeric histogram. */
    static final int BINS = 10;
    /** The nearest synthetic records whose mean distance is a feature. */
    static final int NEIGHBOURS = 5;

    private final RecordDistance distance;
    private final int[] numeric;
    private final double[] minimum;
    /** Per numeric column: the real range, halved with the values when it overflows. */
    private final double[] range;
    /** Per numeric column: 1, or 0.5 when the real range overflows a double. */
    private final double[] prescale;
    private final int[] coded;
    private final int[] levels;
    private final int[] analysable;
    private final boolean[] quasiIdentifier;
    private final int size;

    private ReleaseFeatures(Dataset real, RecordDistance distance) {
        Schema schema = real.schema();
        this.distance = distance;
        this.analysable = schema.analysable();
        this.numeric = Arrays.stream(analysable)
                .filter(c -> schema.column(c).type().isNumeric()).toArray();
        this.coded = Arrays.stream(analysable)
                .filter(c -> schema.column(c).type().isCoded()).toArray();
        this.minimum = new double[numeric.length];
        this.range = new double[numeric.length];
        this.prescale = new double[numeric.length];
        for (int j = 0; j < numeric.length; j++) {
            double[] minMax = finiteMinMax(real.numericColumn(numeric[j]));
            minimum[j] = minMax[0];
            prescale[j] = Double.isFinite(minMax[1] - minMax[0]) ? 1 : 0.5;
            range[j] = minMax[1] * prescale[j] - minMax[0] * prescale[j];
        }
        this.levels = Arrays.stream(coded).map(c -> real.vocabulary(c).realSize()).toArray();
        this.quasiIdentifier = quasiIdentifiers(schema, analysable);
        this.size = generalSize() + 4 + analysable.length;
    }

    /**
     * Prepares the features of an audit.
     *
     * @param real every real record; ranges and categories are taken from it
     * @param distance the record distance of the audit, fitted on the same records
     * @return the feature map
     */
    static ReleaseFeatures of(Dataset real, RecordDistance distance) {
        return new ReleaseFeatures(real, distance);
    }

    /**
     * The number of features.
     *
     * @return the length of every vector {@link #extract} returns
     */
    int size() {
        return size;
    }

    /**
     * The feature sets a classifier may choose from: the target's own features, the general
     * statistics of the release (moments, histograms, correlations), and all of them.
     *
     * @return the three sets
     */
    List<ShadowClassifier.FeatureSet> sets() {
        int general = generalSize();
        return List.of(new ShadowClassifier.FeatureSet("target", general, size),
                new ShadowClassifier.FeatureSet("general", 0, general),
                new ShadowClassifier.FeatureSet("all", 0, size));
    }

    /**
     * The features of one release for one target.
     *
     * @param release a synthetic table with the audit's schema
     * @param target the target record, a one-row view with the audit's schema
     * @param encodedTarget the target encoded by the audit's record distance
     * @return the feature vector, {@link #size()} values
     */
    double[] extract(Dataset release, Dataset target, EncodedRows encodedTarget) {
        double[] out = new double[size];
        int at = numericFeatures(release, out, 0);
        at = codedFeatures(release, out, at);
        at = targetFeatures(release, target, encodedTarget, out, at);
        if (at != size) {
            throw new IllegalStateException("wrote " + at + " features, expected " + size);
        }
        return out;
    }

    private int generalSize() {
        int count = numeric.length * (6 + BINS) + numeric.length * (numeric.length - 1) / 2;
        for (int level : levels) {
            count += level + 2;
        }
        return count + coded.length * (coded.length - 1) / 2;
    }

    private int numericFeatures(Dataset release, double[] out, int at) {
        int rows = release.rowCount();
        double[][] columns = new double[numeric.length][];
        for (int j = 0; j < numeric.length; j++) {
            columns[j] = release.numericColumn(numeric[j]);
            at = moments(columns[j], rows, out, at);
            at = histogram(columns[j], j, rows, out, at);
        }
        for (int a = 0; a < numeric.length; a++) {
            for (int b = a + 1; b < numeric.length; b++) {
                out[at++] = pearson(columns[a], columns[b]);
            }
        }
        return at;
    }

    /** Mean, standard deviation, median, minimum, maximum and missing share. */
    private static int moments(double[] values, int rows, double[] out, int at) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int n = present.length;
        if (n > 0) {
            Arrays.sort(present);
            double mean = Arrays.stream(present).sum() / n;
            double squares = 0;
            for (double v : present) {
                squares += (v - mean) * (v - mean);
            }
            out[at] = mean;
            out[at + 1] = Math.sqrt(squares / n);
            out[at + 2] = (present[(n - 1) / 2] + present[n / 2]) / 2;
            out[at + 3] = present[0];
            out[at + 4] = present[n - 1];
        }
        out[at + 5] = rows == 0 ? 0 : (double) (rows - n) / rows;
        return at + 6;
    }

    private int histogram(double[] values, int j, int rows, double[] out, int at) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            double p = prescale[j];
            int bin = range[j] > 0
                    ? (int) Math.floor((v * p - minimum[j] * p) / range[j] * BINS) : 0;
            out[at + Math.clamp(bin, 0, BINS - 1)] += 1.0 / rows;
        }
        return at + BINS;
    }

    private static double pearson(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n < 2) {
            return 0;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
                syy += (y[i] - my) * (y[i] - my);
            }
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
    }

    private int codedFeatures(Dataset release, double[] out, int at) {
        int rows = release.rowCount();
        int[][] slots = new int[coded.length][];
        for (int j = 0; j < coded.length; j++) {
            slots[j] = slots(release.codeColumn(coded[j]), levels[j]);
            for (int slot : slots[j]) {
                out[at + slot] += 1.0 / rows;
            }
            at += levels[j] + 2;
        }
        for (int a = 0; a < coded.length; a++) {
            for (int b = a + 1; b < coded.length; b++) {
                out[at++] = cramersV(slots[a], levels[a] + 2, slots[b], levels[b] + 2);
            }
        }
        return at;
    }

    /** Real categories keep their code; missing is slot {@code levels}, others the last. */
    private static int[] slots(int[] codes, int levels) {
        int[] slots = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i];
            slots[i] = code == Vocabulary.MISSING ? levels : code < levels ? code : levels + 1;
        }
        return slots;
    }

    /** Cramér's V of two coded columns, over the categories that occur. */
    static double cramersV(int[] a, int width, int[] b, int height) {
        int n = a.length;
        if (n == 0) {
            return 0;
        }
        int[] table = new int[width * height];
        int[] rowTotals = new int[width];
        int[] columnTotals = new int[height];
        for (int i = 0; i < n; i++) {
            table[a[i] + width * b[i]]++;
            rowTotals[a[i]]++;
            columnTotals[b[i]]++;
        }
        int usedRows = (int) Arrays.stream(rowTotals).filter(t -> t > 0).count();
        int usedColumns = (int) Arrays.stream(columnTotals).filter(t -> t > 0).count();
        int smaller = Math.min(usedRows, usedColumns);
        if (smaller < 2) {
            return 0;
        }
        double chiSquare = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (rowTotals[x] == 0 || columnTotals[y] == 0) {
                    continue;
                }
                double expected = (double) rowTotals[x] * columnTotals[y] / n;
                double diff = table[x + width * y] - expected;
                chiSquare += diff * diff / expected;
            }
        }
        return Math.sqrt(chiSquare / (n * (smaller - 1.0)));
    }

    private int targetFeatures(Dataset release, Dataset target, EncodedRows encodedTarget,
            double[] out, int at) {
        EncodedRows rows = distance.encode(release);
        double[] nearest = new double[NEIGHBOURS];
        Arrays.fill(nearest, 1);
        int copies = 0;
        for (int r = 0; r < rows.rowCount(); r++) {
            double d = encodedTarget.distance(0, rows, r);
            copies += d == 0 ? 1 : 0;
            insert(nearest, d);
        }
        out[at] = nearest[0];
        out[at + 1] = Arrays.stream(nearest).average().orElse(1);
        out[at + 2] = copies;
        return matchCounts(release, target, out, at + 3);
    }

    /** Keeps the smallest values in ascending order. */
    private static void insert(double[] nearest, double d) {
        int at = nearest.length - 1;
        if (d >= nearest[at]) {
            return;
        }
        while (at > 0 && nearest[at - 1] > d) {
            nearest[at] = nearest[at - 1];
            at--;
        }
        nearest[at] = d;
    }

    /** The quasi-identifier match count, then the per-column exact-value counts. */
    private int matchCounts(Dataset release, Dataset target, double[] out, int at) {
        int rows = release.rowCount();
        int[] quasiMismatches = new int[rows];
        for (int i = 0; i < analysable.length; i++) {
            boolean[] equal = equalToTarget(release, target, analysable[i]);
            int count = 0;
            for (int r = 0; r < rows; r++) {
                count += equal[r] ? 1 : 0;
                quasiMismatches[r] += quasiIdentifier[i] && !equal[r] ? 1 : 0;
            }
            out[at + 1 + i] = count;
        }
        out[at] = Arrays.stream(quasiMismatches).filter(m -> m == 0).count();
        return at + 1 + analysable.length;
    }

    private static boolean[] equalToTarget(Dataset release, Dataset target, int column) {
        int rows = release.rowCount();
        boolean[] equal = new boolean[rows];
        if (release.schema().column(column).type().isCoded()) {
            int code = target.code(column, 0);
            int[] codes = release.codeColumn(column);
            for (int r = 0; r < rows; r++) {
                equal[r] = codes[r] == code;
            }
        } else {
            double value = target.numeric(column, 0);
            double[] values = release.numericColumn(column);
            for (int r = 0; r < rows; r++) {
                equal[r] = values[r] == value || (Double.isNaN(value) && Double.isNaN(values[r]));
            }
        }
        return equal;
    }

    private static boolean[] quasiIdentifiers(Schema schema, int[] analysable) {
        boolean[] quasi = new boolean[analysable.length];
        boolean any = false;
        for (int i = 0; i < analysable.length; i++) {
            quasi[i] = schema.column(analysable[i]).has(Role.QUASI_IDENTIFIER);
            any |= quasi[i];
        }
        if (!any) {
            Arrays.fill(quasi, true);
        }
        return quasi;
    }

    /**
     * Tells whether the schema declares quasi-identifiers among the compared columns.
     *
     * @param schema the audit's schema
     * @return true if some analysable column is a quasi-identifier
     */
    static boolean declaresQuasiIdentifiers(Schema schema) {
        return Arrays.stream(schema.analysable())
                .anyMatch(c -> schema.column(c).has(Role.QUASI_IDENTIFIER));
    }

    private static double[] finiteMinMax(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min <= max ? new double[] {min, max} : new double[] {0, 0};
    }

    /**
     * Describes the features for report notes.
     *
     * @return one sentence
     */
    String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(numeric.length + " numeric columns x (6 moments + " + BINS + " bins)");
        parts.add(coded.length + " categorical columns' category shares");
        parts.add(numeric.length * (numeric.length - 1) / 2 + " Pearson and "
                + coded.length * (coded.length - 1) / 2 + " Cramér's V correlations");
        parts.add("4 + " + analysable.length + " target features");
        return size + " features per release: " + String.join(", ", parts) + ".";
    }
}
