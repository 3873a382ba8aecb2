package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompareHtmlReportTest {
    private static Document page(CompareFixture fixture) {
        return Jsoup.parse(CompareHtmlReport.render(fixture.build()));
    }

    private static String text(Element element) {
        return element.text().replaceAll("\\s+", " ").strip();
    }

    @Nested
    class Render {
        private final Document page = page(CompareFixture.plain());

        @Test
        void listsTheGeneratorsInLeaderboardOrderWithTheirFigures() {
            List<Element> rows = page.select("#leaderboard tbody tr");

            assertEquals(List.of("independent-marginals", "identity",
                    "bayesian-network:epsilon=1"), rows.stream()
                            .map(r -> r.attr("data-generator")).toList());
            String first = text(rows.getFirst());
            assertTrue(first.contains("0.5000 [0.4800, 0.5200] rank 1 of 3"), first);
            assertTrue(first.contains("0.8 [0.77, 0.83] rank 2 of 3"), first);
        }

        @Test
        void marksTheSameParetoFrontInTheLeaderboardAndTheChart() {
            List<String> board = page.select("#leaderboard tr[data-pareto=true]").stream()
                    .map(r -> r.attr("data-generator")).toList();
            String caption = text(page.selectFirst("#chart figcaption"));
            Element svg = page.selectFirst("#chart svg");

            assertEquals(List.of("independent-marginals", "identity"), board);
            assertTrue(caption.contains("joins the Pareto front: independent-marginals, "
                    + "identity."), caption);
            assertEquals(board.size() - 1, svg.select("line[style*=dasharray]").size());
            assertTrue(svg.select("text").eachText().containsAll(List.of("identity",
                    "independent-marginals", "bayesian-network:epsilon=1", "Pareto front",
                    "dominated")), svg.select("text").eachText()::toString);
        }

        @Test
        void showsTheVerdictOfEveryRepeatWithTheRulesThatDidNotPass() {
            Element identity = page.selectFirst("#leaderboard tr[data-generator=identity]");

            assertEquals(List.of("FAIL", "FAIL"), identity.select(".badge-failed").eachText());
            assertEquals("failed: membership-dcr-auc", identity.selectFirst(".badge-failed")
                    .attr("title"));
        }

        @Test
        void showsUndefinedFiguresAndUntestableDifferencesWithTheirReasons() {
            String figures = text(page.selectFirst("#figures tr[data-figure=fairness.share_tvd]"));
            String differences = text(page.selectFirst("#differences"));

            assertTrue(figures.contains("undefined — no target column"), figures);
            assertTrue(differences.contains("0.4800 [0.4300, 0.5300] 0.0516 t = 12.3, df 1"),
                    differences);
            assertTrue(differences.contains("undefined — identity: no target column"),
                    differences);
        }

        @Test
        void listsTheSeedsOfEveryRepeat() {
            List<String> seeds = page.select("#audits table").getFirst().select("tbody tr")
                    .eachText();

            assertEquals(List.of("1 42 7 8", "2 -5 9 10"), seeds);
        }

        @Test
        void isSelfContained() {
            assertTrue(page.select("script, link, img, iframe").isEmpty());
            assertTrue(page.select("[src], [href^=http]").isEmpty());
        }
    }

    /** Markup in generator labels, reasons, paths and the configuration. */
    @Nested
    class HostileText {
        private final String html = CompareHtmlReport.render(CompareFixture.hostile().build());
        private final Document page = Jsoup.parse(html);

        @Test
        void createsNoScriptImgOrEventHandler() {
            assertTrue(page.select("script, img").isEmpty());
            assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                            element::toString);
                }
            }
        }

        @Test
        void showsHostileLabelsReasonsAndPathsAsText() {
            CompareFixture hostile = CompareFixture.hostile();

            assertEquals(hostile.copy, page.select("#leaderboard tbody tr").get(1)
                    .attr("data-generator"));
            assertTrue(page.select("#figures thead code").eachText().contains(hostile.marginals));
            assertTrue(text(page.selectFirst("#figures")).contains("undefined — "
                    + ReportFixture.CLOSE_SCRIPT));
            assertTrue(page.title().contains(hostile.realPath));
            assertEquals(hostile.config, page.selectFirst("pre.config").wholeText());
            assertTrue(page.selectFirst("#chart svg").select("text").eachText()
                    .contains(hostile.copy));
        }
    }

    @Nested
    class Template {
        @Test
        void leavesOnlyTheChartMarkupUnescaped() throws IOException {
            String template;
            try (InputStream in = CompareHtmlReport.class.getResourceAsStream(
                    "compare.mustache")) {
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher triple = Pattern.compile("\\{\\{\\{\\s*([^}]*)}}}").matcher(template);

            assertTrue(triple.find());
            assertEquals("svg", triple.group(1).strip());
            assertFalse(triple.find());
            assertFalse(template.contains("{{&"));
        }
    }
}
