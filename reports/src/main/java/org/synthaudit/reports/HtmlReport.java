package org.synthaudit.reports;

import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import org.synthaudit.core.audit.AuditResult;

/**
 * Renders {@code report.html}: one self-contained page with inline CSS and inline SVG charts,
 * no scripts and no external resources, readable on screen and in print.
 *
 * <p>Its first page holds, after the verdict, the scorecard ({@link Scorecard}), the rules that
 * decided the verdict, and what each attack assumes the attacker has ({@link ThreatSummary}).
 *
 * <p>The page is the template {@code report.mustache} filled from a {@link ReportView}. Every
 * string from data (column names, labels, notes, paths, the configuration) goes through the
 * template's HTML escaping, wherever it appears: text, attributes and the title; control
 * characters in it are shown as visible escapes ({@link HtmlTemplates}). Charts are drawn by
 * {@link Charts}, whose SVG writer escapes their text. The page shows no record values unless
 * the audit was asked for them ({@link RecordValuesView}); then a warning at the top says that
 * the page holds personal data.
 */
public final class HtmlReport {
    private static final Mustache TEMPLATE =
            HtmlTemplates.template("report.mustache");

    private HtmlReport() {
    }

    /**
     * Renders an audit result as a self-contained HTML page.
     *
     * @param result the audit result
     * @return the page, to be written as UTF-8
     */
    public static String render(AuditResult result) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, new Object[] {ReportView.of(result), RecordValuesView.of(result)});
        return out.toString();
    }
}
