package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.Bars;
import org.synthaudit.core.audit.Heatmap;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GridChartsTest {
    private static final String HOSTILE = "</svg><script>alert('x')</script>&\"";
    /** A right-to-left override and a bell, which must show as escapes, never raw. */
    private static final String INVISIBLE = "city\u202e\u0007";
    private static final String SHOWN = "city\\u202e\\u0007";

    /** Whether the markup holds a raw control or bidirectional-control character. */
    private static boolean hasRawControl(String svg) {
        return svg.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static Heatmap heatmap(Estimate offDiagonal) {
        List<List<Estimate>> cells = new ArrayList<>();
        cells.add(Arrays.asList(null, offDiagonal));
        cells.add(Arrays.asList(offDiagonal, null));
        return new Heatmap("matrix.difference", "difference", "absolute difference",
                List.of("a", HOSTILE), List.of("a", HOSTILE), cells, Bounds.UNIT);
    }

    @Nested
    class BarSvg {
        @Test
        void escapesHostileCategoryAndSeriesNames() throws Exception {
            Bars bars = new Bars("marginal.x", "x", HOSTILE, "share", List.of(HOSTILE, "b"),
                    List.of(new Bars.BarSeries(HOSTILE, List.of(Estimate.of(0.4, 0.3, 0.5, 0.95,
                            "test"), Estimate.of(0.6, 0.5, 0.7, 0.95, "test")))), List.of());
            String svg = BarChart.svg(bars, "chart-1").orElseThrow();
            Document doc = parse(svg);
            assertEquals(0, doc.getElementsByTagName("script").getLength());
            assertTrue(texts(doc).contains(HOSTILE), texts(doc)::toString);
        }

        @Test
        void showsControlCharactersInNamesAsEscapes() throws Exception {
            Bars bars = new Bars("marginal.x", "x", INVISIBLE, INVISIBLE, List.of(INVISIBLE,
                    "b"), List.of(new Bars.BarSeries(INVISIBLE, List.of(Estimate.of(0.4, 0.3,
                            0.5, 0.95, "test"), Estimate.of(0.6, 0.5, 0.7, 0.95, "test")))),
                    List.of());
            String svg = BarChart.svg(bars, "chart-1").orElseThrow();

            assertFalse(hasRawControl(svg));
            // axis label, category label and legend entry
            assertEquals(4, texts(parse(svg)).stream().filter(SHOWN::equals).count(),
                    texts(parse(svg))::toString);
        }

        @Test
        void marksAnUndefinedBarInsteadOfDrawingItAtZero() throws Exception {
            Bars bars = new Bars("groups.race.share", "shares", "race", "share",
                    List.of("small"), List.of(new Bars.BarSeries("real", List.of(
                            Estimate.undefined("group too small: n = 3")))), List.of());
            List<String> texts = texts(parse(BarChart.svg(bars, "chart-2").orElseThrow()));
            assertTrue(texts.contains("undefined (no bar)"), texts::toString);
            assertEquals(List.of("small (group too small: n = 3)"), BarChart.undefined(bars));
        }
    }

    @Nested
    class HeatmapSvg {
        @Test
        void showsControlCharactersInColumnNamesAsEscapes() throws Exception {
            List<List<Estimate>> cells = new ArrayList<>();
            Estimate cell = Estimate.of(0.25, 0.2, 0.3, 0.95, "test");
            cells.add(Arrays.asList(null, cell));
            cells.add(Arrays.asList(cell, null));
            Heatmap map = new Heatmap("matrix.difference", "difference", INVISIBLE,
                    List.of("a", INVISIBLE), List.of("a", INVISIBLE), cells, Bounds.UNIT);
            String svg = HeatmapChart.svg(map, "chart-3").orElseThrow();

            assertFalse(hasRawControl(svg));
            // the row label, the column label and the scale's label
            assertEquals(3, texts(parse(svg)).stream().filter(SHOWN::equals).count(),
                    texts(parse(svg))::toString);
        }

        @Test
        void escapesHostileColumnNames() throws Exception {
            Document doc = parse(HeatmapChart.svg(heatmap(Estimate.of(0.25, 0.2, 0.3, 0.95,
                    "test")), "chart-3").orElseThrow());
            assertEquals(0, doc.getElementsByTagName("script").getLength());
            assertTrue(texts(doc).contains(HOSTILE), texts(doc)::toString);
            assertTrue(texts(doc).contains("0.25"), texts(doc)::toString);
        }

        @Test
        void drawsAnUndefinedCellAsUndefinedAndNotAsZero() throws Exception {
            // "0.00" is the colour scale's first tick; a cell of 0 writes it once more
            List<String> zero = texts(parse(HeatmapChart.svg(heatmap(Estimate.exact(0,
                    "test")), "chart-4").orElseThrow()));
            assertEquals(3, zero.stream().filter("0.00"::equals).count(), zero::toString);
            List<String> texts = texts(parse(HeatmapChart.svg(heatmap(Estimate.undefined(
                    "b is constant in the real data")), "chart-4").orElseThrow()));
            assertTrue(texts.contains("undefined (struck through)"), texts::toString);
            assertEquals(1, texts.stream().filter("0.00"::equals).count(), texts::toString);
        }

        @Test
        void namesTheUndefinedPairsAndTheirReasonsInTheCaption() {
            ReportView.ChartView view = ReportView.ChartView.of(heatmap(Estimate.undefined(
                    "b is constant in the real data")), "chart-5");
            assertTrue(view.explanation().contains("a | " + HOSTILE
                    + ": b is constant in the real data"), view::explanation);
            assertEquals("heatmap", view.kind());
        }
    }
}
