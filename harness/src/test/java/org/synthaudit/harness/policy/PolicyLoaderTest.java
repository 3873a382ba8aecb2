package org.synthaudit.harness.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.harness.policy.Rule.Effect;
import org.synthaudit.harness.policy.Rule.Reading;
import org.synthaudit.harness.policy.Rule.Severity;

class PolicyLoaderTest {

    private static String error(String yaml) {
        return assertThrows(InputException.class, () -> PolicyLoader.parse(yaml, "p.yaml"))
                .getMessage();
    }

    private static List<Finding> membership(double value, double lower, double upper) {
        Figure auc = new Figure("membership.dcr.auc", "ROC AUC", null,
                Estimate.of(value, lower, upper, 0.95, "test"), Estimate.exact(0.5, "guess"),
                Bounds.UNIT, Sense.HIGHER_IS_WORSE);
        Figure fidelity = new Figure("fidelity.columns.mean_distance", "mean distance", null,
                Estimate.of(0.05, 0.04, 0.06, 0.95, "test"), Estimate.exact(0, "identical"),
                Bounds.UNIT, Sense.HIGHER_IS_WORSE);
        Figure copies = gain("membership.dcr.exact_match_gain", 0.001, -0.002, 0.004);
        return List.of(new Finding("membership.dcr", "DCR", Category.PRIVACY, "", auc.id(),
                List.of(auc, copies), List.of(), List.of(), null), new Finding("fidelity.columns",
                        "Columns", Category.FIDELITY, "", fidelity.id(), List.of(fidelity),
                        List.of(), List.of(), null),
                privacy("linkage", gain("linkage.reidentification.gain", 0, -0.005, 0.005)),
                privacy("inference.nearest-neighbour",
                        gain("inference.nearest-neighbour.max_gain", 0.01, -0.03, 0.05)),
                privacy("inference.cap", gain("inference.cap.max_gain", 0.01, -0.03, 0.05)));
    }

    private static Figure gain(String id, double value, double lower, double upper) {
        return new Figure(id, "gain", null, Estimate.of(value, lower, upper, 0.95, "test"),
                Estimate.exact(0, "no leak"), Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE);
    }

    private static Finding privacy(String id, Figure headline) {
        return new Finding(id, id, Category.PRIVACY, "", headline.id(), List.of(headline),
                List.of(), List.of(), null);
    }

    @Nested
    class DefaultPolicy {
        private final Policy policy = PolicyLoader.defaultPolicy();

        @Test
        void holdsTheDocumentedRules() {
            assertEquals("default", policy.name());
            assertEquals(List.of("membership-dcr-auc", "membership-dcr-auc-upper",
                    "membership-exact-copies", "linkage-reidentification",
                    "inference-nearest-neighbour", "inference-cap", "fidelity-mean-distance",
                    "schema-missing-columns"),
                    policy.rules().stream().map(Rule::id).toList());
            Rule auc = policy.rules().getFirst();
            assertEquals(new Rule("membership-dcr-auc", "membership.dcr.auc", Reading.ESTIMATE,
                    0.6, null, Severity.FAIL, Effect.FAIL, Effect.FAIL, auc.description()), auc);
        }

        @Test
        void failsACopyOfTheTrainingData() {
            assertEquals(Verdict.FAIL, PolicyEvaluator.apply(policy,
                    membership(0.99, 0.985, 0.995), List.of()).verdict());
        }

        @Test
        void passesAGeneratorWithoutLeak() {
            var result = PolicyEvaluator.apply(policy, membership(0.51, 0.49, 0.53), List.of());

            assertEquals(Verdict.PASS, result.verdict());
            assertTrue(result.rules().stream().allMatch(r -> r.status() == RuleStatus.PASSED),
                    result.rules().toString());
            assertEquals(8, result.rules().size());
        }

        @Test
        void warnsWhenTheIntervalReachesAboveTheThreshold() {
            var result = PolicyEvaluator.apply(policy, membership(0.57, 0.52, 0.62), List.of());

            assertEquals(Verdict.PASS, result.verdict());
            assertEquals(RuleStatus.INCONCLUSIVE, result.rules().get(1).status());
        }

        @Test
        void failsWhenTheMembershipFigureIsMissing() {
            assertEquals(Verdict.FAIL, PolicyEvaluator.apply(policy, List.of(), List.of())
                    .verdict());
        }
    }

    @Nested
    class Parse {
        @Test
        void readsAllKeys() {
            Policy policy = PolicyLoader.parse("""
                    name: strict
                    rules:
                      - id: auc
                        figure: membership.dcr.auc
                        on: upper
                        max: 0.55
                        severity: warn
                        if-undefined: pass
                        if-inconclusive: fail
                        description: tight
                    """, "p.yaml");

            assertEquals(new Policy("strict", List.of(new Rule("auc", "membership.dcr.auc",
                    Reading.UPPER, 0.55, null, Severity.WARN, Effect.PASS, Effect.FAIL,
                    "tight"))), policy);
        }

        @Test
        void rejectsAnUnknownRuleKey() {
            assertEquals("p.yaml line 5: unknown key 'rules[0].maximum'; expected one of "
                    + "description, figure, id, if-inconclusive, if-undefined, max, min, on, "
                    + "severity", error("rules:\n  - id: a\n    figure: x.y\n    max: 1\n"
                            + "    maximum: 2\n"));
        }

        @Test
        void rejectsAnUnknownSeverity() {
            assertEquals("p.yaml line 4: rules[0].severity: unknown severity 'error'; expected "
                    + "one of fail, warn", error("rules:\n  - id: a\n    figure: x.y\n"
                            + "    severity: error\n    max: 1\n"));
        }

        @Test
        void rejectsDuplicateRuleIds() {
            assertEquals("p.yaml line 3: rules: two rules have the id 'a'", error(
                    "rules:\n  - {id: a, figure: x.y, max: 1}\n"
                            + "  - {id: a, figure: x.z, max: 1}\n"));
        }

        @Test
        void rejectsAPolicyWithoutRules() {
            assertEquals("p.yaml: rules: a policy needs at least one rule",
                    error("name: empty\n"));
        }

        @Test
        void pointsAtTheKeyOfABadThreshold() {
            assertEquals("p.yaml line 5: rules[0]: rule a: give exactly one of max and min, "
                    + "found both", error("rules:\n  - id: a\n    figure: x.y\n    max: 1\n"
                            + "    min: 0\n"));
        }
    }
}
