package org.synthaudit.metrics.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.models.TestTables.column;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.metrics.models.TestTables;

class TrainSyntheticTestRealTest {
    private static final List<String> MODELS = List.of("logistic_regression", "random_forest",
            "gradient_boosting");
    private static final List<String> SCORES = List.of("accuracy", "macro_f1", "auc");

    private final TrainSyntheticTestReal evaluator = new TrainSyntheticTestReal();
    private final TestTables tables = new TestTables(column("x", ColumnType.NUMERIC),
            column("plan", ColumnType.CATEGORICAL), column("y", ColumnType.CATEGORICAL,
                    Role.TARGET));

    /**
     * Rows x, plan, y with x a whole number 0 to 9 and y "yes" exactly when x >= 5: every model
     * separates them, and every value of x occurs in every table of 50 rows or more.
     */
    private Dataset separable(String name, int n, long seed, String... plans) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = random.nextInt(10);
            rows.add(new Object[] {x, plans[random.nextInt(plans.length)], x >= 5 ? "yes"
                    : "no"});
        }
        return tables.rows(name, rows);
    }

    private static Figure figure(Finding finding, String id) {
        return finding.figure(id).orElseThrow(() -> new AssertionError("no figure " + id));
    }

    private static Estimate.Value value(Finding finding, String id) {
        return (Estimate.Value) figure(finding, id).estimate();
    }

    private static List<String> classificationIds() {
        List<String> ids = new ArrayList<>();
        for (String model : MODELS) {
            for (String score : SCORES) {
                String id = "utility.tstr." + model + "." + score;
                ids.addAll(List.of(id, id + "_ratio", id + "_difference"));
            }
        }
        ids.add("utility.tstr.unseen_category_rows");
        return ids;
    }

    @Nested
    class Inapplicable {
        @Test
        void needsATarget() {
            // case C19: AGEP alone, then AGEP and DEAR, neither a target
            TestTables one = new TestTables(column("AGEP", ColumnType.NUMERIC));
            TestTables two = new TestTables(column("AGEP", ColumnType.NUMERIC),
                    column("DEAR", ColumnType.CATEGORICAL));
            Dataset agep = one.table("t", new double[] {20, 30});
            Dataset both = two.table("t", new double[] {20, 30}, new String[] {"1", "2"});

            String reason = "no column has the role target, so there is nothing for a "
                    + "downstream model to predict";
            assertEquals(Optional.of(reason), evaluator.inapplicable(TestTables.audit(agep, agep,
                    agep)));
            assertEquals(Optional.of(reason), evaluator.inapplicable(TestTables.audit(both, both,
                    both)));
        }

        @Test
        void needsAFeatureBesidesTheTarget() {
            TestTables only = new TestTables(column("y", ColumnType.CATEGORICAL, Role.TARGET));
            Dataset table = only.table("t", (Object) new String[] {"a", "b"});

            assertEquals(Optional.of("no feature columns: every column other than the target "
                    + "'y' is an identifier or excluded"), evaluator.inapplicable(
                            TestTables.audit(table, table, table)));
        }

        @Test
        void appliesWithATargetAndAFeature() {
            Dataset table = separable("t", 10, 1, "gold");

            assertEquals(Optional.empty(), evaluator.inapplicable(TestTables.audit(table, table,
                    table)));
        }
    }

    @Nested
    class Evaluate {
        @Test
        void scoresEveryModelOneOnASeparableTable() {
            Finding finding = evaluator.evaluate(TestTables.audit(separable("train", 200, 1,
                    "gold", "silver"), separable("holdout", 100, 2, "gold", "silver"),
                    separable("synthetic", 200, 3, "gold", "silver")));

            assertEquals("utility.tstr.random_forest.auc_ratio", finding.headline());
            for (String model : MODELS) {
                for (String score : SCORES) {
                    String id = "utility.tstr." + model + "." + score;
                    assertEquals(1.0, value(finding, id).value(), id);
                    assertEquals(1.0, ((Estimate.Value) figure(finding, id).baseline()).value());
                    Estimate.Value ratio = value(finding, id + "_ratio");
                    assertEquals(List.of(1.0, 1.0, 1.0), List.of(ratio.value(), ratio.lower(),
                            ratio.upper()), id);
                    assertEquals(0.0, value(finding, id + "_difference").value(), id);
                }
            }
        }

        @Test
        void reportsEveryRequestedFigureWithBlanksInTheSynthetic() {
            // case C03: a clean real table of 500 x 6, a release with 3 % blanks in two columns
            TestTables six = new TestTables(column("a", ColumnType.NUMERIC),
                    column("b", ColumnType.NUMERIC), column("c", ColumnType.CATEGORICAL),
                    column("d", ColumnType.CATEGORICAL), column("e", ColumnType.NUMERIC),
                    column("y", ColumnType.CATEGORICAL, Role.TARGET));
            Finding finding = evaluator.evaluate(TestTables.audit(sixColumns(six, "train", 500, 1,
                    0), sixColumns(six, "holdout", 250, 2, 0), sixColumns(six, "synthetic",
                            500, 3, 0.03)));

            assertEquals(classificationIds(), finding.figures().stream().map(Figure::id)
                    .sorted(java.util.Comparator.comparing(classificationIds()::indexOf))
                    .toList());
            for (Figure f : finding.figures()) {
                assertTrue(f.estimate().isDefined(), f.id() + ": " + f.estimate());
            }
            assertTrue(finding.notes().contains("28 of 28 figures computed."),
                    finding.notes().toString());
        }

        private Dataset sixColumns(TestTables six, String name, int n, long seed,
                double blanks) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double a = random.nextGaussian();
                String c = random.nextBoolean() ? "p" : "q";
                rows.add(new Object[] {random.nextDouble() < blanks ? null : a,
                    random.nextGaussian(), random.nextDouble() < blanks ? null : c,
                    random.nextInt(3) + "", random.nextDouble(),
                    a + ("p".equals(c) ? 1 : 0) + random.nextGaussian() > 0.5 ? "1" : "0"});
            }
            return six.rows(name, rows);
        }

        @Test
        void leavesTheSyntheticFiguresUndefinedWhenTheReleaseHasOneClass() {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                rows.add(new Object[] {(double) (i % 10), "gold", "yes"});
            }
            Finding finding = evaluator.evaluate(TestTables.audit(separable("train", 100, 1,
                    "gold"), separable("holdout", 60, 2, "gold"), tables.rows("synthetic",
                            rows)));

            Figure accuracy = figure(finding, "utility.tstr.random_forest.accuracy");
            assertEquals("no model trained on the synthetic release (TSTR): the synthetic table "
                    + "has a single class ('yes') in target 'y'",
                    ((Estimate.Undefined) accuracy.estimate()).reason());
            assertTrue(accuracy.baseline().isDefined());
            assertEquals(new Estimate.Undefined("the TSTR score is undefined"),
                    figure(finding, "utility.tstr.random_forest.auc_ratio").estimate());
        }

        @Test
        void leavesTheSyntheticFiguresUndefinedForAnEmptyRelease() {
            Finding finding = evaluator.evaluate(TestTables.audit(separable("train", 100, 1,
                    "gold"), separable("holdout", 60, 2, "gold"), separable("synthetic", 0, 3,
                            "gold")));

            assertEquals("no model trained on the synthetic release (TSTR): the synthetic table "
                    + "has 0 row(s) with a value of target 'y'; a model needs 2",
                    ((Estimate.Undefined) figure(finding, "utility.tstr.logistic_regression"
                            + ".accuracy").estimate()).reason());
            assertTrue(finding.notes().contains("1 of 28 figures computed."),
                    finding.notes().toString());
        }

        @Test
        void scoresHoldoutRowsWithACategoryTheReleaseNeverProduced() {
            // case C16: the holdout holds plan 'platinum', which the release never produced
            Dataset holdout = separable("holdout", 100, 2, "gold", "platinum");
            long platinum = java.util.stream.IntStream.range(0, 100)
                    .filter(r -> "platinum".equals(holdout.format(1, r))).count();

            Finding finding = evaluator.evaluate(TestTables.audit(separable("train", 200, 1,
                    "gold", "platinum"), holdout, separable("synthetic", 200, 3, "gold")));

            Figure unseen = figure(finding, "utility.tstr.unseen_category_rows");
            assertEquals(platinum, ((Estimate.Value) unseen.estimate()).value());
            assertEquals(0.0, ((Estimate.Value) unseen.baseline()).value());
            assertEquals(1.0, value(finding, "utility.tstr.logistic_regression.accuracy")
                    .value());
            assertTrue(finding.notes().stream().anyMatch(n -> n.startsWith(platinum
                    + " holdout rows hold a category the synthetic release never produced "
                    + "(cells per column: plan " + platinum + ")")), finding.notes().toString());
        }

        @Test
        void scoresARegressionWithRSquaredAndRmse() {
            TestTables numeric = new TestTables(column("x", ColumnType.NUMERIC),
                    column("y", ColumnType.NUMERIC, Role.TARGET));
            Finding finding = evaluator.evaluate(TestTables.audit(line(numeric, "train", 1),
                    line(numeric, "holdout", 2), line(numeric, "synthetic", 3)));

            assertEquals("utility.tstr.random_forest.r2_ratio", finding.headline());
            assertTrue(value(finding, "utility.tstr.linear_regression.r2").value() > 0.99);
            assertTrue(figure(finding, "utility.tstr.gradient_boosting.rmse_difference")
                    .estimate().isDefined());
            assertEquals(2 * 3 * 3 + 1, finding.figures().size());
        }

        private Dataset line(TestTables numeric, String name, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] x = new double[150];
            double[] y = new double[150];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextDouble() * 10;
                y[i] = 3 * x[i] - 2 + random.nextGaussian() * 0.1;
            }
            return numeric.table(name, x, y);
        }

        @Test
        void runsOnOneFeatureColumn() {
            // case C19: AGEP and DEAR, DEAR the target, 1,000 rows
            TestTables two = new TestTables(column("AGEP", ColumnType.NUMERIC),
                    column("DEAR", ColumnType.CATEGORICAL, Role.TARGET));
            Finding finding = evaluator.evaluate(TestTables.audit(agepDear(two, "train", 1),
                    agepDear(two, "holdout", 2), agepDear(two, "synthetic", 3)));

            assertEquals(28, finding.figures().size());
            assertTrue(value(finding, "utility.tstr.random_forest.auc").value() > 0.6);
        }

        private Dataset agepDear(TestTables two, String name, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] age = new double[1000];
            String[] dear = new String[1000];
            for (int i = 0; i < age.length; i++) {
                age[i] = random.nextInt(95);
                dear[i] = random.nextDouble() < age[i] / 120 ? "1" : "2";
            }
            return two.table(name, age, dear);
        }

        @Test
        void givesTheSameFiguresWhateverTheThreadCount() {
            Dataset train = separable("train", 150, 1, "gold", "silver");
            Dataset holdout = separable("holdout", 80, 2, "gold", "silver");
            Dataset synthetic = separable("synthetic", 150, 3, "silver");
            try (ForkJoinPool one = new ForkJoinPool(1); ForkJoinPool three =
                    new ForkJoinPool(3)) {
                AuditContext first = TestTables.audit(train, holdout, synthetic, 4, one,
                        java.util.Map.of());
                AuditContext second = TestTables.audit(train, holdout, synthetic, 4, three,
                        java.util.Map.of());

                assertEquals(evaluator.evaluate(first).figures(), evaluator.evaluate(second)
                        .figures());
            }
        }

        @Test
        void rejectsAnUnknownParameter() {
            Dataset table = separable("t", 20, 1, "gold");
            AuditContext context = TestTables.audit(table, table, table, 1, TestTables.POOL,
                    TestTables.parameters("utility.tstr", "replicate", 100));

            InputException e = assertThrows(InputException.class,
                    () -> evaluator.evaluate(context));
            assertEquals("evaluator utility.tstr: unknown parameter 'replicate'; accepted: "
                    + "exclude, replicates", e.getMessage());
        }
    }

    @Nested
    class Ratio {
        @Test
        void isUndefinedOverAZeroBaseline() {
            assertFalse(UtilityMetric.ACCURACY.ratioDefined(0));
            assertFalse(UtilityMetric.R2.ratioDefined(-0.2));
            assertTrue(UtilityMetric.RMSE.ratioDefined(0.1));
        }
    }
}
