package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.stats.Estimate;

/** The fidelity evaluators together on inputs that broke peer tools. */
class FidelityCasesTest {
    private static final double NA = Double.NaN;
    private static final List<org.synthaudit.core.plugin.Evaluator> EVALUATORS = List.of(
            new ColumnFidelity(), new PairwiseAssociation(), new KWayMarginals(),
            new PropensityScore(), new ExactCopies());

    private static Map<String, Finding> runAll(AuditContext context) {
        Map<String, Finding> findings = new TreeMap<>();
        for (var evaluator : EVALUATORS) {
            findings.put(evaluator.id(), evaluator.inapplicable(context).isPresent()
                    ? Finding.skipped(evaluator.id(), evaluator.title(), evaluator.category(),
                            evaluator.inapplicable(context).get())
                    : evaluator.evaluate(context));
        }
        return findings;
    }

    private static Estimate estimate(Map<String, Finding> findings, String figureId) {
        return findings.values().stream().flatMap(f -> f.figures().stream())
                .filter(f -> f.id().equals(figureId)).findFirst()
                .orElseThrow(() -> new AssertionError(figureId)).estimate();
    }

    private static double value(Map<String, Finding> findings, String figureId) {
        return assertInstanceOf(Estimate.Value.class, estimate(findings, figureId)).value();
    }

    @Nested
    class SpreadMissingValues {
        /** 500 clean real rows of six columns; synthetic with 3 % blanks in two columns. */
        private Map<String, Finding> run() {
            Tables tables = new Tables("x", ColumnType.NUMERIC, "y", ColumnType.NUMERIC,
                    "n", ColumnType.NUMERIC, "colour", ColumnType.CATEGORICAL,
                    "size", ColumnType.CATEGORICAL, "flag", ColumnType.BOOLEAN);
            Dataset real = table(tables, "real", 500, 1, false);
            Dataset synthetic = table(tables, "synthetic", 500, 2, true);
            return runAll(tables.audit(real, synthetic));
        }

        private Dataset table(Tables tables, String name, int rows, long seed, boolean blanks) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] x = new double[rows];
            double[] y = new double[rows];
            double[] n = new double[rows];
            String[] colour = new String[rows];
            String[] size = new String[rows];
            String[] flag = new String[rows];
            for (int r = 0; r < rows; r++) {
                x[r] = Math.rint(random.nextGaussian() * 100) / 100;
                y[r] = blanks && r % 33 == 5 ? NA : Math.rint((x[r] + random.nextGaussian())
                        * 10) / 10;
                n[r] = random.nextInt(10);
                colour[r] = blanks && r % 33 == 17 ? null : "c" + random.nextInt(4);
                size[r] = x[r] > 0 ? "L" : "S";
                flag[r] = random.nextBoolean() ? "true" : "false";
            }
            return tables.table(name, x, y, n, colour, size, flag);
        }

        @Test
        void computesEveryRequestedFigure() {
            Map<String, Finding> findings = run();
            Set<String> ids = new HashSet<>();
            for (Finding finding : findings.values()) {
                assertNull(finding.skipped(), finding.id());
                for (Figure figure : finding.figures()) {
                    ids.add(figure.id());
                    assertInstanceOf(Estimate.Value.class, figure.estimate(), figure::toString);
                }
            }
            // 1 + 3 numeric x 5 + 3 coded x 4 column figures; 3 + 15 pair figures;
            // 9 marginal, 4 propensity and 3 copy figures
            assertEquals(28 + 18 + 9 + 4 + 3, ids.size());
            assertTrue(ids.contains("fidelity.pair.y|colour.assoc_diff"));
            assertTrue(ids.contains("fidelity.column.colour.missing_rate_synthetic"));
        }

        @Test
        void countsTheBlanksInTheMissingRates() {
            Map<String, Finding> findings = run();
            assertEquals(15.0 / 500, value(findings, "fidelity.column.y.missing_rate_synthetic"),
                    1e-15);
            assertEquals(0.0, value(findings, "fidelity.column.y.missing_rate_train"));
        }
    }

    @Nested
    class AllMissingSyntheticColumn {
        private final Tables tables = new Tables("a", ColumnType.NUMERIC, "b",
                ColumnType.NUMERIC);
        private final Dataset real = tables.table("real", numbers(1, 2, 1, 3, 4),
                numbers(2, 4, 1, 7, 1));
        private final Dataset synthetic = tables.table("synthetic", numbers(1, 2, 1, 3, 4),
                numbers(NA, NA, NA, NA, NA));
        private final Map<String, Finding> findings = runAll(tables.audit(real, synthetic));

        @Test
        void leavesThePairWithTheEmptyColumnUndefined() {
            assertEquals("b is all missing in the synthetic data", assertInstanceOf(
                    Estimate.Undefined.class, estimate(findings, "fidelity.pair.a|b.assoc_diff"))
                    .reason());
            assertEquals(1.0, value(findings, "fidelity.pairs.pairs_excluded"));
        }

        @Test
        void seesTheEmptyColumnInTheMarginalsAndFindsNoCopies() {
            assertTrue(value(findings, KWayMarginals.HEADLINE) > 0.9);
            assertEquals(0.0, value(findings, ExactCopies.HEADLINE));
        }
    }

    @Nested
    class ZeroRangeColumn {
        @Test
        void comparesByEqualityAndExcludesThePair() {
            Tables tables = new Tables("age", ColumnType.NUMERIC, "plan",
                    ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", numbers(40, 40, 40, 40),
                    labels("gold", "silver", "gold", "bronze"));
            Dataset synthetic = tables.table("synthetic", numbers(40, 41),
                    labels("gold", "silver"));
            Map<String, Finding> findings = runAll(tables.audit(real, synthetic));
            assertEquals(0.5, value(findings, "fidelity.column.age.wasserstein"));
            assertEquals("age is constant in the real data", assertInstanceOf(
                    Estimate.Undefined.class, estimate(findings,
                            "fidelity.pair.age|plan.assoc_diff")).reason());
            // the 2-way cells: (40, gold) 1/2 -> 1/2, (40, silver) 1/4 -> 0, (40, bronze) 1/4
            // -> 0, (41, silver) 0 -> 1/2
            assertEquals(0.5, value(findings, KWayMarginals.HEADLINE), 1e-15);
            assertEquals(0.5, value(findings, ExactCopies.HEADLINE));
        }
    }

    @Nested
    class TableAgainstItself {
        @Test
        void isPerfectEverywhere() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 500, 3);
            Map<String, Finding> findings = runAll(tables.audit(real, real));
            assertEquals(0.0, value(findings, ColumnFidelity.HEADLINE));
            assertEquals(0.0, value(findings, PairwiseAssociation.HEADLINE));
            assertEquals(0.0, value(findings, KWayMarginals.HEADLINE));
            assertEquals(1000.0, value(findings, "fidelity.marginals.nist_score"));
            assertEquals(0.5, value(findings, PropensityScore.HEADLINE));
            assertEquals(1.0, value(findings, ExactCopies.HEADLINE));
        }
    }

    @Nested
    class OneAndTwoColumns {
        @Test
        void skipsThePairwiseSectionsForOneColumnAndRunsTheRest() {
            Tables tables = new Tables("AGEP", ColumnType.NUMERIC);
            double[] ages = Correlated.gaussian(1000, 1);
            Dataset real = tables.table("real", ages);
            Map<String, Finding> findings = runAll(tables.audit(real, real));
            assertEquals("pairwise sections need two columns",
                    findings.get(PairwiseAssociation.ID).skipped());
            assertEquals("pairwise sections need two columns",
                    findings.get(KWayMarginals.ID).skipped());
            assertNull(findings.get(ColumnFidelity.ID).skipped());
            assertNull(findings.get(PropensityScore.ID).skipped());
            assertNull(findings.get(ExactCopies.ID).skipped());
        }

        @Test
        void runsEverySectionOnTwoColumns() {
            Tables tables = new Tables("AGEP", ColumnType.NUMERIC, "DEAR", ColumnType.BOOLEAN);
            Dataset real = Correlated.ageAndDisability(tables, 1000, 3);
            Map<String, Finding> findings = runAll(tables.audit(real, real));
            for (Finding finding : findings.values()) {
                assertNull(finding.skipped(), finding.id());
                assertFalse(finding.figures().isEmpty());
            }
            assertEquals("3-way marginals need three columns", assertInstanceOf(
                    Estimate.Undefined.class, estimate(findings,
                            "fidelity.marginals.mean_tvd_3way")).reason());
        }
    }
}
