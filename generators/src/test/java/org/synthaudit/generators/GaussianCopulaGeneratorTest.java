package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
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

class GaussianCopulaGeneratorTest {
    private static final GaussianCopulaGenerator GENERATOR = new GaussianCopulaGenerator();
    private static final String OWNER = "generator gaussian-copula";

    private static Parameters parameters(Map<String, Object> values) {
        return new Parameters(OWNER, values);
    }

    private static ColumnSpec column(String name, ColumnType type) {
        return new ColumnSpec(name, type, Set.of(), "set in test", null);
    }

    /** x and y standard normal with correlation rho, plus an identifier column. */
    private static Dataset bivariateNormal(int rows, double rho, long seed) {
        Schema schema = new Schema(List.of(column("id", ColumnType.IDENTIFIER),
                column("x", ColumnType.NUMERIC), column("y", ColumnType.NUMERIC)));
        SplittableRandom random = Seeds.root(seed).random();
        double[] x = new double[rows];
        double[] y = new double[rows];
        String[] id = new String[rows];
        for (int r = 0; r < rows; r++) {
            double z1 = random.nextGaussian();
            double z2 = random.nextGaussian();
            x[r] = z1;
            y[r] = rho * z1 + Math.sqrt(1 - rho * rho) * z2;
            id[r] = "p" + r;
        }
        return Dataset.builder("train", schema, new Dictionary(), rows)
                .text(0, id).numeric(1, x).numeric(2, y).build();
    }

    /** Categories a, b, c in proportions 5:3:2 and a numeric size missing at the given rate. */
    private static Dataset colours(int rows, double missingRate, long seed) {
        Schema schema = new Schema(List.of(column("colour", ColumnType.CATEGORICAL),
                column("size", ColumnType.NUMERIC)));
        Dictionary dictionary = new Dictionary();
        Vocabulary vocabulary = dictionary.vocabulary("colour");
        int[] labels = {vocabulary.encode("a"), vocabulary.encode("b"), vocabulary.encode("c")};
        SplittableRandom random = Seeds.root(seed).random();
        int[] codes = new int[rows];
        double[] size = new double[rows];
        for (int r = 0; r < rows; r++) {
            double u = random.nextDouble();
            codes[r] = u < 0.5 ? labels[0] : u < 0.8 ? labels[1] : labels[2];
            size[r] = random.nextDouble() < missingRate ? Double.NaN : codes[r] * 10
                    + random.nextInt(5);
        }
        return Dataset.builder("train", schema, dictionary, rows)
                .codes(0, codes).numeric(1, size).build();
    }

    private static double pearson(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElseThrow();
        double mb = Arrays.stream(b).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static double frequency(int[] codes, int code) {
        return (double) Arrays.stream(codes).filter(c -> c == code).count() / codes.length;
    }

    private static double missingRate(double[] values) {
        return (double) Arrays.stream(values).filter(Double::isNaN).count() / values.length;
    }

    @Nested
    class Describe {
        @Test
        void isRegisteredAsAGenerator() {
            assertTrue(Registry.load("generator", Generator.class).find("gaussian-copula")
                    .isPresent());
        }

        @Test
        void listsTheInterpolationSwitchWithItsDefault() {
            assertEquals(1, GENERATOR.parameters().size());
            assertEquals("interpolate", GENERATOR.parameters().get(0).name());
            assertEquals("false", GENERATOR.parameters().get(0).defaultValue());
        }

        @Test
        void citesTheSyntheticDataVault() {
            assertTrue(GENERATOR.description().contains("Patki, Wedge and Veeramachaneni"));
        }
    }

    @Nested
    class Fit {
        @Test
        void rejectsAnUnknownParameter() {
            Dataset train = bivariateNormal(10, 0.5, 1);
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(train,
                    parameters(Map.of("bins", 3)), Seeds.root(1)));
            assertEquals("generator gaussian-copula: unknown parameter 'bins'; accepted: "
                    + "interpolate", e.getMessage());
        }

        @Test
        void rejectsAnInterpolationSwitchThatIsNeitherTrueNorFalse() {
            Dataset train = bivariateNormal(10, 0.5, 1);
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(train,
                    parameters(Map.of("interpolate", "maybe")), Seeds.root(1)));
            assertEquals("generator gaussian-copula: parameter 'interpolate' must be true or "
                    + "false, was 'maybe'", e.getMessage());
        }

        @Test
        void rejectsATrainingTableWithoutRows() {
            Dataset train = bivariateNormal(0, 0.5, 1);
            InputException e = assertThrows(InputException.class, () -> GENERATOR.fit(train,
                    Parameters.none(OWNER), Seeds.root(1)));
            assertEquals("generator gaussian-copula: the training table 'train' has no rows; at "
                    + "least 1 is needed", e.getMessage());
        }

        @Test
        void givesAConstantColumnZeroCorrelationAndNoNaN() {
            Schema schema = new Schema(List.of(column("x", ColumnType.NUMERIC),
                    column("constant", ColumnType.NUMERIC), column("y", ColumnType.NUMERIC)));
            Dataset normal = bivariateNormal(500, 0.8, 2);
            double[] constant = new double[500];
            Arrays.fill(constant, 40);
            Dataset train = Dataset.builder("train", schema, new Dictionary(), 500)
                    .numeric(0, normal.numericColumn(1)).numeric(1, constant)
                    .numeric(2, normal.numericColumn(2)).build();

            var model = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(3));
            double[][] r = model.correlation();

            assertEquals(3, model.dimensions());
            assertEquals(0, model.ridge());
            assertArrayEquals(new double[] {0, 1, 0}, r[1], 1e-12);
            assertTrue(Arrays.stream(r).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite));
            double[] sampled = model.sample(100, Seeds.root(4)).numericColumn(1);
            assertTrue(Arrays.stream(sampled).allMatch(v -> v == 40));
        }

        @Test
        void addsARidgeWhenTwoColumnsAreIdentical() {
            Schema schema = new Schema(List.of(column("x", ColumnType.NUMERIC),
                    column("copy", ColumnType.NUMERIC)));
            double[] x = bivariateNormal(200, 0, 5).numericColumn(1);
            Dataset train = Dataset.builder("train", schema, new Dictionary(), 200)
                    .numeric(0, x).numeric(1, x.clone()).build();

            var model = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(6));

            assertTrue(model.ridge() > 0 && model.ridge() <= 1e-6, "ridge " + model.ridge());
            Dataset synthetic = model.sample(1000, Seeds.root(7));
            assertTrue(pearson(synthetic.numericColumn(0), synthetic.numericColumn(1)) > 0.99);
        }

        @Test
        void addsAMissingIndicatorDimensionOnlyForPartlyMissingNumericColumns() {
            assertEquals(2, GENERATOR.fit(colours(1000, 0, 8), Parameters.none(OWNER),
                    Seeds.root(9)).dimensions());
            assertEquals(3, GENERATOR.fit(colours(1000, 0.1, 8), Parameters.none(OWNER),
                    Seeds.root(9)).dimensions());
            assertEquals(1, GENERATOR.fit(colours(1000, 1, 8), Parameters.none(OWNER),
                    Seeds.root(9)).dimensions());
        }
    }

    @Nested
    class Sample {
        @Test
        void keepsThePearsonCorrelationOfABivariateNormalWithinFiveHundredths() {
            Dataset train = bivariateNormal(5000, 0.8, 10);
            var model = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(11));

            Dataset synthetic = model.sample(5000, Seeds.root(12));

            double rho = pearson(synthetic.numericColumn(1), synthetic.numericColumn(2));
            assertEquals(0.8, rho, 0.05);
        }

        @Test
        void keepsCategoryFrequenciesWithinTwoHundredths() {
            Dataset train = colours(5000, 0, 13);
            var model = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(14));

            int[] synthetic = model.sample(20_000, Seeds.root(15)).codeColumn(0);

            int[] real = train.codeColumn(0);
            for (int code = 0; code < 3; code++) {
                assertEquals(frequency(real, code), frequency(synthetic, code), 0.02,
                        "category " + code);
            }
        }

        @Test
        void keepsTheMissingRateOfANumericColumnWithinOneHundredth() {
            Dataset train = colours(5000, 0.15, 16);
            var model = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(17));

            double[] synthetic = model.sample(20_000, Seeds.root(18)).numericColumn(1);

            assertEquals(missingRate(train.numericColumn(1)), missingRate(synthetic), 0.01);
        }

        @Test
        void keepsTheMissingRateOfACategoricalColumnWithinOneHundredth() {
            Dataset complete = colours(5000, 0, 19);
            int[] codes = complete.codeColumn(0);
            for (int r = 0; r < codes.length; r += 4) {
                codes[r] = Vocabulary.MISSING;
            }
            Dataset train = Dataset.builder("train", complete.schema(), complete.dictionary(),
                    5000).codes(0, codes).numeric(1, complete.numericColumn(1)).build();
            var model = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(20));

            int[] synthetic = model.sample(20_000, Seeds.root(21)).codeColumn(0);

            assertEquals(0.25, frequency(synthetic, Vocabulary.MISSING), 0.01);
        }

        @Test
        void drawsOnlyTrainingValuesWithoutInterpolation() {
            Dataset train = bivariateNormal(300, 0.5, 22);
            var model = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(23));

            double[] sorted = train.numericColumn(1);
            Arrays.sort(sorted);
            for (double v : model.sample(1000, Seeds.root(24)).numericColumn(1)) {
                assertTrue(Arrays.binarySearch(sorted, v) >= 0, v + " is not a training value");
            }
        }

        @Test
        void interpolatesInsideTheTrainingRangeWhenAskedTo() {
            Dataset train = bivariateNormal(300, 0.5, 25);
            var model = GENERATOR.fit(train, parameters(Map.of("interpolate", true)),
                    Seeds.root(26));

            double[] sorted = train.numericColumn(1);
            Arrays.sort(sorted);
            double[] synthetic = model.sample(1000, Seeds.root(27)).numericColumn(1);
            long fresh = Arrays.stream(synthetic)
                    .filter(v -> Arrays.binarySearch(sorted, v) < 0).count();

            assertTrue(fresh > 900, fresh + " of 1000 values are new");
            assertTrue(Arrays.stream(synthetic)
                    .allMatch(v -> v >= sorted[0] && v <= sorted[sorted.length - 1]));
        }

        @Test
        void givesTheSameRowsForTheSameSeeds() {
            Dataset train = colours(1000, 0.1, 28);
            Dataset first = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(29))
                    .sample(500, Seeds.root(30));
            Dataset second = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(29))
                    .sample(500, Seeds.root(30));

            assertArrayEquals(first.codeColumn(0), second.codeColumn(0));
            assertArrayEquals(first.numericColumn(1), second.numericColumn(1));
        }

        @Test
        void returnsANewTableOverTheTrainingSchemaAndDictionaryWithoutIdentifiers() {
            Dataset train = bivariateNormal(100, 0.5, 31);
            Dataset synthetic = GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(32))
                    .sample(40, Seeds.root(33));

            assertEquals("synthetic", synthetic.name());
            assertEquals(40, synthetic.rowCount());
            assertSame(train.schema(), synthetic.schema());
            assertSame(train.dictionary(), synthetic.dictionary());
            assertFalse(synthetic.sharesBaseWith(train));
            for (int r = 0; r < 40; r++) {
                assertNull(synthetic.text(0, r));
            }
        }

        @Test
        void returnsAnEmptyTableForZeroRows() {
            Dataset train = colours(100, 0.1, 34);
            assertEquals(0, GENERATOR.fit(train, Parameters.none(OWNER), Seeds.root(35))
                    .sample(0, Seeds.root(36)).rowCount());
        }

        @Test
        void claimsNoPrivacy() {
            Dataset train = colours(100, 0, 37);
            assertEquals(PrivacyClaim.NONE, GENERATOR.fit(train, Parameters.none(OWNER),
                    Seeds.root(38)).privacyClaim());
        }
    }
}
