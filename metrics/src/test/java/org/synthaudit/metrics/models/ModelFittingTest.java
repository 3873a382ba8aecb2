package org.synthaudit.metrics.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.models.TestTables.column;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

class ModelFittingTest {
    private final TestTables tables = new TestTables(column("x", ColumnType.NUMERIC),
            column("plan", ColumnType.CATEGORICAL), column("y", ColumnType.CATEGORICAL,
                    Role.TARGET));
    private final TargetColumn target = TargetColumn.of(tables.schema()).orElseThrow();
    private final FeatureSelection selection = FeatureSelection.of(tables.schema(), target,
            Parameters.none("evaluator test"));

    /** Rows x, plan, y where y is "yes" exactly when x >= 0.5; plan is noise. */
    private Dataset separable(String name, int n, long seed, String... plans) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : TestTables.separable(n, seed)) {
            rows.add(new Object[] {row[0], plans[random.nextInt(plans.length)], row[1]});
        }
        return tables.rows(name, rows);
    }

    private static double accuracy(ModelRun run, TestRows test) {
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            correct += run.predictions().predictedClass(i) == test.classes()[i] ? 1 : 0;
        }
        return (double) correct / test.size();
    }

    @Nested
    class Run {
        @ParameterizedTest
        @EnumSource(Learner.class)
        void separatesASeparableTable(Learner learner) {
            Dataset train = separable("train", 300, 1, "gold", "silver");
            TestRows test = TestRows.of(separable("holdout", 200, 2, "gold", "silver"), target);

            ModelRun run = ModelFitting.run(learner, selection, train, "train", test,
                    Seeds.root(3), TestTables.POOL);

            assertTrue(accuracy(run, test) >= 0.95, learner + ": " + accuracy(run, test));
            assertEquals(300, run.trainingRows());
        }

        @Test
        void leavesASingleClassTableWithoutPredictions() {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                rows.add(new Object[] {(double) i, "gold", "yes"});
            }
            Dataset synthetic = tables.rows("synthetic", rows);
            TestRows test = TestRows.of(separable("holdout", 50, 2, "gold"), target);

            ModelRun run = ModelFitting.run(Learner.RANDOM_FOREST, selection, synthetic,
                    "synthetic", test, Seeds.root(3), TestTables.POOL);

            assertFalse(run.predictions().isDefined());
            assertEquals("the synthetic table has a single class ('yes') in target 'y'",
                    run.predictions().undefinedReason());
        }

        @ParameterizedTest
        @EnumSource(Learner.class)
        void scoresRowsWithACategoryTheTrainingTableNeverHolds(Learner learner) {
            Dataset synthetic = separable("synthetic", 200, 4, "gold", "silver");
            TestRows test = TestRows.of(separable("holdout", 100, 5, "gold", "silver",
                    "platinum"), target);

            ModelRun run = ModelFitting.run(learner, selection, synthetic, "synthetic", test,
                    Seeds.root(3), TestTables.POOL);

            long platinum = java.util.stream.IntStream.of(test.rows())
                    .filter(r -> "platinum".equals(test.table().format(1, r))).count();
            assertTrue(platinum > 0);
            assertEquals(platinum, run.unseenTestRows());
            assertEquals(Map.of("plan", (int) platinum), run.unseenCellsByColumn());
            assertTrue(accuracy(run, test) >= 0.9, learner + ": " + accuracy(run, test));
        }

        @ParameterizedTest
        @EnumSource(Learner.class)
        void trainsAroundMissingValues(Learner learner) {
            List<Object[]> rows = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(8);
            for (Object[] row : TestTables.separable(300, 8)) {
                boolean blank = random.nextInt(10) == 0;
                rows.add(new Object[] {blank ? null : row[0], blank ? null : "gold", row[1]});
            }
            TestRows test = TestRows.of(separable("holdout", 100, 9, "gold"), target);

            ModelRun run = ModelFitting.run(learner, selection, tables.rows("synthetic", rows),
                    "synthetic", test, Seeds.root(3), TestTables.POOL);

            assertTrue(accuracy(run, test) >= 0.9, learner + ": " + accuracy(run, test));
        }

        @ParameterizedTest
        @EnumSource(Learner.class)
        void givesTheSameModelWhateverTheThreadCount(Learner learner) {
            Dataset train = separable("train", 300, 11, "gold", "silver", "bronze");
            TestRows test = TestRows.of(separable("holdout", 100, 12, "gold", "silver"), target);

            try (ForkJoinPool one = new ForkJoinPool(1); ForkJoinPool four =
                    new ForkJoinPool(4)) {
                ModelRun first = ModelFitting.run(learner, selection, train, "train", test,
                        Seeds.root(5), one);
                ModelRun second = ModelFitting.run(learner, selection, train, "train", test,
                        Seeds.root(5), four);

                for (int i = 0; i < test.size(); i++) {
                    assertEquals(first.predictions().probability(i, 0),
                            second.predictions().probability(i, 0), learner + " row " + i);
                }
            }
        }
    }

    @Nested
    class Regression {
        private final TestTables numeric = new TestTables(column("x", ColumnType.NUMERIC),
                column("y", ColumnType.NUMERIC, Role.TARGET));
        private final TargetColumn numericTarget = TargetColumn.of(numeric.schema())
                .orElseThrow();

        private Dataset line(String name, int n, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextDouble() * 10;
                y[i] = 2 * x[i] + 1;
            }
            return numeric.table(name, x, y);
        }

        @ParameterizedTest
        @EnumSource(Learner.class)
        void followsALine(Learner learner) {
            FeatureSelection features = FeatureSelection.of(numeric.schema(), numericTarget,
                    Parameters.none("evaluator test"));
            TestRows test = TestRows.of(line("holdout", 100, 2), numericTarget);

            ModelRun run = ModelFitting.run(learner, features, line("train", 300, 1), "train",
                    test, Seeds.root(3), TestTables.POOL);

            double worst = 0;
            for (int i = 0; i < test.size(); i++) {
                worst = Math.max(worst, Math.abs(run.predictions().value(i) - test.values()[i]));
            }
            assertTrue(worst < (learner == Learner.LINEAR ? 0.05 : 2.5), learner + ": " + worst);
        }
    }

    @Nested
    class TreeSeeds {
        @Test
        void areReproducible() {
            Dataset train = separable("train", 100, 1, "gold");
            TestRows test = TestRows.of(separable("holdout", 30, 2, "gold"), target);

            double[] first = probabilities(ModelFitting.run(Learner.RANDOM_FOREST, selection,
                    train, "train", test, Seeds.root(3), TestTables.POOL), test.size());
            double[] second = probabilities(ModelFitting.run(Learner.RANDOM_FOREST, selection,
                    train, "train", test, Seeds.root(3), TestTables.POOL), test.size());

            assertArrayEquals(first, second);
        }

        private double[] probabilities(ModelRun run, int n) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = run.predictions().probability(i, 0);
            }
            return out;
        }
    }
}
