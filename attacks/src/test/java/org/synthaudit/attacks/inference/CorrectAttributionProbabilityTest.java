package org.synthaudit.attacks.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.attacks.inference.Findings.reason;
import static org.synthaudit.attacks.inference.Findings.value;

import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Estimate;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectAttributionProbabilityTest {
    private static final String ID = CorrectAttributionProbability.ID;

    private final CorrectAttributionProbability attack = new CorrectAttributionProbability();
    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    private static Tiny zipTable() {
        return new Tiny(People.column("zip", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
                People.column("sex", ColumnType.CATEGORICAL, Role.PROTECTED),
                People.column("diagnosis", ColumnType.CATEGORICAL, Role.SENSITIVE));
    }

    /** Key zip; synthetic z1: A, A, B; z2: B; z3: C and one record without a diagnosis. */
    private Finding categorical() {
        Tiny tiny = zipTable();
        Dataset real = tiny.table("real", "z1,a,A", "z1,a,B", "z2,b,A", "z3,b,C",
                "z1,a,A", "z2,a,B", "z4,b,A", "z3,b,");
        Dataset synthetic = tiny.table("synthetic", "z1,a,A", "z1,a,A", "z1,a,B", "z2,b,B",
                "z3,b,C", "z3,b,");
        return attack.evaluate(People.context(real, 4, 4, synthetic, Map.of(), pool));
    }

    private Finding population(String release) {
        People people = new People();
        Dataset real = people.draw("real", 1000, 31, "R");
        Dataset train = real.select("train", IntStream.range(0, 500).toArray());
        Dataset synthetic = switch (release) {
            case "copy" -> people.copy(train, "synthetic");
            case "fresh" -> people.draw("synthetic", 1000, 32, "S");
            default -> people.independentMarginals(train, "synthetic", 33);
        };
        return attack.evaluate(People.context(real, 500, 500, synthetic, Map.of(), pool));
    }

    @Nested
    class Evaluate {
        @Test
        void averagesTheAttributionProbabilityOverMatchedTargetsByHand() {
            Finding finding = categorical();
            // Members: z1 A -> 2/3, z1 B -> 1/3, z2 A -> 0/1, z3 C -> 1/1: mean 2/4.
            assertEquals(0.5, value(finding, ID + ".diagnosis.rate_members").value(), 1e-12);
            // Holdout: z1 A -> 2/3, z2 B -> 1/1, z4 unmatched, z3 secret missing: mean 5/6.
            assertEquals(5.0 / 6, value(finding, ID + ".diagnosis.rate_holdout").value(),
                    1e-12);
            assertEquals(0.5 - 5.0 / 6, value(finding, ID + ".diagnosis.gain").value(), 1e-12);
            assertEquals(4, value(finding, ID + ".diagnosis.matched_members").value());
            assertEquals(2, value(finding, ID + ".diagnosis.matched_holdout").value());
            assertEquals(1, value(finding, ID + ".diagnosis.missing_secret_holdout").value());
        }

        @Test
        void scoresUnmatchedTargetsZeroInTheSecondVariantByHand() {
            Finding finding = categorical();
            // Holdout: (2/3 + 1 + 0) / 3 = 5/9; members unchanged, all matched.
            assertEquals(5.0 / 9, value(finding, ID + ".diagnosis.zero_rate_holdout").value(),
                    1e-12);
            assertEquals(0.5, value(finding, ID + ".diagnosis.zero_rate_members").value(),
                    1e-12);
            assertEquals(0.5 - 5.0 / 9, value(finding, ID + ".diagnosis.zero_gain").value(),
                    1e-12);
        }

        @Test
        void comparesNumericKeysAndSecretsByQuantileBinByHand() {
            Tiny tiny = new Tiny(People.column("age", ColumnType.NUMERIC,
                    Role.QUASI_IDENTIFIER),
                    People.column("income", ColumnType.NUMERIC, Role.SENSITIVE));
            // Real ages cut at 60, real incomes at 80 (2 bins each).
            Dataset real = tiny.table("real", "20,10", "30,20", "60,80", "70,90",
                    "25,15", "35,85", "65,25", "75,95");
            Dataset synthetic = tiny.table("synthetic", "22,12", "33,88", "61,91", "72,93");
            Finding finding = attack.evaluate(People.context(real, 4, 4, synthetic,
                    Map.of(ID, Map.of("bins", 2)), pool));
            // Young key: one low, one high income; old key: two high incomes.
            // Members: 1/2, 1/2, 1, 1 -> 0.75. Holdout: 1/2, 1/2, 0, 1 -> 0.5.
            assertEquals(0.75, value(finding, ID + ".income.rate_members").value(), 1e-12);
            assertEquals(0.5, value(finding, ID + ".income.rate_holdout").value(), 1e-12);
            assertEquals(0.25, value(finding, ID + ".income.gain").value(), 1e-12);
        }

        @Test
        void isUndefinedWithTheReasonWhenNoTargetHasAKeyMatch() {
            Tiny tiny = zipTable();
            Dataset real = tiny.table("real", "z1,a,A", "z2,b,B", "z3,a,A", "z4,b,B");
            Dataset synthetic = tiny.table("synthetic", "z8,a,A", "z9,b,B");
            Finding finding = attack.evaluate(People.context(real, 2, 2, synthetic, Map.of(),
                    pool));
            assertEquals("no target with a known diagnosis has a key that occurs in a synthetic "
                    + "record with a known diagnosis (members)",
                    reason(finding, ID + ".diagnosis.rate_members"));
            assertTrue(reason(finding, ID + ".diagnosis.gain").startsWith("no target"));
            assertEquals(0.0, value(finding, ID + ".diagnosis.zero_rate_members").value());
            assertEquals(0, value(finding, ID + ".diagnosis.matched_members").value());
        }

        @Test
        void flagsACopyOfTheTrainingDataClearlyAboveHoldout() {
            Finding finding = population("copy");
            Findings.assertSane(finding);
            assertTrue(value(finding, ID + ".diagnosis.gain").lower() > 0.05);
            assertTrue(value(finding, ID + ".diagnosis.zero_gain").lower() > 0.05);
            assertTrue(value(finding, ID + ".income.gain").lower() > 0.05);
            assertEquals(ID + ".max_gain", finding.headline());
        }

        @Test
        void findsNoGainInAFreshDrawOfThePopulation() {
            Finding finding = population("fresh");
            assertEquals(0, value(finding, ID + ".diagnosis.gain").value(), 0.07);
            assertEquals(0, value(finding, ID + ".income.gain").value(), 0.07);
        }

        @Test
        void findsNoGainInIndependentMarginals() {
            Finding finding = population("marginals");
            assertEquals(0, value(finding, ID + ".diagnosis.gain").value(), 0.07);
            assertEquals(0, value(finding, ID + ".income.gain").value(), 0.07);
        }

        @Test
        void givesTheSameFindingWithOneAndTwoThreads() {
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                People people = new People();
                Dataset real = people.draw("real", 400, 34, "R");
                Dataset synthetic = people.draw("synthetic", 300, 35, "S");
                Finding serial = attack.evaluate(People.context(real, 200, 200, synthetic,
                        Map.of(), single));
                Finding parallel = attack.evaluate(People.context(real, 200, 200, synthetic,
                        Map.of(), pool));
                assertEquals(serial, parallel);
            } finally {
                single.shutdown();
            }
        }
    }

    @Nested
    class Bins {
        @Test
        void cutTheRealValuesIntoEqualFrequencyBins() {
            double[] values = IntStream.rangeClosed(1, 10).asDoubleStream().toArray();
            QuantileBins two = QuantileBins.fit(values, 2);
            assertEquals(2, two.count());
            assertEquals(0, two.bin(5));
            assertEquals(1, two.bin(6));
            QuantileBins three = QuantileBins.fit(values, 3);
            assertEquals(0, three.bin(3));
            assertEquals(1, three.bin(4));
            assertEquals(2, three.bin(7));
            assertEquals(-1, three.bin(Double.NaN));
        }

        @Test
        void dropRepeatedCutPoints() {
            QuantileBins bins = QuantileBins.fit(new double[] {1, 1, 1, 1, 2}, 2);
            assertEquals(1, bins.count());
            assertEquals(0, bins.bin(2));
        }
    }

    @Nested
    class Bootstrap {
        @Test
        void keepsTheIntervalAroundTheMeanAndInsideTheUnitRange() {
            RiskFigures.Bootstrap bootstrap = new RiskFigures.Bootstrap(500);
            Estimate.Value rate = (Estimate.Value) bootstrap.rate(new double[] {0, 0.5, 1, 1},
                    org.synthaudit.core.random.Seeds.root(1));
            assertEquals(0.625, rate.value());
            assertTrue(rate.lower() >= 0 && rate.lower() <= 0.625 && rate.upper() <= 1);
            Estimate.Value constant = (Estimate.Value) bootstrap.difference(new double[] {1, 1},
                    new double[] {0}, org.synthaudit.core.random.Seeds.root(1));
            assertEquals(1, constant.value());
            assertEquals(1, constant.lower());
        }
    }

    @Nested
    class Registration {
        @Test
        void isFoundThroughTheServiceLoader() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertTrue(registry.find(ID).orElseThrow() instanceof CorrectAttributionProbability);
        }
    }
}
