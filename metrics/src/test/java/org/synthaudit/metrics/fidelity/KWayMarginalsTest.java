package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.fidelity.PairwiseAssociationTest.figure;
import static org.synthaudit.metrics.fidelity.PairwiseAssociationTest.reason;
import static org.synthaudit.metrics.fidelity.PairwiseAssociationTest.value;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Estimate;

class KWayMarginalsTest {
    private final KWayMarginals marginals = new KWayMarginals();

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertInstanceOf(KWayMarginals.class, registry.require("fidelity.marginals"));
        }

        @Test
        void needsTwoColumns() {
            Tables tables = new Tables("AGEP", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(30, 41));
            assertEquals("pairwise sections need two columns",
                    marginals.inapplicable(tables.audit(real, real)).orElseThrow());
        }
    }

    @Nested
    class Evaluate {
        @Test
        void leavesEveryDistanceUndefinedOnAOneRowTable() {
            Tables tables = new Tables("a", ColumnType.CATEGORICAL, "b", ColumnType.NUMERIC);
            Dataset real = tables.table("real", labels("x"), numbers(3));
            Finding finding = marginals.evaluate(tables.audit(real, real));
            // a resample of one row repeats it: 0 [0, 0] would claim a certainty there is not
            for (String id : new String[] {KWayMarginals.HEADLINE, "fidelity.marginals.nist_score",
                "fidelity.marginals.subsample_percentile"}) {
                assertEquals("too few rows: train has 1 row; the row bootstrap needs at least 2 "
                        + "in each table (every resample of one row repeats it)",
                        reason(finding.figure(id).orElseThrow().estimate()));
            }
        }

        @Test
        void givesTheTotalVariationDistanceOfATwoWayMarginal() {
            Tables tables = new Tables("a", ColumnType.CATEGORICAL, "b", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("x", "x", "y", "y"),
                    labels("p", "q", "p", "q"));
            Dataset synthetic = tables.table("synthetic", labels("x", "x", "y", "y"),
                    labels("p", "p", "q", "q"));
            Finding finding = marginals.evaluate(tables.audit(real, synthetic));
            // real: four cells of 1/4; synthetic: (x, p) and (y, q) of 1/2
            assertEquals(0.5, value(finding, KWayMarginals.HEADLINE).value());
            assertEquals(0.5, value(finding, "fidelity.marginals.mean_tvd_2way").value());
            assertEquals(500, value(finding, "fidelity.marginals.nist_score").value(), 1e-12);
            assertEquals(500, value(finding, "fidelity.marginals.nist_score_2way").value(),
                    1e-12);
            assertEquals("3-way marginals need three columns",
                    reason(figure(finding, "fidelity.marginals.mean_tvd_3way").estimate()));
            assertEquals(1.0, value(finding, "fidelity.marginals.marginals_2way").value());
            assertEquals(0.0, value(finding, "fidelity.marginals.marginals_3way").value());
        }

        @Test
        void seesWhatOnlyThreeWayMarginalsShow() {
            Tables tables = new Tables("a", ColumnType.BOOLEAN, "b", ColumnType.BOOLEAN,
                    "c", ColumnType.BOOLEAN);
            // c = a xor b in the real data, c = not (a xor b) in the synthetic data: every
            // pair is uniform in both, the triples have disjoint supports
            Dataset real = tables.table("real", labels("false", "false", "true", "true"),
                    labels("false", "true", "false", "true"),
                    labels("false", "true", "true", "false"));
            Dataset synthetic = tables.table("synthetic", labels("false", "false", "true",
                    "true"), labels("false", "true", "false", "true"),
                    labels("true", "false", "false", "true"));
            Finding finding = marginals.evaluate(tables.audit(real, synthetic));
            assertEquals(0.0, value(finding, "fidelity.marginals.mean_tvd_2way").value());
            assertEquals(1.0, value(finding, "fidelity.marginals.mean_tvd_3way").value());
            assertEquals(0.25, value(finding, KWayMarginals.HEADLINE).value());
        }

        @Test
        void countsSyntheticValuesOutsideTheRealRangeInTheirOwnBins() {
            Tables tables = new Tables("v", ColumnType.NUMERIC, "c", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", numbers(0, 10, 5, 5), labels("a", "a", "a",
                    "a"));
            Dataset synthetic = tables.table("synthetic", numbers(0, 10, 5, 50),
                    labels("a", "a", "a", "a"));
            Finding finding = marginals.evaluate(tables.audit(real, synthetic));
            assertEquals(0.25, value(finding, KWayMarginals.HEADLINE).value());
        }

        @Test
        void scoresACopyOfTrainAsPerfect() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 800, 4);
            Dataset train = real.select("train", Correlated.range(0, 400));
            Dataset holdout = real.select("holdout", Correlated.range(400, 800));
            Finding finding = marginals.evaluate(Tables.audit(real, train, holdout,
                    train.named("synthetic"), 2));
            Estimate.Value tvd = value(finding, KWayMarginals.HEADLINE);
            assertEquals(0.0, tvd.value());
            assertEquals(0.0, tvd.lower());
            assertEquals(1000.0, value(finding, "fidelity.marginals.nist_score").value());
            assertEquals(1.0, value(finding, "fidelity.marginals.subsample_percentile").value());
            Estimate.Value share = value(finding,
                    "fidelity.marginals.equivalent_subsample_share");
            assertEquals(1.0, share.value());
            Figure headline = figure(finding, KWayMarginals.HEADLINE);
            assertTrue(((Estimate.Value) headline.baseline()).value() > 0.01,
                    headline::toString);
        }

        @Test
        void ranksIndependentColumnsBelowEveryRealSubsample() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 1600, 4);
            Dataset train = real.select("train", Correlated.range(0, 800));
            Dataset holdout = real.select("holdout", Correlated.range(800, 1600));
            Dataset synthetic = Correlated.shuffledColumns(tables, train, 5);
            Finding finding = marginals.evaluate(Tables.audit(real, train, holdout, synthetic,
                    2));
            Figure headline = figure(finding, KWayMarginals.HEADLINE);
            Estimate.Value tvd = (Estimate.Value) headline.estimate();
            Estimate.Value baseline = (Estimate.Value) headline.baseline();
            assertTrue(tvd.lower() > baseline.upper(), () -> tvd + " vs " + baseline);
            assertEquals(0.0, value(finding, "fidelity.marginals.subsample_percentile").value());
            Estimate.Value share = value(finding,
                    "fidelity.marginals.equivalent_subsample_share");
            Estimate.Value realShare = assertInstanceOf(Estimate.Value.class, figure(finding,
                    "fidelity.marginals.equivalent_subsample_share").baseline());
            assertTrue(share.value() < realShare.value(), () -> share + " vs " + realShare);
        }

        @Test
        void placesAnIndependentRealSampleAmongTheRealSubsamples() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 1800, 4);
            Dataset train = real.select("train", Correlated.range(0, 600));
            Dataset holdout = real.select("holdout", Correlated.range(600, 1200));
            Dataset synthetic = real.select("synthetic", Correlated.range(1200, 1500));
            Finding finding = marginals.evaluate(Tables.audit(real, train, holdout, synthetic,
                    2));
            Estimate.Value percentile = value(finding, "fidelity.marginals.subsample_percentile");
            assertTrue(percentile.lower() < 0.5 && 0.5 < percentile.upper(),
                    percentile::toString);
        }

        @Test
        void samplesTheMarginalsOfAWideTable() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.NUMERIC,
                    "c", ColumnType.NUMERIC, "d", ColumnType.NUMERIC, "e", ColumnType.NUMERIC);
            double[] x = Correlated.gaussian(50, 1);
            Dataset real = tables.table("real", x, x, x, x, x);
            AuditContext context = Tables.audit(real, real, real, real, 1, Tables.POOL,
                    Map.of(KWayMarginals.ID, new Parameters("evaluator fidelity.marginals",
                            Map.of("max_combinations", 4))));
            Finding finding = marginals.evaluate(context);
            assertEquals(4.0, value(finding, "fidelity.marginals.marginals_2way").value());
            assertEquals(4.0, value(finding, "fidelity.marginals.marginals_3way").value());
            assertTrue(finding.notes().stream().anyMatch(n -> n.contains(
                    "compared a seeded random sample of 4 of 10 pairs and 4 of 10 triples")),
                    finding.notes()::toString);
        }

        @Test
        void leavesTheBaselinesUndefinedWithoutNonMemberRecords() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 100, 4);
            Dataset holdout = real.select("holdout", new int[0]);
            Finding finding = marginals.evaluate(Tables.audit(real, real, holdout, real, 2));
            String why = "no holdout or reference records to draw real subsamples from";
            assertEquals(why, reason(figure(finding, KWayMarginals.HEADLINE).baseline()));
            assertEquals(why, reason(figure(finding, "fidelity.marginals.subsample_percentile")
                    .estimate()));
        }

        @Test
        void givesTheSameFindingWhateverThePoolSize() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 300, 4);
            Dataset synthetic = Correlated.shuffledColumns(tables, real, 5);
            try (ForkJoinPool single = new ForkJoinPool(1)) {
                assertEquals(marginals.evaluate(Tables.audit(real, real, real, synthetic, 3,
                        Tables.POOL, Map.of())), marginals.evaluate(Tables.audit(real, real,
                        real, synthetic, 3, single, Map.of())));
            }
        }
    }
}
