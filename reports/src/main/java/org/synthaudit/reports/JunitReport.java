package org.synthaudit.reports;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.PolicyResult;
import org.synthaudit.core.audit.AuditResult.RuleEffect;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;

/**
 * Renders {@code junit.xml}: the policy's rules as JUnit test cases, so that the test views of
 * CI systems (Jenkins, GitLab, the JUnit reporters of GitHub Actions) show them natively.
 *
 * <p>One {@code testsuite}, named after the policy, inside a {@code testsuites} root; its
 * properties hold the verdict, the synthaudit version, the seed and the mode. One
 * {@code testcase} per rule, named by the rule id, in policy order. A rule's case follows the
 * rule's effect on the verdict:
 * <ul>
 *   <li>effect {@code fail} (a failed rule, or an undefined or inconclusive rule whose policy
 *       says {@code fail}): a {@code failure} whose message names the figure, the value read,
 *       the threshold and the value with its interval;</li>
 *   <li>effect {@code warn} (a warned rule, or an undefined or inconclusive rule whose policy
 *       says {@code warn}): {@code skipped} with the same message. A warning does not fail the
 *       build, and CI test views count and list skipped cases on their first page, while the
 *       output of a passing case shows only on that case's own page;</li>
 *   <li>effect {@code pass}: a passing case.</li>
 * </ul>
 * Every case carries the rule's details as text: in its {@code failure} or {@code skipped}
 * element, or in {@code system-out} when it passed. Times are 0 (checking a rule takes no
 * measurable time; the stage times are in {@code report.json}), and there is no timestamp or
 * host name, so equal results give byte-identical files.
 *
 * <p>The file is written with the JDK's {@link XMLStreamWriter}, which escapes markup in every
 * string; characters XML 1.0 forbids (most control characters) are first written as visible
 * escapes such as <code>&#92;u001b</code> by {@link VisibleText}.
 */
public final class JunitReport {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private JunitReport() {
    }

    /**
     * Renders an audit's policy outcome as JUnit XML.
     *
     * @param result the audit result
     * @return the XML document ending with a newline, to be written as UTF-8; byte-identical for
     *     equal results
     * @throws IllegalStateException if the XML writer fails, which writing to memory does not
     */
    public static String render(AuditResult result) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
            write(new Writer(xml), result);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write junit.xml: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    private static void write(Writer out, AuditResult result) throws XMLStreamException {
        PolicyResult policy = result.policy();
        Counts counts = Counts.of(policy.rules());
        out.xml.writeStartDocument("UTF-8", "1.0");
        out.newline(0);
        out.xml.writeStartElement("testsuites");
        out.attribute("name", "synthaudit");
        counts.write(out);

        out.newline(1);
        out.xml.writeStartElement("testsuite");
        out.attribute("name", policy.name());
        counts.write(out);
        writeProperties(out, result);
        for (RuleOutcome rule : policy.rules()) {
            writeCase(out, policy.name(), rule);
        }
        out.newline(1);
        out.xml.writeEndElement();

        out.newline(0);
        out.xml.writeEndElement();
        out.xml.writeEndDocument();
    }

    private static void writeProperties(Writer out, AuditResult result)
            throws XMLStreamException {
        out.newline(2);
        out.xml.writeStartElement("properties");
        property(out, "verdict", result.policy().verdict().name());
        property(out, "synthaudit.version", result.provenance().toolVersion());
        property(out, "seed", Long.toString(result.provenance().seed()));
        property(out, "mode", result.provenance().mode());
        out.newline(2);
        out.xml.writeEndElement();
    }

    private static void property(Writer out, String name, String value)
            throws XMLStreamException {
        out.newline(3);
        out.xml.writeEmptyElement("property");
        out.attribute("name", name);
        out.attribute("value", value);
    }

    private static void writeCase(Writer out, String policyName, RuleOutcome rule)
            throws XMLStreamException {
        out.newline(2);
        out.xml.writeStartElement("testcase");
        out.attribute("name", rule.id());
        out.attribute("classname", "synthaudit.policy." + policyName);
        out.attribute("time", "0");
        out.newline(3);
        switch (rule.effect()) {
            case FAIL -> {
                out.xml.writeStartElement("failure");
                out.attribute("type", Names.of(rule.status()));
                out.attribute("message", message(rule));
            }
            case WARN -> {
                out.xml.writeStartElement("skipped");
                out.attribute("message", "warning: " + message(rule));
            }
            case PASS -> out.xml.writeStartElement("system-out");
        }
        out.text(details(rule));
        out.xml.writeEndElement();
        out.newline(2);
        out.xml.writeEndElement();
    }

    /**
     * The one-line message of a rule: the figure, the value read and the threshold, what
     * happened, and the value with its interval.
     *
     * @param rule the rule's outcome
     * @return e.g. {@code membership.dcr.auc (estimate <= 0.6): estimate 0.93 is not <= 0.6;
     *     value 0.93 [0.91, 0.95] (95%)}
     */
    static String message(RuleOutcome rule) {
        String value = rule.status() == RuleStatus.UNDEFINED ? ""
                : "; value " + rule.observed();
        return rule.figureId() + " (" + Rules.condition(rule) + "): " + rule.message() + value;
    }

    private static String details(RuleOutcome rule) {
        String value = rule.status() == RuleStatus.UNDEFINED ? "undefined: " + rule.observed()
                : rule.observed();
        return String.join("\n",
                "rule: " + rule.id(),
                "description: " + rule.description(),
                "figure: " + rule.figureId(),
                "condition: " + Rules.condition(rule),
                "value: " + value,
                "status: " + Names.of(rule.status()),
                "effect on the verdict: " + Names.of(rule.effect()) + " (severity "
                        + rule.severity() + ")",
                "message: " + rule.message()) + "\n";
    }

    /** The XML writer with the helpers that escape what XML 1.0 cannot hold. */
    private record Writer(XMLStreamWriter xml) {
        void attribute(String name, String value) throws XMLStreamException {
            xml.writeAttribute(name, VisibleText.oneLine(value));
        }

        void text(String value) throws XMLStreamException {
            xml.writeCharacters(VisibleText.forXmlText(value));
        }

        void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    /** The numbers of test cases by outcome, as the suite's attributes. */
    private record Counts(int tests, int failures, int skipped) {
        static Counts of(List<RuleOutcome> rules) {
            int failures = (int) rules.stream().filter(r -> r.effect() == RuleEffect.FAIL)
                    .count();
            int skipped = (int) rules.stream().filter(r -> r.effect() == RuleEffect.WARN)
                    .count();
            return new Counts(rules.size(), failures, skipped);
        }

        void write(Writer out) throws XMLStreamException {
            out.attribute("tests", Integer.toString(tests));
            out.attribute("failures", Integer.toString(failures));
            out.attribute("errors", "0");
            out.attribute("skipped", Integer.toString(skipped));
            out.attribute("time", "0");
        }
    }
}
