package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.PolicyResult;
import org.synthaudit.core.audit.AuditResult.RuleEffect;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
    /** Markup, a CDATA end, a C0 control, an escape sequence and a line break. */
    static final String HOSTILE = "<b>&amp;]]>\u0001\u001b[31m\r\n\t";

    /** Parses XML from its UTF-8 bytes with the JDK's DOM parser, which rejects ill-formed XML. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element suite(Document document) {
        return children(document.getDocumentElement(), "testsuite").getFirst();
    }

    private static List<Element> cases(Document document) {
        return children(suite(document), "testcase");
    }

    /** The only element inside a test case: failure, skipped or system-out. */
    private static Element outcome(Element testCase) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = testCase.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                elements.add(e);
            }
        }
        assertEquals(1, elements.size(), testCase::getTextContent);
        return elements.getFirst();
    }

    private static RuleOutcome rule(String id, String figure, RuleStatus status,
            String observed, String message, RuleEffect effect) {
        return new RuleOutcome(id, "description of " + id, figure, "fail", status, observed,
                message, "upper", "max", 0.6, effect);
    }

    /** The plain fixture with other rules and policy name. */
    static AuditResult withRules(String policyName, List<RuleOutcome> rules, Verdict verdict) {
        AuditResult base = ReportFixture.plain().build();
        return new AuditResult(base.provenance(), base.schema(), base.schemaIssues(),
                base.tables(), base.generator(), base.findings(),
                new PolicyResult(policyName, rules, verdict), base.timings());
    }

    @Nested
    class Render {
        @Test
        void writesOneSuiteNamedAfterThePolicyWithCountsAndProperties() throws Exception {
            Document document = parse(JunitReport.render(ReportFixture.plain().build()));

            Element root = document.getDocumentElement();
            assertEquals("testsuites", root.getTagName());
            assertEquals(1, children(root, "testsuite").size());
            Element suite = suite(document);
            assertEquals("default", suite.getAttribute("name"));
            assertEquals(List.of("3", "1", "0", "1"), List.of(suite.getAttribute("tests"),
                    suite.getAttribute("failures"), suite.getAttribute("errors"),
                    suite.getAttribute("skipped")));
            assertEquals("3", root.getAttribute("tests"));
            List<String> properties = new ArrayList<>();
            for (Element p : children(children(suite, "properties").getFirst(), "property")) {
                properties.add(p.getAttribute("name") + "=" + p.getAttribute("value"));
            }
            assertEquals(List.of("verdict=FAIL", "synthaudit.version=0.1.0-SNAPSHOT",
                    "seed=20240917", "mode=generator"), properties);
        }

        @Test
        void writesOneCasePerRuleInPolicyOrder() throws Exception {
            Document document = parse(JunitReport.render(ReportFixture.plain().build()));

            assertEquals(List.of("membership-dcr-auc", "fidelity-mean-distance",
                    "fidelity-income-ks"), cases(document).stream()
                            .map(c -> c.getAttribute("name")).toList());
            assertEquals("synthaudit.policy.default",
                    cases(document).getFirst().getAttribute("classname"));
        }

        @Test
        void writesAFailedRuleAsAFailureNamingFigureConditionAndInterval() throws Exception {
            AuditResult result = withRules("strict", List.of(rule("membership-dcr-auc",
                    "membership.dcr.auc", RuleStatus.FAILED, "0.93 [0.91, 0.95] (95%)",
                    "upper end 0.95 is not <= 0.6", RuleEffect.FAIL)), Verdict.FAIL);

            Element failure = outcome(cases(parse(JunitReport.render(result))).getFirst());

            assertEquals("failure", failure.getTagName());
            assertEquals("failed", failure.getAttribute("type"));
            assertEquals("membership.dcr.auc (upper end <= 0.6): upper end 0.95 is not <= 0.6; "
                    + "value 0.93 [0.91, 0.95] (95%)", failure.getAttribute("message"));
            assertEquals("""
                    rule: membership-dcr-auc
                    description: description of membership-dcr-auc
                    figure: membership.dcr.auc
                    condition: upper end <= 0.6
                    value: 0.93 [0.91, 0.95] (95%)
                    status: failed
                    effect on the verdict: fail (severity fail)
                    message: upper end 0.95 is not <= 0.6
                    """, failure.getTextContent());
        }

        @Test
        void writesAWarningAsSkippedWithTheMessage() throws Exception {
            AuditResult result = withRules("p", List.of(
                    rule("w", "f.w", RuleStatus.WARNED, "0.7", "estimate 0.7 is not <= 0.6",
                            RuleEffect.WARN),
                    rule("i", "f.i", RuleStatus.INCONCLUSIVE, "0.5 [0.4, 0.7] (95%)",
                            "the interval straddles the threshold 0.6; if-inconclusive: warn",
                            RuleEffect.WARN)), Verdict.PASS);

            List<Element> cases = cases(parse(JunitReport.render(result)));

            assertEquals("skipped", outcome(cases.get(0)).getTagName());
            assertEquals("warning: f.w (upper end <= 0.6): estimate 0.7 is not <= 0.6; value 0.7",
                    outcome(cases.get(0)).getAttribute("message"));
            assertEquals("skipped", outcome(cases.get(1)).getTagName());
            assertTrue(outcome(cases.get(1)).getTextContent().contains("status: inconclusive\n"));
        }

        @Test
        void followsTheEffectThePolicyNamesForUndefinedAndInconclusiveRules() throws Exception {
            String reason = "evaluator membership.shadow was skipped: release mode";
            AuditResult result = withRules("p", List.of(
                    rule("u-fail", "f", RuleStatus.UNDEFINED, reason, "undefined (" + reason
                            + "); if-undefined: fail", RuleEffect.FAIL),
                    rule("u-warn", "f", RuleStatus.UNDEFINED, reason, "undefined",
                            RuleEffect.WARN),
                    rule("u-pass", "f", RuleStatus.UNDEFINED, reason, "undefined",
                            RuleEffect.PASS),
                    rule("i-fail", "g", RuleStatus.INCONCLUSIVE, "0.5 [0.4, 0.7] (95%)",
                            "straddles", RuleEffect.FAIL),
                    rule("ok", "g", RuleStatus.PASSED, "0.5", "estimate 0.5 <= 0.6",
                            RuleEffect.PASS)), Verdict.FAIL);

            Document document = parse(JunitReport.render(result));

            assertEquals(List.of("failure", "skipped", "system-out", "failure", "system-out"),
                    cases(document).stream().map(c -> outcome(c).getTagName()).toList());
            Element undefined = outcome(cases(document).getFirst());
            assertEquals("undefined", undefined.getAttribute("type"));
            assertEquals("f (upper end <= 0.6): undefined (" + reason + "); if-undefined: fail",
                    undefined.getAttribute("message"));
            assertTrue(undefined.getTextContent().contains("\nvalue: undefined: " + reason
                    + "\n"), undefined::getTextContent);
            assertEquals(List.of("5", "2", "1"), List.of(suite(document).getAttribute("tests"),
                    suite(document).getAttribute("failures"),
                    suite(document).getAttribute("skipped")));
        }

        @Test
        void escapesMarkupAndWritesForbiddenCharactersVisibly() throws Exception {
            String figure = "fidelity.column." + HOSTILE + ".tvd";
            AuditResult result = withRules("policy " + HOSTILE, List.of(rule("r", figure,
                    RuleStatus.FAILED, "0.7", "estimate 0.7 is not <= 0.6", RuleEffect.FAIL)),
                    Verdict.FAIL);

            String xml = JunitReport.render(result);
            Document document = parse(xml);

            String oneLine = "<b>&amp;]]>\\u0001\\u001b[31m\\u000d\\u000a\\u0009";
            assertEquals("policy " + oneLine, suite(document).getAttribute("name"));
            Element failure = outcome(cases(document).getFirst());
            assertEquals("fidelity.column." + oneLine + ".tvd (upper end <= 0.6): estimate 0.7 "
                    + "is not <= 0.6; value 0.7", failure.getAttribute("message"));
            assertTrue(failure.getTextContent().contains("\nfigure: fidelity.column.<b>&amp;]]>"
                    + "\\u0001\\u001b[31m\\u000d\n\t.tvd\n"), failure::getTextContent);
            assertFalse(xml.contains("\u0001") || xml.contains("\u001b") || xml.contains("\r"));
            assertFalse(xml.contains("<b>"), xml);
        }

        @Test
        void writesCharactersXmlForbidsBeyondTheControlsVisibly() throws Exception {
            String name = "a\uffffb\ud800c\u007fd\u0085e\ud83d\ude00f";
            AuditResult result = withRules(name, List.of(), Verdict.PASS);

            Document document = parse(JunitReport.render(result));

            assertEquals("a\\uffffb\\ud800c\\u007fd\\u0085e\ud83d\ude00f",
                    suite(document).getAttribute("name"));
            assertEquals("0", suite(document).getAttribute("tests"));
        }

        @Test
        void isByteIdenticalForEqualResultsAndHasNoTimestamp() {
            String first = JunitReport.render(ReportFixture.hostile().build());
            String second = JunitReport.render(ReportFixture.hostile().build());

            assertEquals(first, second);
            assertTrue(first.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<testsuites "), first);
            assertTrue(first.endsWith("</testsuites>\n"), first);
            assertFalse(first.contains("timestamp"), first);
        }

        @Test
        void writesAPassedRuleWithItsDetailsAsOutput() throws Exception {
            Element passed = cases(parse(JunitReport.render(ReportFixture.plain().build())))
                    .get(1);

            Element out = outcome(passed);
            assertEquals("system-out", out.getTagName());
            assertTrue(out.getTextContent().startsWith("rule: fidelity-mean-distance\n"));
            assertTrue(out.getTextContent().contains("\nstatus: passed\n"));
        }
    }
}
