package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.harness.Plugins;

/**
 * A whole audit (release mode, every installed evaluator) of a small table whose column names
 * and category values are markup: a script, an attribute break-out with an event handler, a
 * style-block break-out and Mustache tags. The report must show each of them as text and
 * inject nothing (case C24).
 */
class ReportEscapingTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "x\"><img src=x onerror=alert(2)>";
    private static final String STYLE = "</style><b>bold</b>";
    private static final String MUSTACHE = "{{mustache}}";
    /** The protected groups, shown as group names. */
    private static final List<String> SCRIPT_VALUES = List.of("<script>alert(4)</script>",
            "{{#cards}}x{{/cards}}", "</style><i>italic</i>");
    /** The target's classes; the first is the positive class, named in methods. */
    private static final List<String> IMG_VALUES = List.of("\"><img src=y onerror=alert(5)>",
            "no");
    private static final List<String> STYLE_VALUES = List.of("{{title}}", "{{{svg}}}", "c");

    @TempDir
    static Path dir;

    private static String html;
    private static Document page;

    @BeforeAll
    static void audit() throws IOException {
        Path train = table(dir.resolve("train.csv"), 90, 1);
        Path holdout = table(dir.resolve("holdout.csv"), 90, 2);
        Path synthetic = table(dir.resolve("synthetic.csv"), 90, 3);
        Path config = Files.writeString(dir.resolve("audit.yaml"), """
                columns:
                  age: {roles: [quasi-identifier]}
                  "<script>alert(1)</script>": {roles: [quasi-identifier, protected]}
                  "x\\"><img src=x onerror=alert(2)>": {roles: [target, sensitive]}
                  "</style><b>bold</b>": {roles: [quasi-identifier]}
                """);
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run(Plugins::load, "audit", "--train", train.toString(),
                "--holdout", holdout.toString(), "--synthetic", synthetic.toString(),
                "--config", config.toString(), "--out", out.toString(), "--seed", "7");

        assertTrue(run.code() == 0 || run.code() == 1, run.out() + run.err());
        html = Files.readString(out.resolve("report.html"));
        page = Jsoup.parse(html);
    }

    /** Seeded rows: a number, three categorical columns of markup and a numeric one. */
    private static Path table(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("age," + SCRIPT + "," + quote(IMG) + "," + STYLE
                + "," + MUSTACHE + "\n");
        for (int r = 0; r < rows; r++) {
            csv.append(18 + random.nextInt(60)).append(',')
                    .append(quote(pick(SCRIPT_VALUES, random))).append(',')
                    .append(quote(pick(IMG_VALUES, random))).append(',')
                    .append(quote(pick(STYLE_VALUES, random))).append(',')
                    .append(random.nextInt(100)).append('\n');
        }
        return Files.writeString(file, csv);
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    @Nested
    class Injection {
        @Test
        void createsNoScriptImageOrFrame() {
            assertTrue(page.select("script, img, iframe, object, embed, link, i, b").isEmpty(),
                    () -> page.select("script, img, iframe, object, embed, link, i, b")
                            .toString());
            assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
            assertFalse(html.toLowerCase(Locale.ROOT).contains("<img"));
        }

        @Test
        void keepsTheOnlyStyleElementInTheHead() {
            assertEquals(1, page.select("style").size());
            assertTrue(page.select("body style").isEmpty());
            assertFalse(page.selectFirst("style").data().contains("bold"));
        }

        @Test
        void createsNoEventHandlerAttribute() {
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                            element::toString);
                }
            }
        }

        @Test
        void expandsNoMustacheTagFromData() {
            assertTrue(page.body().text().contains(MUSTACHE));
            assertTrue(page.body().text().contains(SCRIPT_VALUES.get(1)));
        }
    }

    @Nested
    class Text {
        @Test
        void showsTheColumnNamesLiterallyInTheSchema() {
            List<String> names = page.select("#schema table").getFirst()
                    .select("tbody tr td:eq(0)").eachText();

            assertEquals(List.of("age", SCRIPT, IMG, STYLE, MUSTACHE), names);
        }

        @Test
        void showsTheKnownColumnsLiterallyInTheThreatModel() {
            String threats = page.selectFirst("#threats").text();

            assertTrue(threats.contains("(age, " + SCRIPT + ", " + STYLE + ")"), threats);
            assertTrue(threats.contains("They try to learn " + IMG + "."), threats);
        }

        @Test
        void showsTheCategoryValuesLiterally() {
            String body = page.body().text();

            for (String value : List.of(SCRIPT_VALUES.getFirst(), SCRIPT_VALUES.get(1),
                    SCRIPT_VALUES.get(2), IMG_VALUES.getFirst())) {
                assertTrue(body.contains(value), value);
            }
        }

        @Test
        void keepsMarkupInFigureIdsIntactInAttributes() {
            String id = "fidelity.column." + SCRIPT + ".tvd";

            assertEquals(1, page.select("tr[data-figure]").stream()
                    .filter(row -> row.attr("data-figure").equals(id)).count());
        }
    }
}
