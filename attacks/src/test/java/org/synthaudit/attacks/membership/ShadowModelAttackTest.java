package org.synthaudit.attacks.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.progress.ProgressStatus;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.generators.HoldoutResampleGenerator;
import org.synthaudit.generators.IdentityGenerator;
import org.synthaudit.generators.IndependentMarginalsGenerator;
import org.synthaudit.generators.LeakyCopyGenerator;
import org.synthaudit.generators.PrivBayesGenerator;

/**
 * Small seeded shadow games: 4 targets (2 outliers, 2 random), 60 shadow and 80 test releases
 * each, training sets of 200 records. The 160 pooled test-half trials let a perfect attack show
 * an epsilon of about 3, so a bound at or below 1 is a measurement, not a lack of power.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShadowModelAttackTest {
    private static final Pattern COUNTS = Pattern.compile("(\\d+)/(\\d+)");
    private static final Pattern SUBJECT = Pattern.compile(
            "target \\d+ \\((outlier|random), outlier score \\d\\.\\d{3}\\)");

    private final ShadowModelAttack attack = new ShadowModelAttack();
    private final Cohort cohort = new Cohort(600, 200, 400, 11);
    private ForkJoinPool pool;
    private final Map<String, Finding> findings = new HashMap<>();

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    private static Map<String, Object> budget() {
        return Map.of("outlierTargets", 2, "randomTargets", 2, "shadowSets", 60,
                "testSets", 80);
    }

    private Finding play(String name, Generator generator, Map<String, Object> parameters) {
        return findings.computeIfAbsent(name, n -> attack.evaluate(cohort.context(generator,
                parameters, ShadowModelAttack.ID, budget(), pool)));
    }

    private Finding identity() {
        return play("identity", new IdentityGenerator(), Map.of());
    }

    private static Estimate estimate(Finding finding, String name) {
        return finding.figure(ShadowModelAttack.ID + "." + name).orElseThrow().estimate();
    }

    private static Estimate.Value value(Finding finding, String name) {
        return (Estimate.Value) estimate(finding, name);
    }

    private static List<Figure> targets(Finding finding) {
        return finding.figures().stream().filter(f -> f.id().contains(".target.")).toList();
    }

    @Nested
    class Evaluate {
        @Test
        void flagsEveryTargetOfACopyOfTheTrainingData() {
            Finding finding = identity();
            assertTrue(value(finding, "auc").value() > 0.95, value(finding, "auc").toString());
            assertEquals(4.0, value(finding, "targets_flagged").value());
            for (Figure target : targets(finding)) {
                assertTrue(((Estimate.Value) target.estimate()).value() > 0.9, target.toString());
            }
        }

        @Test
        void boundsEpsilonFarAboveOneForACopy() {
            Estimate.Value bound = value(identity(), "epsilon_lower_bound");
            assertTrue(bound.value() > 2, bound.toString());
            assertEquals(Double.POSITIVE_INFINITY, bound.upper());
        }

        @Test
        void flagsALeakyCopyThatCopiesMostRows() {
            Finding finding = play("leaky", new LeakyCopyGenerator(), Map.of("fraction", 0.9));
            assertTrue(value(finding, "auc").value() > 0.85, value(finding, "auc").toString());
            assertTrue(value(finding, "targets_flagged").value() >= 3);
            assertTrue(value(finding, "epsilon_lower_bound").value() > 1.5);
        }

        @Test
        void findsMostTargetsNearGuessingUnderIndependentMarginals() {
            Finding finding = play("marginals", new IndependentMarginalsGenerator(), Map.of());
            Estimate.Value auc = value(finding, "auc");
            assertEquals(0.5, auc.value(), 0.1, auc.toString());
            long near = targets(finding).stream().filter(f -> Math.abs(
                    ((Estimate.Value) f.estimate()).value() - 0.5) < 0.15).count();
            assertTrue(near >= 3, near + " of 4 targets near 0.5");
        }

        @Test
        void flagsNoTargetBeyondChanceForTheHoldoutResampleControl() {
            Finding finding = play("control", new HoldoutResampleGenerator(), Map.of());
            Estimate.Value auc = value(finding, "auc");
            assertEquals(0.5, auc.value(), 0.1, auc.toString());
            assertTrue(value(finding, "targets_flagged").value() <= 1);
            assertTrue(!estimate(finding, "epsilon_lower_bound").isDefined()
                    || value(finding, "epsilon_lower_bound").value() < 1);
        }

        @Test
        void measuresNoEpsilonAboveTheClaimOfPrivBayesAtEpsilonOne() {
            Finding finding = play("privbayes", new PrivBayesGenerator(),
                    Map.of("epsilon", 1, "bins", 10));
            Estimate bound = estimate(finding, "epsilon_lower_bound");
            assertTrue(!bound.isDefined() || ((Estimate.Value) bound).value() <= 1,
                    bound.toString());
            assertEquals(1.0, value(finding, "epsilon_claimed").value());
            assertEquals(0.0, value(finding, "dp_claim_violated").value());
        }

        @Test
        void reportsEveryDocumentedFigureWithTheAucAsHeadline() {
            Finding finding = identity();
            assertEquals("membership.shadow.auc", finding.headline());
            for (String name : List.of("auc", "tpr_at_fpr_0.001", "tpr_at_fpr_0.01",
                    "tpr_at_fpr_0.1", "advantage", "epsilon_lower_bound", "epsilon_claimed",
                    "dp_claim_violated", "targets", "targets_flagged", "generator_fits",
                    "trials_in", "trials_out", "target.0.auc", "target.3.auc")) {
                assertTrue(finding.figure("membership.shadow." + name).isPresent(), name);
            }
            assertEquals(4 * 140.0, value(finding, "generator_fits").value());
            assertEquals(160.0, value(finding, "trials_in").value());
            assertEquals("roc", finding.charts().getFirst().id());
        }

        @Test
        void leavesTheClaimCheckUndefinedWithoutAClaim() {
            Estimate violated = estimate(identity(), "dp_claim_violated");
            assertTrue(((Estimate.Undefined) violated).reason().contains("claims no"),
                    violated.toString());
        }

        @Test
        void namesTargetsByNumberKindAndScoreNeverByTheirValues() {
            for (Figure target : targets(identity())) {
                assertTrue(SUBJECT.matcher(target.subject()).matches(), target.subject());
            }
        }

        @Test
        void neverCountsMoreSuccessesThanAttempts() {
            for (Figure figure : identity().figures()) {
                if (figure.estimate() instanceof Estimate.Value v) {
                    Matcher counts = COUNTS.matcher(v.method());
                    while (counts.find()) {
                        assertTrue(Long.parseLong(counts.group(1))
                                <= Long.parseLong(counts.group(2)), v.method());
                    }
                }
            }
        }

        @Test
        void givesTheSameFindingWithOneAndTwoThreads() {
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                Map<String, Object> small = Map.of("outlierTargets", 1, "randomTargets", 1,
                        "shadowSets", 20, "testSets", 20);
                Finding serial = attack.evaluate(cohort.context(new IdentityGenerator(),
                        Map.of(), ShadowModelAttack.ID, small, single));
                Finding parallel = attack.evaluate(cohort.context(new IdentityGenerator(),
                        Map.of(), ShadowModelAttack.ID, small, pool));
                assertEquals(serial, parallel);
            } finally {
                single.shutdown();
            }
        }

        @Test
        void isSkippedInReleaseMode() {
            AuditContext release = cohort.releaseContext(cohort.trainRows(),
                    ShadowModelAttack.ID, Map.of(), pool);
            Finding finding = attack.evaluate(release);
            assertNotNull(finding.skipped());
            assertTrue(finding.skipped().contains("release mode"), finding.skipped());
            assertTrue(attack.inapplicable(release).isPresent());
        }

        @Test
        void rejectsAnOddNumberOfShadowSets() {
            AuditContext context = cohort.context(new IdentityGenerator(), Map.of(),
                    ShadowModelAttack.ID, Map.of("shadowSets", 7), pool);
            InputException e = assertThrows(InputException.class, () -> attack.evaluate(context));
            assertTrue(e.getMessage().contains("'shadowSets' must be even"), e.getMessage());
        }

        @Test
        void rejectsADatasetSizeLargerThanTheReference() {
            AuditContext context = cohort.context(new IdentityGenerator(), Map.of(),
                    ShadowModelAttack.ID, Map.of("datasetSize", 401), pool);
            InputException e = assertThrows(InputException.class, () -> attack.evaluate(context));
            assertTrue(e.getMessage().contains("at most 400"), e.getMessage());
        }
    }

    @Nested
    class Registration {
        @Test
        void isFoundThroughTheServiceLoader() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertTrue(registry.find(ShadowModelAttack.ID).orElseThrow()
                    instanceof ShadowModelAttack);
        }
    }

    @Nested
    class Progress {
        @Test
        void countsEveryGeneratorFitOnceFromParallelJobs() {
            ProgressStatus status = new ProgressStatus();
            Map<String, Object> small = Map.of("outlierTargets", 1, "randomTargets", 2,
                    "shadowSets", 6, "testSets", 8);
            AuditContext context = cohort.context(new IdentityGenerator(), Map.of(),
                    ShadowModelAttack.ID, small, pool).withProgress(status);

            Finding finding = attack.evaluate(context);

            // 3 targets, each with 6 shadow and 8 test releases: 42 fits on 2 threads
            assertEquals(List.of(new ProgressStatus.TaskState(ShadowModelAttack.ID
                    + ": generator fits", 42, 42, null, true, 0)), status.snapshot().stream()
                    .map(t -> new ProgressStatus.TaskState(t.label(), t.done(), t.total(),
                            t.detail(), t.finished(), 0)).toList());
            assertEquals(42.0, value(finding, "generator_fits").value());
        }
    }
}
