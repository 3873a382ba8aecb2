package org.synthaudit.attacks.inference;

import java.util.Arrays;

/**
 * Equal-frequency bins of a numeric column, fitted on the real data, for the generalised CAP:
 * a numeric key or secret is compared by bin. With the {@code n} real values sorted, the cut
 * points are the values at 0-based ranks {@code floor(j * n / bins)} for
 * {@code j = 1 .. bins - 1}, repeated cut points dropped; a value's bin is the number of cut
 * points {@code <=} it. So the real values 1..10 in 2 bins cut at 6: {1..5} and {6..10}. A
 * missing value has bin -1, its own key.
 */
final class QuantileBins {
    private final double[] cuts;

    private QuantileBins(double[] cuts) {
        this.cuts = cuts;
    }

    /**
     * Fits the bins.
     *
     * @param real the real values, {@code NaN} for missing
     * @param bins the number of bins asked for, {@code >= 1}
     * @return the bins; fewer when values repeat
     */
    static QuantileBins fit(double[] real, int bins) {
        double[] sorted = Arrays.stream(real).filter(Double::isFinite).sorted().toArray();
        int n = sorted.length;
        double[] cuts = new double[Math.max(0, bins - 1)];
        int count = 0;
        for (int j = 1; j < bins && n > 0; j++) {
            double cut = sorted[(int) ((long) j * n / bins)];
            if (cut > sorted[0] && (count == 0 || cut > cuts[count - 1])) {
                cuts[count++] = cut;
            }
        }
        return new QuantileBins(Arrays.copyOf(cuts, count));
    }

    /**
     * The bin of a value.
     *
     * @param value a value, {@code NaN} for missing
     * @return the bin in {@code [0, count())}, or -1 when missing
     */
    int bin(double value) {
        if (Double.isNaN(value)) {
            return -1;
        }
        int position = Arrays.binarySearch(cuts, value);
        return position >= 0 ? position + 1 : -position - 1;
    }

    /**
     * The number of bins.
     *
     * @return the count, {@code >= 1}
     */
    int count() {
        return cuts.length + 1;
    }
}
