package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditResult;

class HtmlReportTest {
    private static final AuditResult PLAIN = ReportFixture.plain().build();
    private static final AuditResult HOSTILE = ReportFixture.hostile().build();

    private static Document page(AuditResult result) {
        return Jsoup.parse(HtmlReport.render(result));
    }

    private static String text(Element element) {
        return element.text();
    }

    @Nested
    class Content {
        private final Document page = page(PLAIN);

        @Test
        void showsTheVerdictInTheBadgeAndTheTitle() {
            Element badge = page.selectFirst(".verdict");

            assertNotNull(badge);
            assertTrue(badge.hasClass("verdict-fail"));
            assertEquals("FAIL", text(badge.selectFirst(".verdict-value")));
            assertEquals("1 failed · 1 undefined · 1 passed",
                    text(badge.selectFirst(".verdict-tally")));
            assertTrue(page.title().startsWith("FAIL · Audit of data/adult.csv"));
        }

        @Test
        void showsEveryHeadlineFigureWithItsIntervalAndBaseline() {
            List<Element> cards = page.select("#summary .card");

            assertEquals(3, cards.size());
            assertEquals("0.6234", text(cards.get(0).selectFirst(".card-value")));
            assertEquals("95 % CI [0.5811, 0.6657]",
                    text(cards.get(0).selectFirst(".card-interval")));
            assertEquals("Baseline 0.5000 (random guessing)",
                    text(cards.get(0).selectFirst(".card-baseline")));
            assertEquals("failed", text(cards.get(0).selectFirst(".badge")));
            assertEquals("0.0812", text(cards.get(2).selectFirst(".card-value")));
            assertEquals("#finding-1", cards.get(0).attr("href"));
        }

        @Test
        void showsASkippedFindingWithItsReason() {
            Element card = page.select("#summary .card").get(1);

            assertEquals("Skipped — release mode: the attack must re-fit the generator",
                    text(card.selectFirst(".card-skipped")));
            assertTrue(text(page.selectFirst("#finding-2 .skipped"))
                    .contains("release mode: the attack must re-fit the generator"));
        }

        @Test
        void showsAnUndefinedFigureWithItsReason() {
            Element cell = page.selectFirst("#finding-3 td.undefined");

            assertNotNull(cell);
            assertEquals("undefined — synthetic column all missing", text(cell));
            assertEquals("2", cell.attr("colspan"));
        }

        @Test
        void showsTheHeadlineFirstWithIntervalLevelBaselineAndBothMethods() {
            Element headline = page.selectFirst("#finding-1 .headline-figure");

            assertNotNull(headline);
            assertEquals("membership.dcr.auc", headline.attr("data-figure"));
            assertEquals("0.6234", text(headline.selectFirst(".headline-value")));
            assertEquals("95 % CI [0.5811, 0.6657]",
                    text(headline.selectFirst(".headline-interval")));
            assertEquals("Baseline 0.5000", text(headline.selectFirst(".headline-baseline")));
            assertEquals("higher is worse failed", text(headline.selectFirst(".headline-tags")));
            assertEquals("membership.dcr.auc Method Mann-Whitney U, DeLong interval Baseline"
                    + " random guessing", text(headline.selectFirst(".headline-method")));
        }

        @Test
        void listsTheOtherFiguresWithEstimateIntervalBaselineAndMethod() {
            Element figure = page.selectFirst("#finding-1 table.figures tbody.figure");
            List<String> tpr = figure.selectFirst("tr[data-figure]").select("td").eachText();

            assertEquals(List.of("TPR at FPR 1 % membership.dcr.tpr_at_fpr_0.01", "0.0340",
                    "[0.0120, 0.0710] 95 %", "0.0100"), tpr);
            assertEquals("Method Clopper-Pearson · Baseline random guessing",
                    text(figure.selectFirst("tr.method-row")));
        }

        @Test
        void namesTheSubjectOfALoneFigureThatItsLabelDoesNotName() {
            List<String> tpr = page.select("#finding-1 table.figures tr[data-figure]").get(1)
                    .select("td").eachText();

            assertEquals("TPR at FPR 10 % (female) membership.dcr.tpr_at_fpr_0.1", tpr.get(0));
        }

        @Test
        void writesAnExactFigureWithoutAnInterval() {
            List<String> missing = page.select("#finding-3 table.figures tr[data-figure]").get(2)
                    .select("td").eachText();

            assertEquals(List.of("1.0000", "exact", "0.0000"), missing.subList(1, 4));
        }

        @Test
        void showsTheThreatModelOfTheAttackOnly() {
            assertTrue(text(page.selectFirst("#finding-1 .threat")).startsWith(
                    "Threat model The attacker holds the synthetic release"));
            assertTrue(page.select("#finding-3 .threat").isEmpty());
        }

        @Test
        void listsThePolicyRulesWithStatusFigureObservedAndMessage() {
            List<Element> rows = page.select("#policy tbody tr");

            assertEquals(3, rows.size());
            assertEquals(List.of("failed", "membership-dcr-auc upper end of the AUC interval"
                    + " <= 0.6", "fail", "membership.dcr.auc", "0.6657",
                    "The attack beats random guessing by more than the policy allows."),
                    rows.get(0).select("td").eachText());
            assertTrue(rows.get(1).selectFirst(".badge").hasClass("badge-passed"));
        }

        @Test
        void saysHowManyFiguresWereRequestedAndComputed() {
            assertEquals("7 figures requested: 6 computed, 1 undefined; 1 finding skipped.",
                    text(page.selectFirst("#summary .counts")));
        }

        @Test
        void showsTheSchemaWithTypeReasonsAndIssues() {
            List<String> sex = page.select("#schema table").getFirst().select("tbody tr").get(1)
                    .select("td").eachText();

            assertEquals(List.of("sex", "categorical", "quasi-identifier, protected", "—",
                    "2 distinct labels"), sex);
            assertEquals(2, page.select("#schema table").get(1).select("tbody tr").size());
        }

        @Test
        void showsTheTablesAndTheirSizes() {
            assertEquals(List.of("real", "1,000"),
                    page.select("#tables tbody tr").getFirst().select("td").eachText());
        }

        @Test
        void showsWhatIsNeededToRerunTheAudit() {
            Element section = page.selectFirst("#reproducibility");

            assertTrue(text(section).contains("20240917"));
            assertTrue(text(section).contains("Eclipse Adoptium 25.0.1"));
            assertTrue(text(section).contains(
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
            assertEquals(PLAIN.provenance().effectiveConfig(),
                    section.selectFirst("pre.config").wholeText());
            assertEquals(List.of("generator.fit", "900"),
                    section.select("table").last().select("tbody tr").get(1).select("td")
                            .eachText());
        }

        @Test
        void drawsTheRocSeriesAsAnInlineSvgWithALogFprAxis() {
            Element svg = page.selectFirst("#finding-1 figure.chart svg");

            assertNotNull(svg);
            List<String> labels = svg.select("text").eachText();
            assertTrue(labels.containsAll(List.of("0.001", "0.01", "0.1", "1",
                    "random guessing", "DCR attack", "false positive rate")), labels::toString);
        }

        @Test
        void drawsOtherSeriesAsLineCharts() {
            Element svg = page.selectFirst("#finding-3 figure.chart svg");

            assertNotNull(svg);
            assertFalse(svg.select("text").eachText().contains("random guessing"));
        }

        @Test
        void isSelfContained() {
            assertTrue(page.select("script, link, img, iframe, object, embed, style[src]")
                    .isEmpty());
            for (Element element : page.getAllElements()) {
                assertFalse(element.hasAttr("src"), element::toString);
                String href = element.attr("href");
                assertTrue(href.isEmpty() || href.startsWith("#"), href);
            }
            Matcher urls = Pattern.compile("url\\((?!#)").matcher(HtmlReport.render(PLAIN));
            assertFalse(urls.find());
        }

        @Test
        void isTheSameForTheSameResult() {
            assertEquals(HtmlReport.render(PLAIN), HtmlReport.render(ReportFixture.plain()
                    .build()));
        }
    }

    @Nested
    class FirstPage {
        private final Document page = page(PLAIN);

        @Test
        void showsTheScorecardRightAfterTheVerdict() {
            Element main = page.selectFirst("main");

            assertEquals("scorecard", main.child(0).id());
            assertEquals(List.of("decided", "threats", "summary"),
                    main.children().subList(1, 4).stream().map(Element::id).toList());
        }

        @Test
        void showsEachScoreWithItsRangeAndWhatSetIt() {
            Element privacy = page.selectFirst("#scorecard .score[data-score=privacy]");

            // AUC 0.6234 [0.5811, 0.6657]: 100 x (1 - (2 x AUC - 1)) = 75.32 [66.86, 83.78]
            assertEquals("75", text(privacy.selectFirst(".score-value")));
            assertEquals("range 67–84 from the interval ends",
                    text(privacy.selectFirst(".score-range")));
            assertEquals("Set by: membership.dcr.auc = 0.6234",
                    text(privacy.selectFirst(".score-weakest")));
            assertEquals("#finding-1", privacy.selectFirst(".score-weakest a").attr("href"));
            assertTrue(text(privacy.selectFirst(".score-rule")).startsWith("100 × (1 − the"
                    + " largest risk)"));
        }

        @Test
        void saysNotScoredWithTheReasonInsteadOfZero() {
            Element utility = page.selectFirst("#scorecard .score[data-score=utility]");

            assertEquals("not scored", text(utility.selectFirst(".score-none")));
            assertEquals("no utility figures: they need a column with the role target",
                    text(utility.selectFirst(".score-reason")));
            assertTrue(utility.select(".score-value, .meter").isEmpty());
        }

        @Test
        void listsTheRulesThatDecidedTheVerdictFailuresFirst() {
            List<Element> rows = page.select("#decided ol.decisive li");

            assertEquals(List.of("membership-dcr-auc", "fidelity-income-ks"),
                    rows.stream().map(r -> r.attr("data-rule")).toList());
            assertEquals("failed membership-dcr-auc The attack beats random"
                    + " guessing by more than the policy allows. Membership inference by"
                    + " distance to closest record", text(rows.get(0)));
            assertEquals("#finding-1", rows.get(0).selectFirst("a").attr("href"));
            assertTrue(rows.get(0).select(".effect").isEmpty());
            assertEquals("undefined warning", text(rows.get(1).selectFirst(".badge")) + " "
                    + text(rows.get(1).selectFirst(".effect")));
            assertEquals("#finding-3", rows.get(1).selectFirst("a").attr("href"));
        }

        @Test
        void statesWhatEachAttackAssumesTheAttackerHas() {
            List<Element> threats = page.select("#threats ul.threats:not(.not-run) li");

            assertEquals(1, threats.size());
            assertEquals("#finding-1", threats.getFirst().selectFirst("a").attr("href"));
            assertEquals("The attacker has the synthetic release (500 records); the values of"
                    + " 2 attributes of each target (sex, zip), without error; and 200 real"
                    + " records of the population that the generator never saw (the reference"
                    + " split), used to judge how rare a value is. They try to learn income."
                    + " Not assumed: access to the generator.",
                    text(threats.getFirst().selectFirst(".threat-text")));
        }

        @Test
        void namesTheAttacksThatDidNotRun() {
            assertEquals(List.of("Shadow-model membership inference — release mode: the attack"
                    + " must re-fit the generator"),
                    page.select("#threats ul.not-run li").eachText());
        }

        @Test
        void explainsEachScoreInputByInput() {
            List<Element> rows = page.select("#scores table.score-inputs").getFirst()
                    .select("tbody tr");

            assertEquals(List.of("ROC AUC membership.dcr.auc", "0.6234 [0.5811, 0.6657]",
                    "2 × AUC − 1, clamped to [0, 1]", "0.2468 [0.1622, 0.3314]"),
                    rows.get(0).select("td").eachText());
            assertTrue(rows.get(1).hasClass("input-skipped"));
            assertEquals("not used — evaluator membership.shadow was skipped: release mode:"
                    + " the attack must re-fit the generator",
                    text(rows.get(1).select("td").get(3)));
        }

        @Test
        void keepsTheFirstPageTogetherInPrint() {
            String css = page.selectFirst("style").data();
            String print = css.substring(css.indexOf("@media print"));

            assertTrue(print.contains(".scores { grid-template-columns: repeat(4"), print);
            assertTrue(print.contains(".score, ol.decisive li"), print);
        }
    }

    @Nested
    class MinimalResult {
        private final Document page = page(minimal());

        private static AuditResult minimal() {
            AuditResult base = ReportFixture.plain().build();
            return new AuditResult(new AuditResult.Provenance("1.0", "release", 1, "", List.of(),
                    "JDK 25", 1), base.schema(), List.of(), List.of(), null, List.of(),
                    new AuditResult.PolicyResult("none", List.of(),
                            AuditResult.Verdict.PASS), java.util.Map.of());
        }

        @Test
        void saysWhatIsAbsentInsteadOfShowingEmptyTables() {
            assertEquals("PASS", text(page.selectFirst(".verdict-value")));
            assertTrue(page.selectFirst(".verdict").hasClass("verdict-pass"));
            assertEquals("Audit report", text(page.selectFirst("h1")));
            assertEquals("The policy has no rules.", text(page.selectFirst("#policy .empty")));
            assertEquals("No evaluator ran.", text(page.selectFirst("#findings .empty")));
            assertTrue(text(page.selectFirst("#tables")).contains("Release mode"));
            assertTrue(page.select("#policy table").isEmpty());
        }
    }

    @Nested
    class Generator {
        @Test
        void showsThePrivacyClaimTheDetailsAndTheLog() {
            Document page = page(ReportFixture.privateGenerator().build());
            Element tables = page.selectFirst("#tables");

            assertTrue(text(tables).contains("Privacy claim (1, 0)-differential privacy"),
                    text(tables));
            assertEquals(List.of("epsilon = 1.0 (epsilon-differential privacy)",
                    "network: age <- (no parameters)"),
                    tables.select(".generator-details li").eachText());
            assertEquals("epoch 1 of 2, 0.4 s\nepoch 2 of 2, 0.3 s",
                    tables.selectFirst("pre.generator-log").wholeText());
        }

        @Test
        void showsNeitherDetailsNorLogWhenThereAreNone() {
            Document page = page(PLAIN);

            assertTrue(page.select(".generator-details, .generator-log").isEmpty());
            assertTrue(text(page.selectFirst("#tables")).contains("Privacy claim none"));
        }
    }

    /** Case C24: markup in column names, subjects, notes, titles, paths and configuration. */
    @Nested
    class HostileText {
        private final String html = HtmlReport.render(HOSTILE);
        private final Document page = Jsoup.parse(html);

        @Test
        void createsNoScriptElement() {
            assertTrue(page.select("script").isEmpty());
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        }

        @Test
        void createsNoImgElement() {
            assertTrue(page.select("img").isEmpty());
        }

        @Test
        void createsNoEventHandlerAttribute() {
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(java.util.Locale.ROOT)
                            .startsWith("on"), element::toString);
                }
            }
        }

        @Test
        void showsHostileColumnNamesAsText() {
            List<String> names = page.select("#schema table").getFirst().select("tbody tr td:eq(0)")
                    .eachText();

            assertTrue(names.containsAll(List.of(ReportFixture.SCRIPT, ReportFixture.IMG)),
                    names::toString);
        }

        @Test
        void showsHostileSubjectsNotesAndTitlesAsText() {
            String subject = page.select("#finding-1 table.figures tr[data-figure]").get(1)
                    .selectFirst("td .subtle").wholeText();

            assertEquals("(" + ReportFixture.CLOSE_SCRIPT + ReportFixture.SEPARATORS + ")",
                    subject);
            assertTrue(text(page.selectFirst("#finding-1 h3")).contains(ReportFixture.SCRIPT));
            assertTrue(text(page.selectFirst("#finding-3 h3")).contains(ReportFixture.IMG));
            assertEquals(HOSTILE.findings().getFirst().notes().getFirst(),
                    page.selectFirst("#finding-1 .notes li").wholeText());
        }

        @Test
        void showsHostileFigureIdsAndUndefinedReasonsAsText() {
            String ids = String.join(" ", page.select("#finding-3 .figure-id").eachText());

            assertTrue(ids.contains("fidelity.column." + ReportFixture.SCRIPT + ".tvd"), ids);
            assertEquals("undefined — column " + ReportFixture.SCRIPT + " all missing",
                    text(page.selectFirst("#finding-3 td.undefined")));
        }

        @Test
        void keepsHostileFigureIdsIntactInAttributes() {
            String id = "fidelity.column." + ReportFixture.SCRIPT + ".tvd";

            assertEquals(id, page.select("#finding-3 tr[data-figure]").getFirst()
                    .attr("data-figure"));
        }

        @Test
        void showsHostilePathsInTheTitleAndHeadingAsText() {
            assertTrue(page.title().contains("data/" + ReportFixture.IMG + ".csv"));
            assertTrue(text(page.selectFirst("h1")).contains(ReportFixture.IMG));
            assertEquals("data/" + ReportFixture.IMG + ".csv",
                    text(page.selectFirst("#reproducibility td.path")));
        }

        @Test
        void showsHostileGeneratorDetailsAndLogAsText() {
            assertEquals(HOSTILE.generator().details(),
                    page.select(".generator-details li").eachText());
            assertEquals(String.join("\n", HOSTILE.generator().log()),
                    page.selectFirst("pre.generator-log").wholeText());
        }

        @Test
        void showsHostileConfigurationVerbatim() {
            assertEquals(HOSTILE.provenance().effectiveConfig(),
                    page.selectFirst("pre.config").wholeText());
        }

        @Test
        void showsStyleBreakoutsAndMustacheTagsFromDataLiterally() {
            assertEquals(1, page.select("style").size());
            assertTrue(page.select("body style, b").isEmpty());
            String note = HOSTILE.findings().get(1).notes().getLast();
            assertEquals(note, page.select("#finding-3 .notes li").last().wholeText());
            assertTrue(text(page.body()).contains(ReportFixture.MUSTACHE));
            assertFalse(html.contains(ReportFixture.STYLE));
        }

        @Test
        void escapesHostileChartLabels() {
            List<String> labels = page.selectFirst("#finding-1 svg").select("text")
                    .eachText();

            assertTrue(labels.contains("ROC " + ReportFixture.SCRIPT + ReportFixture.IMG),
                    labels::toString);
        }
    }

    @Nested
    class Template {
        private String template() throws IOException {
            try (InputStream in = HtmlReport.class.getResourceAsStream("report.mustache")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        @Test
        void leavesOnlyTheChartMarkupUnescaped() throws IOException {
            String template = template();
            Matcher triple = Pattern.compile("\\{\\{\\{\\s*([^}]*)}}}").matcher(template);

            assertTrue(triple.find());
            assertEquals("svg", triple.group(1).strip());
            assertFalse(triple.find());
            assertFalse(template.contains("{{&"));
        }
    }
}
