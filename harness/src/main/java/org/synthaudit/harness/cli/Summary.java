package org.synthaudit.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.harness.Numbers;
import org.synthaudit.harness.TerminalText;

/** The short summary {@code synthaudit audit} prints to standard output when it is done. */
final class Summary {
    private Summary() {
    }

    /**
     * Prints the verdict, each finding's headline figure with its interval, each rule that did
     * not pass, every schema issue, and the files written. Text from data (column names in
     * figure ids and issues, file names) is printed through {@link TerminalText#escape}.
     *
     * @param result the audit result
     * @param written the report files
     * @param out where to print
     */
    static void print(AuditResult result, List<Path> written, PrintWriter out) {
        line(out, "verdict: " + result.policy().verdict() + " (policy "
                + result.policy().name() + ": " + counts(result.policy().rules()) + ")");
        for (Finding finding : result.findings()) {
            line(out, "  " + headline(finding));
        }
        for (RuleOutcome rule : result.policy().rules()) {
            if (rule.status() != RuleStatus.PASSED) {
                line(out, "  rule " + rule.id() + ": " + rule.status() + " - " + rule.message());
            }
        }
        for (AuditResult.SchemaIssue issue : result.schemaIssues()) {
            line(out, "  schema: " + issue(issue));
        }
        for (Path file : written) {
            line(out, "wrote " + file);
        }
        out.flush();
    }

    private static void line(PrintWriter out, String text) {
        out.println(TerminalText.escape(text));
    }

    private static String issue(AuditResult.SchemaIssue issue) {
        String column = issue.column() == null || issue.column().isEmpty() ? ""
                : " " + issue.column();
        return issue.kind() + column + (issue.count() < 0 ? "" : " (" + issue.count() + ")");
    }

    private static String headline(Finding finding) {
        if (finding.skipped() != null) {
            return finding.id() + ": skipped (" + finding.skipped() + ")";
        }
        Figure figure = finding.headlineFigure().orElseThrow();
        return finding.id() + ": " + figure.id() + " = "
                + Numbers.format(figure.estimate(), figure.bounds());
    }

    private static String counts(List<RuleOutcome> rules) {
        Map<RuleStatus, Integer> counts = new TreeMap<>();
        rules.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((status, n) -> text.append(text.isEmpty() ? "" : ", ").append(n)
                .append(' ').append(status.name().toLowerCase(java.util.Locale.ROOT)));
        return text.isEmpty() ? "no rules" : text.toString();
    }
}
