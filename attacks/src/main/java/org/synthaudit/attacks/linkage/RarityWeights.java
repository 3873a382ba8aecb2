package org.synthaudit.attacks.linkage;

import java.util.Arrays;

/**
 * The rarity weight of an attribute value, measured on the records the attacker holds: a value
 * few people share identifies more than a common one. After Narayanan and Shmatikov (2008),
 * "Robust de-anonymization of large sparse datasets", IEEE S&amp;P, who weight attribute
 * {@code i} by {@code 1 / log |supp(i)|}.
 *
 * <p>Here the support of a value is the number of the attacker's records whose value
 * {@linkplain Agreement agrees} with it (numeric: within the tolerance; categorical: equal;
 * missing: also missing), and the weight is
 *
 * <pre>
 *   w = 1 / ln(max(2, support))
 * </pre>
 *
 * The value itself, held exactly and not only within the tolerance, has the weight
 * {@link #exactWeight}: the same formula over the records holding that very value.
 *
 * <p>The floor at 2 keeps the paper's formula for every support of 2 or more and avoids the
 * division by {@code ln 1 = 0}: a value held by one record or by none weighs as much as one
 * held by two, {@code 1 / ln 2 = 1.4427}. The base of the logarithm does not matter to the
 * attack: it scales every weight alike, and the eccentricity is unchanged by a common scale.
 */
final class RarityWeights {
    private final Agreement agreement;
    private final double[][] sorted;
    private final int[] missing;

    private RarityWeights(Agreement agreement, double[][] sorted, int[] missing) {
        this.agreement = agreement;
        this.sorted = sorted;
        this.missing = missing;
    }

    /**
     * Measures the supports on the attacker's records.
     *
     * @param attacker the records the attacker holds, column-major
     * @param agreement the agreement rule
     * @return the weights
     */
    static RarityWeights measure(ColumnTable attacker, Agreement agreement) {
        double[][] sorted = new double[agreement.slots()][];
        int[] missing = new int[agreement.slots()];
        for (int slot = 0; slot < sorted.length; slot++) {
            double[] present = Arrays.stream(attacker.column(slot))
                    .filter(v -> !Double.isNaN(v)).sorted().toArray();
            missing[slot] = attacker.rows() - present.length;
            sorted[slot] = present;
        }
        return new RarityWeights(agreement, sorted, missing);
    }

    /**
     * The weight of a value.
     *
     * @param slot the attribute's slot
     * @param value the value, {@code NaN} when missing
     * @return {@code 1 / ln(max(2, support))}, in (0, 1.4427]
     */
    double weight(int slot, double value) {
        return 1 / Math.log(Math.max(2, support(slot, value)));
    }

    /**
     * The weight of a value itself: {@code 1 / ln(max(2, n))} for the number {@code n} of the
     * attacker's records that hold exactly this value: at least {@link #weight}, since every
     * equal value agrees, and equal to it for categories and missing values.
     *
     * @param slot the attribute's slot
     * @param value the value, {@code NaN} when missing
     * @return the weight of an exact agreement, in [{@code weight(slot, value)}, 1.4427]
     */
    double exactWeight(int slot, double value) {
        if (Double.isNaN(value)) {
            return weight(slot, value);
        }
        double[] values = sorted[slot];
        int equal = firstAbove(values, value, true) - firstAbove(values, value, false);
        return 1 / Math.log(Math.max(2, equal));
    }

    /**
     * The number of the attacker's records whose value agrees with a value.
     *
     * @param slot the attribute's slot
     * @param value the value, {@code NaN} when missing
     * @return the support, {@code >= 0}
     */
    int support(int slot, double value) {
        if (Double.isNaN(value)) {
            return missing[slot];
        }
        double[] values = sorted[slot];
        double tolerance = agreement.tolerance(slot);
        int from = firstAbove(values, value - tolerance, false);
        while (from > 0 && agreement.agree(slot, value, values[from - 1])) {
            from--;
        }
        while (from < values.length && values[from] < value
                && !agreement.agree(slot, value, values[from])) {
            from++;
        }
        int to = Math.max(from, firstAbove(values, value + tolerance, true));
        while (to > from && !agreement.agree(slot, value, values[to - 1])) {
            to--;
        }
        while (to < values.length && agreement.agree(slot, value, values[to])) {
            to++;
        }
        return to - from;
    }

    /**
     * The first index whose value is above a bound ({@code > bound} when strict, otherwise
     * {@code >= bound}) in a sorted array. The callers then step over the edge so that the
     * agreement rule itself, not the rounding of {@code value +- tolerance}, decides there.
     */
    private static int firstAbove(double[] values, double bound, boolean strict) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            boolean below = strict ? values[middle] <= bound : values[middle] < bound;
            if (below) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
