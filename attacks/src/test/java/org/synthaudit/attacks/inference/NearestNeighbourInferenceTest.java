package org.synthaudit.attacks.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.attacks.inference.Findings.reason;
import static org.synthaudit.attacks.inference.Findings.value;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.distance.Neighbours;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Estimate;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearestNeighbourInferenceTest {
    private static final String ID = NearestNeighbourInference.ID;

    private final NearestNeighbourInference attack = new NearestNeighbourInference();
    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    /**
     * Members (rows 0-3) and holdout (rows 4-7) known by zip only; sex is protected, diagnosis
     * and balance are secret. Balance spans -500..400 in the real data (range 900).
     */
    private static AuditContext tiny(Map<String, Object> parameters, ForkJoinPool pool) {
        Tiny tiny = new Tiny(People.column("zip", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
                People.column("sex", ColumnType.CATEGORICAL, Role.PROTECTED),
                People.column("diagnosis", ColumnType.CATEGORICAL, Role.SENSITIVE),
                People.column("balance", ColumnType.NUMERIC, Role.SENSITIVE));
        Dataset real = tiny.table("real",
                "z1,a,A,400", "z2,a,B,-100", "z3,b,C,0", "z4,b,D,50",
                "z1,a,B,380", "z2,a,A,100", "z5,b,C,10", "z6,b,D,-500");
        Dataset synthetic = tiny.table("synthetic",
                "z1,a,A,-3", "z2,a,B,-104", "z3,b,X,0.5", "z7,b,D,50");
        return People.context(real, 4, 4, synthetic, Map.of(ID, parameters), pool);
    }

    private Finding population(int perSide, BiFunction<People, Dataset, Dataset> release,
            Map<String, Object> parameters, ForkJoinPool threads) {
        People people = new People();
        Dataset real = people.draw("real", 2 * perSide, 11, "R");
        Dataset train = real.select("train", java.util.stream.IntStream.range(0, perSide)
                .toArray());
        return attack.evaluate(People.context(real, perSide, perSide,
                release.apply(people, train), Map.of(ID, parameters), threads));
    }

    @Nested
    class Evaluate {
        @Test
        void guessesACategoricalSecretFromTheNearestSyntheticRecordByHand() {
            Finding finding = attack.evaluate(tiny(Map.of(), pool));
            // Members: z1 -> A (right), z2 -> B (right), z3 -> X (wrong, C), z4 has no zip
            // match, all synthetic records tie at distance 1 and the first (A) wins: wrong.
            // Holdout: z1 -> A (B), z2 -> B (A), z5 and z6 -> A (C, D): all wrong.
            Estimate.Value members = value(finding, ID + ".diagnosis.rate_members");
            assertEquals(0.5, members.value());
            assertEquals(0.1500, members.lower(), 1e-4);
            assertEquals(0.8500, members.upper(), 1e-4);
            assertEquals(0.0, value(finding, ID + ".diagnosis.rate_holdout").value());
            // Newcombe: 2/4 - 0/4 = 0.5 in [0.5 - sqrt(0.35^2 + 0.4899^2), 0.5 + 0.35].
            Estimate.Value gain = value(finding, ID + ".diagnosis.gain");
            assertEquals(0.5, gain.value());
            assertEquals(-0.1021, gain.lower(), 1e-4);
            assertEquals(0.8500, gain.upper(), 1e-4);
        }

        @Test
        void judgesANumericSecretWithinTheRelativeToleranceByHand() {
            Finding finding = attack.evaluate(tiny(Map.of(), pool));
            // Members: 400 guessed -3 (wrong sign, case C22); -100 guessed -104 (|4| <= 5);
            // 0 guessed 0.5 (true value 0: |0.5| <= 0.05 x range 900); 50 guessed -3.
            assertEquals(0.5, value(finding, ID + ".balance.rate_members").value());
            // Holdout: 380 vs -3, 100 vs -104, 10 vs -3 (|13| > 0.5), -500 vs -3: all wrong.
            assertEquals(0.0, value(finding, ID + ".balance.rate_holdout").value());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains("|g - t| <= 0.05 x |t|;"
                    + " when t = 0, when |g| <= 0.05 x 900.0")), finding.notes().toString());
        }

        @Test
        void breaksTheRatesDownByProtectedGroup() {
            Finding finding = attack.evaluate(tiny(Map.of("min_group_size", 1), pool));
            // sex=a: members z1, z2 both right; holdout z1, z2 both wrong.
            assertEquals(1.0, value(finding, ID + ".diagnosis.group.sex.a.rate_members").value());
            assertEquals(0.0, value(finding, ID + ".diagnosis.group.sex.a.rate_holdout").value());
            assertEquals(1.0, value(finding, ID + ".diagnosis.group.sex.a.gain").value());
            assertEquals("sex=a", finding.figure(ID + ".diagnosis.group.sex.a.gain").orElseThrow()
                    .subject());
            assertEquals(0.0, value(finding, ID + ".diagnosis.group.sex.b.gain").value());
        }

        @Test
        void reportsGroupsBelowTheMinimumSizeAsTooSmall() {
            Finding finding = attack.evaluate(tiny(Map.of(), pool));
            assertEquals("group too small: 2 member and 2 holdout targets scored, fewer than the "
                    + "minimum of 20", reason(finding, ID + ".diagnosis.group.sex.a.gain"));
            assertTrue(finding.notes().stream().anyMatch(n -> n.startsWith("Groups too small")
                    && n.contains("diagnosis: sex=b (2 members, 2 holdout)")));
        }

        @Test
        void headlinesTheLargestGainOverTheSecrets() {
            Finding finding = attack.evaluate(tiny(Map.of(), pool));
            assertEquals(ID + ".max_gain", finding.headline());
            assertEquals(ID + ".max_gain", finding.figures().getFirst().id());
            assertEquals(0.5, value(finding, ID + ".max_gain").value());
            assertEquals("diagnosis", finding.figure(ID + ".max_gain").orElseThrow().subject());
            assertEquals(Category.PRIVACY, finding.category());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains(
                    "Known columns (quasi-identifiers): zip. Secret columns: diagnosis, "
                            + "balance.")));
            assertEquals(new Knowledge.KnownAttributes(List.of("zip"), 1, null,
                    List.of("diagnosis", "balance")), finding.attackerKnowledge().get(1));
        }

        @Test
        void flagsACopyOfTheTrainingDataClearlyAboveHoldout() {
            // Case C08: train released as it is.
            Finding finding = population(500, (p, t) -> p.copy(t, "synthetic"), Map.of(), pool);
            Findings.assertSane(finding);
            Estimate.Value members = value(finding, ID + ".diagnosis.rate_members");
            Estimate.Value holdout = value(finding, ID + ".diagnosis.rate_holdout");
            assertTrue(members.value() > 0.9, members.toString());
            assertTrue(holdout.value() < 0.7, holdout.toString());
            assertTrue(value(finding, ID + ".diagnosis.gain").lower() > 0.2);
            assertTrue(value(finding, ID + ".income.gain").lower() > 0.2);
            assertTrue(value(finding, ID + ".max_gain").value() > 0.3);
        }

        @Test
        void isNearItsMaximumWhenTheTrainingDataIsReleasedWithASmallHoldout() {
            // Case C08: 1,000 training rows released as they are, 200 holdout rows.
            People people = new People();
            Dataset real = people.draw("real", 1200, 18, "R");
            Dataset train = real.select("train", java.util.stream.IntStream.range(0, 1000)
                    .toArray());
            Finding finding = attack.evaluate(People.context(real, 1000, 200,
                    people.copy(train, "synthetic"), Map.of(), pool));
            Findings.assertSane(finding);
            assertEquals(200, value(finding, ID + ".diagnosis.scored_members").value());
            Estimate.Value members = value(finding, ID + ".diagnosis.rate_members");
            assertTrue(members.value() >= 0.85 && members.upper() <= 1, members.toString());
            assertTrue(value(finding, ID + ".diagnosis.gain").lower() > 0.1);
        }

        @Test
        void scoresATableAgainstItselfWithRangesFromTheRealData() {
            // Case C10: the whole real table is the release; no bounds were declared for
            // income, so its range (for true values of 0) comes from the real data.
            People people = new People();
            Dataset real = people.draw("real", 600, 19, "R");
            Finding finding = attack.evaluate(People.context(real, 300, 300, real, Map.of(),
                    pool));
            Findings.assertSane(finding);
            assertTrue(value(finding, ID + ".income.rate_members").value() > 0.9);
            assertEquals(0, value(finding, ID + ".income.gain").value(), 0.05);
        }

        @Test
        void marksATinyProtectedGroupAsInsufficient() {
            // Case C20: group a x 50, b x 50, c x 1 on each side.
            Tiny tiny = new Tiny(People.column("zip", ColumnType.CATEGORICAL,
                    Role.QUASI_IDENTIFIER),
                    People.column("group", ColumnType.CATEGORICAL, Role.PROTECTED),
                    People.column("diagnosis", ColumnType.CATEGORICAL, Role.SENSITIVE));
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (int side = 0; side < 2; side++) {
                for (int i = 0; i < 101; i++) {
                    String group = i < 50 ? "a" : i < 100 ? "b" : "c";
                    lines.add("z" + (i % 7) + "," + group + ",d" + (i % 3));
                }
            }
            Dataset real = tiny.table("real", lines.toArray(String[]::new));
            Finding finding = attack.evaluate(People.context(real, 101, 101, real, Map.of(),
                    pool));
            assertEquals("group too small: 1 member and 1 holdout targets scored, fewer than "
                    + "the minimum of 20", reason(finding, ID + ".diagnosis.group.group.c.gain"));
            assertTrue(finding.figure(ID + ".diagnosis.group.group.a.gain").orElseThrow()
                    .estimate().isDefined());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains(
                    "diagnosis: group=c (1 members, 1 holdout)")), finding.notes().toString());
        }

        @Test
        void findsNoGainInAFreshDrawOfThePopulation() {
            People people = new People();
            Dataset real = people.draw("real", 1000, 12, "R");
            Dataset synthetic = people.draw("synthetic", 1000, 13, "S");
            Finding finding = attack.evaluate(People.context(real, 500, 500, synthetic,
                    Map.of(ID, Map.of("k", 5)), pool));
            // Population patterns are learnt for both sides alike ...
            assertTrue(value(finding, ID + ".diagnosis.rate_holdout").value() > 0.45);
            // ... so members gain nothing.
            assertEquals(0, value(finding, ID + ".diagnosis.gain").value(), 0.07);
            assertEquals(0, value(finding, ID + ".income.gain").value(), 0.07);
        }

        @Test
        void findsNoGainInIndependentMarginals() {
            Finding finding = population(500, (p, t) -> p.independentMarginals(t,
                    "synthetic", 5), Map.of(), pool);
            assertEquals(0, value(finding, ID + ".diagnosis.gain").value(), 0.07);
            assertEquals(0, value(finding, ID + ".income.gain").value(), 0.07);
        }

        @Test
        void doesNotCreditMissingSecrets() {
            // Case C05: 90 % of diagnoses missing, a release independent of the real data.
            People people = new People().withMissingDiagnosis(0.9);
            Dataset real = people.draw("real", 1000, 14, "R");
            Dataset synthetic = people.independentMarginals(people.draw("other", 1000, 15, "S"),
                    "synthetic", 16);
            Finding finding = attack.evaluate(People.context(real, 500, 500, synthetic,
                    Map.of(), pool));
            double missing = value(finding, ID + ".diagnosis.missing_secret_members").value();
            double scored = value(finding, ID + ".diagnosis.scored_members").value();
            assertEquals(500, missing + scored);
            assertEquals(450, missing, 30);
            assertTrue(value(finding, ID + ".diagnosis.rate_members").value() < 0.5);
            Estimate.Value gain = value(finding, ID + ".diagnosis.gain");
            assertTrue(gain.lower() < 0 && gain.upper() > 0, gain.toString());
        }

        @Test
        void givesTheSameResultForShuffledTargets() {
            // Case C23: the targets are matched to their guesses by record identity.
            People people = new People();
            Dataset real = people.draw("real", 600, 17, "R");
            Dataset train = real.select("train", java.util.stream.IntStream.range(0, 300)
                    .toArray());
            Dataset holdout = real.select("holdout", java.util.stream.IntStream.range(300, 600)
                    .toArray());
            Dataset reference = real.select("reference", new int[0]);
            Dataset synthetic = people.copy(train, "synthetic");
            Map<String, Map<String, Object>> parameters = Map.of(ID, Map.of("targets", 200,
                    "k", 3));
            Finding ordered = attack.evaluate(People.context(real, train, holdout, reference,
                    synthetic, parameters, pool));
            Finding shuffled = attack.evaluate(People.context(real, People.shuffled(train, 1),
                    People.shuffled(holdout, 2), reference, synthetic, parameters, pool));
            assertEquals(ordered, shuffled);
        }

        @Test
        void givesTheSameFindingWithOneAndTwoThreads() {
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                Map<String, Object> parameters = Map.of("targets", 150, "k", 3);
                Finding serial = population(200, (p, t) -> p.copy(t, "s"), parameters, single);
                Finding parallel = population(200, (p, t) -> p.copy(t, "s"), parameters, pool);
                assertEquals(serial, parallel);
            } finally {
                single.shutdown();
            }
        }

        @Test
        void rejectsAnUnknownParameterAndAnOutOfRangeK() {
            assertThrows(InputException.class, () -> attack.evaluate(tiny(Map.of("kk", 1),
                    pool)));
            InputException e = assertThrows(InputException.class, () -> attack.evaluate(
                    tiny(Map.of("k", 0), pool)));
            assertTrue(e.getMessage().contains("'k'"), e.getMessage());
        }

        @Test
        void isSkippedWithTheReasonWhenThereIsNoSecret() {
            // Case C19: one column, a quasi-identifier, and nothing to infer.
            Tiny tiny = new Tiny(People.column("AGEP", ColumnType.NUMERIC,
                    Role.QUASI_IDENTIFIER));
            Dataset real = tiny.table("real", "30", "40", "50", "60");
            Finding finding = attack.evaluate(People.context(real, 2, 2, real, Map.of(), pool));
            assertNull(finding.headline());
            assertNotNull(finding.skipped());
            assertTrue(finding.skipped().contains("needs a secret"), finding.skipped());
        }

        @Test
        void leavesASecretWithoutSyntheticValuesUndefined() {
            Tiny tiny = new Tiny(People.column("zip", ColumnType.CATEGORICAL,
                    Role.QUASI_IDENTIFIER),
                    People.column("diagnosis", ColumnType.CATEGORICAL, Role.SENSITIVE));
            Dataset real = tiny.table("real", "z1,A", "z2,B", "z1,A", "z2,B");
            Dataset synthetic = tiny.table("synthetic", "z1,", "z2,");
            Finding finding = attack.evaluate(People.context(real, 2, 2, synthetic, Map.of(),
                    pool));
            assertEquals("no synthetic record has a value of diagnosis to guess from",
                    reason(finding, ID + ".diagnosis.gain"));
            assertEquals("no gain could be computed for any of the secret columns",
                    reason(finding, ID + ".max_gain"));
        }
    }

    @Nested
    class Majority {
        @Test
        void takesTheMostFrequentValueAndBreaksTiesByTheNearer() {
            Neighbours neighbours = new Neighbours(3, 4, new int[] {0, 1, 1, 2, 0, 1, 2, 3,
                    0, 1, 3, 2}, new double[12]);
            double[] values = {7, 8, 9, 7};
            // query 0: 7, 8, 8, 9 -> 8; query 1: 7, 8, 9, 7 -> 7; query 2: 7, 8, 7, 9 -> 7.
            assertEquals(8, NearestNeighbourInference.majority(neighbours, 0, values));
            assertEquals(7, NearestNeighbourInference.majority(neighbours, 1, values));
            double[] distinct = {1, 2, 3, 4};
            assertEquals(1, NearestNeighbourInference.majority(neighbours, 1, distinct));
        }

        @Test
        void averagesNumericValues() {
            Neighbours neighbours = new Neighbours(1, 3, new int[] {0, 1, 2}, new double[3]);
            assertEquals(3, NearestNeighbourInference.mean(neighbours, 0, new double[] {1, 2,
                    6}));
        }
    }

    @Nested
    class Registration {
        @Test
        void isFoundThroughTheServiceLoader() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertTrue(registry.find(ID).orElseThrow() instanceof NearestNeighbourInference);
            assertEquals(List.of("targets", "k", "tolerance", "min_group_size"),
                    attack.parameters().stream().map(p -> p.name()).toList());
        }
    }
}
