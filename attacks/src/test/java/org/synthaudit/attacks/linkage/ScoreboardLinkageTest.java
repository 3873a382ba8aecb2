package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
import org.synthaudit.core.audit.Chart;
import org.synthaudit.core.audit.RecordExamples;
import org.synthaudit.core.audit.Series;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Estimate;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreboardLinkageTest {
    private static final Pattern COUNTS = Pattern.compile("(\\d+)/(\\d+)");

    private final ScoreboardLinkage attack = new ScoreboardLinkage();
    private ForkJoinPool pool;
    private Finding copy;

    @BeforeAll
    void setUp() {
        pool = new ForkJoinPool(2);
        copy = copyOfTrain(800, 400, 400, Map.of());
    }

    @AfterAll
    void tearDown() {
        pool.shutdown();
    }

    /** The training records released with fresh ids (cases C08 and C09). */
    private Finding copyOfTrain(int train, int holdout, int reference,
            Map<String, Object> parameters) {
        People people = new People();
        Dataset real = people.real(train, holdout, reference, 3);
        Dataset synthetic = people.copy(People.rows(real, "train", 0, train), "synthetic");
        return attack.evaluate(People.context(real, train, holdout, synthetic, parameters,
                pool));
    }

    private static Estimate.Value value(Finding finding, String name) {
        return (Estimate.Value) estimate(finding, name);
    }

    private static Estimate estimate(Finding finding, String name) {
        return finding.figure(ScoreboardLinkage.ID + "." + name).orElseThrow(
                () -> new AssertionError("no figure " + name)).estimate();
    }

    private static String reason(Finding finding, String name) {
        return ((Estimate.Undefined) estimate(finding, name)).reason();
    }

    @Nested
    class Evaluate {
        @Test
        void reidentifiesMembersOfACopyAndNoHoldoutRecord() {
            Estimate.Value members = value(copy, "reidentification.rate_members");
            Estimate.Value holdout = value(copy, "reidentification.rate_holdout");
            Estimate.Value gain = value(copy, "reidentification.gain");
            assertTrue(members.value() > 0.8, members.toString());
            assertEquals(0, holdout.value());
            assertTrue(gain.lower() > 0.7 && gain.upper() <= 1, gain.toString());
            assertEquals(1.0, value(copy, "precision").value());
            assertTrue(value(copy, "disclosure.rate_members").value() > 0.8);
            assertEquals(1.0, value(copy, "unique_matches.share").value());
            assertEquals(0.0, value(copy, "unique_matches.share_holdout").value());
            assertEquals(1.0, value(copy, "unique_matches.sensitive_agree_share").value());
            assertTrue(value(copy, "linkability.gain").lower() > 0.3);
        }

        @Test
        void reidentifiesACopyWhenTheKnownAttributesIncludeANumberComparedWithATolerance() {
            // Birth year, sex and occupation: 2,840 combinations for 800 members. Within the
            // tolerance (3.5 years) every member's copy has near neighbours; only exact
            // equality, weighted by its own rarity, lets the copy stand out (case C08). Scored
            // by tolerance agreement alone, 59 of the 400 members are found (seeded).
            Finding finding = copyOfTrain(800, 400, 400, Map.of(
                    LinkageSettings.KNOWN_COLUMNS, List.of("birth_year", "sex", "occupation")));
            Estimate.Value gain = value(finding, "reidentification.gain");
            assertTrue(gain.lower() > 0.6, gain.toString());
            assertEquals(0, value(finding, "reidentification.rate_holdout").value());
        }

        @Test
        void findsNoMoreInAnIndependentMarginalsReleaseThanInTheHoldout() {
            People people = new People();
            Dataset real = people.real(800, 400, 400, 4);
            Dataset synthetic = people.marginals(People.rows(real, "train", 0, 800),
                    "synthetic", 5);
            Finding finding = attack.evaluate(People.context(real, 800, 400, synthetic,
                    Map.of(), pool));
            for (String measure : List.of("reidentification", "disclosure", "linkability")) {
                Estimate.Value gain = value(finding, measure + ".gain");
                // Seeded: reidentification 29/400 - 19/400 = 0.025 [-0.008, 0.059]
                assertTrue(gain.lower() <= 0, measure + " " + gain);
                assertTrue(gain.value() < 0.03, measure + " " + gain);
            }
            assertTrue(value(finding, "unique_matches.share").value() < 0.05);
        }

        @Test
        void reportsEveryDocumentedFigureWithTheGainAsHeadline() {
            assertEquals("linkage.reidentification.gain", copy.headline());
            assertEquals(copy.headline(), copy.figures().getFirst().id());
            assertEquals(Category.PRIVACY, copy.category());
            for (String measure : List.of("reidentification", "confident_match", "disclosure",
                    "linkability")) {
                for (String part : List.of("gain", "rate_members", "rate_holdout")) {
                    assertTrue(copy.figure("linkage." + measure + "." + part).isPresent());
                }
            }
            for (String name : List.of("precision", "precision_holdout", "recall",
                    "recall_holdout", "unique_matches.share", "unique_matches.share_holdout",
                    "unique_matches.sensitive_agree_share",
                    "unique_matches.sensitive_agree_share_holdout", "targets_members",
                    "targets_holdout", "unique_matches.unique_members",
                    "unique_matches.unique_holdout")) {
                assertTrue(copy.figure("linkage." + name).isPresent(), name);
            }
            assertFalse(copy.threatModel().isBlank());
            assertEquals(List.of(new org.synthaudit.core.audit.Knowledge.SyntheticRelease(800),
                    new org.synthaudit.core.audit.Knowledge.KnownAttributes(List.of(
                            "birth_year", "sex", "zip", "occupation"), 4, null,
                            List.of("diagnosis")),
                    new org.synthaudit.core.audit.Knowledge.PopulationRecords("reference", 400,
                            "judge how rare a value is")), copy.attackerKnowledge());
        }

        @Test
        void reportsEveryFigureAgainPerGroupOfTheProtectedAttribute() {
            Figure female = copy.figure("linkage.group.sex.F.reidentification.gain")
                    .orElseThrow();
            assertEquals("sex=F", female.subject());
            assertTrue(female.estimate().isDefined());
            long perGroup = copy.figures().stream().filter(f -> "sex=M".equals(f.subject()))
                    .count();
            assertEquals(copy.figures().stream().filter(f -> f.subject() == null).count(),
                    perGroup);
        }

        @Test
        void drawsTheKnowledgeAndThresholdCurves() {
            List<String> ids = copy.charts().stream().map(Chart::id).toList();
            assertEquals(List.of("reidentification_vs_known_no_noise",
                    "reidentification_vs_known_noisy", "reidentification_vs_phi_members",
                    "reidentification_vs_phi_holdout"), ids);
            Series known = (Series) copy.charts().getFirst();
            assertEquals("[2.0, 4.0]", java.util.Arrays.toString(known.x()));
            Series phi = (Series) copy.charts().get(2);
            double[] y = phi.y();
            for (int i = 1; i < y.length; i++) {
                assertTrue(y[i] <= y[i - 1], "rate must not grow with phi");
            }
            assertEquals(value(copy, "reidentification.rate_members").value(), y[0], 1e-12);
            assertTrue(((Series) copy.charts().get(1)).y()[1] <= known.y()[1]);
        }

        @Test
        void neverCountsMoreSuccessesThanAttempts() {
            for (Figure figure : copy.figures()) {
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
        void leavesIdentifierColumnsOutAndSaysSo() {
            // case C09: the copy has fresh ids, yet its records are re-identified, and the
            // notes list the identifier column
            assertTrue(copy.notes().stream().anyMatch(n -> n.startsWith("Identifier columns "
                    + "left out") && n.endsWith(": id.")), copy.notes().toString());
        }

        @Test
        void givesTheSameFindingWithOneAndTwoThreads() {
            People people = new People();
            Dataset real = people.real(300, 200, 100, 6);
            Dataset synthetic = people.draw("synthetic", 400, 7, "S");
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                Finding serial = attack.evaluate(People.context(real, 300, 200, synthetic,
                        Map.of("categorical_noise", 0.1, "numeric_noise", 0.05), single));
                Finding parallel = attack.evaluate(People.context(real, 300, 200, synthetic,
                        Map.of("categorical_noise", 0.1, "numeric_noise", 0.05), pool));
                assertEquals(serial, parallel);
                org.synthaudit.core.audit.Knowledge.KnownAttributes known =
                        (org.synthaudit.core.audit.Knowledge.KnownAttributes)
                                serial.attackerKnowledge().get(1);
                assertEquals("each known category wrong with probability 0.1 and each known"
                        + " number off by up to 5% of the column's range", known.errors());
            } finally {
                single.shutdown();
            }
        }
    }

    @Nested
    class Cases {
        @Test
        void scoresTheTrainingDataReleasedAsItIsNearItsMaximum() {
            // case C08: 1,000 rows passed as both train and synthetic, 200 holdout rows
            People people = new People();
            Dataset real = people.real(1000, 200, 0, 8);
            Dataset train = People.rows(real, "train", 0, 1000);
            Finding finding = attack.evaluate(People.context(real.schema(), real, train,
                    People.rows(real, "holdout", 1000, 1200), People.rows(real, "reference",
                            1200, 1200), train, Map.of(), pool));
            assertEquals(200, value(finding, "targets_members").value());
            Estimate.Value members = value(finding, "reidentification.rate_members");
            assertTrue(members.value() > 0.8 && members.upper() <= 1, members.toString());
            assertEquals(0, value(finding, "reidentification.rate_holdout").value());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains("the synthetic "
                    + "release itself")));
        }

        @Test
        void matchesACopyWithFreshIdsOnItsAnalysableColumnsOnly() {
            // case C09: id, age, zip, plan; the synthetic rows are the real ones with ids
            // 901 to 903. With all weights 1 / ln 2, targets 1 and 3 have eccentricity
            // 1 / sqrt(2/3) = 1.22 and target 2 has 2 / sqrt(8/9) = 2.12, so phi = 1 accepts
            // all three.
            Schema schema = new Schema(List.of(People.column("id", ColumnType.IDENTIFIER),
                    People.column("age", ColumnType.NUMERIC, Role.QUASI_IDENTIFIER),
                    People.column("zip", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
                    People.column("plan", ColumnType.CATEGORICAL)));
            Dictionary dictionary = new Dictionary();
            Dataset real = small(schema, dictionary, "real", new String[] {"1", "2", "3", "4",
                "5"}, new double[] {34, 51, 29, 70, 45}, new String[] {"10115", "10117",
                    "10115", "10119", "10121"}, new String[] {"gold", "basic", "gold", "basic",
                        "gold"});
            Dataset synthetic = small(schema, dictionary, "synthetic", new String[] {"901",
                "902", "903"}, new double[] {34, 51, 29}, new String[] {"10115", "10117",
                    "10115"}, new String[] {"gold", "basic", "gold"});
            Finding finding = attack.evaluate(People.context(schema, real,
                    People.rows(real, "train", 0, 3), People.rows(real, "holdout", 3, 5),
                    People.rows(real, "reference", 5, 5), synthetic, Map.of("phi", 1.0),
                    pool));
            assertEquals(1.0, value(finding, "reidentification.rate_members").value());
            assertEquals(1.0, value(finding, "disclosure.rate_members").value());
            assertEquals(1.0, value(finding, "unique_matches.share").value());
            assertTrue(finding.notes().stream().anyMatch(n -> n.endsWith(": id.")));
        }

        @Test
        void isSkippedWithTheReasonWhenNoQuasiIdentifierIsDeclared() {
            // case C19: AGEP alone, without roles
            Finding finding = attack.evaluate(agep(false, false));
            assertNull(finding.headline());
            assertNotNull(finding.skipped());
            assertTrue(finding.skipped().contains("no quasi-identifier"), finding.skipped());
        }

        @Test
        void leavesDisclosureAndLinkabilityUndefinedWithOneColumn() {
            // case C19: AGEP alone as the quasi-identifier: nothing to disclose, no second
            // column set to link with
            Finding finding = attack.evaluate(agep(true, false));
            assertTrue(estimate(finding, "reidentification.gain").isDefined());
            assertTrue(reason(finding, "disclosure.gain").contains("no attribute is left to "
                    + "disclose"));
            assertTrue(reason(finding, "linkability.rate_members").contains("only one "
                    + "analysable column"));
            assertTrue(reason(finding, "unique_matches.sensitive_agree_share")
                    .contains("no attribute is left"));
        }

        @Test
        void disclosesAndLinksWithTwoColumns() {
            // case C19: AGEP, DEAR with AGEP the quasi-identifier: DEAR is the secret and the
            // second column set
            Finding finding = attack.evaluate(agep(true, true));
            assertTrue(estimate(finding, "disclosure.gain").isDefined());
            assertTrue(estimate(finding, "linkability.gain").isDefined());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains("one source knows "
                    + "AGEP, another DEAR")), finding.notes().toString());
        }

        @Test
        void givesTheSameResultForShuffledTargets() {
            // case C23: the same records in another order
            People people = new People();
            Dataset real = people.real(300, 200, 100, 9);
            Dataset synthetic = people.draw("synthetic", 300, 10, "S");
            AuditContext ordered = People.context(real, 300, 200, synthetic, Map.of(), pool);
            AuditContext shuffled = People.context(real.schema(), real,
                    real.select("train", IntStream.range(0, 300).map(i -> (i * 7) % 300)
                            .toArray()),
                    real.select("holdout", IntStream.range(0, 200).map(i -> 499 - i)
                            .toArray()),
                    People.rows(real, "reference", 500, 600), synthetic, Map.of(), pool);
            assertEquals(attack.evaluate(ordered), attack.evaluate(shuffled));
        }

        @Test
        void balancesAtTheSmallerSideAndWarnsBelowTheFloor() {
            // case C17: train 5,000 and holdout 60
            People people = new People();
            Dataset real = people.real(5000, 60, 100, 12);
            Dataset synthetic = people.draw("synthetic", 500, 13, "S");
            Finding finding = attack.evaluate(People.context(real, 5000, 60, synthetic,
                    Map.of(), pool));
            assertEquals(60, value(finding, "targets_members").value());
            assertEquals(60, value(finding, "targets_holdout").value());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains("below the floor")));
            assertTrue(finding.notes().getFirst().startsWith("Attacked 60 members sampled "
                    + "from 5000 training records and 60 non-members sampled from 60 holdout"));
        }

        @Test
        void marksATinyGroupAsTooSmall() {
            // case C20: group a x 50, b x 50, c x 1 (c is a member)
            Finding finding = attack.evaluate(tinyGroups());
            assertEquals(1, value(finding, "group.group.c.targets_members").value());
            assertTrue(reason(finding, "group.group.c.reidentification.rate_members")
                    .contains("group group=c has 1 member attempt(s), fewer than the minimum "
                            + "group size of 20"));
            assertTrue(reason(finding, "group.group.c.reidentification.gain")
                    .contains("fewer than the minimum group size"));
            assertTrue(estimate(finding, "group.group.a.reidentification.rate_members")
                    .isDefined());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains("group=c (n = 1 "
                    + "members, 0 holdout)")), finding.notes().toString());
        }
    }

    @Nested
    class Parameters {
        @Test
        void rejectsAnUnknownParameter() {
            assertThrows(InputException.class, () -> copyOfTrain(50, 50, 0,
                    Map.of("target", 10)));
        }

        @Test
        void rejectsMoreKnownAttributesThanCandidates() {
            InputException e = assertThrows(InputException.class, () -> copyOfTrain(50, 50,
                    0, Map.of("known", 5)));
            assertEquals("evaluator linkage: parameter 'known' must be at most the 4 "
                    + "candidate attributes, was 5", e.getMessage());
        }

        @Test
        void rejectsAKnownColumnThatDoesNotExist() {
            InputException e = assertThrows(InputException.class, () -> copyOfTrain(50, 50,
                    0, Map.of("known_columns", "zip, postcode")));
            assertTrue(e.getMessage().startsWith("evaluator linkage: parameter "
                    + "'known_columns' names 'postcode', which is not a column"), e.getMessage());
        }

        @Test
        void rejectsOverlappingLinkabilityColumns() {
            assertThrows(InputException.class, () -> copyOfTrain(50, 50, 0, Map.of(
                    "link_columns_a", List.of("zip", "sex"), "link_columns_b", List.of("sex"))));
        }

        @Test
        void knowsFewerAttributesWhenAsked() {
            Finding two = copyOfTrain(300, 200, 200, Map.of("known", 2));
            assertTrue(two.notes().stream().anyMatch(n -> n.contains("a random 2 of "
                    + "birth_year, sex, zip, occupation")), two.notes().toString());
            assertTrue(value(two, "reidentification.rate_members").value()
                    < value(copy, "reidentification.rate_members").value());
        }
    }

    @Nested
    class Registration {
        @Test
        void isFoundThroughTheServiceLoader() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertTrue(registry.find("linkage").orElseThrow() instanceof ScoreboardLinkage);
        }
    }

    private AuditContext agep(boolean quasiIdentifier, boolean withDear) {
        Role[] roles = quasiIdentifier ? new Role[] {Role.QUASI_IDENTIFIER} : new Role[0];
        List<org.synthaudit.core.data.ColumnSpec> columns = new java.util.ArrayList<>(List.of(
                People.column("AGEP", ColumnType.NUMERIC, roles)));
        if (withDear) {
            columns.add(People.column("DEAR", ColumnType.CATEGORICAL));
        }
        Schema schema = new Schema(columns);
        Dictionary dictionary = new Dictionary();
        java.util.SplittableRandom random = new java.util.SplittableRandom(14);
        Dataset.Builder builder = Dataset.builder("real", schema, dictionary, 1000)
                .numeric(0, IntStream.range(0, 1000).mapToDouble(i -> random.nextInt(90))
                        .toArray());
        if (withDear) {
            builder.codes(1, IntStream.range(0, 1000).map(i -> dictionary.vocabulary("DEAR")
                    .encode(random.nextInt(10) == 0 ? "1" : "2")).toArray());
        }
        Dataset real = builder.build();
        return People.context(schema, real, People.rows(real, "train", 0, 500),
                People.rows(real, "holdout", 500, 1000), People.rows(real, "reference", 0, 0),
                People.rows(real, "train", 0, 500).named("synthetic"), Map.of(), pool);
    }

    private AuditContext tinyGroups() {
        Schema schema = new Schema(List.of(
                People.column("age", ColumnType.NUMERIC, Role.QUASI_IDENTIFIER),
                People.column("group", ColumnType.CATEGORICAL, Role.PROTECTED)));
        Dictionary dictionary = new Dictionary();
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        int[] groups = new int[101];
        for (int i = 0; i < 101; i++) {
            String label = i == 0 ? "c" : i % 2 == 0 ? "a" : "b";
            groups[i] = dictionary.vocabulary("group").encode(label);
        }
        Dataset real = Dataset.builder("real", schema, dictionary, 101)
                .numeric(0, IntStream.range(0, 101).mapToDouble(i -> random.nextInt(80))
                        .toArray()).codes(1, groups).build();
        Dataset synthetic = real.select("synthetic", IntStream.range(0, 51).toArray());
        return People.context(schema, real, People.rows(real, "train", 0, 51),
                People.rows(real, "holdout", 51, 101), People.rows(real, "reference", 0, 0),
                synthetic, Map.of(), pool);
    }

    private static Dataset small(Schema schema, Dictionary dictionary, String name,
            String[] ids, double[] age, String[] zip, String[] plan) {
        int[] zipCodes = java.util.Arrays.stream(zip)
                .mapToInt(z -> dictionary.vocabulary("zip").encode(z)).toArray();
        int[] planCodes = java.util.Arrays.stream(plan)
                .mapToInt(p -> dictionary.vocabulary("plan").encode(p)).toArray();
        return Dataset.builder(name, schema, dictionary, ids.length).text(0, ids)
                .numeric(1, age).codes(2, zipCodes).codes(3, planCodes).build();
    }

    @Nested
    class Examples {
        @Test
        void nameEveryReidentifiedMemberWithTheSyntheticRecordChosen() {
            List<RecordExamples.Match> matches = copy.examples().matches();
            double rate = value(copy, "reidentification.rate_members").value();
            double targets = value(copy, "targets_members").value();

            assertEquals(Math.round(rate * targets), matches.size());
            // the release copies the training rows in order: synthetic row r is record r
            assertTrue(matches.stream().allMatch(m -> m.syntheticRow() == m.recordId()),
                    matches::toString);
            assertFalse(copy.examples().hasValues());
        }
    }
}
