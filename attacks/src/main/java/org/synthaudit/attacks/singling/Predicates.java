package org.synthaudit.attacks.singling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.synthaudit.core.data.Vocabulary;

/**
 * Builds singling-out predicates from the synthetic data, each one isolating exactly one
 * synthetic record, after the query generators of Anonymeter (Giomi et al. 2023):
 *
 * <ul>
 *   <li><b>univariate</b>: a value that occurs exactly once in a column of the synthetic data
 *       ({@code column == value}, also {@code column is missing} when exactly one value is
 *       missing), and for numeric columns {@code column <= minimum} and
 *       {@code column >= maximum} when that extreme is unique; all candidates in a seeded
 *       random order, the first {@code n} kept;
 *   <li><b>multivariate</b>: the conjunction of a random synthetic record's values on a few
 *       random columns: a category by equality, a missing value as missing, a number within
 *       {@code +- window x real range} (exact when the window is 0). A candidate is kept when
 *       it matches exactly one synthetic record and was not made before; at most
 *       {@code attempts} candidates are tried.
 * </ul>
 */
final class Predicates {
    private static final int BATCH = 256;

    private Predicates() {
    }

    /**
     * Univariate predicates.
     *
     * @param synthetic the synthetic columns
     * @param wanted the number asked for
     * @param random the seeded source of the order
     * @return at most {@code wanted} predicates, each isolating one synthetic record
     */
    static List<Condition[]> univariate(ColumnStore synthetic, int wanted,
            SplittableRandom random) {
        List<Condition[]> candidates = new ArrayList<>();
        for (int j = 0; j < synthetic.columns(); j++) {
            if (synthetic.coded(j)) {
                rareCodes(synthetic.codes(j), j, candidates);
            } else {
                rareNumbers(synthetic.numbers(j), j, candidates);
            }
        }
        for (int i = candidates.size() - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            Condition[] swap = candidates.get(i);
            candidates.set(i, candidates.get(k));
            candidates.set(k, swap);
        }
        return List.copyOf(candidates.subList(0, Math.min(wanted, candidates.size())));
    }

    private static void rareCodes(int[] codes, int column, List<Condition[]> out) {
        int max = Arrays.stream(codes).max().orElse(Vocabulary.MISSING);
        int[] counts = new int[max + 2];
        for (int code : codes) {
            counts[code + 1]++;
        }
        if (counts[0] == 1) {
            out.add(new Condition[] {Condition.missing(column)});
        }
        for (int code = 0; code <= max; code++) {
            if (counts[code + 1] == 1) {
                out.add(new Condition[] {Condition.code(column, code)});
            }
        }
    }

    private static void rareNumbers(double[] values, int column, List<Condition[]> out) {
        long missing = Arrays.stream(values).filter(Double::isNaN).count();
        if (missing == 1) {
            out.add(new Condition[] {Condition.missing(column)});
        }
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            return;
        }
        if (n == 1 || sorted[0] < sorted[1]) {
            out.add(new Condition[] {Condition.numeric(column, Condition.Kind.AT_MOST, sorted[0],
                    sorted[0])});
        }
        if (n == 1 || sorted[n - 1] > sorted[n - 2]) {
            out.add(new Condition[] {Condition.numeric(column, Condition.Kind.AT_LEAST,
                    sorted[n - 1], sorted[n - 1])});
        }
        for (int i = 0; i < n; i++) {
            boolean unique = (i == 0 || sorted[i - 1] < sorted[i])
                    && (i == n - 1 || sorted[i + 1] > sorted[i]);
            if (unique) {
                out.add(new Condition[] {Condition.numeric(column, Condition.Kind.WITHIN,
                        sorted[i], sorted[i])});
            }
        }
    }

    /**
     * Multivariate predicates.
     *
     * @param synthetic the synthetic columns
     * @param halfWidths per store column, the half-width of a numeric term (window x real
     *     range); ignored for coded columns
     * @param columns the number of columns per predicate, at most the column count
     * @param wanted the number asked for
     * @param attempts the most candidates to try
     * @param random the seeded source of records and columns
     * @param pool the pool that scans candidates
     * @return at most {@code wanted} distinct predicates, each isolating one synthetic record
     */
    static List<Condition[]> multivariate(ColumnStore synthetic, double[] halfWidths,
            int columns, int wanted, int attempts, SplittableRandom random, ForkJoinPool pool) {
        List<Condition[]> made = new ArrayList<>();
        Set<List<Condition>> seen = new HashSet<>();
        int tried = 0;
        while (made.size() < wanted && tried < attempts && synthetic.rows() > 0) {
            int batch = Math.min(BATCH, attempts - tried);
            Condition[][] candidates = new Condition[batch][];
            for (int b = 0; b < batch; b++) {
                candidates[b] = fromRecord(synthetic, halfWidths, columns, random);
            }
            int[] isolated = pool.submit(() -> IntStream.range(0, batch).parallel()
                    .map(b -> synthetic.isolate(candidates[b])).toArray()).join();
            for (int b = 0; b < batch && made.size() < wanted; b++) {
                if (isolated[b] >= 0 && seen.add(List.of(candidates[b]))) {
                    made.add(candidates[b]);
                }
            }
            tried += batch;
        }
        return List.copyOf(made);
    }

    private static Condition[] fromRecord(ColumnStore synthetic, double[] halfWidths,
            int columns, SplittableRandom random) {
        int row = random.nextInt(synthetic.rows());
        int[] chosen = chooseColumns(halfWidths.length, columns, random);
        Condition[] terms = new Condition[chosen.length];
        for (int t = 0; t < chosen.length; t++) {
            int j = chosen[t];
            if (synthetic.coded(j)) {
                int code = synthetic.codes(j)[row];
                terms[t] = code == Vocabulary.MISSING ? Condition.missing(j)
                        : Condition.code(j, code);
            } else {
                double v = synthetic.numbers(j)[row];
                terms[t] = Double.isNaN(v) ? Condition.missing(j) : Condition.numeric(j,
                        Condition.Kind.WITHIN, v - halfWidths[j], v + halfWidths[j]);
            }
        }
        return terms;
    }

    /** A random subset of the columns, in ascending order (partial Fisher-Yates). */
    private static int[] chooseColumns(int total, int wanted, SplittableRandom random) {
        int[] all = IntStream.range(0, total).toArray();
        for (int i = 0; i < wanted; i++) {
            int k = i + random.nextInt(total - i);
            int swap = all[i];
            all[i] = all[k];
            all[k] = swap;
        }
        int[] chosen = Arrays.copyOf(all, wanted);
        Arrays.sort(chosen);
        return chosen;
    }
}
