package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.RuleEffect;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Decimals;
import org.synthaudit.core.stats.Estimate;

/**
 * Renders {@code summary.md}: a short GitHub-flavoured Markdown summary of an audit for a
 * pull-request comment or a CI job summary. It holds the verdict line, a table of the policy's
 * rules (status, rule, figure, value with its interval, condition), a table of each finding's
 * headline figure, and links to the full reports next to it.
 *
 * <p>Every string from data (policy name, rule and figure ids, which hold column names,
 * finding titles, undefined and skip reasons) goes through {@link #escape(String)}: control
 * characters and line breaks become visible escapes, and every Markdown or HTML punctuation
 * character is backslash-escaped (reasons longer than {@value #REASON_LENGTH} characters are
 * shortened first), so a column name cannot open a tag, a link, a code span or
 * emphasis, start a heading, or split a table cell. The text has no timings, so equal results
 * give byte-identical files.
 */
public final class MarkdownSummary {
    /** ASCII punctuation that can start or end Markdown, HTML or table syntax. */
    private static final String SPECIAL = "\\`*_{}[]()<>#+!|~&$^\"";
    /** The longest reason shown in full; report.html has every reason in full. */
    static final int REASON_LENGTH = 100;

    private MarkdownSummary() {
    }

    /**
     * Renders the summary of an audit result.
     *
     * @param result the audit result
     * @return Markdown text with {@code \n} line ends, to be written as UTF-8
     */
    public static String render(AuditResult result) {
        List<String> lines = new ArrayList<>();
        Verdict verdict = result.policy().verdict();
        lines.add("### synthaudit: " + (verdict == Verdict.PASS ? "✅ PASS" : "❌ FAIL"));
        lines.add("");
        lines.add("Policy " + escape(result.policy().name()) + ": "
                + tally(result.policy().rules()) + ". Exit code "
                + (verdict == Verdict.PASS ? 0 : 1) + "; synthaudit "
                + escape(result.provenance().toolVersion()) + ", " + escape(
                        result.provenance().mode()) + " mode, seed " + result.provenance().seed()
                + ".");
        if (!result.policy().rules().isEmpty()) {
            lines.add("");
            lines.add("| status | rule | figure | value [interval] | condition |");
            lines.add("| --- | --- | --- | --- | --- |");
            result.policy().rules().forEach(rule -> lines.add(ruleRow(rule)));
        }
        if (!result.findings().isEmpty()) {
            lines.add("");
            lines.add("| finding | headline figure | value [interval] | baseline |");
            lines.add("| --- | --- | --- | --- |");
            ReportView.ordered(result.findings()).forEach(f -> lines.add(findingRow(f)));
        }
        lines.add("");
        lines.add("Full report: [report.html](report.html) · data: [report.json](report.json)"
                + " · rules as JUnit XML: [junit.xml](junit.xml)");
        return String.join("\n", lines) + "\n";
    }

    /**
     * Escapes text from data for GitHub-flavoured Markdown, in running text and in table
     * cells.
     *
     * @param text any text
     * @return the text on one line, control characters written as visible escapes such as
     *     <code>&#92;&#92;u001b</code>, and each of <code>&#92; ` * _ { } [ ] ( ) &lt; &gt; # + ! |
     *     ~ &amp; $ ^ "</code> preceded by a backslash
     */
    static String escape(String text) {
        String line = VisibleText.oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String ruleRow(RuleOutcome rule) {
        String value = rule.status() == RuleStatus.UNDEFINED ? "undefined: "
                + escape(shorten(rule.observed())) : escape(rule.observed());
        return row(status(rule), escape(rule.id()), escape(rule.figureId()), value,
                escape(Rules.condition(rule)));
    }

    /** The status with a sign for its effect, and the effect where the policy chose it. */
    private static String status(RuleOutcome rule) {
        String sign = switch (rule.effect()) {
            case FAIL -> "❌";
            case WARN -> "⚠️";
            case PASS -> rule.status() == RuleStatus.PASSED ? "✅" : "➖";
        };
        String status = Names.of(rule.status());
        boolean chosen = rule.status() == RuleStatus.UNDEFINED
                || rule.status() == RuleStatus.INCONCLUSIVE;
        return sign + " " + status + (chosen ? ", " + effect(rule.effect()) : "");
    }

    private static String effect(RuleEffect effect) {
        return switch (effect) {
            case FAIL -> "fails";
            case WARN -> "warns";
            case PASS -> "passes";
        };
    }

    private static String findingRow(Finding finding) {
        String name = escape(finding.title()) + " (" + escape(finding.id()) + ")";
        Figure headline = finding.headlineFigure().orElse(null);
        if (finding.skipped() != null || headline == null) {
            String reason = finding.skipped() == null ? "no headline figure" : finding.skipped();
            return row(name, "skipped: " + escape(shorten(reason)), "", "");
        }
        return row(name, escape(headline.id()), estimate(headline.estimate(), headline.bounds()),
                estimate(headline.baseline(), headline.bounds()));
    }

    private static String estimate(Estimate estimate, Bounds bounds) {
        return switch (estimate) {
            case Estimate.Value v when Decimals.isExact(v) ->
                    escape(Numbers.format(v.value(), bounds));
            case Estimate.Value v -> escape(Numbers.format(v.value(), bounds) + " "
                    + Numbers.interval(v, bounds));
            case Estimate.Undefined u -> "undefined: " + escape(shorten(u.reason()));
        };
    }

    /**
     * Shortens a long reason to keep the summary short: it is cut at the last blank before
     * {@link #REASON_LENGTH} characters and ends with an ellipsis.
     *
     * @param reason a reason
     * @return the reason, or its start followed by {@code …}
     */
    static String shorten(String reason) {
        if (reason.length() <= REASON_LENGTH) {
            return reason;
        }
        int cut = reason.lastIndexOf(' ', REASON_LENGTH);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(reason.charAt(REASON_LENGTH - 1))
                    ? REASON_LENGTH - 1 : REASON_LENGTH;
        }
        return reason.substring(0, cut).stripTrailing() + " …";
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /** Counts the rules per status, the bad news first, e.g. {@code 1 failed, 9 passed}. */
    private static String tally(List<RuleOutcome> rules) {
        Map<RuleStatus, Integer> counts = new EnumMap<>(RuleStatus.class);
        rules.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (RuleStatus status : List.of(RuleStatus.FAILED, RuleStatus.WARNED,
                RuleStatus.INCONCLUSIVE, RuleStatus.UNDEFINED, RuleStatus.PASSED)) {
            if (counts.containsKey(status)) {
                parts.add(counts.get(status) + " " + Names.of(status));
            }
        }
        return parts.isEmpty() ? "no rules" : String.join(", ", parts);
    }
}
