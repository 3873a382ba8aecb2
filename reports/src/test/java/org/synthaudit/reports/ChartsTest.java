package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.Series;

class ChartsTest {
    private static Series roc(String label) {
        return new Series("roc", label, "FPR", "TPR", new double[] {0, 0.01, 0.1, 1},
                new double[] {0.02, 0.05, 0.3, 1});
    }

    private static Element parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser()).selectFirst("svg");
    }

    private static List<String> texts(String svg) {
        return parse(svg).select("text").eachText();
    }

    @Nested
    class Svg {
        @Test
        void drawsAnRocCurveWithDecadeTicksAndTheChanceLine() {
            String svg = Charts.svg(roc("attack"), "c1").orElseThrow();

            List<String> texts = texts(svg);
            assertTrue(texts.containsAll(List.of("0.001", "0.01", "0.1", "1", "attack",
                    "random guessing", "FPR", "TPR")), texts::toString);
        }

        @Test
        void drawsOtherSeriesWithoutTheChanceLine() {
            Series cdf = new Series("cdf", "age", "years", "share", new double[] {20, 40, 60},
                    new double[] {0.1, 0.5, 1});

            List<String> texts = texts(Charts.svg(cdf, "c1").orElseThrow());
            assertTrue(texts.contains("age"));
            assertFalse(texts.contains("random guessing"));
        }

        @Test
        void escapesLabelsFromData() {
            String label = "<script>alert(1)</script> & \"x\"";
            String svg = Charts.svg(roc(label), "c1").orElseThrow();

            assertFalse(svg.contains("<script"));
            assertTrue(texts(svg).contains(label));
            assertTrue(parse(svg).select("script").isEmpty());
        }

        @Test
        void scalesWithItsViewBoxAndCarriesTheGivenId() {
            Element svg = parse(Charts.svg(roc("a"), "chart-2-1").orElseThrow());

            assertEquals("chart-2-1", svg.id());
            assertEquals("0 0 600 380", svg.attr("viewBox").replace(".0", ""));
            assertFalse(svg.hasAttr("width"));
        }

        @Test
        void prefixesEveryInnerIdWithItsOwnSoChartsCanShareAPage() {
            String svg = Charts.svg(roc("a"), "chart-7").orElseThrow();

            Matcher ids = Pattern.compile("\\bid='([^']*)'").matcher(svg);
            int count = 0;
            while (ids.find()) {
                assertTrue(ids.group(1).startsWith("chart-7"), ids.group(1));
                count++;
            }
            assertTrue(count > 1);
        }

        @Test
        void isTheSameForTheSameSeries() {
            assertEquals(Charts.svg(roc("a"), "c1"), Charts.svg(roc("a"), "c1"));
        }

        @Test
        void drawsNothingWhenNoPointFitsALogAxis() {
            Series atZero = new Series("roc", "a", "FPR", "TPR", new double[] {0, 0},
                    new double[] {0, 1});

            assertTrue(Charts.svg(atZero, "c1").isEmpty());
        }

        @Test
        void drawsNothingWithoutFinitePoints() {
            Series empty = new Series("cdf", "a", "x", "y", new double[] {Double.NaN},
                    new double[] {1});

            assertTrue(Charts.svg(empty, "c1").isEmpty());
        }

        @Test
        void rejectsAnIdThatIsNotSafeInMarkup() {
            assertThrows(IllegalArgumentException.class,
                    () -> Charts.svg(roc("a"), "x' onload='alert(1)"));
        }
    }

    @Nested
    class RocPoints {
        @Test
        void drawsTheSegmentFromTheOriginOfABlockOfTiedScoresOnTheLogAxis() {
            // A release of copies: every member ties with 10.55 % of the non-members.
            Series roc = new Series(Charts.ROC, "ROC", "false-positive rate",
                    "true-positive rate", new double[] {0, 0.1055, 1}, new double[] {0, 1, 1});

            org.jfree.data.xy.XYSeries points = Charts.points(roc, true);

            assertEquals(0.001, points.getX(0).doubleValue(), 1e-12);
            assertEquals(0.001 / 0.1055, points.getY(0).doubleValue(), 1e-12);
            for (int i = 0; i < points.getItemCount(); i++) {
                double x = points.getX(i).doubleValue();
                double y = points.getY(i).doubleValue();
                assertEquals(x < 0.1055 ? x / 0.1055 : 1, y, 1e-12, "point " + i);
            }
            assertTrue(points.getItemCount() > 12, "one decade of log-spaced points at least");
        }

        @Test
        void leavesALinearAxisWithTheSeriesOwnPoints() {
            Series line = new Series("curve", "c", "x", "y", new double[] {0, 0.1055, 1},
                    new double[] {0, 1, 1});

            assertEquals(3, Charts.points(line, false).getItemCount());
        }
    }

    @Nested
    class Scatter {
        private final List<Charts.Point> points = List.of(
                new Charts.Point("a", 0.5, 0.48, 0.52, 0.8, 0.77, 0.83, true),
                new Charts.Point("b", 0.6, 0.55, 0.65, 0.7, 0.65, 0.75, false),
                new Charts.Point("c", 0.9, 0.85, Double.POSITIVE_INFINITY, 1.0, 0.98, 1.02,
                        true));

        @Test
        void labelsEveryPointAndJoinsTheFrontInOrderOfX() {
            String svg = Charts.scatter(points, "risk", "utility", "c1").orElseThrow();

            assertTrue(texts(svg).containsAll(List.of("a", "b", "c", "risk", "utility",
                    "Pareto front", "dominated")), texts(svg)::toString);
            assertEquals(1, parse(svg).select("line[style*=dasharray]").size());
        }

        @Test
        void escapesLabelsFromData() {
            String label = "<script>alert(1)</script>";
            String svg = Charts.scatter(List.of(new Charts.Point(label, 0.5, 0.4, 0.6, 0.5,
                    0.4, 0.6, true)), label, "y", "c1").orElseThrow();

            assertFalse(svg.contains("<script"));
            assertTrue(texts(svg).contains(label));
        }

        @Test
        void showsControlCharactersInLabelsAsEscapes() {
            String label = "gen\u202e\u0007";
            String svg = Charts.scatter(List.of(new Charts.Point(label, 0.5, 0.4, 0.6, 0.5,
                    0.4, 0.6, true)), label, label, "c1").orElseThrow();

            assertFalse(svg.contains("\u202e") || svg.contains("\u0007"));
            // the point's label and both axis labels
            assertEquals(3, texts(svg).stream().filter("gen\\u202e\\u0007"::equals).count(),
                    texts(svg)::toString);
        }

        @Test
        void drawsNothingWithoutAFinitePoint() {
            assertTrue(Charts.scatter(List.of(new Charts.Point("a", Double.NaN, 0, 1, 0.5, 0,
                    1, false)), "x", "y", "c1").isEmpty());
        }
    }
}
