package org.synthaudit.metrics.fairness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Vocabulary;
import org.synthaudit.metrics.stats.PercentileBootstrap;

/**
 * A protected attribute and the groups it forms. A categorical or boolean column forms one group
 * per category of the audit's shared vocabulary; a numeric column is cut into bins at given cut
 * points ({@code < 25} and {@code >= 25} for the cut point 25, as credit studies split age), or by
 * default at the quartiles of the real training data. A missing value is a group of its own,
 * {@code (missing)}, always the last.
 *
 * @param column the column position
 * @param name the column name
 * @param labels the group labels, {@code (missing)} last
 * @param cuts the ascending cut points of a numeric column, or {@code null} for a coded column
 */
record ProtectedAttribute(int column, String name, List<String> labels, double[] cuts) {
    /** The label of the group of missing values. */
    static final String MISSING = "(missing)";

    /** Freezes the labels and copies the cut points. */
    ProtectedAttribute {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        cuts = cuts == null ? null : cuts.clone();
    }

    /**
     * The groups of a categorical or boolean column.
     *
     * @param table any table of the audit
     * @param column the column position
     * @return the attribute, one group per vocabulary code and one for missing values
     */
    static ProtectedAttribute coded(Dataset table, int column) {
        List<String> labels = new ArrayList<>(table.vocabulary(column).labels());
        labels.add(MISSING);
        return new ProtectedAttribute(column, table.schema().column(column).name(), labels,
                null);
    }

    /**
     * The bins of a numeric or datetime column.
     *
     * @param train the real training table, for the default cut points
     * @param column the column position
     * @param configured the cut points the user gave, or {@code null} for the quartiles of train
     * @return the attribute, one group per bin and one for missing values
     */
    static ProtectedAttribute binned(Dataset train, int column, double[] configured) {
        double[] cuts = configured != null ? configured : quartiles(train.numericColumn(column));
        cuts = Arrays.stream(cuts).sorted().distinct().toArray();
        List<String> labels = new ArrayList<>();
        if (cuts.length == 0) {
            labels.add("all");
        } else {
            labels.add("< " + format(cuts[0]));
            for (int k = 1; k < cuts.length; k++) {
                labels.add("[" + format(cuts[k - 1]) + ", " + format(cuts[k]) + ")");
            }
            labels.add(">= " + format(cuts[cuts.length - 1]));
        }
        labels.add(MISSING);
        return new ProtectedAttribute(column, train.schema().column(column).name(), labels,
                cuts);
    }

    private static double[] quartiles(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        if (present.length == 0) {
            return new double[0];
        }
        return new double[] {PercentileBootstrap.quantile(present, 0.25),
                PercentileBootstrap.quantile(present, 0.5),
                PercentileBootstrap.quantile(present, 0.75)};
    }

    /**
     * A number as a short label: whole numbers without a decimal point, others with up to six
     * significant digits.
     */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6))
                .stripTrailingZeros().toPlainString();
    }

    /**
     * The number of groups.
     *
     * @return the count, the missing group included
     */
    int groupCount() {
        return labels.size();
    }

    /**
     * The group of a row.
     *
     * @param table a table of the audit
     * @param row a row of it
     * @return the group index, {@code groupCount() - 1} for a missing value
     */
    int group(Dataset table, int row) {
        if (cuts == null) {
            int code = table.code(column, row);
            return code == Vocabulary.MISSING || code >= labels.size() - 1 ? labels.size() - 1
                    : code;
        }
        double value = table.numeric(column, row);
        if (Double.isNaN(value)) {
            return labels.size() - 1;
        }
        int bin = 0;
        while (bin < cuts.length && value >= cuts[bin]) {
            bin++;
        }
        return bin;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProtectedAttribute a && a.column == column
                && a.name.equals(name) && a.labels.equals(labels) && Arrays.equals(a.cuts, cuts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, name, labels) * 31 + Arrays.hashCode(cuts);
    }

    @Override
    public String toString() {
        return "ProtectedAttribute[" + name + ", " + labels.size() + " groups]";
    }
}
