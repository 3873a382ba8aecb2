package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synthaudit.metrics.fidelity.PairwiseAssociationTest.figure;
import static org.synthaudit.metrics.fidelity.PairwiseAssociationTest.value;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.RecordExamples;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.stats.Estimate;

class ExactCopiesTest {
    private static final double NA = Double.NaN;
    private final ExactCopies copies = new ExactCopies();

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Evaluator> registry = Registry.load("evaluator", Evaluator.class);
            assertInstanceOf(ExactCopies.class, registry.require("fidelity.copies"));
        }

        @Test
        void isInapplicableToIdentifiersOnly() {
            Tables tables = new Tables("id", ColumnType.IDENTIFIER);
            Dataset real = tables.table("real", labels("a", "b"));
            assertTrue(copies.inapplicable(tables.audit(real, real)).isPresent());
        }
    }

    @Nested
    class Evaluate {
        @Test
        void findsACopyWithFreshIdentifiers() {
            Tables tables = new Tables("id", ColumnType.IDENTIFIER, "age", ColumnType.NUMERIC,
                    "zip", ColumnType.CATEGORICAL, "plan", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("1", "2", "3"), numbers(34, 51, 29),
                    labels("10115", "10117", "10115"), labels("gold", "basic", "gold"));
            Dataset synthetic = tables.table("synthetic", labels("901", "902", "903"),
                    numbers(34, 51, 29), labels("10115", "10117", "10115"),
                    labels("gold", "basic", "gold"));
            Finding finding = copies.evaluate(tables.audit(real, synthetic));
            Estimate.Value share = value(finding, ExactCopies.HEADLINE);
            assertEquals(1.0, share.value());
            assertEquals(1.0, share.upper());
            assertTrue(finding.notes().contains("Identifier columns left out of the "
                    + "comparison: id."), finding.notes()::toString);
        }

        @Test
        void countsTheSyntheticRowsEqualToSomeTrainingRow() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", numbers(1, 2, 3, 4, 5, 6),
                    labels("x", "y", "x", "y", "x", null));
            Dataset train = real.select("train", new int[] {0, 1, 2, 5});
            Dataset holdout = real.select("holdout", new int[] {3, 4});
            Dataset synthetic = tables.table("synthetic", numbers(1, 2, 9, 6, 6),
                    labels("x", "x", "x", null, "x"));
            Finding finding = copies.evaluate(Tables.audit(real, train, holdout, synthetic, 1));
            // (1, x) and (6, missing) are training rows; (2, x), (9, x), (6, x) are not
            assertEquals(0.4, value(finding, ExactCopies.HEADLINE).value(), 1e-15);
            Figure headline = figure(finding, ExactCopies.HEADLINE);
            assertEquals(0.0, ((Estimate.Value) headline.baseline()).value());
            assertEquals(0.0, value(finding, "fidelity.copies.holdout_share").value());
        }

        @Test
        void roundsSyntheticValuesToTheRealPrecisionBeforeComparing() {
            Tables tables = new Tables("age", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(34, 51));
            Dataset synthetic = tables.table("synthetic", numbers(34.2, 50.7, 40));
            Finding finding = copies.evaluate(tables.audit(real, synthetic));
            assertEquals(2.0 / 3, value(finding, ExactCopies.HEADLINE).value(), 1e-15);
        }

        @Test
        void reportsACopyOfTrainAsCopiedEntirely() {
            Tables tables = Correlated.tables();
            Dataset real = Correlated.table(tables, "real", 1000, 2);
            Dataset train = real.select("train", Correlated.range(0, 600));
            Dataset holdout = real.select("holdout", Correlated.range(600, 1000));
            Finding finding = copies.evaluate(Tables.audit(real, train, holdout,
                    train.named("synthetic"), 1));
            assertEquals(1.0, value(finding, ExactCopies.HEADLINE).value());
            assertEquals(1.0, value(finding, "fidelity.copies.train_share_matched").value(),
                    0.34);
            assertTrue(value(finding, "fidelity.copies.train_share_matched").value()
                    > value(finding, "fidelity.copies.holdout_share").upper());
        }

        @Test
        void findsAsManyCopiesOfTrainAsOfHoldoutInAFreshRealSample() {
            Tables tables = new Tables("a", ColumnType.CATEGORICAL, "b", ColumnType.CATEGORICAL);
            java.util.SplittableRandom random = new java.util.SplittableRandom(4);
            String[] a = new String[3000];
            String[] b = new String[3000];
            for (int i = 0; i < a.length; i++) {
                a[i] = "a" + random.nextInt(60);
                b[i] = "b" + random.nextInt(50);
            }
            Dataset real = tables.table("real", a, b);
            Dataset train = real.select("train", Correlated.range(0, 1000));
            Dataset holdout = real.select("holdout", Correlated.range(1000, 1500));
            Dataset synthetic = real.select("synthetic", Correlated.range(1500, 3000));
            Finding finding = copies.evaluate(Tables.audit(real, train, holdout, synthetic, 1));
            Estimate.Value matched = value(finding, "fidelity.copies.train_share_matched");
            Estimate.Value control = value(finding, "fidelity.copies.holdout_share");
            assertTrue(matched.lower() < control.value() && control.value() < matched.upper(),
                    () -> matched + " vs " + control);
        }
    }

    @Nested
    class Examples {
        @Test
        void listEachCopiedTrainingRecordOnceWithItsFirstCopy() {
            Tables tables = new Tables("a", ColumnType.NUMERIC, "b", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", numbers(1, 2, 3, 4, 5, 6),
                    labels("x", "y", "x", "y", "x", null));
            Dataset train = real.select("train", new int[] {0, 1, 2, 5});
            Dataset holdout = real.select("holdout", new int[] {3, 4});
            Dataset synthetic = tables.table("synthetic", numbers(1, 2, 9, 6, 6, 1),
                    labels("x", "x", "x", null, "x", "x"));

            Finding finding = copies.evaluate(Tables.audit(real, train, holdout, synthetic, 1));

            // synthetic rows 0 and 5 copy real record 0, (1, x); row 3 copies record 5
            assertEquals(List.of(new RecordExamples.Match(0, 0), new RecordExamples.Match(5, 3)),
                    finding.examples().matches());
            assertFalse(finding.examples().hasValues());
        }
    }
}
