package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.Bars;
import org.synthaudit.core.audit.Chart;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.stats.Estimate;

class MarginalChartsTest {

    private static double share(Bars bars, int series, int category) {
        return assertInstanceOf(Estimate.Value.class, bars.series().get(series).values()
                .get(category)).value();
    }

    /** n copies of a label. */
    private static List<String> times(int n, String label) {
        return Collections.nCopies(n, label);
    }

    private static String[] column(List<List<String>> parts) {
        List<String> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all.toArray(String[]::new);
    }

    @Nested
    class Of {
        @Test
        void givesTheShareOfEachCategoryInTrainAndSynthetic() {
            // train: 12 A, 18 B (n = 30); synthetic: 15 A, 15 B, and one missing value
            Tables tables = new Tables("plan", ColumnType.CATEGORICAL);
            Dataset train = tables.table("real", (Object) column(List.of(times(12, "A"),
                    times(18, "B"))));
            List<String> synth = new ArrayList<>(times(15, "A"));
            synth.addAll(times(15, "B"));
            synth.add(null);
            Dataset synthetic = tables.table("synthetic", (Object) synth.toArray(String[]::new));
            Bars bars = MarginalCharts.of(0, train, synthetic);

            assertEquals("marginal.plan", bars.id());
            assertEquals(List.of("A", "B"), bars.categories());
            assertEquals(List.of("train", "synthetic"), bars.series().stream()
                    .map(Bars.BarSeries::name).toList());
            assertEquals(0.4, share(bars, 0, 0), 1e-12);
            assertEquals(0.6, share(bars, 0, 1), 1e-12);
            assertEquals(0.5, share(bars, 1, 0), 1e-12);
            Estimate.Value a = (Estimate.Value) bars.series().get(0).values().get(0);
            assertTrue(a.lower() < 0.4 && a.upper() > 0.4, a::toString);
        }

        @Test
        void mergesCategoriesOfFewerThanTenRealRecordsAndNeverNamesThem() {
            // "Zed" is held by 9 training records, "Quux" by 1 and "Only-synth" by none
            Tables tables = new Tables("town", ColumnType.CATEGORICAL);
            Dataset train = tables.table("real", (Object) column(List.of(times(20, "Big"),
                    times(9, "Zed"), times(1, "Quux"))));
            Dataset synthetic = tables.table("synthetic", (Object) column(List.of(
                    times(10, "Big"), times(6, "Zed"), times(4, "Only-synth"))));
            Bars bars = MarginalCharts.of(0, train, synthetic);

            assertEquals(List.of("Big", MarginalCharts.RARE), bars.categories());
            assertEquals(10.0 / 30, share(bars, 0, 1), 1e-12);
            assertEquals(10.0 / 20, share(bars, 1, 1), 1e-12);
            String everything = bars.toString();
            for (String hidden : List.of("Zed", "Quux", "Only-synth")) {
                assertFalse(everything.contains(hidden), hidden);
            }
            assertTrue(bars.notes().contains("3 categories held by fewer than 10 training "
                    + "records (or by none) are merged into 'other (rare)' and not named, "
                    + "since a category label is a real value."), bars.notes()::toString);
        }

        @Test
        void binsNumbersOnRoundedEdgesFromTheRealRange() {
            // real 3 .. 47: raw width 4.4 rounds to 5, bins [0, 5) .. [45, 50)
            Tables tables = new Tables("age", ColumnType.NUMERIC);
            Dataset train = tables.table("real", Tables.numbers(3, 12, 12, 47));
            Dataset synthetic = tables.table("synthetic", Tables.numbers(4, 13, 60, -2));
            Bars bars = MarginalCharts.of(0, train, synthetic);

            assertEquals(12, bars.categories().size());
            assertEquals(MarginalCharts.BELOW, bars.categories().getFirst());
            assertEquals("[0, 5)", bars.categories().get(1));
            assertEquals("[45, 50)", bars.categories().get(10));
            assertEquals(MarginalCharts.ABOVE, bars.categories().getLast());
            assertEquals(0.5, share(bars, 0, 3), 1e-12);
            assertEquals(0.0, share(bars, 0, 0), 1e-12);
            assertEquals(0.25, share(bars, 1, 0), 1e-12);
            assertEquals(0.25, share(bars, 1, 11), 1e-12);
        }

        @Test
        void binsARangeThatOverflowsADoubleOnFiniteEdges() {
            // real -1e308 .. 1e308: raw width 2e308 / 10 = 2e307, bins [-1e308, -8e307) ..
            // [1e308, 1.2e308), every edge finite although the range itself overflows
            Tables tables = new Tables("c", ColumnType.NUMERIC);
            Dataset train = tables.table("real", Tables.numbers(-1e308, 3, 4, 1e308));
            Dataset synthetic = tables.table("synthetic", Tables.numbers(10, 11, 12, 13));
            Bars bars = MarginalCharts.of(0, train, synthetic);

            assertEquals(11, bars.categories().size());
            assertEquals("[-1e+308, -8e+307)", bars.categories().getFirst());
            assertEquals("[1e+308, 1.2e+308)", bars.categories().getLast());
            assertEquals(0.25, share(bars, 0, 0), 1e-12);
            assertEquals(0.5, share(bars, 0, 5), 1e-12);
            assertEquals(0.25, share(bars, 0, 10), 1e-12);
            assertEquals(1.0, share(bars, 1, 5), 1e-12);
        }

        @Test
        void roundsTheBinWidthToOneTwoOrFiveTimesAPowerOfTen() {
            assertEquals(5.0, MarginalCharts.niceWidth(4.4), 1e-12);
            assertEquals(0.2, MarginalCharts.niceWidth(0.13), 1e-12);
            assertEquals(1000.0, MarginalCharts.niceWidth(1000), 1e-9);
        }
    }

    @Nested
    class InTheFinding {
        @Test
        void drawsOneMarginalChartPerColumn() {
            Tables tables = new Tables("age", ColumnType.NUMERIC, "plan",
                    ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", Tables.numbers(30, 40, 50),
                    Tables.labels("a", "b", "a"));
            Finding finding = new ColumnFidelity().evaluate(tables.audit(real, real));
            assertEquals(List.of("marginal.age", "marginal.plan"), finding.charts().stream()
                    .map(Chart::id).toList());
        }
    }
}
