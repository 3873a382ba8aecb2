package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;

class PrivBayesGeneratorTest {
    private static final PrivBayesGenerator GENERATOR = new PrivBayesGenerator();
    private static final String OWNER = "generator bayesian-network";
    private static final Dataset CHAIN = chain(20_000, 1);

    private static Parameters parameters(Map<String, Object> values) {
        return new Parameters(OWNER, values);
    }

    private static ColumnSpec column(String name, ColumnType type) {
        return new ColumnSpec(name, type, Set.of(), "set in test", null);
    }

    /**
     * A chain A -> B -> C of three-category columns: A is 0, 1, 2 with probabilities 0.5, 0.3,
     * 0.2; B copies A with probability 0.8 and is one of the other two categories otherwise; C
     * depends on B the same way. Plus an identifier column.
     */
    private static Dataset chain(int rows, long seed) {
        Schema schema = new Schema(List.of(column("id", ColumnType.IDENTIFIER),
                column("A", ColumnType.CATEGORICAL), column("B", ColumnType.CATEGORICAL),
                column("C", ColumnType.CATEGORICAL)));
        Dictionary dictionary = new Dictionary();
        for (String name : List.of("A", "B", "C")) {
            for (int v = 0; v < 3; v++) {
                dictionary.vocabulary(name).encode(name.toLowerCase() + v);
            }
        }
        SplittableRandom random = Seeds.root(seed).random();
        int[] a = new int[rows];
        int[] b = new int[rows];
        int[] c = new int[rows];
        String[] id = new String[rows];
        for (int r = 0; r < rows; r++) {
            double u = random.nextDouble();
            a[r] = u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
            b[r] = follow(a[r], random);
            c[r] = follow(b[r], random);
            id[r] = "p" + r;
        }
        return Dataset.builder("train", schema, dictionary, rows)
                .text(0, id).codes(1, a).codes(2, b).codes(3, c).build();
    }

    private static int follow(int parent, SplittableRandom random) {
        return random.nextDouble() < 0.8 ? parent : (parent + 1 + random.nextInt(2)) % 3;
    }

    /** Total variation distance of the joint of two coded columns, missing as a category. */
    private static double tvd(Dataset real, Dataset synthetic, int first, int second) {
        Map<Long, Double> difference = new HashMap<>();
        count(real, first, second, difference, 1);
        count(synthetic, first, second, difference, -1);
        return difference.values().stream().mapToDouble(Math::abs).sum() / 2;
    }

    private static void count(Dataset table, int first, int second, Map<Long, Double> cells,
            int sign) {
        double weight = sign * 1.0 / table.rowCount();
        for (int r = 0; r < table.rowCount(); r++) {
            long key = (table.code(first, r) + 1L) * 1000 + table.code(second, r) + 1;
            cells.merge(key, weight, Double::sum);
        }
    }

    private static double chainError(Map<String, Object> values, long seed) {
        var model = GENERATOR.fit(CHAIN, parameters(values), Seeds.root(seed));
        Dataset synthetic = model.sample(20_000, Seeds.root(seed + 1000));
        return (tvd(CHAIN, synthetic, 1, 2) + tvd(CHAIN, synthetic, 2, 3)) / 2;
    }

    @Nested
    class Describe {
        @Test
        void isRegisteredAsAGenerator() {
            assertTrue(Registry.load("generator", Generator.class).find("bayesian-network")
                    .isPresent());
        }

        @Test
        void listsItsParametersWithDefaults() {
            assertEquals(List.of("k", "bins", "epsilon", "beta"), GENERATOR.parameters().stream()
                    .map(p -> p.name()).toList());
            assertEquals(Arrays.asList("2", "20", null, "0.3"), GENERATOR.parameters().stream()
                    .map(p -> p.defaultValue()).toList());
        }

        @Test
        void citesPrivBayes() {
            assertTrue(GENERATOR.description().contains("PrivBayes"));
        }

        @Test
        void cannotModelATableOfIdentifiersOnly() {
            Schema ids = new Schema(List.of(column("id", ColumnType.IDENTIFIER)));
            assertTrue(GENERATOR.unsupported(ids).isPresent());
            assertFalse(GENERATOR.unsupported(CHAIN.schema()).isPresent());
        }
    }

    @Nested
    class Fit {
        @Test
        void rejectsANegativeEpsilon() {
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(CHAIN,
                    parameters(Map.of("epsilon", -1)), Seeds.root(1)));
            assertEquals("generator bayesian-network: parameter 'epsilon' must be a finite number"
                    + " > 0, was -1", e.getMessage());
        }

        @Test
        void rejectsAZeroEpsilon() {
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(CHAIN,
                    parameters(Map.of("epsilon", "0")), Seeds.root(1)));
            assertEquals("generator bayesian-network: parameter 'epsilon' must be a finite number"
                    + " > 0, was 0", e.getMessage());
        }

        @Test
        void rejectsADegreeAsLargeAsTheColumnCount() {
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(CHAIN,
                    parameters(Map.of("k", 3)), Seeds.root(1)));
            assertEquals("generator bayesian-network: parameter 'k' must be a whole number in "
                    + "[0, 2] (fewer than the 3 analysable columns), was 3", e.getMessage());
        }

        @Test
        void rejectsAFractionalDegree() {
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(CHAIN,
                    parameters(Map.of("k", 1.5)), Seeds.root(1)));
            assertEquals("generator bayesian-network: parameter 'k' must be a whole number in "
                    + "[0, 2] (fewer than the 3 analysable columns), was 1.5", e.getMessage());
        }

        @Test
        void rejectsBinsOutsideTheirRange() {
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(CHAIN,
                    parameters(Map.of("bins", 0)), Seeds.root(1)));
            assertEquals("generator bayesian-network: parameter 'bins' must be a whole number in "
                    + "[1, 1000], was 0", e.getMessage());
        }

        @Test
        void rejectsABetaOutsideTheOpenUnitInterval() {
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(CHAIN,
                    parameters(Map.of("epsilon", 1, "beta", 1)), Seeds.root(1)));
            assertEquals("generator bayesian-network: parameter 'beta' must be in (0, 1), was 1",
                    e.getMessage());
        }

        @Test
        void rejectsAnUnknownParameter() {
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(CHAIN,
                    parameters(Map.of("delta", 1e-5)), Seeds.root(1)));
            assertEquals("generator bayesian-network: unknown parameter 'delta'; accepted: beta, "
                    + "bins, epsilon, k", e.getMessage());
        }

        @Test
        void rejectsDistributionsLargerThanTheCellLimit() {
            Schema schema = new Schema(List.of(column("x", ColumnType.NUMERIC),
                    column("y", ColumnType.NUMERIC), column("z", ColumnType.NUMERIC)));
            double[] values = {1, 2, 3};
            Dataset train = Dataset.builder("train", schema, new Dictionary(), 3)
                    .numeric(0, values).numeric(1, values.clone()).numeric(2, values.clone())
                    .build();
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(train,
                    parameters(Map.of("bins", 1000)), Seeds.root(1)));
            assertEquals("generator bayesian-network: with k = 2 and bins = 1000 a distribution "
                    + "would have more than 16777216 cells; lower 'k' or 'bins'", e.getMessage());
        }

        @Test
        void needsTwoRowsForAPrivateFit() {
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(
                    chain(1, 2), parameters(Map.of("epsilon", 1)), Seeds.root(1)));
            assertEquals("generator bayesian-network: the training table 'train' has 1 rows; at "
                    + "least 2 are needed when 'epsilon' is set", e.getMessage());
        }

        @Test
        void lowersTheDefaultDegreeForTwoColumns() {
            Schema schema = new Schema(List.of(column("x", ColumnType.NUMERIC),
                    column("y", ColumnType.NUMERIC)));
            Dataset train = Dataset.builder("train", schema, new Dictionary(), 3)
                    .numeric(0, new double[] {1, 2, 3}).numeric(1, new double[] {3, 2, 1})
                    .build();
            var model = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(1));
            assertEquals(2, model.network().size());
        }

        @Test
        void learnsTheChainWithoutNoise() {
            for (long seed = 0; seed < 5; seed++) {
                var model = GENERATOR.fit(CHAIN, parameters(Map.of("k", 1)), Seeds.root(seed));
                List<String> network = model.network();
                assertFalse(network.contains("A <- C") || network.contains("C <- A"),
                        network.toString());
            }
        }
    }

    @Nested
    class Accounting {
        @Test
        void splitsEpsilonAsThePaperDoes() {
            var model = GENERATOR.fit(CHAIN, parameters(Map.of("epsilon", 1)), Seeds.root(1));
            PrivBayesGenerator.Accounting accounting = model.accounting().orElseThrow();

            assertEquals(1, accounting.epsilon());
            assertEquals(0.3, accounting.epsilon1(), 1e-12);
            assertEquals(0.7, accounting.epsilon2(), 1e-12);
            assertEquals(1, accounting.epsilon1() + accounting.epsilon2(), 1e-12);
            assertEquals(2, accounting.networkSteps());
            assertEquals(0.15, accounting.stepEpsilon(), 1e-12);
            assertEquals(accounting.epsilon1(), accounting.networkSteps()
                    * accounting.stepEpsilon(), 1e-12);
            assertEquals(1, accounting.noisyDistributions());
            assertEquals(2.0 * 1 / (20_000 * 0.7), accounting.laplaceScale(), 1e-15);
            assertEquals(PrivBayesGenerator.mutualInformationSensitivity(20_000),
                    accounting.sensitivity());
            assertEquals(5, accounting.lines().size());
        }

        @Test
        void givesTheWholeBudgetToTheDistributionOfASingleColumn() {
            Schema schema = new Schema(List.of(column("x", ColumnType.NUMERIC)));
            Dataset train = Dataset.builder("train", schema, new Dictionary(), 4)
                    .numeric(0, new double[] {1, 2, 3, 4}).build();
            var accounting = GENERATOR.fit(train, parameters(Map.of("epsilon", 2)),
                    Seeds.root(1)).accounting().orElseThrow();

            assertEquals(0, accounting.epsilon1());
            assertEquals(2, accounting.epsilon2());
            assertEquals(0, accounting.networkSteps());
            assertEquals(2.0 / (4 * 2), accounting.laplaceScale(), 1e-15);
        }

        @Test
        void isEmptyWithoutABudget() {
            var model = GENERATOR.fit(CHAIN, Parameters.none(OWNER), Seeds.root(1));
            assertTrue(model.accounting().isEmpty());
            assertEquals(PrivacyClaim.NONE, model.privacyClaim());
        }

        @Test
        void claimsEpsilonDifferentialPrivacyWithABudget() {
            var model = GENERATOR.fit(CHAIN, parameters(Map.of("epsilon", 0.5)), Seeds.root(1));
            assertEquals(new PrivacyClaim.DifferentialPrivacy(0.5, 0), model.privacyClaim());
        }

        @Test
        void reportsTheAccountingThenTheNetworkInItsDetails() {
            var model = GENERATOR.fit(CHAIN, parameters(Map.of("epsilon", 1)), Seeds.root(1));
            List<String> details = model.details();

            assertEquals(model.accounting().orElseThrow().lines(), details.subList(0, 5));
            assertEquals(model.network().stream().map(l -> "network: " + l).toList(),
                    details.subList(5, details.size()));
            assertEquals(3, model.network().size());
        }

        @Test
        void saysInItsDetailsWhenTheFitIsNotPrivate() {
            var model = GENERATOR.fit(CHAIN, Parameters.none(OWNER), Seeds.root(1));

            assertTrue(model.details().getFirst().startsWith("not private: no epsilon"),
                    model.details()::toString);
        }

        @Test
        void computesTheSensitivityOfMutualInformationAsThePaperStates() {
            // n = 2: (2/2) log2(3/2) + (1/2) log2(3/1) = 0.5849625 + 0.7924813
            assertEquals(1.3774437511, PrivBayesGenerator.mutualInformationSensitivity(2), 1e-9);
        }
    }

    @Nested
    class Mechanisms {
        @Test
        void exponentialMechanismFollowsItsWeights() {
            // epsilon / (2 S) = ln 3, so scores 0 and 1 get weights 1 and 3
            double[] scores = {0, 1};
            SplittableRandom random = Seeds.root(3).random();
            int ones = 0;
            for (int i = 0; i < 20_000; i++) {
                ones += PrivBayesGenerator.exponentialMechanism(scores, 2 * Math.log(3), 1,
                        random);
            }
            assertEquals(0.75, ones / 20_000.0, 0.01);
        }

        @Test
        void marginaliseSumsOutAndReordersAttributes() {
            // cells of a 2 x 3 table, first attribute fastest: (a0 b0)=1, (a1 b0)=2, (a0 b1)=3 ...
            double[] joint = {1, 2, 3, 4, 5, 6};
            int[] dims = {2, 3};
            assertArrayEquals(new double[] {9, 12},
                    PrivBayesGenerator.marginalise(joint, dims, new int[] {0}));
            assertArrayEquals(new double[] {3, 7, 11},
                    PrivBayesGenerator.marginalise(joint, dims, new int[] {1}));
            assertArrayEquals(new double[] {1, 3, 5, 2, 4, 6},
                    PrivBayesGenerator.marginalise(joint, dims, new int[] {1, 0}));
        }

        @Test
        void normaliseClipsNegativeCellsAndScalesToOne() {
            double[] table = {-0.2, 0.1, 0.3};
            PrivBayesGenerator.normalise(table);
            assertArrayEquals(new double[] {0, 0.25, 0.75}, table, 1e-12);

            double[] empty = {-1, -2};
            PrivBayesGenerator.normalise(empty);
            assertArrayEquals(new double[] {0.5, 0.5}, empty);
        }
    }

    @Nested
    class Sample {
        @Test
        void keepsTwoWayMarginalsOfAChainWithoutNoise() {
            for (Map<String, Object> values : List.<Map<String, Object>>of(Map.of(),
                    Map.of("k", 1))) {
                var model = GENERATOR.fit(CHAIN, parameters(values), Seeds.root(4));
                Dataset synthetic = model.sample(20_000, Seeds.root(5));

                assertTrue(tvd(CHAIN, synthetic, 1, 2) <= 0.03, values + " (A, B)");
                assertTrue(tvd(CHAIN, synthetic, 2, 3) <= 0.03, values + " (B, C)");
            }
        }

        @Test
        void keepsTwoWayMarginalsOfAChainWithALargeEpsilon() {
            var model = GENERATOR.fit(CHAIN, parameters(Map.of("epsilon", 1000)),
                    Seeds.root(6));
            Dataset synthetic = model.sample(20_000, Seeds.root(7));

            assertTrue(tvd(CHAIN, synthetic, 1, 2) <= 0.03);
            assertTrue(tvd(CHAIN, synthetic, 2, 3) <= 0.03);
        }

        @Test
        void isVisiblyWorseWithASmallEpsilon() {
            double large = 0;
            double small = 0;
            for (long seed = 0; seed < 4; seed++) {
                large += chainError(Map.of("epsilon", 1000), seed) / 4;
                small += chainError(Map.of("epsilon", 0.05), seed) / 4;
            }
            assertTrue(small > large + 0.03, "epsilon 0.05: " + small + ", 1000: " + large);
        }

        @Test
        void keepsNumericValuesInsideTheirBinsAndTheMissingRate() {
            Schema schema = new Schema(List.of(column("x", ColumnType.NUMERIC),
                    column("y", ColumnType.DATETIME)));
            SplittableRandom random = Seeds.root(8).random();
            double[] x = new double[10_000];
            double[] y = new double[10_000];
            for (int r = 0; r < x.length; r++) {
                x[r] = r % 10 == 0 ? Double.NaN : 10 + random.nextDouble() * 90;
                y[r] = 1.6e9 + x[r] * 86_400;
            }
            Dataset train = Dataset.builder("train", schema, new Dictionary(), x.length)
                    .numeric(0, x).numeric(1, y).build();
            var model = GENERATOR.fit(train, parameters(Map.of("bins", 10)), Seeds.root(9));

            double[] synthetic = model.sample(20_000, Seeds.root(10)).numericColumn(0);
            long missing = Arrays.stream(synthetic).filter(Double::isNaN).count();
            double low = Arrays.stream(x).filter(v -> !Double.isNaN(v)).min().orElseThrow();
            double high = Arrays.stream(x).filter(v -> !Double.isNaN(v)).max().orElseThrow();

            assertEquals(0.1, missing / 20_000.0, 0.01);
            assertTrue(Arrays.stream(synthetic).filter(v -> !Double.isNaN(v))
                    .allMatch(v -> v >= low && v <= high));
        }

        @Test
        void givesTheSameRowsForTheSameSeeds() {
            Map<String, Object> values = Map.of("epsilon", 1);
            Dataset first = GENERATOR.fit(CHAIN, parameters(values), Seeds.root(11))
                    .sample(300, Seeds.root(12));
            Dataset second = GENERATOR.fit(CHAIN, parameters(values), Seeds.root(11))
                    .sample(300, Seeds.root(12));
            for (int c = 1; c <= 3; c++) {
                assertArrayEquals(first.codeColumn(c), second.codeColumn(c));
            }
        }

        @Test
        void returnsANewTableOverTheTrainingSchemaAndDictionaryWithoutIdentifiers() {
            Dataset synthetic = GENERATOR.fit(CHAIN, Parameters.none(OWNER), Seeds.root(13))
                    .sample(25, Seeds.root(14));

            assertEquals("synthetic", synthetic.name());
            assertEquals(25, synthetic.rowCount());
            assertSame(CHAIN.schema(), synthetic.schema());
            assertSame(CHAIN.dictionary(), synthetic.dictionary());
            for (int r = 0; r < 25; r++) {
                assertNull(synthetic.text(0, r));
                assertTrue(synthetic.code(1, r) >= Vocabulary.MISSING && synthetic.code(1, r) < 3);
            }
        }
    }
}
