package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.RuleEffect;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;

class MarkdownSummaryTest {
    /** Text that would be markup if it reached Markdown as it is. */
    private static final List<String> HOSTILE = List.of("a|b", "`code`", "``x``",
            "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[link](http://x)",
            "![img](x.png)", "# heading", "*em* _em_ **strong**", "~~gone~~", "a\\|b", "\\",
            "&lt;b&gt;", "&#124;", "$x^2$", "line\nbreak\r\n| --- |", "\u001b[31mred",
            "\"quoted\" {braces} +plus", "<!-- comment -->", "]]>");

    /** The characters the escape must never leave bare. */
    private static final String SPECIAL = "\\`*_{}[]()<>#+!|~&$^\"";

    /** Undoes backslash escapes the way CommonMark reads them. */
    private static String unescape(String markdown) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && isPunctuation(markdown.charAt(i + 1))) {
                text.append(markdown.charAt(++i));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Lists the special characters that are not escaped by a backslash. */
    private static List<Character> bare(String markdown) {
        List<Character> found = new ArrayList<>();
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && isPunctuation(markdown.charAt(i + 1))) {
                i++;
            } else if (SPECIAL.indexOf(c) >= 0) {
                found.add(c);
            }
        }
        return found;
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
    }

    /** Splits a table row into cells at the pipes that GFM reads as cell borders. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    @Nested
    class Render {
        @Test
        void writesVerdictRulesHeadlinesAndLinks() {
            String markdown = MarkdownSummary.render(ReportFixture.plain().build());

            assertEquals("""
                    ### synthaudit: ❌ FAIL

                    Policy default: 1 failed, 1 undefined, 1 passed. Exit code 1; synthaudit \
                    0.1.0-SNAPSHOT, generator mode, seed 20240917.

                    | status | rule | figure | value [interval] | condition |
                    | --- | --- | --- | --- | --- |
                    | ❌ failed | membership-dcr-auc | membership.dcr.auc | 0.6657 | upper end \
                    \\<= 0.6 |
                    | ✅ passed | fidelity-mean-distance | fidelity.columns.mean\\_distance | \
                    0.0934 | estimate \\<= 0.15 |
                    | ⚠️ undefined, warns | fidelity-income-ks | fidelity.column.income.ks | \
                    undefined: synthetic column all missing | estimate \\<= 0.2 |

                    | finding | headline figure | value [interval] | baseline |
                    | --- | --- | --- | --- |
                    | Membership inference by distance to closest record (membership.dcr) | \
                    membership.dcr.auc | 0.6234 \\[0.5811, 0.6657\\] | 0.5000 |
                    | Shadow-model membership inference (membership.shadow) | skipped: release \
                    mode: the attack must re-fit the generator |  |  |
                    | Column-wise fidelity (fidelity.columns) | fidelity.columns.mean\\_distance | \
                    0.0812 \\[0.0713, 0.0934\\] | 0.0000 |

                    Full report: [report.html](report.html) · data: [report.json](report.json) \
                    · rules as JUnit XML: [junit.xml](junit.xml)
                    """, markdown);
        }

        @Test
        void saysPassAndExitCodeZeroForAPassingAudit() {
            AuditResult result = JunitReportTest.withRules("lenient", List.of(new RuleOutcome(
                    "r", "d", "f", "warn", RuleStatus.UNDEFINED, "no data", "undefined",
                    "estimate", "min", 0.8, RuleEffect.PASS)), Verdict.PASS);

            String markdown = MarkdownSummary.render(result);

            assertTrue(markdown.startsWith("### synthaudit: ✅ PASS\n\nPolicy lenient: 1 "
                    + "undefined. Exit code 0;"), markdown);
            assertTrue(markdown.contains("\n| ➖ undefined, passes | r | f | undefined: no data "
                    + "| estimate >= 0.8 |\n".replace(">", "\\>")), markdown);
        }

        @Test
        void keepsEveryRowAtItsCellsWhateverTheColumnName() {
            for (String name : HOSTILE) {
                String figure = "fidelity.column." + name + ".tvd";
                AuditResult result = JunitReportTest.withRules("policy " + name,
                        List.of(new RuleOutcome("r", "d", figure, "fail", RuleStatus.UNDEFINED,
                                "column " + name + " is all missing", "m", "upper", "max", 0.1,
                                RuleEffect.FAIL)), Verdict.FAIL);

                List<String> lines = MarkdownSummary.render(result).lines().toList();

                String row = lines.get(6);
                List<String> cells = cells(row);
                assertEquals(5, cells.size(), row);
                assertEquals(VisibleText.oneLine(figure), unescape(cells.get(2)), row);
                assertEquals(List.of(), bare(cells.get(2)), row);
                assertEquals(List.of(), bare(cells.get(3)), row);
                assertEquals(List.of(), bare(lines.get(2).substring(0, lines.get(2)
                        .indexOf(": "))), lines.get(2));
            }
        }

        @Test
        void isByteIdenticalForEqualResults() {
            assertEquals(MarkdownSummary.render(ReportFixture.hostile().build()),
                    MarkdownSummary.render(ReportFixture.hostile().build()));
        }
    }

    @Nested
    class Escape {
        @Test
        void leavesNoMarkupCharacterBareAndReadsBackAsTheText() {
            for (String text : HOSTILE) {
                String escaped = MarkdownSummary.escape(text);

                assertEquals(List.of(), bare(escaped), escaped);
                assertEquals(VisibleText.oneLine(text), unescape(escaped), escaped);
                assertFalse(escaped.contains("\n") || escaped.contains("\r"), escaped);
            }
        }

        @Test
        void escapesALeadingHashAndAPipe() {
            assertEquals("\\# not a heading \\| not a cell",
                    MarkdownSummary.escape("# not a heading | not a cell"));
        }

        @Test
        void writesControlCharactersVisiblyWithTheirBackslashEscaped() {
            assertEquals("a\\\\u001b\\[31mb\\\\u000ac", MarkdownSummary.escape(
                    "a\u001b[31mb\nc"));
        }

        @Test
        void leavesPlainIdsReadable() {
            assertEquals("membership.dcr.auc", MarkdownSummary.escape("membership.dcr.auc"));
            assertEquals("linkage-reidentification",
                    MarkdownSummary.escape("linkage-reidentification"));
        }
    }

    @Nested
    class Shorten {
        @Test
        void keepsAShortReason() {
            assertEquals("release mode", MarkdownSummary.shorten("release mode"));
        }

        @Test
        void cutsALongReasonAtABlank() {
            String reason = "word ".repeat(30).strip();

            String shortened = MarkdownSummary.shorten(reason);

            assertTrue(shortened.endsWith("word …"), shortened);
            assertTrue(shortened.length() <= MarkdownSummary.REASON_LENGTH + 2, shortened);
        }

        @Test
        void cutsALongWordAtTheLimit() {
            assertEquals("x".repeat(MarkdownSummary.REASON_LENGTH) + " …",
                    MarkdownSummary.shorten("x".repeat(150)));
        }
    }
}
