package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Heatmap;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class PairwiseAssociationTest {
    private final PairwiseAssociation pairs = new PairwiseAssociation();

    static Estimate.Value value(Finding finding, String figureId) {
        return assertInstanceOf(Estimate.Value.class, figure(finding, figureId).estimate());
    }

    static Figure figure(Finding finding, String figureId) {
        return finding.figure(figureId).orElseThrow(() -> new AssertionError(figureId));
    }

    static String reason(Estimate estimate) {
        return assertInstanceOf(Estimate.Undefined.class, estimate).reason();
    }

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertInstanceOf(PairwiseAssociation.class, registry.require("fidelity.pairs"));
            assertEquals(Category.FIDELITY, pairs.category());
        }

        @Test
        void needsTwoColumnsOtherThanIdentifiers() {
            Tables tables = new Tables("id", ColumnType.IDENTIFIER, "AGEP", ColumnType.NUMERIC);
            Dataset real = tables.table("real", labels("a", "b"), numbers(30, 41));
            assertEquals("pairwise sections need two columns",
                    pairs.inapplicable(tables.audit(real, real)).orElseThrow());
            Finding finding = pairs.evaluate(tables.audit(real, real));
            assertEquals("pairwise sections need two columns", finding.skipped());
        }
    }

    @Nested
    class Evaluate {
        @Test
        void excludesAPairWithAColumnConstantInTheRealData() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 8, 3), numbers(4, 4, 4));
            Dataset synthetic = tables.table("synthetic", numbers(2, 7, 3), numbers(4, 5, 4));
            Finding finding = pairs.evaluate(tables.audit(real, synthetic));

            assertEquals("b is constant in the real data",
                    reason(figure(finding, "fidelity.pair.a|b.assoc_diff").estimate()));
            assertEquals("no pair's association difference could be computed",
                    reason(figure(finding, PairwiseAssociation.HEADLINE).estimate()));
            assertEquals(0.0, value(finding, "fidelity.pairs.pairs_compared").value());
            assertEquals(1.0, value(finding, "fidelity.pairs.pairs_excluded").value());
            assertTrue(finding.notes().contains(
                    "Pair a | b excluded: b is constant in the real data."),
                    finding.notes()::toString);
        }

        @Test
        void leavesAnExcludedPairOutOfTheMean() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC,
                    "c", ColumnType.NUMERIC);
            double[] a = Correlated.gaussian(400, 1);
            double[] c = Correlated.noisy(a, 0.5, 2);
            Dataset real = tables.table("real", a, Correlated.constant(400, 4), c);
            Finding finding = pairs.evaluate(tables.audit(real, real));
            assertEquals(0.0, value(finding, PairwiseAssociation.HEADLINE).value());
            assertEquals(1.0, value(finding, "fidelity.pairs.pairs_compared").value());
            assertEquals(2.0, value(finding, "fidelity.pairs.pairs_excluded").value());
        }

        @Test
        void measuresAShuffledCopyOfTrainAsExactlyEqual() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC,
                    "g", ColumnType.CATEGORICAL);
            double[] a = Correlated.gaussian(500, 1);
            double[] b = Correlated.noisy(a, 0.7, 2);
            String[] g = new String[a.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = a[i] > 600 ? "high" : i % 3 == 0 ? "low" : "mid";
            }
            Dataset real = tables.table("real", a, b, g);
            int[] permuted = new int[a.length];
            for (int i = 0; i < permuted.length; i++) {
                permuted[i] = (i * 7 + 3) % permuted.length;
            }
            Dataset shuffled = real.select("synthetic", permuted);
            Finding finding = pairs.evaluate(tables.audit(real, shuffled));
            // summed in row order, the shuffled copy differed from train by rounding, ~1e-16
            assertEquals(0.0, value(finding, PairwiseAssociation.HEADLINE).value());
            assertEquals(0.0, value(finding, "fidelity.pair.a|b.assoc_diff").value());
            assertEquals(0.0, value(finding, "fidelity.pair.a|g.assoc_diff").value());
        }

        @Test
        void runsOnTwoColumns() {
            Tables tables = new Tables("AGEP", ColumnType.NUMERIC, "DEAR", ColumnType.BOOLEAN);
            Dataset real = Correlated.ageAndDisability(tables, 1000, 3);
            Finding finding = pairs.evaluate(tables.audit(real, real));
            assertEquals(1 + 2 + 1, finding.figures().size());
            Figure pair = figure(finding, "fidelity.pair.AGEP|DEAR.assoc_diff");
            assertEquals(0.0, value(finding, pair.id()).value());
            assertTrue(pair.label().contains("correlation ratio"), pair::label);
        }

        @Test
        void givesZeroForAnIdenticalRelease() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 600, 5);
            Finding finding = pairs.evaluate(tables.audit(real, real));
            for (Figure figure : finding.figures()) {
                if (figure.id().startsWith("fidelity.pair.")) {
                    assertEquals(0.0, value(finding, figure.id()).value(), figure.id());
                }
            }
            Estimate.Value headline = value(finding, PairwiseAssociation.HEADLINE);
            assertEquals(0.0, headline.value());
            assertEquals(0.0, headline.lower());
        }

        @Test
        void findsTheAssociationsThatIndependentColumnsLose() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 1200, 5);
            Dataset train = real.select("train", Correlated.range(0, 600));
            Dataset holdout = real.select("holdout", Correlated.range(600, 1200));
            Dataset synthetic = Correlated.shuffledColumns(tables, train, 9);
            Finding finding = pairs.evaluate(Tables.audit(real, train, holdout, synthetic, 1));

            Figure headline = figure(finding, PairwiseAssociation.HEADLINE);
            Estimate.Value difference = (Estimate.Value) headline.estimate();
            Estimate.Value baseline = (Estimate.Value) headline.baseline();
            assertTrue(difference.value() > 0.3, difference::toString);
            assertTrue(difference.lower() > baseline.upper(), () -> difference + " vs "
                    + baseline);
            assertTrue(value(finding, "fidelity.pair.x|y.assoc_diff").value() > 0.7);
        }

        @Test
        void givesTheSameFindingWhateverThePoolSize() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 300, 5);
            Dataset synthetic = Correlated.shuffledColumns(tables, real, 9);
            try (ForkJoinPool single = new ForkJoinPool(1)) {
                assertEquals(pairs.evaluate(Tables.audit(real, real, real, synthetic, 3,
                        Tables.POOL, Map.of())), pairs.evaluate(Tables.audit(real, real, real,
                        synthetic, 3, single, Map.of())));
            }
        }

        @Test
        void declaresTheRangeOfEachDifference() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 200, 5);
            Finding finding = pairs.evaluate(tables.audit(real, real));
            assertEquals(new Bounds(0, 2), figure(finding, "fidelity.pair.x|y.assoc_diff")
                    .bounds());
            assertEquals(Bounds.UNIT, figure(finding, "fidelity.pair.colour|flag.assoc_diff")
                    .bounds());
            assertEquals(new Bounds(0, 2), figure(finding, PairwiseAssociation.HEADLINE)
                    .bounds());
        }

        @Test
        void drawsEachPairAsTwoCellsOfTheDifferenceHeatmap() {
            // r = 1 in the real data and r = -1 in the release: a difference of 2
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 2, 3, 4), numbers(1, 2, 3, 4));
            Dataset synthetic = tables.table("synthetic", numbers(1, 2, 3, 4),
                    numbers(4, 3, 2, 1));
            Finding finding = pairs.evaluate(tables.audit(real, synthetic));

            Heatmap map = assertInstanceOf(Heatmap.class, finding.charts().getFirst());
            assertEquals(1, finding.charts().size());
            assertEquals("matrix.difference", map.id());
            assertEquals(List.of("a", "b"), map.rows());
            assertEquals(List.of("a", "b"), map.columns());
            assertEquals(2.0, assertInstanceOf(Estimate.Value.class, map.cell(0, 1)).value(),
                    1e-12);
            assertEquals(map.cell(0, 1), map.cell(1, 0));
            assertEquals(figure(finding, "fidelity.pair.a|b.assoc_diff").estimate(),
                    map.cell(0, 1));
            assertNull(map.cell(0, 0));
            assertEquals(new Bounds(0, 2), map.scale());
        }

        @Test
        void leavesTheCellOfAnUndefinedPairUndefinedWithTheReason() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 8, 3), numbers(4, 4, 4));
            Dataset synthetic = tables.table("synthetic", numbers(2, 7, 3), numbers(4, 5, 4));
            Heatmap map = (Heatmap) pairs.evaluate(tables.audit(real, synthetic)).charts()
                    .getFirst();
            assertEquals("b is constant in the real data", reason(map.cell(1, 0)));
        }
    }
}
