package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
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

class LeakyCopyGeneratorTest {
    private static final LeakyCopyGenerator GENERATOR = new LeakyCopyGenerator();
    private static final String OWNER = "generator leaky-copy";
    private static final int TRAIN_ROWS = 1000;
    private static final Dataset TRAIN = train();

    private static Parameters fraction(double f) {
        return new Parameters(OWNER, Map.of("fraction", f));
    }

    private static ColumnSpec column(String name, ColumnType type) {
        return new ColumnSpec(name, type, Set.of(), "set in test", null);
    }

    /**
     * 1,000 rows: an identifier, three numeric columns with unique values, and a categorical
     * column with categories x, y, z in proportions 6:3:1 and every 20th value missing. A marginal
     * row is a training row only if its three numeric values come from the same training row,
     * which has probability 1e-6 per row, so copies are identifiable.
     */
    private static Dataset train() {
        Schema schema = new Schema(List.of(column("id", ColumnType.IDENTIFIER),
                column("u", ColumnType.NUMERIC), column("v", ColumnType.NUMERIC),
                column("t", ColumnType.NUMERIC), column("w", ColumnType.CATEGORICAL)));
        Dictionary dictionary = new Dictionary();
        Vocabulary vocabulary = dictionary.vocabulary("w");
        int[] labels = {vocabulary.encode("x"), vocabulary.encode("y"), vocabulary.encode("z")};
        SplittableRandom random = Seeds.root(1).random();
        String[] id = new String[TRAIN_ROWS];
        double[] u = new double[TRAIN_ROWS];
        double[] v = new double[TRAIN_ROWS];
        double[] t = new double[TRAIN_ROWS];
        int[] w = new int[TRAIN_ROWS];
        for (int r = 0; r < TRAIN_ROWS; r++) {
            id[r] = "p" + r;
            u[r] = r * 1.5;
            v[r] = r + random.nextDouble() / 2;
            t[r] = -r - random.nextDouble() / 2;
            int tenth = r % 10;
            w[r] = r % 20 == 19 ? Vocabulary.MISSING
                    : labels[tenth < 6 ? 0 : tenth < 9 ? 1 : 2];
        }
        return Dataset.builder("train", schema, dictionary, TRAIN_ROWS)
                .text(0, id).numeric(1, u).numeric(2, v).numeric(3, t).codes(4, w).build();
    }

    private static String key(Dataset table, int row) {
        return table.numeric(1, row) + "|" + table.numeric(2, row) + "|" + table.numeric(3, row)
                + "|" + table.code(4, row);
    }

    private static Set<String> trainingRows() {
        Set<String> keys = new HashSet<>();
        for (int r = 0; r < TRAIN.rowCount(); r++) {
            keys.add(key(TRAIN, r));
        }
        return keys;
    }

    private static int copies(Dataset synthetic) {
        Set<String> training = trainingRows();
        int count = 0;
        for (int r = 0; r < synthetic.rowCount(); r++) {
            count += training.contains(key(synthetic, r)) ? 1 : 0;
        }
        return count;
    }

    private static Dataset sample(double f, int rows, long seed) {
        return GENERATOR.fit(TRAIN, fraction(f), Seeds.root(seed)).sample(rows,
                Seeds.root(seed + 1));
    }

    @Nested
    class Describe {
        @Test
        void isRegisteredAsAGenerator() {
            assertTrue(Registry.load("generator", Generator.class).find("leaky-copy")
                    .isPresent());
        }

        @Test
        void listsTheFractionWithItsDefault() {
            assertEquals("fraction", GENERATOR.parameters().get(0).name());
            assertEquals("0.01", GENERATOR.parameters().get(0).defaultValue());
        }
    }

    @Nested
    class Fit {
        @Test
        void rejectsAFractionAboveOne() {
            InputException e = assertThrows(InputException.class,
                    () -> GENERATOR.fit(TRAIN, fraction(1.5), Seeds.root(1)));
            assertEquals("generator leaky-copy: parameter 'fraction' must be in [0, 1], was "
                    + "1.5", e.getMessage());
        }

        @Test
        void rejectsANegativeFraction() {
            InputException e = assertThrows(InputException.class,
                    () -> GENERATOR.fit(TRAIN, fraction(-0.1), Seeds.root(1)));
            assertEquals("generator leaky-copy: parameter 'fraction' must be in [0, 1], was "
                    + "-0.1", e.getMessage());
        }

        @Test
        void rejectsAnUnknownParameter() {
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(TRAIN,
                    new Parameters(OWNER, Map.of("share", 0.1)), Seeds.root(1)));
            assertEquals("generator leaky-copy: unknown parameter 'share'; accepted: fraction",
                    e.getMessage());
        }

        @Test
        void rejectsATrainingTableWithoutRows() {
            Dataset empty = TRAIN.select("train", new int[0]);
            InputException e = assertThrows(InputException.class,
                    () -> GENERATOR.fit(empty, fraction(0.1), Seeds.root(1)));
            assertEquals("generator leaky-copy: the training table 'train' has no rows; at least "
                    + "1 is needed", e.getMessage());
        }

        @Test
        void usesOnePercentByDefault() {
            var model = GENERATOR.fit(TRAIN, Parameters.none(OWNER), Seeds.root(1));
            assertEquals(20, model.copies(2000));
        }
    }

    @Nested
    class Sample {
        @Test
        void copiesExactlyTheRoundedFractionOfRows() {
            Dataset synthetic = sample(0.1, 2000, 2);
            assertEquals(200, copies(synthetic));
        }

        @Test
        void roundsHalfARowUp() {
            var model = GENERATOR.fit(TRAIN, fraction(0.25), Seeds.root(3));
            assertEquals(3, model.copies(10));
            assertEquals(3, copies(model.sample(10, Seeds.root(4))));
        }

        @Test
        void copiesNothingWithAZeroFraction() {
            assertEquals(0, copies(sample(0, 2000, 5)));
        }

        @Test
        void copiesEveryTrainingRowOnceWithFractionOneAndAsManyRows() {
            Dataset synthetic = sample(1, TRAIN_ROWS, 6);
            Set<String> distinct = new HashSet<>();
            for (int r = 0; r < synthetic.rowCount(); r++) {
                distinct.add(key(synthetic, r));
            }
            assertEquals(TRAIN_ROWS, copies(synthetic));
            assertEquals(trainingRows(), distinct);
        }

        @Test
        void drawsAgainOnlyAfterUsingEveryTrainingRow() {
            Dataset synthetic = sample(1, 2500, 7);
            Map<String, Integer> uses = new HashMap<>();
            for (int r = 0; r < synthetic.rowCount(); r++) {
                uses.merge(key(synthetic, r), 1, Integer::sum);
            }
            assertEquals(2500, copies(synthetic));
            assertEquals(TRAIN_ROWS, uses.size());
            assertTrue(uses.values().stream().allMatch(n -> n == 2 || n == 3));
        }

        @Test
        void keepsEachColumnsDistributionInTheMarginalRows() {
            int[] w = sample(0, 20_000, 8).codeColumn(4);
            int[] counts = new int[4];
            for (int code : w) {
                counts[code + 1]++;
            }
            // training shares: missing 0.05, x 0.6, y 0.3, z 0.05
            int[] real = new int[4];
            for (int code : TRAIN.codeColumn(4)) {
                real[code + 1]++;
            }
            for (int i = 0; i < 4; i++) {
                assertEquals(real[i] / (double) TRAIN_ROWS, counts[i] / 20_000.0, 0.015,
                        "category " + (i - 1));
            }
        }

        @Test
        void givesTheSameRowsForTheSameSeeds() {
            Dataset first = sample(0.3, 500, 9);
            Dataset second = sample(0.3, 500, 9);
            assertArrayEquals(first.numericColumn(1), second.numericColumn(1));
            assertArrayEquals(first.numericColumn(2), second.numericColumn(2));
            assertArrayEquals(first.numericColumn(3), second.numericColumn(3));
            assertArrayEquals(first.codeColumn(4), second.codeColumn(4));
        }

        @Test
        void returnsANewTableOverTheTrainingSchemaAndDictionaryWithoutIdentifiers() {
            Dataset synthetic = sample(1, 50, 10);
            assertEquals("synthetic", synthetic.name());
            assertSame(TRAIN.schema(), synthetic.schema());
            assertSame(TRAIN.dictionary(), synthetic.dictionary());
            for (int r = 0; r < 50; r++) {
                assertNull(synthetic.text(0, r));
            }
        }

        @Test
        void claimsNoPrivacy() {
            assertEquals(PrivacyClaim.NONE,
                    GENERATOR.fit(TRAIN, fraction(0.5), Seeds.root(11)).privacyClaim());
        }
    }
}
