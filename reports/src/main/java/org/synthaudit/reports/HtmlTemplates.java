package org.synthaudit.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.Writer;

/**
 * Compiles the HTML templates of this package so that every value they write is shown as it is:
 * control characters and bidirectional controls from data become visible escapes such as
 * <code>&#92;u0007</code> ({@link VisibleText#forXmlText(String)}), then the text is
 * HTML-escaped. Line feeds and tabs are kept, so the configuration and logs keep their lines.
 */
final class HtmlTemplates extends DefaultMustacheFactory {
    private HtmlTemplates() {
        super("org/synthaudit/reports");
    }

    /**
     * Compiles a template of this package.
     *
     * @param name the template file, e.g. {@code report.mustache}
     * @return the compiled template
     */
    static Mustache template(String name) {
        return new HtmlTemplates().compile(name);
    }

    /**
     * Writes a value from data: its control characters made visible, then HTML-escaped.
     *
     * @param value the value
     * @param writer where the page is written
     */
    @Override
    public void encode(String value, Writer writer) {
        super.encode(VisibleText.forXmlText(value), writer);
    }
}
