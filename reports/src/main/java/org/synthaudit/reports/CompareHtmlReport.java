package org.synthaudit.reports;

import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import org.synthaudit.core.compare.Comparison;

/**
 * Renders {@code compare.html}: the comparison of generators as one self-contained page in the
 * style of {@code report.html} (the same inline CSS, inline SVG, no scripts, no external
 * resources).
 *
 * <p>The page is the template {@code compare.mustache} filled from a {@link CompareView}. Every
 * string from data (generator labels and parameters, figure labels, reasons, paths, the
 * configuration) goes through the template's HTML escaping; the chart is drawn by
 * {@link Charts}, whose SVG writer escapes its text.
 */
public final class CompareHtmlReport {
    private static final Mustache TEMPLATE =
            HtmlTemplates.template("compare.mustache");

    private CompareHtmlReport() {
    }

    /**
     * Renders a comparison as a self-contained HTML page.
     *
     * @param comparison the comparison
     * @return the page, to be written as UTF-8
     */
    public static String render(Comparison comparison) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, CompareView.of(comparison));
        return out.toString();
    }
}
