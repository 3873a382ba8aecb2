package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.PolicyResult;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.reports.FindingFigures.KindView;

class FindingFiguresTest {
    private static final String BOOTSTRAP = "the bootstrap resamples both with replacement";
    private static final String MISSING = "none: this is the real data's own missing rate";

    /** The Kolmogorov-Smirnov statistic of one column, as the column fidelity reports it. */
    private static Figure ks(String column, double value, int synthetic) {
        return new Figure("fidelity.column." + column + ".ks", "Kolmogorov-Smirnov statistic",
                column, Estimate.of(value, value / 2, value * 2, 0.95,
                        "Kolmogorov-Smirnov statistic between 100 train values and " + synthetic
                                + " synthetic values; " + BOOTSTRAP),
                Estimate.of(0.05, 0.03, 0.08, 0.95,
                        "Kolmogorov-Smirnov statistic between 100 train values and 50 holdout"
                                + " values; " + BOOTSTRAP),
                Bounds.UNIT, Sense.HIGHER_IS_WORSE);
    }

    private static Figure missingRate(String column) {
        return new Figure("fidelity.column." + column + ".missing_rate_train",
                "Missing rate (train)", column, Estimate.of(0.1, 0.05, 0.15, 0.95,
                        "Wilson score 95%, 10/100"),
                Estimate.undefined(MISSING), Bounds.UNIT, Sense.NEUTRAL);
    }

    /** A finding with a headline, eight columns' KS (one undefined) and two missing rates. */
    private static Finding columns() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("fidelity.columns.mean_distance", "Mean per-column distance",
                null, Estimate.of(4.1229230042226794e-16, 4.1229230042226794e-16, 0.0098, 0.95,
                        "mean of 7 column distances"),
                Estimate.of(0.0078, 0.0078, 0.0152, 0.95, "mean of the holdout distances"),
                new Bounds(0, 2), Sense.HIGHER_IS_WORSE));
        for (int i = 0; i < 7; i++) {
            figures.add(ks("c" + i, 0.01 * (i + 1), 100 + i));
        }
        figures.add(new Figure("fidelity.column.empty.ks", "Kolmogorov-Smirnov statistic",
                "empty", Estimate.undefined("synthetic column all missing"),
                Estimate.undefined("synthetic column all missing"), Bounds.UNIT,
                Sense.HIGHER_IS_WORSE));
        figures.add(missingRate("c0"));
        figures.add(missingRate("c1"));
        return new Finding("fidelity.columns", "Column-wise fidelity", Category.FIDELITY, "",
                figures.getFirst().id(), figures, List.of(), List.of(), null);
    }

    private static Finding skipped(String id, Category category) {
        return Finding.skipped(id, id, category, "not configured");
    }

    private static AuditResult result(List<Finding> findings) {
        AuditResult base = ReportFixture.plain().build();
        Provenance provenance = new Provenance("1.0", "release", 7, "", List.of(), "JDK 25", 1);
        return new AuditResult(provenance, base.schema(), List.of(), List.of(), null, findings,
                new PolicyResult("empty", List.of(), Verdict.PASS), Map.of());
    }

    @Nested
    class Of {
        private final FindingFigures figures = FindingFigures.of(columns(), List.of());

        @Test
        void putsTheHeadlineApartAtTheResolutionOfItsRange() {
            assertEquals("0.0000", figures.headline().estimate().value());
            assertEquals("[0.0000, 0.0098]", figures.headline().estimate().interval());
            assertEquals("0.0078", figures.headline().baseline().value());
        }

        @Test
        void groupsThePerSubjectFiguresByKindInTheOrderGiven() {
            assertEquals(List.of("Kolmogorov-Smirnov statistic", "Missing rate (train)"),
                    figures.kinds().stream().map(KindView::label).toList());
            assertEquals(8, figures.kinds().getFirst().rows().size());
            assertTrue(figures.summary().isEmpty());
        }

        @Test
        void statesTheSharedMethodOnceWithAnEllipsisWhereRowsDiffer() {
            KindView ks = figures.kinds().getFirst();

            assertEquals("Kolmogorov-Smirnov statistic between 100 train values and … synthetic"
                    + " values; " + BOOTSTRAP, ks.method());
            assertEquals("Kolmogorov-Smirnov statistic between 100 train values and 50 holdout"
                    + " values; " + BOOTSTRAP, ks.baselineMethod());
            assertEquals("fidelity.column.….ks", ks.idPattern());
            assertEquals("95 %", ks.level());
            assertFalse(ks.methodPerRow());
        }

        @Test
        void foldsALongKindAndSaysWhatItHolds() {
            KindView ks = figures.kinds().getFirst();

            assertFalse(ks.open());
            assertEquals("8 rows", ks.count());
            assertEquals("1 undefined", ks.undefined());
            assertEquals("largest 0.0700 (c6)", ks.extreme());
            assertTrue(figures.kinds().get(1).open());
        }

        @Test
        void statesABaselineUndefinedForEveryRowOnceWithItsReason() {
            KindView missing = figures.kinds().get(1);

            assertEquals(MISSING, missing.baselineUndefined());
            assertNull(missing.rows().getFirst().baseline());
            assertEquals("from 0.1000 to 0.1000", missing.extreme());
        }

        @Test
        void keepsTheReasonOfAnUndefinedRow() {
            assertEquals("synthetic column all missing",
                    figures.kinds().getFirst().rows().get(7).estimate().undefinedReason());
        }
    }

    @Nested
    class Footnotes {
        private static final String PAIRED = "rows resampled jointly for every paired figure";
        private static final String INTERVAL = "95% percentile bootstrap interval from 200"
                + " seeded replicates";

        private static Figure ratio(String model) {
            return new Figure("utility.tstr." + model + ".auc_ratio", model + " AUC ratio", null,
                    Estimate.of(1, 0.99, 1.01, 0.95, "ratio of the " + model + " AUCs; " + PAIRED
                            + "; " + INTERVAL),
                    Estimate.exact(1, "equal scores"), Bounds.NON_NEGATIVE,
                    Sense.HIGHER_IS_BETTER);
        }

        private final FindingFigures figures = FindingFigures.of(new Finding("utility.tstr",
                "Utility", Category.UTILITY, "", "utility.tstr.headline.auc_ratio",
                List.of(ratio("headline"), ratio("logistic"), ratio("forest"),
                        new Figure("utility.tstr.rows", "Rows", null, Estimate.exact(3, "count"),
                                Estimate.undefined("a count has no baseline"),
                                Bounds.NON_NEGATIVE, Sense.NEUTRAL)),
                List.of(), List.of(), null), List.of());

        @Test
        void statesTheClausesSeveralMethodsShareOnceAsANumberedNote() {
            assertEquals(List.of(new FindingFigures.Footnote(1, PAIRED + "; " + INTERVAL)),
                    figures.footnotes());
            assertEquals("ratio of the logistic AUCs [1]", figures.summary().get(0).method());
            assertEquals("ratio of the forest AUCs [1]", figures.summary().get(1).method());
        }

        @Test
        void foldsTheMethodsOfManySummaryFiguresUnderTheirTable() {
            List<Figure> many = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                many.add(ratio("model" + i));
            }
            Finding finding = new Finding("utility.tstr", "Utility", Category.UTILITY, "",
                    many.getFirst().id(), many, List.of(), List.of(), null);
            Document page = Jsoup.parse(HtmlReport.render(result(List.of(finding))));

            Element methods = page.selectFirst("#finding-1 details.methods");
            assertFalse(methods.hasAttr("open"));
            assertEquals("Methods of these 9 figures and of their baselines folded",
                    methods.selectFirst("summary").text());
            assertEquals(9, methods.select("li[data-method]").size());
            assertEquals("utility.tstr.model1.auc_ratio ratio of the model1 AUCs [1] · Baseline"
                    + " equal scores", methods.selectFirst("li").text());
            assertTrue(page.select("#finding-1 tr.method-row").isEmpty());
            assertEquals(9, page.select("#finding-1 table.figures tr[data-figure]").size());
        }

        @Test
        void keepsAShortOrUnsharedMethodAsItIs() {
            assertEquals("count", figures.summary().get(2).method());
            assertEquals("equal scores", figures.summary().get(0).baselineMethod());
        }
    }

    @Nested
    class ManyKinds {
        /** Nine kinds of two rows each, as an attack reports per secret and per group. */
        private static Finding perSecret() {
            List<Figure> figures = new ArrayList<>();
            figures.add(ks("all", 0.1, 100));
            for (int secret = 0; secret < 9; secret++) {
                for (String group : List.of("a", "b")) {
                    figures.add(new Figure("inference.s" + secret + ".group." + group + ".gain",
                            "Gain on secret s" + secret, group, Estimate.undefined("too few"),
                            Estimate.undefined("too few"), Bounds.SIGNED_UNIT,
                            Sense.HIGHER_IS_WORSE));
                }
            }
            return new Finding("inference.x", "X", Category.PRIVACY, "", figures.getFirst().id(),
                    figures, List.of(), List.of(), null);
        }

        @Test
        void foldsTheListOfKindsAndSaysWhatItHolds() {
            FindingFigures figures = FindingFigures.of(perSecret(), List.of());

            assertEquals(9, figures.kinds().size());
            assertEquals("9 tables of 18 figures, 18 undefined", figures.kindsFolded());
            Document page = Jsoup.parse(HtmlReport.render(result(List.of(perSecret()))));
            Element list = page.selectFirst("#finding-1 details.kinds");
            assertFalse(list.hasAttr("open"));
            assertEquals("9 tables of 18 figures, 18 undefined folded",
                    list.selectFirst("summary").text());
            assertEquals(9, list.select("details.kind").size());
        }

        @Test
        void leavesAFewKindsUnfolded() {
            assertNull(FindingFigures.of(columns(), List.of()).kindsFolded());
        }
    }

    @Nested
    class Shared {
        @Test
        void returnsTheTextWhenAllAreEqual() {
            assertEquals("count", FindingFigures.shared(List.of("count", "count")));
        }

        @Test
        void keepsTheWordsSharedAtBothEnds() {
            assertEquals("Wilson score 95%, …", FindingFigures.shared(List.of(
                    "Wilson score 95%, 13878/16280", "Wilson score 95%, 1576/16280")));
            assertEquals("eta of … over rows", FindingFigures.shared(List.of(
                    "eta of a and b over rows", "eta of c and d: 0.2 over rows")));
        }

        @Test
        void givesNothingWhenNoWordIsShared() {
            assertNull(FindingFigures.shared(List.of("exact count", "bootstrap interval")));
        }
    }

    @Nested
    class Page {
        private final Document page = Jsoup.parse(HtmlReport.render(result(List.of(columns()))));

        @Test
        void showsEachKindAsAFoldedTableOfSubjectEstimateIntervalAndBaseline() {
            Element ks = page.selectFirst("#finding-1 details.kind");

            assertFalse(ks.hasAttr("open"));
            assertEquals("Kolmogorov-Smirnov statistic 8 rows · 1 undefined · largest 0.0700 (c6)"
                    + " folded",
                    ks.selectFirst("summary").text());
            assertEquals(List.of("Subject", "Estimate", "Interval (95 %)", "Baseline"),
                    ks.select("thead th").eachText());
            assertEquals(List.of("c0", "0.0100", "[0.0050, 0.0200]", "0.0500 [0.0300, 0.0800]"),
                    ks.select("tbody tr").getFirst().select("td").eachText());
            assertEquals("fidelity.column.c0.ks",
                    ks.select("tbody tr").getFirst().attr("data-figure"));
        }

        @Test
        void statesTheMethodAndTheBaselinesMethodOncePerKind() {
            Element ks = page.selectFirst("#finding-1 details.kind");

            assertEquals(1, ks.select(".kind-method").size());
            assertTrue(ks.selectFirst(".kind-method").text().contains("Method Kolmogorov-Smirnov"
                    + " statistic between 100 train values and … synthetic values"));
            assertFalse(ks.select("tbody").text().contains("Kolmogorov"));
        }

        @Test
        void keepsUndefinedRowsWithTheirReason() {
            Element row = page.select("#finding-1 details.kind").getFirst().select("tbody tr")
                    .get(7);

            assertEquals(List.of("empty", "undefined — synthetic column all missing",
                    "undefined, same reason"), row.select("td").eachText());
        }

        @Test
        void showsAShortKindOpenWithItsUndefinedBaselineStatedOnce() {
            Element missing = page.select("#finding-1 details.kind").get(1);

            assertTrue(missing.hasAttr("open"));
            assertEquals(List.of("Subject", "Estimate", "Interval (95 %)"),
                    missing.select("thead th").eachText());
            assertTrue(missing.selectFirst(".kind-method").text().contains(
                    "Baseline undefined for every row — " + MISSING));
        }

        @Test
        void keepsEveryFigureOnThePageUnderItsId() {
            assertEquals(columns().figures().stream().map(Figure::id).toList(),
                    page.select("#finding-1 [data-figure]").eachAttr("data-figure"));
        }
    }

    @Nested
    class Order {
        @Test
        void putsPrivacyFirstThenUtilityFidelityAndFairness() {
            List<Finding> findings = List.of(skipped("fairness", Category.FAIRNESS),
                    skipped("fidelity.columns", Category.FIDELITY),
                    skipped("linkage", Category.PRIVACY),
                    skipped("utility.tstr", Category.UTILITY),
                    skipped("inference.cap", Category.PRIVACY));
            Document page = Jsoup.parse(HtmlReport.render(result(findings)));

            assertEquals(List.of("linkage", "inference.cap", "utility.tstr", "fidelity.columns",
                    "fairness"), page.select("#findings article .finding-id").eachText());
            assertEquals("finding-1", page.selectFirst("#findings article").id());
            assertEquals(List.of("linkage", "inference.cap", "utility.tstr", "fidelity.columns",
                    "fairness"), page.select("#summary .card-title").eachText());
        }
    }

    /** Control characters and hostile markup in a column name and a category label. */
    @Nested
    class HostileNames {
        private static final String COLUMN = "<script>alert(\"x\")</script>'\u0007";
        private static final String LABEL = "\u202egnp.exe";

        private final Document page = Jsoup.parse(HtmlReport.render(result(List.of(hostile()))));

        private static Finding hostile() {
            List<Figure> figures = new ArrayList<>();
            figures.add(ks(COLUMN, 0.2, 100));
            figures.add(ks(LABEL, 0.1, 100));
            figures.add(ks("plain", 0.1, 100));
            return new Finding("fidelity.columns", "Columns " + COLUMN, Category.FIDELITY, "",
                    figures.getFirst().id(), figures, List.of(), List.of("note on " + LABEL),
                    null);
        }

        @Test
        void showsTheBellAndTheRightToLeftOverrideAsVisibleEscapes() {
            List<String> subjects = page.select("#finding-1 td.subject").eachText();

            assertEquals(List.of("\\u202egnp.exe", "plain"), subjects);
            assertEquals("Columns <script>alert(\"x\")</script>'\\u0007",
                    page.selectFirst("#finding-1 h3").ownText().strip());
            assertEquals("note on \\u202egnp.exe", page.selectFirst("#finding-1 .notes li")
                    .text());
        }

        @Test
        void leavesNoControlCharacterInThePage() {
            String html = HtmlReport.render(result(List.of(hostile())));

            assertFalse(html.contains("\u0007"));
            assertFalse(html.contains("\u202e"));
            assertTrue(page.select("#findings script").isEmpty());
        }

        @Test
        void keepsTheEscapedNameInTheFigureIdAttribute() {
            assertEquals("fidelity.column.\\u202egnp.exe.ks",
                    page.selectFirst("#finding-1 td.subject").parent().attr("data-figure"));
        }
    }
}
