package org.synthaudit.attacks.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
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
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.OneRunEpsilon;
import org.synthaudit.generators.HoldoutResampleGenerator;
import org.synthaudit.generators.IdentityGenerator;
import org.synthaudit.generators.LeakyCopyGenerator;
import org.synthaudit.generators.PrivBayesGenerator;

/**
 * One-run audits on a seeded cohort of 300 training, 300 holdout and 300 reference records, with
 * 120 canaries (and 120 substitutes) and 100 guesses. A perfect attack then shows an epsilon of
 * 3.49, so a bound at or below 1 is a measurement, not a lack of power.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneRunAuditTest {
    private static final String ID = OneRunAudit.ID;
    private static final Map<String, Object> BUDGET = Map.of(OneRunAudit.CANARIES, 120,
            OneRunAudit.GUESSES, 100);

    private final OneRunAudit audit = new OneRunAudit();
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

    private Finding run(String name, Generator generator, Map<String, Object> parameters) {
        return findings.computeIfAbsent(name, n -> audit.evaluate(cohort.context(generator,
                parameters, ID, BUDGET, pool)));
    }

    private Finding identity() {
        return run("identity", new IdentityGenerator(), Map.of());
    }

    private static Estimate estimate(Finding finding, String name) {
        return finding.figure(ID + "." + name).orElseThrow().estimate();
    }

    private static Estimate.Value value(Finding finding, String name) {
        return (Estimate.Value) estimate(finding, name);
    }

    /** The identity generator, remembering what it was fitted on. */
    private static final class Recording implements Generator {
        private final IdentityGenerator identity = new IdentityGenerator();
        private FitInput input;

        @Override
        public String id() {
            return identity.id();
        }

        @Override
        public String description() {
            return identity.description();
        }

        @Override
        public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
            return identity.fit(train, parameters, seeds);
        }

        @Override
        public FittedGenerator fit(FitInput fitInput, Parameters parameters, Seeds seeds) {
            input = fitInput;
            return identity.fit(fitInput.train(), parameters, seeds);
        }
    }

    /** The identity generator, claiming (1, 1e-5)-differential privacy it does not have. */
    private static final class FalselyClaimed implements Generator {
        private final IdentityGenerator identity = new IdentityGenerator();

        @Override
        public String id() {
            return identity.id();
        }

        @Override
        public String description() {
            return identity.description();
        }

        @Override
        public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
            FittedGenerator fitted = identity.fit(train, parameters, seeds);
            return new FittedGenerator() {
                @Override
                public Dataset sample(int rows, Seeds sampleSeeds) {
                    return fitted.sample(rows, sampleSeeds);
                }

                @Override
                public PrivacyClaim privacyClaim() {
                    return new PrivacyClaim.DifferentialPrivacy(1, 1e-5);
                }
            };
        }
    }

    private static int[] recordIds(Dataset table) {
        return IntStream.range(0, table.rowCount()).map(table::recordId).sorted().toArray();
    }

    @Nested
    class Evaluate {
        @Test
        void boundsEpsilonFarAboveOneForACopyOfTheTrainingData() {
            Finding finding = identity();
            assertEquals(100.0, value(finding, "correct_guesses").value());
            // all 100 guesses right: q = 0.05^(1/100) = 0.970487, ln(q / (1 - q)) = 3.49297
            Estimate.Value bound = value(finding, "epsilon_lower_bound");
            assertEquals(3.49297, bound.value(), 1e-5);
            assertEquals(Double.POSITIVE_INFINITY, bound.upper());
            assertEquals(ID + ".epsilon_lower_bound", finding.headline());
        }

        @Test
        void boundsEpsilonAboveOneForALeakyCopy() {
            Finding finding = run("leaky", new LeakyCopyGenerator(), Map.of("fraction", 0.9));
            Estimate.Value bound = value(finding, "epsilon_lower_bound");
            assertTrue(bound.value() > 1.5, bound.toString());
        }

        @Test
        void findsNoEpsilonAboveTheClaimOfPrivBayesAtEpsilonOne() {
            Finding finding = run("privbayes", new PrivBayesGenerator(),
                    Map.of("epsilon", 1, "bins", 10));
            Estimate bound = estimate(finding, "epsilon_lower_bound");
            assertTrue(!bound.isDefined() || ((Estimate.Value) bound).value() <= 1,
                    bound.toString());
            assertEquals(1.0, value(finding, "epsilon_claimed").value());
            assertEquals(0.0, value(finding, "dp_claim_violated").value());
        }

        @Test
        void guessesNoBetterThanCoinFlipsOnTheHoldoutResampleControl() {
            Finding finding = run("control", new HoldoutResampleGenerator(), Map.of());
            assertFalse(estimate(finding, "epsilon_lower_bound").isDefined());
            Estimate.Value accuracy = value(finding, "guess_accuracy");
            assertTrue(accuracy.lower() < 0.5 && accuracy.upper() > 0.5, accuracy.toString());
        }

        @Test
        void checksAClaimWithDeltaAgainstTheApproximateBound() {
            Finding finding = run("claimed", new FalselyClaimed(), Map.of());
            int canaries = (int) value(finding, "canaries").value();
            int guesses = (int) value(finding, "guesses").value();
            int correct = (int) value(finding, "correct_guesses").value();
            Estimate.Value bound = (Estimate.Value) OneRunEpsilon.lowerBound(canaries, guesses,
                    correct, 1e-5, 0.95);
            // 100 of 100 right with 2 m delta = 0.0024: the bound stays far above the claim 1
            assertTrue(bound.value() > 3 && bound.value() < 3.49297, bound.toString());
            Estimate.Value violated = value(finding, "dp_claim_violated");
            assertEquals(1.0, violated.value());
            assertTrue(violated.method().startsWith("the bound " + bound.value()
                    + " exceeds the claim epsilon = 1.0"), violated.method());
        }

        @Test
        void leavesTheClaimUndefinedForAGeneratorWithoutOne() {
            Finding finding = identity();
            Estimate claimed = estimate(finding, "epsilon_claimed");
            Estimate violated = estimate(finding, "dp_claim_violated");
            assertTrue(((Estimate.Undefined) claimed).reason().contains("claims no"),
                    claimed.toString());
            assertTrue(((Estimate.Undefined) violated).reason().contains("claims no"),
                    violated.toString());
        }

        @Test
        void derivesTheBoundFromTheCountsItReports() {
            Finding finding = run("leaky", new LeakyCopyGenerator(), Map.of("fraction", 0.9));
            int guesses = (int) value(finding, "guesses").value();
            int correct = (int) value(finding, "correct_guesses").value();
            assertEquals(100, guesses);
            assertEquals(120.0, value(finding, "canaries").value());
            double included = value(finding, "canaries_included").value();
            assertTrue(included > 0 && included < 120, Double.toString(included));
            assertEquals(OneRunEpsilon.lowerBound(guesses, correct, 0.95),
                    estimate(finding, "epsilon_lower_bound"));
            assertEquals(correct / 100.0, value(finding, "guess_accuracy").value(), 1e-12);
        }

        @Test
        void plantsFewerCanariesThanHalfTheReferenceAndGuessesOnAtMostAll() {
            Finding finding = audit.evaluate(cohort.context(new IdentityGenerator(), Map.of(), ID,
                    Map.of(), pool));
            // 300 reference records: 149 canaries, 149 substitutes, 2 left outside
            assertEquals(149.0, value(finding, "canaries").value());
            assertEquals(148.0, value(finding, "guesses").value());
        }

        @Test
        void fitsOnTheTrainingSplitPlusOneRecordPerCanary() {
            Recording generator = new Recording();
            AuditContext context = cohort.context(generator, Map.of(), ID, BUDGET, pool);
            FitInput audited = generator.input;
            audit.evaluate(context);
            FitInput planted = generator.input;

            assertEquals(300 + 120, planted.train().rowCount());
            int[] train = recordIds(cohort.trainRows());
            int[] fitted = recordIds(planted.train());
            int[] extra = Arrays.stream(fitted).filter(id -> Arrays.binarySearch(train, id) < 0)
                    .toArray();
            assertEquals(120, extra.length);
            int[] reference = recordIds(cohort.referenceRows());
            assertTrue(Arrays.stream(extra).allMatch(id -> Arrays.binarySearch(reference, id)
                    >= 0));

            // the outside records lose the 120 canaries and their 120 substitutes
            assertEquals(300, audited.outside().rowCount());
            assertEquals(300 - 240, planted.outside().rowCount());
            int[] outside = recordIds(planted.outside());
            assertTrue(Arrays.stream(extra).noneMatch(id -> Arrays.binarySearch(outside, id)
                    >= 0));
        }

        @Test
        void isSkippedInReleaseMode() {
            AuditContext release = cohort.releaseContext(cohort.trainRows(), ID, Map.of(), pool);
            Finding finding = audit.evaluate(release);
            assertNotNull(finding.skipped());
            assertTrue(finding.skipped().contains("release mode"), finding.skipped());
            assertTrue(audit.inapplicable(release).isPresent());
        }

        @Test
        void isSkippedWithTooFewReferenceRecords() {
            Cohort small = new Cohort(300, 300, 4, 11);
            Finding finding = audit.evaluate(small.context(new IdentityGenerator(), Map.of(), ID,
                    BUDGET, pool));
            assertTrue(finding.skipped().contains("at least 5 reference records"),
                    finding.skipped());
        }

        @Test
        void givesTheSameFindingWithOneAndTwoThreads() {
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                Finding serial = audit.evaluate(cohort.context(new IdentityGenerator(), Map.of(),
                        ID, BUDGET, single));
                assertEquals(identity(), serial);
            } finally {
                single.shutdown();
            }
        }

        @Test
        void rejectsAnOddNumberOfGuesses() {
            AuditContext context = cohort.context(new IdentityGenerator(), Map.of(), ID,
                    Map.of(OneRunAudit.GUESSES, 7), pool);
            InputException e = assertThrows(InputException.class, () -> audit.evaluate(context));
            assertTrue(e.getMessage().contains("'guesses' must be even"), e.getMessage());
        }
    }

    @Nested
    class CorrectGuesses {
        @Test
        void guessesAddedForTheHighestScoresAndNotAddedForTheLowest() {
            double[] scores = {5, 4, 3, 2, 1, 0};
            boolean[] added = {true, false, true, false, false, true};
            // 4 guesses: top two 5 (added, right), 4 (not added, wrong); bottom two 0 (added,
            // wrong), 1 (not added, right); abstentions on 3 and 2
            assertEquals(2, OneRunAudit.correctGuesses(scores, added, 4,
                    new SplittableRandom(1)));
            // 2 guesses: 5 right, 0 wrong
            assertEquals(1, OneRunAudit.correctGuesses(scores, added, 2,
                    new SplittableRandom(1)));
            // 6 guesses: 3 (added) joins the top and is right, 2 (not added) the bottom, right
            assertEquals(4, OneRunAudit.correctGuesses(scores, added, 6,
                    new SplittableRandom(1)));
        }

        @Test
        void ignoresTheOrderOfTheCanaries() {
            double[] scores = {0, 3, 1, 5, 2, 4};
            boolean[] added = {true, true, false, true, false, false};
            assertEquals(2, OneRunAudit.correctGuesses(scores, added, 4,
                    new SplittableRandom(1)));
        }

        @Test
        void getsHalfRightWhenAllScoresTieAndEveryCanaryWasAdded() {
            double[] scores = new double[10];
            boolean[] added = new boolean[10];
            Arrays.fill(added, true);
            for (long seed = 0; seed < 5; seed++) {
                assertEquals(3, OneRunAudit.correctGuesses(scores, added, 6,
                        new SplittableRandom(seed)));
            }
        }

        @Test
        void breaksTiesAtRandom() {
            double[] scores = new double[40];
            boolean[] added = new boolean[40];
            for (int i = 0; i < 20; i++) {
                added[i] = true;
            }
            List<Integer> counts = IntStream.range(0, 20).mapToObj(seed -> OneRunAudit
                    .correctGuesses(scores, added, 20, new SplittableRandom(seed))).toList();
            assertTrue(counts.stream().distinct().count() > 1, counts.toString());
            assertTrue(counts.stream().allMatch(c -> c >= 0 && c <= 20), counts.toString());
        }
    }

    @Nested
    class Registration {
        @Test
        void isFoundThroughTheServiceLoader() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertTrue(registry.find(ID).orElseThrow() instanceof OneRunAudit);
        }
    }
}
