package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.fidelity.PairwiseAssociationTest.figure;
import static org.synthaudit.metrics.fidelity.PairwiseAssociationTest.value;
import static org.synthaudit.metrics.fidelity.Tables.labels;

import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Estimate;

class PropensityScoreTest {
    private final PropensityScore propensity = new PropensityScore();

    private static String[] repeat(int times, String... values) {
        String[] out = new String[times * values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i % values.length];
        }
        return out;
    }

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertInstanceOf(PropensityScore.class, registry.require("fidelity.propensity"));
        }
    }

    @Nested
    class Evaluate {
        @Test
        void matchesThePmseOfASaturatedModelByHand() {
            // x = a: 3 real, 1 synthetic; x = b: 1 real, 3 synthetic. The fitted probabilities
            // are 1/4 and 3/4, so pMSE = (1/4)^2 = 1/16; the null expectation with k = 2
            // parameters is (1 - 1/2)^2 (1/2) / 8 = 1/64
            Tables tables = new Tables("x", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("a", "a", "a", "b"));
            Dataset synthetic = tables.table("synthetic", labels("a", "b", "b", "b"));
            Finding finding = propensity.evaluate(tables.audit(real, synthetic));
            Figure pmse = figure(finding, "fidelity.propensity.pmse");
            assertEquals(1.0 / 16, value(finding, pmse.id()).value(), 1e-4);
            assertEquals(1.0 / 64, ((Estimate.Value) pmse.baseline()).value(), 1e-15);
            assertEquals(4.0, value(finding, "fidelity.propensity.pmse_ratio").value(), 1e-2);
        }

        @Test
        void separatesTablesWithNoValueInCommon() {
            Tables tables = new Tables("x", ColumnType.CATEGORICAL, "y", ColumnType.NUMERIC);
            Dataset real = tables.table("real", labels(repeat(20, "a")),
                    Correlated.gaussian(20, 1));
            Dataset synthetic = tables.table("synthetic", labels(repeat(20, "b")),
                    Correlated.gaussian(20, 2));
            Finding finding = propensity.evaluate(tables.audit(real, synthetic));
            assertEquals(1.0, value(finding, PropensityScore.HEADLINE).value());
            assertEquals(1.0, value(finding, "fidelity.propensity.auc_logistic").value());
            assertTrue(value(finding, "fidelity.propensity.pmse").value() > 0.249);
        }

        @Test
        void cannotTellACopyOfTrainFromTrain() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 400, 6);
            Finding finding = propensity.evaluate(tables.audit(real, real.named("synthetic")));
            assertEquals(0.5, value(finding, PropensityScore.HEADLINE).value());
            assertEquals(0.5, value(finding, "fidelity.propensity.auc_logistic").value(), 0.02);
            assertEquals(0.0, value(finding, "fidelity.propensity.pmse").value(), 1e-12);
        }

        @Test
        void scoresARandomSubsetOfTheRealDataNearOneHalf() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 3000, 7);
            Dataset train = real.select("train", Correlated.range(0, 1500));
            Dataset synthetic = real.select("synthetic", Correlated.range(1500, 3000));
            Finding finding = propensity.evaluate(Tables.audit(real, train, train, synthetic,
                    1));
            double tree = value(finding, PropensityScore.HEADLINE).value();
            double logistic = value(finding, "fidelity.propensity.auc_logistic").value();
            assertTrue(Math.abs(tree - 0.5) < 0.05, () -> "tree AUC " + tree);
            assertTrue(Math.abs(logistic - 0.5) < 0.05, () -> "logistic AUC " + logistic);
            Estimate.Value ratio = value(finding, "fidelity.propensity.pmse_ratio");
            assertTrue(ratio.lower() < 1.5, ratio::toString);
        }

        @Test
        void detectsBrokenLinksWithTheTreeOnly() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 1500, 8);
            Dataset synthetic = Correlated.shuffledColumns(tables, real, 3);
            Finding finding = propensity.evaluate(tables.audit(real, synthetic));
            Estimate.Value tree = value(finding, PropensityScore.HEADLINE);
            Estimate.Value logistic = value(finding, "fidelity.propensity.auc_logistic");
            assertTrue(tree.lower() > 0.7, tree::toString);
            assertTrue(logistic.value() < 0.56, logistic::toString);
        }

        @Test
        void catchesAnAllMissingSyntheticColumn() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC);
            double[] a = Correlated.gaussian(50, 1);
            Dataset real = tables.table("real", a, Correlated.gaussian(50, 2));
            Dataset synthetic = tables.table("synthetic", a, Correlated.constant(50,
                    Double.NaN));
            Finding finding = propensity.evaluate(tables.audit(real, synthetic));
            assertEquals(1.0, value(finding, PropensityScore.HEADLINE).value());
        }

        @Test
        void roundsSyntheticValuesToTheRealPrecisionFirst() {
            Tables tables = new Tables("age", ColumnType.NUMERIC);
            double[] ages = Correlated.gaussian(200, 3);
            double[] noisy = ages.clone();
            for (int i = 0; i < noisy.length; i++) {
                noisy[i] += (i % 2 == 0 ? 0.3 : -0.3);
            }
            Dataset real = tables.table("real", ages);
            Dataset synthetic = tables.table("synthetic", noisy);
            Finding finding = propensity.evaluate(tables.audit(real, synthetic));
            assertEquals(0.0, value(finding, "fidelity.propensity.pmse").value(), 1e-12);
            assertTrue(finding.notes().contains(
                    "Synthetic age rounded to the real precision: whole numbers."),
                    finding.notes()::toString);
        }

        @Test
        void leavesTheAucUndefinedForTooFewRows() {
            Tables tables = new Tables("x", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("a", "b", "a"));
            Finding finding = propensity.evaluate(tables.audit(real, real));
            assertEquals("too few rows for 5-fold cross-validation: 3 real and 3 synthetic "
                    + "rows, need at least 5 of each", assertInstanceOf(Estimate.Undefined.class,
                    figure(finding, PropensityScore.HEADLINE).estimate()).reason());
        }

        @Test
        void leavesThePmseUndefinedWhenItsAsymptoticsDoNotHold() {
            // 4 rows, 4 parameters: the chi2(3) quantile 9.35 times (1 - c)^2 c / N = 1/32
            // exceeds the largest pMSE c (1 - c) = 1/4, so neither interval nor baseline holds
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC,
                    "g", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", Tables.numbers(1, 2), Tables.numbers(3, 5),
                    labels("x", "y"));
            Finding finding = propensity.evaluate(tables.audit(real, real));
            assertEquals("too few rows (4) for the asymptotic distribution of the pMSE with 4 "
                    + "parameters, on which its interval and its baseline rest",
                    assertInstanceOf(Estimate.Undefined.class, figure(finding,
                            "fidelity.propensity.pmse").estimate()).reason());
        }

        @Test
        void givesTheSameFindingWhateverThePoolSize() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 300, 4);
            Dataset synthetic = Correlated.shuffledColumns(tables, real, 5);
            try (ForkJoinPool single = new ForkJoinPool(1)) {
                assertEquals(propensity.evaluate(Tables.audit(real, real, real, synthetic, 3,
                        Tables.POOL, Map.of())), propensity.evaluate(Tables.audit(real, real,
                        real, synthetic, 3, single, Map.of())));
            }
        }
    }

    @Nested
    class BelowChance {
        @Test
        void notesAnAucWhoseIntervalLiesWhollyBelowOneHalf() {
            assertEquals("The classification tree's detection AUC 0.18 [0.07, 0.29] lies "
                    + "wholly below 0.5: on held-out folds this is anti-learning (few rows, or "
                    + "folds whose class shares move against the rows the model was fitted on), "
                    + "not a sign that the tables are alike; read the pMSE, which is fitted on "
                    + "all rows.", PropensityScore.belowChance("classification tree",
                            Estimate.of(0.18, 0.07, 0.29, 0.95, "test")).orElseThrow());
        }

        @Test
        void saysNothingWhenTheIntervalReachesOneHalf() {
            assertTrue(PropensityScore.belowChance("tree", Estimate.of(0.45, 0.4, 0.5, 0.95,
                    "test")).isEmpty());
            assertTrue(PropensityScore.belowChance("tree", Estimate.undefined("none"))
                    .isEmpty());
        }
    }
}
