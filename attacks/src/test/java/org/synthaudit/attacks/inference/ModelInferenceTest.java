package org.synthaudit.attacks.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.attacks.inference.Findings.reason;
import static org.synthaudit.attacks.inference.Findings.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Estimate;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelInferenceTest {
    private static final String ID = ModelInference.ID;

    private final ModelInference attack = new ModelInference();
    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    private static Tiny tinySchema() {
        return new Tiny(People.column("zip", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
                People.column("sex", ColumnType.CATEGORICAL, Role.PROTECTED),
                People.column("diagnosis", ColumnType.CATEGORICAL, Role.SENSITIVE),
                People.column("balance", ColumnType.NUMERIC, Role.SENSITIVE));
    }

    private static String[] lines(String... groups) {
        List<String> lines = new ArrayList<>();
        for (String group : groups) {
            String[] countAndLine = group.split(" x ");
            lines.addAll(Collections.nCopies(Integer.parseInt(countAndLine[0]),
                    countAndLine[1]));
        }
        return lines.toArray(String[]::new);
    }

    /**
     * The synthetic data ties z1 to (A, 100) and z2 to (B, 200), the reference data to (B, 200)
     * and (A, 100): every tree learns exactly that. Real balance spans -100..210 (range 310).
     */
    private AuditContext tiny(boolean withReference) {
        Tiny tiny = tinySchema();
        List<String> real = new ArrayList<>(List.of(
                "z1,a,A,103", "z1,a,A,0", "z2,b,B,150", "z2,b,A,200",
                "z1,a,B,100", "z2,a,B,190", "z1,b,A,-100", "z2,b,A,210"));
        if (withReference) {
            real.addAll(List.of(lines("40 x z1,a,B,200", "40 x z2,b,A,100")));
        }
        Dataset synthetic = tiny.table("synthetic", lines("40 x z1,a,A,100",
                "40 x z2,b,B,200"));
        return People.context(tiny.table("real", real.toArray(String[]::new)), 4, 4, synthetic,
                Map.of(ID, Map.of("min_group_size", 1)), pool);
    }

    private Finding population(String release, int trees, ForkJoinPool threads) {
        return population(new People(), release, trees, threads);
    }

    private Finding population(People people, String release, int trees,
            ForkJoinPool threads) {
        Dataset real = people.draw("real", 1500, 21, "R");
        Dataset train = real.select("train", IntStream.range(0, 500).toArray());
        Dataset synthetic = switch (release) {
            case "copy" -> people.copy(train, "synthetic");
            case "fresh" -> people.draw("synthetic", 1000, 22, "S");
            default -> people.independentMarginals(train, "synthetic", 23);
        };
        return attack.evaluate(People.context(real, 500, 500, synthetic,
                Map.of(ID, Map.of("trees", trees)), threads));
    }

    @Nested
    class Evaluate {
        @Test
        void scoresACategoricalSecretByHand() {
            Finding finding = attack.evaluate(tiny(true));
            // Synthetic model z1 -> A, z2 -> B. Members A, A, B, A: 3 of 4 right.
            // Holdout B, B, A, A at z1, z2, z1, z2: 2 of 4 right.
            assertEquals(0.75, value(finding, ID + ".diagnosis.rate_members").value());
            assertEquals(0.5, value(finding, ID + ".diagnosis.rate_holdout").value());
            assertEquals(0.25, value(finding, ID + ".diagnosis.gain").value(), 1e-12);
            // Reference model z1 -> B, z2 -> A: members 1 of 4, holdout 2 of 4.
            assertEquals(0.25, value(finding, ID + ".diagnosis.reference_rate_members").value());
            assertEquals(0.5, value(finding, ID + ".diagnosis.reference_rate_holdout").value());
            // On members the synthetic model alone is right 3 times, the reference model alone
            // once: (3 - 1) / 4 = 0.5, with Newcombe's paired interval.
            Estimate.Value overReference = value(finding, ID + ".diagnosis.gain_over_reference");
            assertEquals(0.5, overReference.value(), 1e-12);
            assertTrue(overReference.method().startsWith("Newcombe paired score 95%, 3/4 - 1/4"),
                    overReference.method());
        }

        @Test
        void scoresANumericSecretWithinTheToleranceByHand() {
            Finding finding = attack.evaluate(tiny(true));
            // Regressor z1 -> 100, z2 -> 200; tolerance 5 % of |truth|, 5 % of 310 at 0.
            // Members 103 (hit), 0 (|100| > 15.5), 150 (miss), 200 (hit): 2 of 4.
            assertEquals(0.5, value(finding, ID + ".balance.rate_members").value());
            // Holdout 100 (hit), 190 (|10| > 9.5), -100 (miss), 210 (|10| <= 10.5): 2 of 4.
            assertEquals(0.5, value(finding, ID + ".balance.rate_holdout").value());
            // Reference regressor z1 -> 200, z2 -> 100: no member within tolerance.
            assertEquals(0.0, value(finding, ID + ".balance.reference_rate_members").value());
        }

        @Test
        void breaksTheGainOverTheReferenceDownByGroup() {
            Finding finding = attack.evaluate(tiny(true));
            // sex=a: members z1 A, z1 A: synthetic right twice, reference never.
            assertEquals(1.0, value(finding, ID
                    + ".diagnosis.group.sex.a.gain_over_reference").value(), 1e-12);
            assertEquals(1.0, value(finding, ID + ".diagnosis.group.sex.a.rate_members")
                    .value());
        }

        @Test
        void leavesTheReferenceFiguresUndefinedWithoutReferenceData() {
            Finding finding = attack.evaluate(tiny(false));
            assertTrue(reason(finding, ID + ".diagnosis.gain_over_reference")
                    .startsWith("no reference data"));
            assertTrue(reason(finding, ID + ".diagnosis.reference_rate_members")
                    .startsWith("no reference data"));
            assertEquals(0.75, value(finding, ID + ".diagnosis.rate_members").value());
        }

        @Test
        void flagsACopyOfTheTrainingDataClearlyAboveHoldoutAndTheReference() {
            Finding finding = population("copy", 50, pool);
            Findings.assertSane(finding);
            Estimate.Value gain = value(finding, ID + ".diagnosis.gain");
            assertTrue(gain.lower() > 0.05, gain.toString());
            assertTrue(value(finding, ID + ".diagnosis.gain_over_reference").lower() > 0.05);
            assertTrue(value(finding, ID + ".income.gain").lower() > 0.05);
        }

        @Test
        void findsNoGainInAFreshDrawOfThePopulation() {
            Finding finding = population("fresh", 50, pool);
            assertTrue(value(finding, ID + ".diagnosis.rate_holdout").value() > 0.45);
            assertEquals(0, value(finding, ID + ".diagnosis.gain").value(), 0.07);
            assertEquals(0, value(finding, ID + ".diagnosis.gain_over_reference").value(), 0.07);
            assertEquals(0, value(finding, ID + ".income.gain").value(), 0.07);
        }

        @Test
        void findsNoGainInIndependentMarginals() {
            Finding finding = population("marginals", 50, pool);
            assertEquals(0, value(finding, ID + ".diagnosis.gain").value(), 0.07);
            assertEquals(0, value(finding, ID + ".income.gain").value(), 0.07);
        }

        @Test
        void scoresTargetsWithACategoryTheModelNeverSaw() {
            // Case C16: holdout zip z9 is absent from the synthetic training records.
            Tiny tiny = tinySchema();
            Dataset real = tiny.table("real", "z1,a,A,1", "z2,b,B,2", "z9,a,A,1", "z9,b,B,2");
            Dataset synthetic = tiny.table("synthetic", lines("20 x z1,a,A,1",
                    "20 x z2,b,B,2"));
            Finding finding = attack.evaluate(People.context(real, 2, 2, synthetic, Map.of(),
                    pool));
            assertEquals(1.0, value(finding, ID + ".diagnosis.rate_members").value());
            assertEquals(2, value(finding, ID + ".diagnosis.scored_holdout").value());
        }

        @Test
        void predictsTheOnlyValueWhenTheSyntheticSecretIsConstant() {
            Tiny tiny = tinySchema();
            Dataset real = tiny.table("real", "z1,a,A,1", "z2,b,B,2", "z1,a,A,1", "z2,b,B,2");
            Dataset synthetic = tiny.table("synthetic", "z1,a,A,5", "z2,b,A,5");
            Finding finding = attack.evaluate(People.context(real, 2, 2, synthetic, Map.of(),
                    pool));
            assertEquals(0.5, value(finding, ID + ".diagnosis.rate_members").value());
            assertEquals(0.0, value(finding, ID + ".balance.rate_members").value());
        }

        @Test
        void finishesWhenTheSecretIsMostlyMissing() {
            // case C05: 90 % of the secret is missing and the release is independent of the real
            // data; a few known values in three classes must not break the attack
            Tiny tiny = tinySchema();
            java.util.SplittableRandom random = new java.util.SplittableRandom(5);
            String[] classes = {"x", "y", "z"};
            List<String> real = new ArrayList<>();
            List<String> synthetic = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                for (List<String> rows : List.of(real, synthetic)) {
                    String secret = random.nextInt(10) == 0 ? classes[random.nextInt(3)] : "";
                    rows.add("z" + random.nextInt(4) + "," + (random.nextBoolean() ? "a" : "b")
                            + "," + secret + "," + random.nextInt(100));
                }
            }
            Finding finding = attack.evaluate(People.context(tiny.table("real",
                    real.toArray(String[]::new)), 100, 100, tiny.table("synthetic",
                    synthetic.toArray(String[]::new)), Map.of(ID, Map.of("trees", 10)), pool));

            Estimate gain = finding.figure(ID + ".diagnosis.gain").orElseThrow().estimate();
            assertTrue(switch (gain) {
                case Estimate.Value v -> v.lower() <= 0 && v.upper() >= 0;
                case Estimate.Undefined u -> u.reason().contains("could not be fitted");
            }, gain.toString());
        }

        @Test
        void givesTheSameFindingWhateverOrderTheRealRowsCodedTheCategoriesIn() {
            // The same records, but every category coded in reverse order of first appearance,
            // as a shuffled real file would code them (case C23).
            People reversed = new People();
            for (String column : List.of("sex", "zip", "diagnosis")) {
                int levels = column.equals("sex") ? 2 : column.equals("zip") ? 20 : 5;
                String prefix = column.equals("sex") ? "s" : column.equals("zip") ? "z" : "d";
                for (int k = levels - 1; k >= 0; k--) {
                    reversed.dictionary.vocabulary(column).encode(prefix + k);
                }
            }
            assertEquals(population("copy", 10, pool), population(reversed, "copy", 10, pool));
            assertEquals(population("marginals", 10, pool), population(reversed, "marginals",
                    10, pool));
        }

        @Test
        void givesTheSameFindingWithOneAndTwoThreads() {
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                assertEquals(population("copy", 10, single), population("copy", 10, pool));
            } finally {
                single.shutdown();
            }
        }
    }

    @Nested
    class Registration {
        @Test
        void isFoundThroughTheServiceLoader() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertTrue(registry.find(ID).orElseThrow() instanceof ModelInference);
        }
    }
}
