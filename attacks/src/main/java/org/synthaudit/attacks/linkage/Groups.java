package org.synthaudit.attacks.linkage;

import java.util.ArrayList;
import java.util.List;
import org.synthaudit.attacks.inference.ProtectedGroups;
import org.synthaudit.attacks.linkage.Outcome.Group;
import org.synthaudit.core.audit.AuditContext;

/**
 * The groups of the protected attributes the linkage attack reports rates for, as every attack
 * groups them ({@link ProtectedGroups}): one group per value of each categorical or boolean
 * protected attribute that occurs in the real data, a missing value as the group
 * {@code (missing)} (case C04).
 */
final class Groups {
    private Groups() {
    }

    /**
     * The groups of an audit.
     *
     * @param context the audit
     * @return the groups, by attribute in schema order, values in code order (missing first)
     */
    static List<Group> of(AuditContext context) {
        List<Group> groups = new ArrayList<>();
        for (ProtectedGroups.Attribute attribute : protectedGroups(context).attributes()) {
            int column = attribute.column();
            for (int code : attribute.present(context.real().codeColumn(column))) {
                groups.add(new Group(column, code, attribute.name(), attribute.label(code)));
            }
        }
        return groups;
    }

    /**
     * Why some protected attributes are not broken down by group.
     *
     * @param context the audit
     * @return one sentence per attribute that is not categorical
     */
    static List<String> notes(AuditContext context) {
        return protectedGroups(context).notes();
    }

    private static ProtectedGroups protectedGroups(AuditContext context) {
        return ProtectedGroups.of(context.schema(), context.real());
    }
}
