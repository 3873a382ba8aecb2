package org.synthaudit.attacks.membership;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

/**
 * Densities on tables of one or two columns, checked against values worked out by hand from the
 * rules of thumb in the class documentation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelDensityTest {
    private static final Schema NUMBER = schema(column("x", ColumnType.NUMERIC));
    private static final Schema CATEGORY = schema(column("c", ColumnType.CATEGORICAL));
    private static final Schema BOTH = schema(column("x", ColumnType.NUMERIC),
            column("c", ColumnType.CATEGORICAL));
    /** log(1 / (h sqrt(2 pi))) at the smallest bandwidth h = 0.001. */
    private static final double LOG_PEAK_AT_SMALLEST_BANDWIDTH = 5.988816745777465;

    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    private static ColumnSpec column(String name, ColumnType type) {
        return new ColumnSpec(name, type, Set.of(), "set in config", null);
    }

    private static Schema schema(ColumnSpec... columns) {
        return new Schema(List.of(columns));
    }

    private static Dataset numbers(Dictionary dictionary, double... values) {
        return Dataset.builder("numbers", NUMBER, dictionary, values.length).numeric(0, values)
                .build();
    }

    /** A categorical column; {@code null} is a missing value. */
    private static Dataset categories(Dictionary dictionary, String... labels) {
        Vocabulary vocabulary = dictionary.vocabulary("c");
        int[] codes = new int[labels.length];
        for (int r = 0; r < labels.length; r++) {
            codes[r] = labels[r] == null ? Vocabulary.MISSING : vocabulary.encode(labels[r]);
        }
        return Dataset.builder("categories", CATEGORY, dictionary, labels.length)
                .codes(0, codes).build();
    }

    private double[] logDensity(Dataset centres, Dataset real, Dataset queries) {
        return KernelDensity.fit(centres, real).logDensity(queries, pool);
    }

    @Nested
    class Fit {
        @Test
        void rejectsATableWithoutRecords() {
            Dictionary dictionary = new Dictionary();
            Dataset real = numbers(dictionary, 1, 2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> KernelDensity.fit(real.select("empty", new int[0]), real));
            assertTrue(e.getMessage().contains("'empty' has none"), e.getMessage());
        }

        @Test
        void rejectsATableOfIdentifiersOnly() {
            Schema ids = schema(column("id", ColumnType.IDENTIFIER));
            Dataset real = Dataset.builder("ids", ids, new Dictionary(), 2)
                    .text(0, new String[] {"a", "b"}).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> KernelDensity.fit(real, real));
            assertTrue(e.getMessage().contains("identifier"), e.getMessage());
        }
    }

    @Nested
    class LogDensity {
        /*
         * Centres 0, 2, 4, 10, also the real table: range 10, scaled centres 0, 0.2, 0.4, 1.
         * Sample sd 0.432049; quartiles 0.15 and 0.55, IQR / 1.349 = 0.296516 (the smaller);
         * Scott's factor 4^(-1/5) = 0.757858; h = 0.224717. The density at scaled x is
         * (1 / (4 h sqrt(2 pi))) sum_i exp(-(x - c_i)^2 / (2 h^2)).
         */
        @Test
        void matchesTheGaussianKernelAtHandComputedPoints() {
            Dictionary dictionary = new Dictionary();
            Dataset centres = numbers(dictionary, 0, 2, 4, 10);
            double[] log = logDensity(centres, centres, numbers(dictionary, 0, 2, 3, 10, -5));
            assertArrayEquals(new double[] {-0.18204618998118327, 0.04111903641695786,
                -0.010557124918966059, -0.7826341462921881, -3.195282746226411}, log, 1e-9);
        }

        @Test
        void integratesToOneOverTheScaledValues() {
            Dictionary dictionary = new Dictionary();
            Dataset centres = numbers(dictionary, 0, 2, 4, 10);
            double step = 0.001;
            double[] grid = IntStream.rangeClosed(-2000, 3000).mapToDouble(i -> i * step * 10)
                    .toArray();
            double[] log = logDensity(centres, centres, numbers(dictionary, grid));
            double integral = 0;
            for (double value : log) {
                integral += Math.exp(value) * step;
            }
            assertEquals(1.0, integral, 1e-6);
        }

        @Test
        void fallsBackToTheSmallestBandwidthOnAConstantColumn() {
            Dictionary dictionary = new Dictionary();
            Dataset centres = numbers(dictionary, 7, 7, 7);
            // range 1 (a spread of 0 is replaced by 1), h = 0.001: the peak is 1 / (h sqrt(2 pi))
            // and a query 0.01 away loses 0.01^2 / (2 h^2) = 50 in log density
            double[] log = logDensity(centres, centres, numbers(dictionary, 7, 7.01, 1e6));
            assertEquals(LOG_PEAK_AT_SMALLEST_BANDWIDTH, log[0], 1e-9);
            assertEquals(LOG_PEAK_AT_SMALLEST_BANDWIDTH - 50, log[1], 1e-6);
            assertTrue(Double.isFinite(log[2]) && log[2] < -1e15, Double.toString(log[2]));
        }

        @Test
        void countsTwoMissingNumbersAsEqualAndOneAsTheWholeRange() {
            Dictionary dictionary = new Dictionary();
            Dataset centres = numbers(dictionary, Double.NaN, Double.NaN);
            // no value to scale by: range 1, h = 0.001; a value against a missing centre is at
            // the scaled distance 1, so it loses 1 / (2 h^2) = 500000
            double[] log = logDensity(centres, centres, numbers(dictionary, Double.NaN, 3));
            assertEquals(LOG_PEAK_AT_SMALLEST_BANDWIDTH, log[0], 1e-9);
            assertEquals(LOG_PEAK_AT_SMALLEST_BANDWIDTH - 500_000, log[1], 1e-6);
        }

        /*
         * Centres a, a, b: c = 3 levels (a, b, missing), n = 3, lambda = (2/3) 3^(-2/5) =
         * 0.429596. P(a) = (2 (1 - lambda) + lambda / 2) / 3 = 0.451869, P(b) = ((1 - lambda) +
         * 2 lambda / 2) / 3 = 1/3, P(missing) = 3 (lambda / 2) / 3 = 0.214798.
         */
        @Test
        void givesTheAitchisonAitkenProbabilitiesOfEachCategory() {
            Dictionary dictionary = new Dictionary();
            Dataset centres = categories(dictionary, "a", "a", "b");
            double[] log = logDensity(centres, centres, categories(dictionary, "a", "b", null));
            assertEquals(Math.log(0.4518686616742486), log[0], 1e-12);
            assertEquals(Math.log(1.0 / 3), log[1], 1e-12);
            assertEquals(Math.log(0.21479800499241808), log[2], 1e-12);
            assertEquals(1.0, Math.exp(log[0]) + Math.exp(log[1]) + Math.exp(log[2]), 1e-12);
        }

        @Test
        void spreadsASingleCentreEvenlyOverTheCategories() {
            Dictionary dictionary = new Dictionary();
            Dataset real = categories(dictionary, "a", "b", "c", "d");
            // n = 1: lambda = (c - 1) / c, so every one of the 5 levels gets 1/5
            double[] log = logDensity(real.select("one", new int[] {0}), real,
                    categories(dictionary, "a", "d", null));
            for (double value : log) {
                assertEquals(Math.log(0.2), value, 1e-12);
            }
        }

        @Test
        void multipliesTheKernelsOfTheColumns() {
            Dictionary dictionary = new Dictionary();
            Vocabulary vocabulary = dictionary.vocabulary("c");
            int[] codes = {vocabulary.encode("a"), vocabulary.encode("b")};
            Dataset real = Dataset.builder("real", BOTH, dictionary, 2)
                    .numeric(0, new double[] {0, 10}).codes(1, codes).build();
            // one centre: h = 0.001 and the 3 levels each get 1/3
            double[] log = logDensity(real.select("one", new int[] {0}), real, real);
            assertEquals(LOG_PEAK_AT_SMALLEST_BANDWIDTH + Math.log(1.0 / 3), log[0], 1e-9);
            assertEquals(LOG_PEAK_AT_SMALLEST_BANDWIDTH - 500_000 + Math.log(1.0 / 3), log[1],
                    1e-6);
        }

        @Test
        void givesTheSameValuesWithOneThread() {
            Dictionary dictionary = new Dictionary();
            Dataset centres = numbers(dictionary, 0, 2, 4, 10);
            Dataset queries = numbers(dictionary, IntStream.range(0, 500)
                    .mapToDouble(i -> i * 0.03).toArray());
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                assertArrayEquals(logDensity(centres, centres, queries),
                        KernelDensity.fit(centres, centres).logDensity(queries, single));
            } finally {
                single.shutdown();
            }
        }
    }
}
