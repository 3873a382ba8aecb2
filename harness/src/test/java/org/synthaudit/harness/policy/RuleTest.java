package org.synthaudit.harness.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.harness.policy.Rule.Effect;
import org.synthaudit.harness.policy.Rule.Reading;
import org.synthaudit.harness.policy.Rule.Severity;

class RuleTest {

    @Nested
    class Constructor {
        @Test
        void defaultsToTheEstimateAndTheSeverityForUndecidedRules() {
            Rule rule = new Rule("r", "a.b", null, 0.6, null, Severity.WARN, null, null, null);

            assertEquals(Reading.ESTIMATE, rule.on());
            assertEquals(Effect.WARN, rule.ifUndefined());
            assertEquals(Effect.WARN, rule.ifInconclusive());
            assertEquals("a.b at most 0.6", rule.description());
        }

        @Test
        void defaultsToFail() {
            assertEquals(Severity.FAIL, new Rule("r", "a.b", Reading.LOWER, null, 0.8, null, null,
                    null, null).severity());
        }

        @Test
        void describesAReadingOfAnIntervalEnd() {
            assertEquals("lower end of a.b at least 0.8", new Rule("r", "a.b", Reading.LOWER,
                    null, 0.8, null, null, null, null).description());
        }

        @Test
        void rejectsBothThresholds() {
            assertEquals("rule r: give exactly one of max and min, found both",
                    assertThrows(InputException.class, () -> new Rule("r", "a.b", null, 1.0, 0.0,
                            null, null, null, null)).getMessage());
        }

        @Test
        void rejectsNoThreshold() {
            assertEquals("rule r: give exactly one of max and min, found neither",
                    assertThrows(InputException.class, () -> new Rule("r", "a.b", null, null,
                            null, null, null, null, null)).getMessage());
        }

        @Test
        void rejectsAnUpperCaseId() {
            assertEquals("id must be lower-case letters, digits, '.', '-' or '_', was 'Rule 1'",
                    assertThrows(InputException.class, () -> new Rule("Rule 1", "a.b", null, 1.0,
                            null, null, null, null, null)).getMessage());
        }

        @Test
        void rejectsAnUnknownSchemaIssueKind() {
            assertEquals("rule r: unknown schema issue kind 'missing' in figure schema.missing; "
                    + "expected one of missing-column, extra-column, unseen-category, "
                    + "renamed-column, excluded-column, synthetic-equals-train",
                    assertThrows(InputException.class, () -> new Rule("r", "schema.missing", null,
                            0.0, null, null, null, null, null)).getMessage());
        }
    }

    @Nested
    class Meets {
        @Test
        void includesTheThreshold() {
            Rule max = new Rule("r", "a.b", null, 0.6, null, null, null, null, null);
            Rule min = new Rule("r", "a.b", null, null, 0.6, null, null, null, null);

            assertTrue(max.meets(0.6));
            assertFalse(max.meets(0.6000001));
            assertTrue(min.meets(0.6));
            assertFalse(min.meets(0.5999999));
        }
    }

    @Nested
    class Parse {
        @Test
        void readsNamesInAnyCase() {
            assertEquals(Reading.UPPER, Reading.parse("Upper"));
            assertEquals(Effect.PASS, Effect.parse("pass"));
        }

        @Test
        void listsTheValidNames() {
            assertEquals("unknown effect 'ignore'; expected one of fail, warn, pass",
                    assertThrows(InputException.class, () -> Effect.parse("ignore"))
                            .getMessage());
        }
    }
}
