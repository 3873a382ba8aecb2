package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class ColumnFidelityTest {
    private static final double NA = Double.NaN;
    private final ColumnFidelity fidelity = new ColumnFidelity();

    private static Estimate.Value value(Finding finding, String figureId) {
        return assertInstanceOf(Estimate.Value.class, figure(finding, figureId).estimate());
    }

    private static Figure figure(Finding finding, String figureId) {
        return finding.figure(figureId).orElseThrow(() -> new AssertionError(figureId));
    }

    private static String reason(Estimate estimate) {
        return assertInstanceOf(Estimate.Undefined.class, estimate).reason();
    }

    /** 300 records of a noisy numeric, a categorical and a boolean column; every tenth missing. */
    private static Dataset noisy(Tables tables, String name, long seed, double shift) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = 300;
        double[] x = new double[rows];
        String[] colour = new String[rows];
        String[] flag = new String[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = r % 10 == 0 ? NA : random.nextGaussian() + shift;
            colour[r] = r % 10 == 1 ? null : "c" + random.nextInt(4);
            flag[r] = random.nextDouble() < 0.3 + shift / 10 ? "true" : "false";
        }
        return tables.table(name, x, colour, flag);
    }

    private static Tables noisyTables() {
        return new Tables("x", ColumnType.NUMERIC, "colour", ColumnType.CATEGORICAL,
                "flag", ColumnType.BOOLEAN);
    }

    @Nested
    class TooFewRows {
        @Test
        void leavesEveryDistanceUndefinedOnAOneRowTable() {
            Tables tables = new Tables("x", ColumnType.NUMERIC, "colour", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", numbers(2.5), labels("red"));
            Finding finding = fidelity.evaluate(tables.audit(real, real));
            // every resample of one value repeats it: 0 [0, 0] would claim a false certainty
            for (String id : new String[] {"fidelity.column.x.ks", "fidelity.column.x.wasserstein",
                "fidelity.column.x.range_coverage", "fidelity.column.colour.tvd",
                "fidelity.column.colour.category_coverage"}) {
                assertEquals("too few rows: 1 non-missing train value; a bootstrap interval needs "
                        + "at least 2 in each table (every resample of one value repeats it, so "
                        + "the interval would have no width)", reason(figure(finding, id)
                                .estimate()), id);
            }
            assertEquals("no column distance could be computed",
                    reason(figure(finding, ColumnFidelity.HEADLINE).estimate()));
            assertEquals(0.0, value(finding, "fidelity.column.x.missing_rate_train").value());
        }

        @Test
        void needsTwoSyntheticValuesToo() {
            Tables tables = new Tables("x", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 2, 3, 4));
            Dataset synthetic = tables.table("synthetic", numbers(2, NA, NA));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertTrue(reason(figure(finding, "fidelity.column.x.ks").estimate())
                    .startsWith("too few rows: 1 non-missing synthetic value"));
            assertEquals(0.0, value(fidelity.evaluate(tables.audit(real, real)),
                    "fidelity.column.x.ks").value());
        }
    }

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertInstanceOf(ColumnFidelity.class, registry.require("fidelity.columns"));
        }

        @Test
        void isAFidelityMetricWithItsTitle() {
            assertEquals(Category.FIDELITY, fidelity.category());
            assertEquals("Fidelity: per-column distributions", fidelity.title());
            assertEquals("replicates", fidelity.parameters().getFirst().name());
        }

        @Test
        void isInapplicableToASchemaOfIdentifiersOnly() {
            Tables tables = new Tables("id", ColumnType.IDENTIFIER);
            Dataset real = tables.table("real", labels("a", "b"));
            assertTrue(fidelity.inapplicable(tables.audit(real, real)).isPresent());
        }
    }

    @Nested
    class EvaluateCategorical {
        @Test
        void givesOneThirdForSeparatelyEncodedLabels() {
            Tables tables = new Tables("c", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("0", "1", "2"));
            Dataset synthetic = tables.table("synthetic", labels("1", "2", "2"));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals(1.0 / 3, value(finding, "fidelity.column.c.tvd").value(), 0.0);
            assertEquals(1.0 / 3, value(finding, ColumnFidelity.HEADLINE).value(), 0.0);
        }

        @Test
        void givesTheMaximumWhenTheSyntheticColumnIsAllMissing() {
            Tables tables = new Tables("colour", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("A", "A", "B", null, null));
            Dataset synthetic = tables.table("synthetic", labels(null, null, null, null, null));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));

            Estimate.Value tvd = value(finding, "fidelity.column.colour.tvd");
            assertEquals(1.0, tvd.value(), 0.0);
            assertEquals(1.0, tvd.lower(), 0.0);
            assertEquals(1.0, value(finding, ColumnFidelity.HEADLINE).value(), 0.0);
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains("'colour'")
                    && n.contains("no real category is reproduced")), finding.notes()::toString);
            assertEquals(0.4, value(finding, "fidelity.column.colour.missing_rate_train")
                    .value(), 1e-15);
            assertEquals(1.0, value(finding, "fidelity.column.colour.missing_rate_synthetic")
                    .value(), 0.0);
        }

        @Test
        void countsACategoryOnlyTheSyntheticDataProduced() {
            Tables tables = new Tables("plan", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("gold", "basic"));
            Dataset synthetic = tables.table("synthetic", labels("gold", "platinum"));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals(0.5, value(finding, "fidelity.column.plan.tvd").value(), 0.0);
        }

        @Test
        void treatsBooleansAsTwoCategories() {
            Tables tables = new Tables("smoker", ColumnType.BOOLEAN);
            Dataset real = tables.table("real", labels("true", "false", "false", "false"));
            Dataset synthetic = tables.table("synthetic", labels("true", "true", "false", null));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals(2.0 / 3 - 1.0 / 4,
                    value(finding, "fidelity.column.smoker.tvd").value(), 1e-15);
        }
    }

    @Nested
    class EvaluateNumeric {
        @Test
        void givesOneThirdForShiftedSamples() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 2, 3));
            Dataset synthetic = tables.table("synthetic", numbers(2, 3, 4));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals(1.0 / 3, value(finding, "fidelity.column.v.ks").value(), 0.0);
        }

        @Test
        void excludesAnAllMissingSyntheticColumnAndSaysSo() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 2, 1, 3, 4), numbers(2, 4, 1, 7, 1));
            Dataset synthetic = tables.table("synthetic", numbers(1, 2, 1, 3, 4),
                    numbers(NA, NA, NA, NA, NA));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));

            assertEquals("synthetic column all missing",
                    reason(figure(finding, "fidelity.column.b.ks").estimate()));
            assertEquals(0.0, value(finding, "fidelity.column.b.missing_rate_train").value());
            assertEquals(1.0, value(finding, "fidelity.column.b.missing_rate_synthetic").value());
            assertEquals(0.0, value(finding, ColumnFidelity.HEADLINE).value());
            assertEquals("Mean per-column distance, 1 of 2 columns; left out: b (synthetic "
                    + "column all missing)", figure(finding, ColumnFidelity.HEADLINE).label());
            assertTrue(finding.notes().contains("Column 'b' left out of the mean distance: "
                    + "synthetic column all missing."), finding.notes()::toString);
            assertTrue(finding.notes().contains("1 of 2 column figures computed."));
        }

        @Test
        void isUndefinedWhenTheTrainColumnIsAllMissing() {
            Tables tables = new Tables("a", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(NA, NA));
            Dataset synthetic = tables.table("synthetic", numbers(1, 2));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals("train column all missing",
                    reason(figure(finding, "fidelity.column.a.ks").estimate()));
            assertEquals("no column distance could be computed",
                    reason(figure(finding, ColumnFidelity.HEADLINE).estimate()));
            assertTrue(finding.notes().contains("0 of 1 column figures computed."));
        }

        @Test
        void comparesAZeroRangeColumnWithoutDividingByItsRange() {
            Tables tables = new Tables("age", ColumnType.NUMERIC, "plan", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", numbers(40, 40, 40, 40),
                    labels("gold", "silver", "gold", "bronze"));
            Dataset synthetic = tables.table("synthetic", numbers(40, 41),
                    labels("gold", "silver"));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals(0.5, value(finding, "fidelity.column.age.ks").value(), 0.0);
            assertEquals(0.25, value(finding, "fidelity.column.plan.tvd").value(), 0.0);
            assertEquals(0.375, value(finding, ColumnFidelity.HEADLINE).value(), 0.0);
        }

        @Test
        void agreesWithTheLargestGapBetweenTheEmpiricalDistributionFunctions() {
            SplittableRandom random = new SplittableRandom(11);
            double[] first = random.doubles(150).map(u -> Math.rint(u * 20)).toArray();
            double[] second = random.doubles(90).map(u -> Math.rint(u * u * 20)).toArray();
            double largest = 0;
            for (double[] sample : new double[][] {first, second}) {
                for (double x : sample) {
                    largest = Math.max(largest, Math.abs(cdf(first, x) - cdf(second, x)));
                }
            }
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Finding finding = fidelity.evaluate(tables.audit(tables.table("real", first),
                    tables.table("synthetic", second)));
            assertEquals(largest, value(finding, "fidelity.column.v.ks").value(), 1e-12);
        }

        private static double cdf(double[] sample, double x) {
            return (double) java.util.Arrays.stream(sample).filter(v -> v <= x).count()
                    / sample.length;
        }

        @Test
        void treatsNegativeAndPositiveZeroAsOneValue() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(0.0, 1));
            Dataset synthetic = tables.table("synthetic", numbers(-0.0, 1));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals(0.0, value(finding, "fidelity.column.v.ks").value());
        }
    }

    @Nested
    class EvaluateWassersteinAndCoverage {
        @Test
        void scalesTheWassersteinDistanceByTheTrainRange() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 2, 3));
            Dataset synthetic = tables.table("synthetic", numbers(2, 3, 4));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            // every unit of mass moves by 1; the train range is 2
            assertEquals(0.5, value(finding, "fidelity.column.v.wasserstein").value(), 1e-15);
            assertEquals(0.5, value(finding, "fidelity.column.v.range_coverage").value(), 1e-15);
        }

        @Test
        void exceedsOneWhenTheSyntheticValuesLeaveTheRealRange() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(0, 1));
            Dataset synthetic = tables.table("synthetic", numbers(3, 3));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            // half the mass travels 3, half travels 2: 2.5 ranges
            Figure wasserstein = figure(finding, "fidelity.column.v.wasserstein");
            assertEquals(2.5, value(finding, "fidelity.column.v.wasserstein").value(), 1e-15);
            assertEquals(Bounds.NON_NEGATIVE, wasserstein.bounds());
            assertEquals(0.0, value(finding, "fidelity.column.v.range_coverage").value());
        }

        @Test
        void comparesAZeroRangeColumnByEquality() {
            Tables tables = new Tables("age", ColumnType.NUMERIC, "plan", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", numbers(40, 40, 40, 40),
                    labels("gold", "silver", "gold", "bronze"));
            Dataset synthetic = tables.table("synthetic", numbers(40, 41),
                    labels("gold", "silver"));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            Estimate.Value wasserstein = value(finding, "fidelity.column.age.wasserstein");
            assertEquals(0.5, wasserstein.value(), 0.0);
            assertTrue(wasserstein.method().contains("zero range"), wasserstein::method);
            assertEquals(1.0, value(finding, "fidelity.column.age.range_coverage").value());
            assertEquals(2.0 / 3, value(finding, "fidelity.column.plan.category_coverage")
                    .value(), 1e-15);
        }

        @Test
        void coversPartOfTheRangeWhereTheRangesOverlap() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(0, 4, 10));
            Dataset synthetic = tables.table("synthetic", numbers(5, 20));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals(0.5, value(finding, "fidelity.column.v.range_coverage").value(), 1e-15);
        }

        @Test
        void countsTheRealCategoriesTheSyntheticDataProduces() {
            Tables tables = new Tables("c", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("a", "b", "c", "d", null));
            Dataset synthetic = tables.table("synthetic", labels("a", "a", "b", "e"));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals(0.5, value(finding, "fidelity.column.c.category_coverage").value());
        }

        @Test
        void givesNoCoverageForAnAllMissingSyntheticCategoricalColumn() {
            Tables tables = new Tables("c", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("A", "A", "B", null, null));
            Dataset synthetic = tables.table("synthetic", labels(null, null, null, null, null));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            assertEquals(0.0, value(finding, "fidelity.column.c.category_coverage").value());
        }

        @Test
        void leavesTheNumericFiguresOfAnAllMissingSyntheticColumnUndefined() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 2, 1, 3, 4), numbers(2, 4, 1, 7, 1));
            Dataset synthetic = tables.table("synthetic", numbers(1, 2, 1, 3, 4),
                    numbers(NA, NA, NA, NA, NA));
            Finding finding = fidelity.evaluate(tables.audit(real, synthetic));
            for (String suffix : new String[] {"wasserstein", "range_coverage"}) {
                assertEquals("synthetic column all missing",
                        reason(figure(finding, "fidelity.column.b." + suffix).estimate()));
            }
            assertEquals(0.0, value(finding, "fidelity.column.a.wasserstein").value());
            assertEquals(1.0, value(finding, "fidelity.column.a.range_coverage").value());
        }

        @Test
        void comparesTheHoldoutForTheBaseline() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(0, 10, 0, 5));
            Dataset train = real.select("train", new int[] {0, 1});
            Dataset holdout = real.select("holdout", new int[] {2, 3});
            Finding finding = fidelity.evaluate(Tables.audit(real, train, holdout, train, 1));
            Figure coverage = figure(finding, "fidelity.column.v.range_coverage");
            assertEquals(0.5, assertInstanceOf(Estimate.Value.class, coverage.baseline())
                    .value(), 1e-15);
            // train {0, 10}, holdout {0, 5}: half the mass moves 5 of a range of 10
            assertEquals(0.25, assertInstanceOf(Estimate.Value.class,
                    figure(finding, "fidelity.column.v.wasserstein").baseline()).value(), 1e-15);
        }
    }

    @Nested
    class EvaluateAgainstItself {
        private final Tables tables = new Tables("id", ColumnType.IDENTIFIER,
                "x", ColumnType.NUMERIC, "colour", ColumnType.CATEGORICAL,
                "flag", ColumnType.BOOLEAN, "visit", ColumnType.DATETIME);
        private final Dataset real = tables.table("real", labels("p1", "p2", "p3", "p4"),
                numbers(1.5, -3, NA, 1e9), labels("red", null, "red", "blue"),
                labels("true", "false", "true", "true"),
                numbers(1.2e9, 1.3e9, 1.2e9, NA));
        private final Finding finding = fidelity.evaluate(tables.audit(real, real));

        @Test
        void givesZeroForEveryDistanceAndTheHeadline() {
            for (String id : new String[] {"fidelity.column.x.ks", "fidelity.column.colour.tvd",
                "fidelity.column.flag.tvd", "fidelity.column.visit.ks",
                ColumnFidelity.HEADLINE}) {
                Estimate.Value distance = value(finding, id);
                assertEquals(0.0, distance.value(), id);
                assertEquals(0.0, distance.lower(), id);
            }
        }

        @Test
        void leavesIdentifiersOutAndListsThem() {
            assertFalse(finding.figures().stream().anyMatch(f -> f.id().contains(".id.")));
            assertTrue(finding.notes().contains("Identifier columns left out: id."));
            assertTrue(finding.notes().contains("4 of 4 column figures computed."));
        }

        @Test
        void reportsEqualMissingRates() {
            assertEquals(0.25, value(finding, "fidelity.column.x.missing_rate_train").value());
            assertEquals(value(finding, "fidelity.column.x.missing_rate_train"),
                    value(finding, "fidelity.column.x.missing_rate_synthetic"));
        }

        @Test
        void putsTheHeadlineFirst() {
            Figure headline = finding.figures().getFirst();
            assertEquals(ColumnFidelity.HEADLINE, finding.headline());
            assertEquals(ColumnFidelity.HEADLINE, headline.id());
            assertEquals(Bounds.UNIT, headline.bounds());
            assertEquals(Sense.HIGHER_IS_WORSE, headline.sense());
            assertEquals(1 + 4 * 3 + 2 + 1 + 1 + 2, finding.figures().size());
        }
    }

    @Nested
    class EvaluateBaseline {
        @Test
        void comparesTrainWithHoldout() {
            Tables tables = new Tables("c", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("0", "1", "2", "1", "2", "2"));
            Dataset train = real.select("train", new int[] {0, 1, 2});
            Dataset holdout = real.select("holdout", new int[] {3, 4, 5});
            Finding finding = fidelity.evaluate(Tables.audit(real, train, holdout, train, 1));
            Figure tvd = figure(finding, "fidelity.column.c.tvd");
            assertEquals(0.0, assertInstanceOf(Estimate.Value.class, tvd.estimate()).value());
            assertEquals(1.0 / 3, assertInstanceOf(Estimate.Value.class, tvd.baseline())
                    .value(), 0.0);
            assertEquals(1.0 / 3, assertInstanceOf(Estimate.Value.class,
                    figure(finding, ColumnFidelity.HEADLINE).baseline()).value(), 0.0);
        }

        @Test
        void isUndefinedForAnEmptyHoldout() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 2, 3));
            Dataset holdout = real.select("holdout", new int[0]);
            Finding finding = fidelity.evaluate(Tables.audit(real, real, holdout, real, 1));
            assertEquals("holdout table has no rows",
                    reason(figure(finding, "fidelity.column.v.ks").baseline()));
            assertEquals("no train-holdout baseline for column(s) v",
                    reason(figure(finding, ColumnFidelity.HEADLINE).baseline()));
        }

        @Test
        void takesTheTrainMissingRateAsTheSyntheticRatesBaseline() {
            Tables tables = new Tables("v", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, NA, 3, 4));
            Finding finding = fidelity.evaluate(tables.audit(real, real));
            assertEquals(figure(finding, "fidelity.column.v.missing_rate_train").estimate(),
                    figure(finding, "fidelity.column.v.missing_rate_synthetic").baseline());
        }
    }

    @Nested
    class EvaluateIntervals {
        private final Tables tables = noisyTables();
        private final Dataset real = noisy(tables, "real", 1, 0);
        private final Dataset synthetic = noisy(tables, "synthetic", 2, 0.5);

        private Finding run(long seed, ForkJoinPool pool) {
            Dataset train = real.select("train", java.util.stream.IntStream.range(0, 200)
                    .toArray());
            Dataset holdout = real.select("holdout", java.util.stream.IntStream.range(200, 300)
                    .toArray());
            return fidelity.evaluate(Tables.audit(real, train, holdout, synthetic, seed, pool,
                    Map.of()));
        }

        @Test
        void keepsEveryIntervalInsideTheUnitRangeAndAroundItsValue() {
            for (Figure figure : run(1, Tables.POOL).figures()) {
                for (Estimate e : new Estimate[] {figure.estimate(), figure.baseline()}) {
                    if (e instanceof Estimate.Value v) {
                        assertTrue(0 <= v.lower() && v.lower() <= v.value()
                                && v.value() <= v.upper() && v.upper() <= 1, figure::toString);
                    }
                }
            }
        }

        @Test
        void givesIntervalsOfPositiveWidthForNoisySamples() {
            Estimate.Value ks = value(run(1, Tables.POOL), "fidelity.column.x.ks");
            assertTrue(ks.lower() < ks.value() && ks.value() < ks.upper(), ks::toString);
            assertEquals(0.95, ks.level());
            assertTrue(ks.method().contains("95% basic bootstrap interval (Davison and Hinkley "
                    + "1997) of the statistic's median at these sample sizes, from 200"),
                    ks::method);
        }

        @Test
        void givesTheSameFindingForTheSameSeedWhateverThePoolSize() {
            try (ForkJoinPool single = new ForkJoinPool(1)) {
                assertEquals(run(7, Tables.POOL), run(7, single));
            }
        }

        @Test
        void givesOtherIntervalsForAnotherSeed() {
            assertNotEquals(value(run(7, Tables.POOL), "fidelity.column.x.ks"),
                    value(run(8, Tables.POOL), "fidelity.column.x.ks"));
            assertEquals(value(run(7, Tables.POOL), "fidelity.column.x.ks").value(),
                    value(run(8, Tables.POOL), "fidelity.column.x.ks").value());
        }
    }

    @Nested
    class EvaluateParameters {
        private final Tables tables = new Tables("v", ColumnType.NUMERIC);
        private final Dataset real = tables.table("real", numbers(1, 2, 3));

        private AuditContext withParameters(Map<String, Object> values) {
            return Tables.audit(real, real, real, real, 1, Tables.POOL,
                    Map.of(ColumnFidelity.ID, new Parameters("evaluator fidelity.columns",
                            values)));
        }

        @Test
        void rejectsAnUnknownParameterNamingIt() {
            InputException e = assertThrows(InputException.class,
                    () -> fidelity.evaluate(withParameters(Map.of("bins", 10))));
            assertEquals("evaluator fidelity.columns: unknown parameter 'bins'; accepted: "
                    + "replicates", e.getMessage());
        }

        @Test
        void rejectsTooFewReplicates() {
            assertThrows(InputException.class,
                    () -> fidelity.evaluate(withParameters(Map.of("replicates", 10))));
        }

        @Test
        void usesTheReplicatesGiven() {
            Finding finding = fidelity.evaluate(withParameters(Map.of("replicates", 60)));
            assertTrue(value(finding, "fidelity.column.v.ks").method()
                    .contains("from 60 seeded replicates"));
        }
    }
}
