package org.synthaudit.attacks.singling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.attacks.inference.Findings.reason;
import static org.synthaudit.attacks.inference.Findings.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.attacks.inference.Findings;
import org.synthaudit.attacks.inference.People;
import org.synthaudit.attacks.inference.Tiny;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Estimate;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SinglingOutTest {
    private static final String ID = SinglingOut.ID;

    private final SinglingOut attack = new SinglingOut();
    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    /** Members red 1, blue 2, blue 3, green 4; holdout red 5, red 6, blue 2, green 9. */
    private Finding tiny(Map<String, Object> parameters) {
        Tiny tiny = new Tiny(People.column("colour", ColumnType.CATEGORICAL, Role.PROTECTED),
                People.column("size", ColumnType.NUMERIC));
        Dataset real = tiny.table("real", "red,1", "blue,2", "blue,3", "green,4",
                "red,5", "red,6", "blue,2", "green,9");
        Dataset synthetic = tiny.table("synthetic", "red,1", "blue,2", "blue,2", "green,4",
                "green,7");
        return attack.evaluate(People.context(real, 4, 4, synthetic, Map.of(ID, parameters),
                pool));
    }

    private Finding population(String release, Map<String, Object> parameters,
            ForkJoinPool threads) {
        People people = new People();
        Dataset real = people.draw("real", 1000, 41, "R");
        Dataset train = real.select("train", IntStream.range(0, 500).toArray());
        Dataset synthetic = release.equals("copy") ? people.copy(train, "synthetic")
                : people.draw("synthetic", 500, 42, "S");
        return attack.evaluate(People.context(real, 500, 500, synthetic, Map.of(ID,
                parameters), threads));
    }

    @Nested
    class Evaluate {
        @Test
        void singlesOutWithRareSyntheticValuesByHand() {
            Finding finding = tiny(Map.of("mode", "univariate"));
            // Predicates: colour == red (the only red), size <= 1, size >= 7, and size == 1,
            // size == 4, size == 7 (values that occur once): 6 made.
            assertEquals(6, value(finding, ID + ".univariate.queries_made").value());
            // Members: red, <= 1, == 1, == 4 isolate one record; >= 7 and == 7 none: 4/6.
            assertEquals(4.0 / 6, value(finding, ID + ".univariate.rate_members").value(),
                    1e-12);
            // Holdout: red matches two, only >= 7 isolates (green 9): 1/6.
            assertEquals(1.0 / 6, value(finding, ID + ".univariate.rate_holdout").value(),
                    1e-12);
            // Paired over predicates: 4 member-only, 1 holdout-only, 1 neither.
            Estimate.Value gain = value(finding, ID + ".univariate.gain");
            assertEquals(0.5, gain.value(), 1e-12);
            assertTrue(gain.method().startsWith("Newcombe paired score 95%, 4/6 - 1/6"),
                    gain.method());
            assertEquals(ID + ".max_gain", finding.headline());
        }

        @Test
        void singlesOutWithWholeSyntheticRecordsByHand() {
            Finding finding = tiny(Map.of("mode", "multivariate", "columns", 2, "window", 0,
                    "attempts", 2000));
            // Only red 1 and green 4 and green 7 are unique whole records (blue 2 is there
            // twice): 3 predicates; red 1 and green 4 single out members, none the holdout.
            assertEquals(3, value(finding, ID + ".multivariate.queries_made").value());
            assertEquals(2.0 / 3, value(finding, ID + ".multivariate.rate_members").value(),
                    1e-12);
            assertEquals(0.0, value(finding, ID + ".multivariate.rate_holdout").value());
        }

        @Test
        void countsRecordsSingledOutPerProtectedGroup() {
            Finding finding = tiny(Map.of("mode", "univariate", "min_group_size", 1));
            // Members singled out: red 1, green 4 of the 4 sampled; by colour red 1/1.
            assertEquals(0.5, value(finding, ID + ".univariate.records_rate_members").value());
            assertEquals(1.0, value(finding,
                    ID + ".univariate.group.colour.red.records_rate_members").value());
            assertEquals(0.0, value(finding,
                    ID + ".univariate.group.colour.blue.records_rate_members").value());
            assertTrue(reason(tiny(Map.of("mode", "univariate")),
                    ID + ".univariate.group.colour.red.records_gain").startsWith(
                            "group too small: 1 member and 2 holdout targets scored"));
        }

        @Test
        void dividesByThePredicatesActuallyMade() {
            // Case C21: 40 records of three low-cardinality columns, 500 predicates asked for.
            Tiny tiny = new Tiny(People.column("a", ColumnType.CATEGORICAL),
                    People.column("b", ColumnType.CATEGORICAL),
                    People.column("c", ColumnType.CATEGORICAL));
            SplittableRandom random = new SplittableRandom(43);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                lines.add("a" + random.nextInt(2) + ",b" + random.nextInt(3) + ",c"
                        + random.nextInt(3));
            }
            Dataset real = tiny.table("real", lines.subList(0, 40).toArray(String[]::new));
            Dataset synthetic = tiny.table("synthetic", lines.subList(40, 60)
                    .toArray(String[]::new));
            Finding finding = attack.evaluate(People.context(real, 20, 20, synthetic,
                    Map.of(ID, Map.of("queries", 500)), pool));
            for (String mode : List.of("univariate", "multivariate")) {
                double made = value(finding, ID + "." + mode + ".queries_made").value();
                assertEquals(500, value(finding, ID + "." + mode + ".queries_requested").value());
                assertTrue(made < 500, mode + " made " + made);
                assertTrue(finding.notes().contains("Mode " + mode + ": requested 500, made "
                        + (int) made + " predicates that each isolate one synthetic record"
                        + (mode.equals("univariate") ? "." : " (3 columns each, after at most "
                                + "20000 attempts).")), finding.notes().toString());
                if (made > 0) {
                    assertTrue(value(finding, ID + "." + mode + ".rate_members").method()
                            .endsWith("/" + (int) made), mode);
                }
            }
        }

        @Test
        void isUndefinedWhenNoPredicateCanBeMade() {
            Tiny tiny = new Tiny(People.column("a", ColumnType.CATEGORICAL));
            Dataset real = tiny.table("real", "x", "y", "x", "y");
            Dataset synthetic = tiny.table("synthetic", "x", "x", "y", "y");
            Finding finding = attack.evaluate(People.context(real, 2, 2, synthetic, Map.of(),
                    pool));
            assertEquals("no univariate predicate could be made: nothing in the synthetic data "
                    + "isolates a single record", reason(finding, ID + ".univariate.gain"));
            assertEquals(0, value(finding, ID + ".univariate.queries_made").value());
        }

        @Test
        void flagsACopyOfTheTrainingDataClearlyAboveHoldout() {
            // Case C08.
            Finding finding = population("copy", Map.of(), pool);
            Findings.assertSane(finding);
            for (String mode : List.of("univariate", "multivariate")) {
                Estimate.Value members = value(finding, ID + "." + mode + ".rate_members");
                assertTrue(members.value() > 0.6, mode + " " + members);
                assertTrue(value(finding, ID + "." + mode + ".gain").lower() > 0.2, mode);
            }
        }

        @Test
        void findsNoGainInAFreshDrawOfThePopulation() {
            Finding finding = population("fresh", Map.of(), pool);
            for (String mode : List.of("univariate", "multivariate")) {
                assertEquals(0, value(finding, ID + "." + mode + ".gain").value(), 0.07, mode);
            }
        }

        @Test
        void givesTheSameResultForShuffledTrainingAndHoldoutRecords() {
            // Case C23: samples are drawn by record identity, not by row position.
            People people = new People();
            Dataset real = people.draw("real", 400, 44, "R");
            Dataset train = real.select("train", IntStream.range(0, 200).toArray());
            Dataset holdout = real.select("holdout", IntStream.range(200, 400).toArray());
            Dataset reference = real.select("reference", new int[0]);
            Dataset synthetic = people.copy(train, "synthetic");
            Map<String, Map<String, Object>> parameters = Map.of(ID, Map.of("queries", 100));
            Finding ordered = attack.evaluate(People.context(real, train, holdout, reference,
                    synthetic, parameters, pool));
            Finding shuffled = attack.evaluate(People.context(real, shuffle(train, 1),
                    shuffle(holdout, 2), reference, synthetic, parameters, pool));
            assertEquals(ordered, shuffled);
        }

        private static Dataset shuffle(Dataset view, long seed) {
            int[] rows = IntStream.range(0, view.rowCount()).toArray();
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = rows.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = rows[i];
                rows[i] = rows[j];
                rows[j] = swap;
            }
            return view.select(view.name(), rows);
        }

        @Test
        void givesTheSameFindingWithOneAndTwoThreads() {
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                Map<String, Object> parameters = Map.of("queries", 200);
                assertEquals(population("copy", parameters, single),
                        population("copy", parameters, pool));
            } finally {
                single.shutdown();
            }
        }

        @Test
        void rejectsAnUnknownMode() {
            InputException e = assertThrows(InputException.class,
                    () -> tiny(Map.of("mode", "bivariate")));
            assertEquals("evaluator singling-out: parameter 'mode' must be univariate, "
                    + "multivariate or both, was 'bivariate'", e.getMessage());
        }
    }

    @Nested
    class Registration {
        @Test
        void isFoundThroughTheServiceLoader() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertTrue(registry.find(ID).orElseThrow() instanceof SinglingOut);
        }
    }
}
