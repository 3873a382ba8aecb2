package org.synthaudit.attacks.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.synthaudit.attacks.linkage.Outcome.Group;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Vocabulary;

/** The groups of the protected attributes the linkage attack reports rates for. */
final class Groups {
    /** The label of the group of records whose protected value is missing (case C04). */
    static final String MISSING = "(missing)";

    private Groups() {
    }

    /**
     * One group per value of each categorical or boolean protected attribute that occurs in the
     * real data, the missing value included when it occurs.
     *
     * @param context the audit
     * @return the groups, by attribute in schema order, values in code order, missing last
     */
    static List<Group> of(AuditContext context) {
        List<Group> groups = new ArrayList<>();
        Dataset real = context.real();
        for (int column : context.schema().withRole(Role.PROTECTED)) {
            if (!context.schema().column(column).type().isCoded()) {
                continue;
            }
            String attribute = context.schema().column(column).name();
            TreeSet<Integer> codes = new TreeSet<>();
            for (int code : real.codeColumn(column)) {
                codes.add(code);
            }
            Vocabulary vocabulary = real.vocabulary(column);
            for (int code : codes) {
                if (code != Vocabulary.MISSING) {
                    groups.add(new Group(column, code, attribute, vocabulary.label(code)));
                }
            }
            if (codes.contains(Vocabulary.MISSING)) {
                groups.add(new Group(column, Vocabulary.MISSING, attribute, MISSING));
            }
        }
        return groups;
    }

    /**
     * The protected attributes that cannot be grouped: numeric, datetime or identifier columns.
     *
     * @param context the audit
     * @return their names
     */
    static List<String> ungrouped(AuditContext context) {
        List<String> names = new ArrayList<>();
        for (int column : context.schema().withRole(Role.PROTECTED)) {
            if (!context.schema().column(column).type().isCoded()) {
                names.add(context.schema().column(column).name());
            }
        }
        return names;
    }
}
