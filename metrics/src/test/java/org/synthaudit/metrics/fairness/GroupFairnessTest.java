package org.synthaudit.metrics.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.models.TestTables.column;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Bars;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.metrics.models.TestTables;

class GroupFairnessTest {
    private final GroupFairness evaluator = new GroupFairness();
    private final TestTables tables = new TestTables(column("g", ColumnType.CATEGORICAL,
            Role.PROTECTED), column("x", ColumnType.NUMERIC), column("y",
                    ColumnType.CATEGORICAL, Role.TARGET));

    /**
     * Rows g, x, y from groups given as label, rows, rows labelled yes; x predicts y (7 to 9
     * for yes, 1 to 3 for no).
     */
    private Dataset groups(String name, Object... groupsRowsYes) {
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < groupsRowsYes.length; k += 3) {
            int n = (Integer) groupsRowsYes[k + 1];
            int yes = (Integer) groupsRowsYes[k + 2];
            for (int i = 0; i < n; i++) {
                boolean positive = i < yes;
                rows.add(new Object[] {groupsRowsYes[k], (positive ? 7.0 : 1.0) + i % 3,
                    positive ? "yes" : "no"});
            }
        }
        return tables.rows(name, rows);
    }

    private static Figure figure(Finding finding, String id) {
        return finding.figure(id).orElseThrow(() -> new AssertionError("no figure " + id + " in "
                + finding.figures().stream().map(Figure::id).toList()));
    }

    private static double value(Estimate estimate) {
        return ((Estimate.Value) estimate).value();
    }

    private static String reason(Estimate estimate) {
        return ((Estimate.Undefined) estimate).reason();
    }

    private static Map<String, Parameters> minimum(int size) {
        return TestTables.parameters("fairness", "min_group_size", size, "replicates", 50);
    }

    @Nested
    class Inapplicable {
        @Test
        void needsAProtectedColumn() {
            TestTables plain = new TestTables(column("x", ColumnType.NUMERIC));
            Dataset table = plain.table("t", new double[] {1, 2});

            assertEquals(Optional.of("no column has the role protected, so there are no groups "
                    + "to compare"), evaluator.inapplicable(TestTables.audit(table, table,
                            table)));
        }
    }

    @Nested
    class InTheData {
        // train: a 40 rows (20 yes), b 40 rows (10 yes); synthetic: a 60 (30 yes), b 40 (20 yes)
        private final Finding finding = evaluator.evaluate(TestTables.audit(groups("train",
                "a", 40, 20, "b", 40, 10), groups("holdout", "a", 40, 20, "b", 40, 10),
                groups("synthetic", "a", 60, 30, "b", 40, 20), 1, TestTables.POOL,
                minimum(30)));

        @Test
        void comparesEachGroupsShare() {
            Figure share = figure(finding, "fairness.g.a.share");

            assertEquals(0.6, value(share.estimate()), 1e-12);
            assertEquals(0.5, value(share.baseline()), 1e-12);
            assertEquals(0.1, value(figure(finding, "fairness.g.a.share_difference").estimate()),
                    1e-12);
        }

        @Test
        void comparesEachGroupsBaseRate() {
            Figure rate = figure(finding, "fairness.g.b.base_rate");

            assertEquals(0.5, value(rate.estimate()));
            assertEquals(0.25, value(rate.baseline()));
            assertEquals(0.25, value(figure(finding, "fairness.g.b.base_rate_difference")
                    .estimate()), 1e-12);
        }

        @Test
        void showsTheBaseRateGapTheGeneratorErased() {
            Figure gap = figure(finding, "fairness.g.base_rate_gap");
            Estimate.Value change = (Estimate.Value) figure(finding,
                    "fairness.g.base_rate_gap_change").estimate();

            assertEquals(0.0, value(gap.estimate()), 1e-12);
            assertEquals(0.25, value(gap.baseline()), 1e-12);
            assertEquals(-0.25, change.value(), 1e-12);
            assertTrue(change.lower() <= -0.25 && change.upper() >= -0.25, change.toString());
        }

        @Test
        void drawsEachGroupsShareAndBaseRateRealAgainstSynthetic() {
            // train a 40 (20 positive), b 40 (10); synthetic a 60 (30), b 40 (20)
            Bars shares = (Bars) finding.charts().stream()
                    .filter(c -> c.id().equals("groups.g.share")).findFirst().orElseThrow();
            assertEquals(List.of("a", "b"), shares.categories());
            assertEquals(List.of("real", "synthetic"), shares.series().stream()
                    .map(Bars.BarSeries::name).toList());
            assertEquals(0.5, value(shares.series().get(0).values().get(0)), 1e-12);
            assertEquals(0.6, value(shares.series().get(1).values().get(0)), 1e-12);
            Bars rates = (Bars) finding.charts().stream()
                    .filter(c -> c.id().equals("groups.g.base_rate")).findFirst().orElseThrow();
            assertEquals(0.25, value(rates.series().get(0).values().get(1)), 1e-12);
            assertEquals(0.5, value(rates.series().get(1).values().get(1)), 1e-12);
        }

        @Test
        void comparesTheSharesAsAWhole() {
            assertEquals(0.1, value(figure(finding, "fairness.g.share_tvd").estimate()), 1e-12);
        }

        @Test
        void givesTheShareDistanceTheBasicIntervalOfAPlugInDistance() {
            Estimate.Value tvd = (Estimate.Value) figure(finding, "fairness.g.share_tvd")
                    .estimate();
            assertTrue(tvd.method().contains("95% basic bootstrap interval"), tvd.method());
            assertTrue(tvd.lower() < tvd.value() && tvd.value() < tvd.upper(), tvd.toString());
        }
    }

    @Nested
    class SmallGroups {
        @Test
        void listsAMissingProtectedValueAsATooSmallGroup() {
            // case C04: one row of train has no group
            Dataset withMissing = groups("train", "a", 40, 20, "b", 40, 20);
            List<Object[]> rows = new ArrayList<>();
            for (int r = 0; r < withMissing.rowCount(); r++) {
                rows.add(new Object[] {withMissing.format(0, r), withMissing.numeric(1, r),
                    withMissing.format(2, r)});
            }
            rows.add(new Object[] {null, 8.0, "yes"});
            Dataset train = tables.rows("train", rows);

            Finding finding = evaluator.evaluate(TestTables.audit(train, groups("holdout", "a",
                    40, 20, "b", 40, 20), groups("synthetic", "a", 40, 20, "b", 40, 20), 1,
                    TestTables.POOL, minimum(30)));

            assertEquals("group too small: n = 1 in the training table, below the minimum "
                    + "group size 30", reason(figure(finding,
                            "fairness.g.(missing).share").estimate()));
            assertTrue(finding.notes().contains("Groups of g below the minimum size 30 in the "
                    + "training table, listed but not scored: (missing) (n = 1)."),
                    finding.notes().toString());
            Bars shares = (Bars) finding.charts().getFirst();
            int missing = shares.categories().indexOf("(missing)");
            assertEquals("group too small: n = 1 in the training table, below the minimum "
                    + "group size 30", reason(shares.series().get(0).values().get(missing)));
        }

        @Test
        void skipsTinyAndSingleClassGroupsInTheGapsAndListsThem() {
            // case C20: holdout a 50, b 50 (every label yes), c 1
            Finding finding = evaluator.evaluate(TestTables.audit(groups("train", "a", 60, 30,
                    "b", 60, 30, "c", 40, 20), groups("holdout", "a", 50, 25, "b", 50, 50, "c",
                            1, 1), groups("synthetic", "a", 60, 30, "b", 60, 30, "c", 40, 20),
                    1, TestTables.POOL, TestTables.parameters("fairness", "positive", "yes",
                            "replicates", 50)));

            assertEquals("group too small: n = 1 in the holdout, below the minimum group "
                    + "size 30", reason(figure(finding, "fairness.g.c.accuracy")
                            .estimate()));
            assertEquals("single class: every holdout row of the group is labelled 'yes'",
                    reason(figure(finding, "fairness.g.b.auc").estimate()));
            assertTrue(figure(finding, "fairness.g.a.auc").estimate().isDefined());
            Estimate.Value parity = (Estimate.Value) figure(finding,
                    "fairness.g.demographic_parity_difference").estimate();
            assertTrue(parity.method().contains("groups compared: a, b; groups left out: c "
                    + "(n = 1 < 30)"), parity.method());
            assertEquals("fewer than two groups of g are large enough and have both positive "
                    + "and negative labels; groups compared: a; groups left out: b (no negative "
                    + "labels: false-positive rate undefined), c (n = 1 < 30)", reason(figure(
                            finding, "fairness.g.equalized_odds_difference").estimate()));
        }
    }

    @Nested
    class Models {
        @Test
        void reportsEveryMeasureAndItsChange() {
            Finding finding = evaluator.evaluate(TestTables.audit(groups("train", "a", 60, 40,
                    "b", 60, 20), groups("holdout", "a", 60, 40, "b", 60, 20),
                    groups("synthetic", "a", 60, 40, "b", 60, 20), 1, TestTables.POOL,
                    minimum(30)));

            assertEquals("fairness.g.demographic_parity_difference_change", finding.headline());
            for (String measure : List.of("demographic_parity_difference",
                    "equalized_odds_difference", "equal_opportunity_difference",
                    "disparate_impact_ratio")) {
                Figure value = figure(finding, "fairness.g." + measure);
                assertTrue(value.estimate().isDefined() && value.baseline().isDefined(),
                        measure);
                assertTrue(figure(finding, "fairness.g." + measure + "_change").estimate()
                        .isDefined(), measure);
            }
            // x separates the labels, so both models predict the base rates: 2/3 and 1/3
            assertEquals(1.0 / 3, value(figure(finding,
                    "fairness.g.demographic_parity_difference").estimate()), 1e-12);
            assertEquals(0.5, value(figure(finding, "fairness.g.disparate_impact_ratio")
                    .estimate()), 1e-12);
        }

        @Test
        void givesTheSameFiguresWhateverTheThreadCount() {
            Dataset train = groups("train", "a", 50, 30, "b", 50, 20);
            Dataset holdout = groups("holdout", "a", 40, 20, "b", 40, 10);
            Dataset synthetic = groups("synthetic", "a", 50, 25, "b", 50, 25);
            try (ForkJoinPool one = new ForkJoinPool(1); ForkJoinPool three =
                    new ForkJoinPool(3)) {
                AuditContext first = TestTables.audit(train, holdout, synthetic, 2, one,
                        minimum(30));
                AuditContext second = TestTables.audit(train, holdout, synthetic, 2, three,
                        minimum(30));

                assertEquals(evaluator.evaluate(first).figures(), evaluator.evaluate(second)
                        .figures());
            }
        }
    }

    @Nested
    class Evaluate {
        @Test
        void reportsEveryFigureWithBlanksInTheRelease() {
            // case C03: blanks in two synthetic columns, one of them the protected attribute
            SplittableRandom random = new SplittableRandom(5);
            Dataset clean = groups("synthetic", "a", 250, 120, "b", 250, 80);
            List<Object[]> rows = new ArrayList<>();
            for (int r = 0; r < clean.rowCount(); r++) {
                rows.add(new Object[] {random.nextDouble() < 0.03 ? null : clean.format(0, r),
                    random.nextDouble() < 0.03 ? null : clean.numeric(1, r), clean.format(2, r)});
            }
            Finding finding = evaluator.evaluate(TestTables.audit(groups("train", "a", 250, 120,
                    "b", 250, 80), groups("holdout", "a", 125, 60, "b", 125, 40), tables.rows(
                            "synthetic", rows), 1, TestTables.POOL, minimum(30)));

            for (Figure f : finding.figures()) {
                assertTrue(f.estimate().isDefined() || !reason(f.estimate()).isBlank(), f.id());
            }
            assertTrue(figure(finding, "fairness.g.a.share").estimate().isDefined());
            assertTrue(figure(finding, "fairness.g.(missing).share").estimate().toString()
                    .contains("n = 0 in the training table"));
        }

        @Test
        void bindsANumericProtectedColumnAtItsCutPoints() {
            TestTables ages = new TestTables(column("age", ColumnType.NUMERIC, Role.PROTECTED),
                    column("y", ColumnType.CATEGORICAL, Role.TARGET));
            double[] age = new double[100];
            String[] y = new String[100];
            for (int i = 0; i < 100; i++) {
                age[i] = 18 + i % 40;
                y[i] = i % 3 == 0 ? "bad" : "good";
            }
            Dataset table = ages.table("t", age, y);

            Finding finding = evaluator.evaluate(TestTables.audit(table, table, table, 1,
                    TestTables.POOL, TestTables.parameters("fairness", "cut_points",
                            Map.of("age", List.of(25)), "positive", "good", "replicates", 50,
                            "min_group_size", 10)));

            assertTrue(figure(finding, "fairness.age.< 25.share").estimate().isDefined());
            assertTrue(finding.notes().contains("Positive class: 'good' of the target 'y' (set "
                    + "by the parameter positive)."), finding.notes().toString());
        }

        @Test
        void comparesOnlyRepresentationWithoutATarget() {
            TestTables plain = new TestTables(column("g", ColumnType.CATEGORICAL,
                    Role.PROTECTED), column("x", ColumnType.NUMERIC));
            Dataset table = plain.table("t", new String[] {"a", "b", "a"},
                    new double[] {1, 2, 3});

            Finding finding = evaluator.evaluate(TestTables.audit(table, table, table, 1,
                    TestTables.POOL, minimum(1)));

            assertEquals("fairness.g.share_tvd", finding.headline());
            assertFalse(finding.figure("fairness.g.a.base_rate").isPresent());
        }

        @Test
        void leavesEveryFigureUndefinedForAnEmptyRelease() {
            Dataset empty = groups("synthetic");

            Finding finding = evaluator.evaluate(TestTables.audit(groups("train", "a", 40, 20,
                    "b", 40, 20), groups("holdout", "a", 40, 20, "b", 40, 20), empty, 1,
                    TestTables.POOL, minimum(30)));

            assertEquals("the training table or the synthetic release has no rows",
                    reason(figure(finding, "fairness.g.share_tvd").estimate()));
            assertTrue(reason(figure(finding, "fairness.g.demographic_parity_difference")
                    .estimate()).startsWith("no random forest trained on the synthetic "
                            + "release: the synthetic table has 0 row(s)"));
        }

        @Test
        void namesAPositiveClassTheTargetLacks() {
            Dataset table = groups("t", "a", 10, 5);
            AuditContext context = TestTables.audit(table, table, table, 1, TestTables.POOL,
                    TestTables.parameters("fairness", "positive", "maybe"));

            InputException e = assertThrows(InputException.class,
                    () -> evaluator.evaluate(context));
            assertEquals("evaluator fairness: parameter 'positive' is 'maybe', not a class of "
                    + "the target 'y'; its classes are yes, no", e.getMessage());
        }

        @Test
        void namesCutPointsOfACategoricalColumn() {
            Dataset table = groups("t", "a", 10, 5);
            AuditContext context = TestTables.audit(table, table, table, 1, TestTables.POOL,
                    TestTables.parameters("fairness", "cut_points", Map.of("g", List.of(1))));

            InputException e = assertThrows(InputException.class,
                    () -> evaluator.evaluate(context));
            assertEquals("evaluator fairness: parameter 'cut_points' names 'g', which is not a "
                    + "numeric protected column", e.getMessage());
        }
    }
}
