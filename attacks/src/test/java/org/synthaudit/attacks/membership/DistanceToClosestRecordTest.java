package org.synthaudit.attacks.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.distance.EncodedRows;
import org.synthaudit.core.distance.RecordDistance;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.generators.LeakyCopyGenerator;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistanceToClosestRecordTest {
    private static final Pattern COUNTS = Pattern.compile("(\\d+)/(\\d+)");

    private final DistanceToClosestRecord attack = new DistanceToClosestRecord();
    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    private static Estimate.Value value(Finding finding, String name) {
        Figure figure = finding.figure(DistanceToClosestRecord.ID + "." + name).orElseThrow();
        return (Estimate.Value) figure.estimate();
    }

    /** Train is released as it is (with fresh ids): case C08 with C09's fresh ids. */
    private Finding copyOfTrain(int train, int holdout) {
        Population population = new Population();
        Dataset real = population.real(train, holdout, 1);
        Dataset trainRows = real.select("train", IntStream.range(0, train).toArray());
        Dataset synthetic = population.copyWithFreshIds(trainRows, "synthetic");
        return attack.evaluate(Population.context(real, train, synthetic, Map.of(), pool));
    }

    @Nested
    class Evaluate {
        @Test
        void flagsAReleaseThatCopiesTheTrainingData() {
            Finding finding = copyOfTrain(600, 500);
            Estimate.Value auc = value(finding, "auc");
            assertTrue(auc.value() > 0.95, "AUC " + auc);
            assertTrue(auc.lower() >= 0 && auc.upper() <= 1, "interval " + auc);
            assertEquals(1.0, value(finding, "exact_match_rate_members").value());
            double holdoutCopies = value(finding, "exact_match_rate_holdout").value();
            Estimate.Value gain = value(finding, "exact_match_gain");
            assertEquals(1.0 - holdoutCopies, gain.value(), 1e-12);
            assertTrue(gain.lower() > 0.5, "gain " + gain);
            assertEquals(0.0, value(finding, "median_dcr_members").value());
            assertTrue(value(finding, "median_dcr_holdout").value() > 0);
        }

        @Test
        void findsACopyOfTheRealDataFarCloserToItThanRandomRecords() {
            Finding finding = copyOfTrain(600, 500);
            assertEquals(0.0, value(finding, "median_dcr_synthetic_to_real").value());
            assertTrue(value(finding, "median_dcr_random_to_real").lower() > 0.05);
        }

        @Test
        void doesNotFlagAReleaseDrawnIndependentlyOfTrainAndHoldout() {
            Population population = new Population();
            Dataset real = population.real(500, 500, 2);
            Dataset synthetic = population.draw("synthetic", 1000, 3, "S");
            Finding finding = attack.evaluate(Population.context(real, 500, synthetic,
                    Map.of(), pool));
            Estimate.Value auc = value(finding, "auc");
            assertEquals(0.5, auc.value(), 0.07, "AUC " + auc);
            Estimate.Value gain = value(finding, "exact_match_gain");
            assertTrue(gain.lower() <= 0 && gain.upper() >= 0, "gain " + gain);
            assertEquals(500, value(finding, "members_scored").value());
        }

        @Test
        void countsExactCopiesOverEveryTrainingAndHoldoutRecordNotTheTargetSample() {
            // 30 training and 2 holdout records released verbatim; only 100 targets per side
            // are scored by distance, but a copy is a lookup, so all 1000 + 500 are checked:
            // 30/1000 - 2/500 = 0.026, and Newcombe's lower end is about 0.012 > 0.
            Population population = new Population();
            Dataset real = population.real(1000, 500, 11);
            int[] copied = IntStream.concat(IntStream.range(0, 30), IntStream.of(1000, 1001))
                    .toArray();
            Dataset synthetic = population.copyWithFreshIds(real.select("copied", copied),
                    "synthetic");
            Finding finding = attack.evaluate(Population.context(real, 1000, synthetic,
                    Map.of("targets", 100), pool));
            assertEquals(100, value(finding, "members_scored").value());
            assertEquals(1000, value(finding, "exact_match_members_checked").value());
            assertEquals(500, value(finding, "exact_match_holdout_checked").value());
            assertTrue(value(finding, "exact_match_rate_members").method().endsWith("30/1000"),
                    value(finding, "exact_match_rate_members").method());
            assertTrue(value(finding, "exact_match_rate_holdout").method().endsWith("2/500"),
                    value(finding, "exact_match_rate_holdout").method());
            Estimate.Value gain = value(finding, "exact_match_gain");
            assertEquals(0.026, gain.value(), 1e-12);
            assertTrue(gain.lower() > 0.01 && gain.lower() < 0.015, "gain " + gain);
        }

        @Test
        void failsThePositiveControlThatCopiesOnePercentOfItsRows() {
            // leaky-copy at its default fraction 0.01: 60 of 6000 synthetic rows are distinct
            // training records, the rest independent marginals. All 6000 members and 3000
            // holdout records are checked, with the counts of a brute-force scan for a
            // synthetic record at distance 0 (at least the 60 copies among the members).
            Population population = new Population();
            Dataset real = population.real(6000, 3000, 12);
            Dataset train = real.select("train", IntStream.range(0, 6000).toArray());
            Dataset synthetic = new LeakyCopyGenerator().fit(train,
                    new Parameters("generator leaky-copy", Map.of()), Seeds.root(13))
                    .sample(6000, Seeds.root(14));
            Finding finding = attack.evaluate(Population.context(real, 6000, synthetic,
                    Map.of(), pool));
            int members = bruteForceCopies(train, synthetic);
            int holdout = bruteForceCopies(real.select("holdout",
                    IntStream.range(6000, 9000).toArray()), synthetic);
            assertTrue(members >= 60, "members copied " + members);
            assertTrue(value(finding, "exact_match_rate_members").method()
                    .endsWith(" " + members + "/6000"));
            assertTrue(value(finding, "exact_match_rate_holdout").method()
                    .endsWith(" " + holdout + "/3000"));
            Estimate.Value gain = value(finding, "exact_match_gain");
            assertEquals(members / 6000.0 - holdout / 3000.0, gain.value(), 1e-12);
            assertTrue(gain.lower() > 0.005, "gain " + gain);
            assertEquals(0.5, value(finding, "auc").value(), 0.03);
        }

        /** Records of {@code targets} with a synthetic record at distance 0, by a full scan. */
        private int bruteForceCopies(Dataset targets, Dataset synthetic) {
            RecordDistance distance = RecordDistance.fit(targets);
            EncodedRows t = distance.encode(targets);
            EncodedRows s = distance.encode(synthetic);
            int copies = 0;
            for (int i = 0; i < t.rowCount(); i++) {
                boolean copied = false;
                for (int j = 0; j < s.rowCount() && !copied; j++) {
                    copied = t.distance(i, s, j) == 0;
                }
                copies += copied ? 1 : 0;
            }
            return copies;
        }

        @Test
        void scalesDistancesByTheTrainingRangeWhateverTheHoldoutHolds() {
            // Case C18: train A = 0, 10, 3, 4, 1, 2 (range 10); holdout 20 to 70 (together
            // with train, range 70); six synthetic records A = 5. The closest training record
            // of a synthetic row is 4: 1/10. Members lie 0.1 to 0.5 from 5; every holdout
            // record is more than one training range away, so its contribution is capped at 1.
            Schema schema = new Schema(List.of(new ColumnSpec("A", ColumnType.NUMERIC,
                    Set.of(), "set in config", null)));
            Dictionary dictionary = new Dictionary();
            Dataset real = Dataset.builder("real", schema, dictionary, 12)
                    .numeric(0, new double[] {0, 10, 3, 4, 1, 2, 20, 30, 40, 50, 60, 70})
                    .build();
            Dataset synthetic = Dataset.builder("synthetic", schema, dictionary, 6)
                    .numeric(0, new double[] {5, 5, 5, 5, 5, 5}).build();
            AuditContext context = new AuditContext(schema, real,
                    real.select("train", IntStream.range(0, 6).toArray()),
                    real.select("holdout", IntStream.range(6, 12).toArray()),
                    real.select("reference", new int[0]), List.of(synthetic), Optional.empty(),
                    Map.of(), Seeds.root(18), pool);
            Finding finding = attack.evaluate(context);
            assertEquals(0.1, value(finding, "median_dcr_synthetic_to_real").value(), 1e-12);
            assertEquals(1.0, value(finding, "median_dcr_holdout").value(), 1e-12);
            assertEquals(1.0, value(finding, "auc").value(), 1e-12);
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains("/ training range")),
                    finding.notes().toString());
        }

        @Test
        void reportsEveryDocumentedFigureWithTheAucAsHeadline() {
            Finding finding = copyOfTrain(300, 200);
            assertEquals("membership.dcr.auc", finding.headline());
            assertEquals(Category.PRIVACY, finding.category());
            for (String name : List.of("auc", "tpr_at_fpr_0.001", "tpr_at_fpr_0.01",
                    "tpr_at_fpr_0.1", "exact_match_rate_members", "exact_match_rate_holdout",
                    "exact_match_gain", "exact_match_members_checked",
                    "exact_match_holdout_checked", "median_dcr_members", "median_dcr_holdout",
                    "members_scored", "holdout_scored", "median_dcr_synthetic_to_real",
                    "median_dcr_random_to_real")) {
                assertTrue(finding.figure("membership.dcr." + name).isPresent(), name);
            }
            assertFalse(finding.figure("membership.dcr.advantage").isPresent());
            assertEquals("roc", finding.charts().getFirst().id());
            assertFalse(finding.threatModel().isBlank());
            assertEquals(List.of(new Knowledge.SyntheticRelease(300),
                    new Knowledge.TargetRecords(List.of("age", "income", "sex", "zip",
                            "diagnosis"))), finding.attackerKnowledge());
        }

        @Test
        void leavesTprAtAnUnresolvableFprUndefinedWithTheReason() {
            Finding finding = copyOfTrain(300, 200);
            Estimate tpr = finding.figure("membership.dcr.tpr_at_fpr_0.001").orElseThrow()
                    .estimate();
            assertEquals("too few non-members to resolve FPR 0.1% (need >= 1000, have 200)",
                    ((Estimate.Undefined) tpr).reason());
            assertTrue(value(finding, "tpr_at_fpr_0.01").value() > 0.9);
        }

        @Test
        void neverCountsMoreSuccessesThanAttempts() {
            Finding finding = copyOfTrain(300, 200);
            for (Figure figure : finding.figures()) {
                if (figure.estimate() instanceof Estimate.Value v) {
                    Matcher counts = COUNTS.matcher(v.method());
                    while (counts.find()) {
                        assertTrue(Long.parseLong(counts.group(1))
                                <= Long.parseLong(counts.group(2)), v.method());
                    }
                }
            }
            assertEquals(1.0, value(finding, "exact_match_rate_members").upper());
        }

        @Test
        void balancesAtTheSmallerSideAndWarnsBelowTheFloor() {
            Finding finding = copyOfTrain(1000, 60);
            assertEquals(60, value(finding, "members_scored").value());
            assertEquals(60, value(finding, "holdout_scored").value());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains("below the floor")),
                    finding.notes().toString());
            assertTrue(finding.notes().getFirst().contains("Scored 60 members sampled from "
                    + "1000 training records and 60 non-members sampled from 60 holdout"));
        }

        @Test
        void capsTheTargetsAtTheParameter() {
            Population population = new Population();
            Dataset real = population.real(300, 300, 4);
            Dataset synthetic = population.draw("synthetic", 200, 5, "S");
            Finding finding = attack.evaluate(Population.context(real, 300, synthetic,
                    Map.of("targets", 150), pool));
            assertEquals(150, value(finding, "members_scored").value());
        }

        @Test
        void rejectsAnUnknownParameter() {
            Population population = new Population();
            Dataset real = population.real(50, 50, 4);
            AuditContext context = Population.context(real, 50, real, Map.of("target", 10),
                    pool);
            assertThrows(InputException.class, () -> attack.evaluate(context));
        }

        @Test
        void givesTheSameFindingWithOneAndTwoThreads() {
            Population population = new Population();
            Dataset real = population.real(200, 200, 6);
            Dataset synthetic = population.draw("synthetic", 300, 7, "S");
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                Finding serial = attack.evaluate(Population.context(real, 200, synthetic,
                        Map.of("targets", 150), single));
                Finding parallel = attack.evaluate(Population.context(real, 200, synthetic,
                        Map.of("targets", 150), pool));
                assertEquals(serial, parallel);
            } finally {
                single.shutdown();
            }
        }

        @Test
        void isSkippedWithAReasonWhenTheHoldoutIsTooSmall() {
            Population population = new Population();
            Dataset real = population.real(50, 1, 8);
            Finding finding = attack.evaluate(Population.context(real, 50, real, Map.of(),
                    pool));
            assertNull(finding.headline());
            assertNotNull(finding.skipped());
            assertTrue(finding.skipped().contains("2 holdout"), finding.skipped());
        }
    }

    @Nested
    class Registration {
        @Test
        void isFoundThroughTheServiceLoader() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertTrue(registry.find("membership.dcr").orElseThrow()
                    instanceof DistanceToClosestRecord);
        }
    }
}
