package org.synthaudit.reports;

import org.synthaudit.core.audit.AuditResult;

/** Renders {@code report.html}: self-contained, every string from data escaped. */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * Renders an audit result as a self-contained HTML page.
     *
     * @param result the audit result
     * @return the page
     */
    public static String render(AuditResult result) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
