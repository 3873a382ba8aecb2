package org.synthaudit.harness.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.synthaudit.core.InputException;
import org.synthaudit.harness.config.InvalidValueException;

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
            throw new InvalidValueException("rules: a policy needs at least one rule", "rules");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule == null) {
                throw new InvalidValueException("rules: rule " + (i + 1) + " is empty", "rules");
            }
            if (!ids.add(rule.id())) {
                throw new InvalidValueException("rules: two rules have the id '" + rule.id()
                        + "'", "rules", Integer.toString(i), "id");
            }
        }
        rules = List.copyOf(rules);
    }
}
