package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Role;

class NamesTest {
    @Nested
    class Of {
        @Test
        void writesEnumValuesAsLowerCaseHyphenatedWords() {
            assertEquals("fail", Names.of(Verdict.FAIL));
            assertEquals("inconclusive", Names.of(RuleStatus.INCONCLUSIVE));
            assertEquals("higher-is-worse", Names.of(Sense.HIGHER_IS_WORSE));
        }
    }

    @Nested
    class Roles {
        @Test
        void listsRolesInDeclarationOrder() {
            Set<Role> roles = Set.copyOf(EnumSet.of(Role.PROTECTED, Role.QUASI_IDENTIFIER));

            assertEquals(List.of("quasi-identifier", "protected"), Names.roles(roles));
        }
    }
}
