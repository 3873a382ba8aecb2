package org.synthaudit.reports;

import org.synthaudit.core.audit.AuditResult.RuleOutcome;

/** How a policy rule's condition reads in the machine outputs (JUnit XML, Markdown). */
final class Rules {
    private Rules() {
    }

    /**
     * The condition a rule demands, in words and symbols.
     *
     * @param rule the rule's outcome
     * @return e.g. {@code estimate <= 0.6} or {@code lower end >= 0.8}
     */
    static String condition(RuleOutcome rule) {
        String reading = "estimate".equals(rule.on()) ? "estimate" : rule.on() + " end";
        String comparison = "max".equals(rule.bound()) ? "<=" : ">=";
        return reading + " " + comparison + " " + Numbers.format(rule.threshold());
    }
}
