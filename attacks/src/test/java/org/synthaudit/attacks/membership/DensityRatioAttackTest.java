package org.synthaudit.attacks.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.generators.HoldoutResampleGenerator;
import org.synthaudit.generators.IdentityGenerator;
import org.synthaudit.generators.IndependentMarginalsGenerator;

/**
 * The density-ratio attack on a seeded cohort of 300 training, 300 holdout and 300 reference
 * records, so 300 members and 300 non-members are scored; each audit takes well under a second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DensityRatioAttackTest {
    private static final String ID = DensityRatioAttack.ID;

    private final DensityRatioAttack attack = new DensityRatioAttack();
    private final Cohort cohort = new Cohort(300, 300, 300, 11);
    private final Map<String, Finding> findings = new HashMap<>();
    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    private Finding audit(Generator generator) {
        return findings.computeIfAbsent(generator.id(), id -> attack.evaluate(
                cohort.context(generator, Map.of(), ID, Map.of(), pool)));
    }

    private static Estimate estimate(Finding finding, String name) {
        return finding.figure(ID + "." + name).orElseThrow().estimate();
    }

    private static Estimate.Value value(Finding finding, String name) {
        return (Estimate.Value) estimate(finding, name);
    }

    private static void assertEveryValueFinite(Finding finding) {
        for (Figure figure : finding.figures()) {
            if (figure.estimate() instanceof Estimate.Value v) {
                assertTrue(Double.isFinite(v.value()), figure.toString());
                assertFalse(Double.isNaN(v.lower()) || Double.isNaN(v.upper()),
                        figure.toString());
            }
        }
    }

    @Nested
    class Evaluate {
        @Test
        void separatesACopyOfTheTrainingDataFromTheHoldout() {
            Estimate.Value auc = value(audit(new IdentityGenerator()), "auc");
            assertTrue(auc.value() > 0.7, auc.toString());
            assertTrue(auc.lower() > 0.7, auc.toString());
        }

        @Test
        void staysNearGuessingUnderIndependentMarginals() {
            Estimate.Value auc = value(audit(new IndependentMarginalsGenerator()), "auc");
            assertTrue(auc.value() > 0.45 && auc.value() < 0.6, auc.toString());
        }

        @Test
        void findsNothingBeyondChanceInTheHoldoutResampleControl() {
            Estimate.Value auc = value(audit(new HoldoutResampleGenerator()), "auc");
            assertTrue(auc.lower() <= 0.5 || auc.value() < 0.56, auc.toString());
            Estimate.Value advantage = value(audit(new HoldoutResampleGenerator()), "advantage");
            assertTrue(advantage.lower() <= 0, advantage.toString());
        }

        @Test
        void reportsEveryDocumentedFigureWithTheAucAsHeadline() {
            Finding finding = audit(new IdentityGenerator());
            assertEquals(ID + ".auc", finding.headline());
            assertNull(finding.skipped());
            for (String name : List.of("auc", "tpr_at_fpr_0.001", "tpr_at_fpr_0.01",
                    "tpr_at_fpr_0.1", "advantage", "members_scored", "holdout_scored")) {
                assertTrue(finding.figure(ID + "." + name).isPresent(), name);
            }
            assertEquals(300.0, value(finding, "members_scored").value());
            assertEquals(300.0, value(finding, "holdout_scored").value());
            assertEquals("roc", finding.charts().getFirst().id());
            assertEveryValueFinite(finding);
        }

        @Test
        void leavesTheSmallestFalsePositiveRateUndefinedWithTooFewNonMembers() {
            Finding finding = audit(new IdentityGenerator());
            Estimate tpr = estimate(finding, "tpr_at_fpr_0.001");
            assertFalse(tpr.isDefined());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains("at least 1000")),
                    finding.notes().toString());
        }

        @Test
        void scoresNoMoreTargetsThanRequested() {
            Finding finding = attack.evaluate(cohort.context(new IdentityGenerator(), Map.of(),
                    ID, Map.of(DensityRatioAttack.TARGETS, 100), pool));
            assertEquals(100.0, value(finding, "members_scored").value());
            assertEquals(100.0, value(finding, "holdout_scored").value());
            assertTrue(value(finding, "auc").value() > 0.6);
        }

        @Test
        void isNotRunInReleaseModeWithoutReferenceRecordsAndSaysWhy() {
            AuditContext release = cohort.releaseContext(cohort.trainRows(), ID, Map.of(), pool);
            assertTrue(attack.inapplicable(release).orElseThrow()
                    .startsWith("no reference records"));
            Finding finding = attack.evaluate(release);
            assertEquals(attack.inapplicable(release).orElseThrow(), finding.skipped());
            assertTrue(finding.figures().isEmpty(), finding.figures().toString());
        }

        @Test
        void givesTheSameFindingWithOneAndTwoThreads() {
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                Finding serial = attack.evaluate(cohort.context(new IdentityGenerator(),
                        Map.of(), ID, Map.of(), single));
                assertEquals(audit(new IdentityGenerator()), serial);
            } finally {
                single.shutdown();
            }
        }

        @Test
        void rejectsFewerThanFourTargets() {
            AuditContext context = cohort.context(new IdentityGenerator(), Map.of(), ID,
                    Map.of(DensityRatioAttack.TARGETS, 3), pool);
            InputException e = assertThrows(InputException.class,
                    () -> attack.evaluate(context));
            assertTrue(e.getMessage().contains("'targets'"), e.getMessage());
        }
    }

    /**
     * A table with a numeric column that never varies and a release in which another numeric
     * column collapsed to one value, so that both densities meet a degenerate bandwidth.
     */
    @Nested
    class DegenerateColumns {
        private static final Schema SCHEMA = new Schema(List.of(
                column("id", ColumnType.IDENTIFIER), column("constant", ColumnType.NUMERIC),
                column("age", ColumnType.NUMERIC), column("sex", ColumnType.CATEGORICAL)));

        private static ColumnSpec column(String name, ColumnType type) {
            return new ColumnSpec(name, type, Set.of(), "set in config", null);
        }

        private final Dictionary dictionary = new Dictionary();

        private Dataset table(String name, int rows, long seed, boolean collapseAge) {
            SplittableRandom random = new SplittableRandom(seed);
            String[] ids = new String[rows];
            double[] constant = new double[rows];
            double[] age = new double[rows];
            int[] sex = new int[rows];
            for (int r = 0; r < rows; r++) {
                ids[r] = name + r;
                constant[r] = 7;
                age[r] = collapseAge ? 40 : Math.round(45 + 12 * random.nextGaussian());
                sex[r] = dictionary.vocabulary("sex").encode("s" + random.nextInt(2));
            }
            return Dataset.builder(name, SCHEMA, dictionary, rows).text(0, ids)
                    .numeric(1, constant).numeric(2, age).codes(3, sex).build();
        }

        private Finding evaluate(boolean collapseAge) {
            Dataset real = table("real", 600, 5, false);
            Dataset train = real.select("train", IntStream.range(0, 200).toArray());
            Dataset synthetic = collapseAge ? table("synthetic", 200, 6, true)
                    : train.named("synthetic");
            AuditContext context = new AuditContext(SCHEMA, real, train,
                    real.select("holdout", IntStream.range(200, 400).toArray()),
                    real.select("reference", IntStream.range(400, 600).toArray()),
                    List.of(synthetic), Optional.empty(),
                    Map.of(ID, new Parameters("evaluator " + ID, Map.of())),
                    Seeds.root(20240611), pool);
            return attack.evaluate(context);
        }

        @Test
        void keepsEveryFigureFiniteWithAConstantRealColumn() {
            Finding finding = evaluate(false);
            assertEveryValueFinite(finding);
            assertTrue(value(finding, "auc").value() > 0.5, value(finding, "auc").toString());
        }

        @Test
        void keepsEveryFigureFiniteWhenTheReleaseCollapsesAColumn() {
            Finding finding = evaluate(true);
            assertEveryValueFinite(finding);
            Estimate.Value auc = value(finding, "auc");
            assertTrue(auc.value() >= 0 && auc.value() <= 1, auc.toString());
        }
    }

    @Nested
    class Registration {
        @Test
        void isFoundThroughTheServiceLoader() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertTrue(registry.find(ID).orElseThrow() instanceof DensityRatioAttack);
        }
    }
}
