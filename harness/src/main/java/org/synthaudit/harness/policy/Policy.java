package org.synthaudit.harness.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.synthaudit.core.InputException;

/**
 * A set of rules that turn an audit's figures into a verdict: the audit fails when a rule's
 * effect is {@code fail}.
 *
 * @param name a name for reports, e.g. {@code default}; {@code null} gives {@code custom}
 * @param rules the rules in the order they are reported; at least one, ids unique
 */
public record Policy(String name, List<Rule> rules) {

    /**
     * Checks that there are rules and that their ids are unique.
     *
     * @throws InputException naming the duplicate id, or when there is no rule
     */
    public Policy {
        name = name == null || name.isBlank() ? "custom" : name.strip();
        if (rules == null || rules.isEmpty()) {
            throw new InputException("rules: a policy needs at least one rule");
        }
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (rule == null) {
                throw new InputException("rules: a rule is empty");
            }
            if (!ids.add(rule.id())) {
                throw new InputException("rules: two rules have the id '" + rule.id() + "'");
            }
        }
        rules = List.copyOf(rules);
    }
}
