package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Generator.FittedGenerator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;

class IndependentMarginalsGeneratorTest {
    private static final int TRAIN_ROWS = 1_000;
    private static final int SAMPLE_ROWS = 20_000;

    /**
     * 1,000 records: {@code plan} is A for 50 %, B for 30 %, C for 20 %; {@code x} is
     * {@code i mod 100}, missing in every tenth record; {@code y = 2x + 1}, a perfect linear
     * dependence on {@code x}.
     */
    private static Dataset train() {
        Schema schema = new Schema(List.of(TestTables.column("id", ColumnType.IDENTIFIER),
                TestTables.column("plan", ColumnType.CATEGORICAL),
                TestTables.column("x", ColumnType.NUMERIC),
                TestTables.column("y", ColumnType.NUMERIC)));
        Dictionary dictionary = new Dictionary();
        int[] plan = new int[TRAIN_ROWS];
        double[] x = new double[TRAIN_ROWS];
        double[] y = new double[TRAIN_ROWS];
        for (int i = 0; i < TRAIN_ROWS; i++) {
            String label = i % 10 < 5 ? "A" : i % 10 < 8 ? "B" : "C";
            plan[i] = dictionary.vocabulary("plan").encode(label);
            x[i] = i % 10 == 9 ? Double.NaN : i % 100;
            y[i] = 2 * (i % 100) + 1;
        }
        return Dataset.builder("train", schema, dictionary, TRAIN_ROWS)
                .codes(1, plan).numeric(2, x).numeric(3, y).build();
    }

    private static FittedGenerator fit(Dataset train) {
        return new IndependentMarginalsGenerator().fit(train,
                Parameters.none("generator independent-marginals"), Seeds.root(1));
    }

    private static double share(int[] codes, int code) {
        return (double) java.util.Arrays.stream(codes).filter(c -> c == code).count()
                / codes.length;
    }

    private static double missingRate(double[] values) {
        return (double) java.util.Arrays.stream(values).filter(Double::isNaN).count()
                / values.length;
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).average()
                .orElseThrow();
    }

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Generator> registry = Registry.load("generator", Generator.class);
            assertTrue(registry.require("independent-marginals")
                    instanceof IndependentMarginalsGenerator);
        }

        @Test
        void takesNoParametersAndClaimsNoPrivacy() {
            assertEquals(List.of(), new IndependentMarginalsGenerator().parameters());
            assertSame(PrivacyClaim.NONE, fit(train()).privacyClaim());
        }
    }

    @Nested
    class Fit {
        @Test
        void rejectsAnUnknownParameterNamingIt() {
            Parameters given = new Parameters("generator independent-marginals",
                    Map.of("bins", 20));
            InputException e = assertThrows(InputException.class, () ->
                    new IndependentMarginalsGenerator().fit(train(), given, Seeds.root(1)));
            assertEquals("generator independent-marginals: unknown parameter 'bins'; "
                    + "accepted: none", e.getMessage());
        }

        @Test
        void rejectsAnEmptyTrainingTable() {
            Dataset empty = train().select("train", new int[0]);
            assertThrows(InputException.class, () -> fit(empty));
        }
    }

    @Nested
    class Sample {
        private final Dataset train = train();
        private final Dataset synthetic = fit(train).sample(SAMPLE_ROWS, Seeds.root(5));

        @Test
        void keepsCategorySharesWithinOnePercentagePoint() {
            int[] real = train.codeColumn(1);
            int[] drawn = synthetic.codeColumn(1);
            for (int code = 0; code < 3; code++) {
                assertEquals(share(real, code), share(drawn, code), 0.01, "code " + code);
            }
        }

        @Test
        void keepsTheNumericMeanWithinTwoPercent() {
            double real = mean(train.numericColumn(2));
            assertEquals(real, mean(synthetic.numericColumn(2)), 0.02 * real);
        }

        @Test
        void keepsTheMissingRateWithinOnePercentagePoint() {
            assertEquals(0.1, missingRate(train.numericColumn(2)), 1e-12);
            assertEquals(0.1, missingRate(synthetic.numericColumn(2)), 0.01);
            assertEquals(0.0, missingRate(synthetic.numericColumn(3)));
        }

        @Test
        void breaksAPerfectLinearDependence() {
            assertEquals(1.0, pearson(train.numericColumn(2), train.numericColumn(3)), 1e-12);
            double r = pearson(synthetic.numericColumn(2), synthetic.numericColumn(3));
            assertTrue(Math.abs(r) < 0.05, "r = " + r);
        }

        @Test
        void leavesIdentifiersMissingAndNamesTheTableSynthetic() {
            assertEquals("synthetic", synthetic.name());
            assertEquals(SAMPLE_ROWS, synthetic.rowCount());
            for (int r = 0; r < 100; r++) {
                assertTrue(synthetic.isMissing(0, r));
            }
        }

        @Test
        void givesTheSameRowsForTheSameSeed() {
            Dataset again = fit(train).sample(SAMPLE_ROWS, Seeds.root(5));
            assertEquals(TestTables.rows(synthetic), TestTables.rows(again));
        }

        @Test
        void givesOtherRowsForAnotherSeed() {
            Dataset other = fit(train).sample(SAMPLE_ROWS, Seeds.root(6));
            assertFalse(TestTables.rows(synthetic).equals(TestTables.rows(other)));
        }

        @Test
        void keepsAColumnsValuesWhenAnotherColumnIsRemoved() {
            Schema narrow = new Schema(List.of(train.schema().column(2)));
            Dataset trainX = Dataset.builder("train", narrow, train.dictionary(), TRAIN_ROWS)
                    .numeric(0, train.numericColumn(2)).build();
            Dataset alone = fit(trainX).sample(SAMPLE_ROWS, Seeds.root(5));
            assertArrayEquals(synthetic.numericColumn(2), alone.numericColumn(0));
        }
    }

    private static double pearson(double[] a, double[] b) {
        double meanA = 0;
        double meanB = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                meanA += a[i];
                meanB += b[i];
                n++;
            }
        }
        meanA /= n;
        meanB /= n;
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                cov += (a[i] - meanA) * (b[i] - meanB);
                varA += (a[i] - meanA) * (a[i] - meanA);
                varB += (b[i] - meanB) * (b[i] - meanB);
            }
        }
        return cov / Math.sqrt(varA * varB);
    }
}
