package org.synthaudit.reports;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.synthaudit.core.audit.AuditResult.Effect;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Role;

/** The names under which enum values appear in reports: lower-case words joined by hyphens. */
final class Names {
    private Names() {
    }

    /**
     * The report name of a verdict.
     *
     * @param verdict the verdict
     * @return {@code pass} or {@code fail}
     */
    static String of(Verdict verdict) {
        return lower(verdict);
    }

    /**
     * The report name of a rule status.
     *
     * @param status the status
     * @return e.g. {@code passed} or {@code inconclusive}
     */
    static String of(RuleStatus status) {
        return lower(status);
    }

    /**
     * The report name of a rule's effect on the verdict.
     *
     * @param effect the effect
     * @return {@code pass}, {@code warn} or {@code fail}
     */
    static String of(Effect effect) {
        return lower(effect);
    }

    /**
     * The report name of a figure's sense.
     *
     * @param sense the sense
     * @return {@code higher-is-worse}, {@code higher-is-better} or {@code neutral}
     */
    static String of(Sense sense) {
        return lower(sense);
    }

    /**
     * The report names of a column's roles in declaration order, whatever the set's order.
     *
     * @param roles the roles
     * @return e.g. {@code [quasi-identifier, sensitive]}
     */
    static List<String> roles(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::configName).toList();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
