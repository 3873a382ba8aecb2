package org.synthaudit.harness.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditResult;
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
        private static final List<String> MEMBERSHIP_GAMES = List.of("membership-shadow-auc",
                "membership-shadow-auc-upper", "membership-shadow-dp-claim",
                "membership-one-run-dp-claim",
                "membership-one-run-epsilon", "membership-domias-auc");
        private final Policy policy = PolicyLoader.defaultPolicy();

        @Test
        void holdsTheDocumentedRules() {
            assertEquals("default", policy.name());
            assertEquals(List.of("membership-dcr-auc", "membership-dcr-auc-upper",
                    "membership-exact-copies", "membership-shadow-auc",
                    "membership-shadow-auc-upper", "membership-shadow-dp-claim",
                    "membership-one-run-dp-claim",
                    "membership-one-run-epsilon", "membership-domias-auc",
                    "linkage-reidentification", "inference-nearest-neighbour", "inference-cap",
                    "fidelity-mean-distance", "schema-missing-columns"),
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
            // the membership games' figures are absent here: not produced, which passes
            assertTrue(result.rules().stream().allMatch(r -> r.status() == (MEMBERSHIP_GAMES
                    .contains(r.id()) ? RuleStatus.UNDEFINED : RuleStatus.PASSED)),
                    result.rules().toString());
            assertEquals(14, result.rules().size());
        }

        @Test
        void warnsWhenTheIntervalReachesAboveTheThreshold() {
            var result = PolicyEvaluator.apply(policy, membership(0.57, 0.52, 0.62), List.of());

            assertEquals(Verdict.PASS, result.verdict());
            assertEquals(RuleStatus.INCONCLUSIVE, result.rules().get(1).status());
        }

        @Test
        void failsAShadowGameThatTellsTargetsApart() {
            List<Finding> findings = with(membership(0.51, 0.49, 0.53), finding(
                    "membership.shadow", figure("membership.shadow.auc",
                            Estimate.of(0.99, 0.98, 1, 0.95, "test"))));
            var result = PolicyEvaluator.apply(policy, findings, List.of());

            assertEquals(Verdict.FAIL, result.verdict());
            assertEquals(RuleStatus.FAILED, status(result, "membership-shadow-auc"));
        }

        @Test
        void warnsWithoutFailingAboutAShadowGameTooSmallToDecide() {
            List<Finding> findings = with(membership(0.51, 0.49, 0.53), finding(
                    "membership.shadow", figure("membership.shadow.auc",
                            Estimate.of(0.73, 0.48, 0.99, 0.95, "test"))));
            var result = PolicyEvaluator.apply(policy, findings, List.of());

            assertEquals(Verdict.PASS, result.verdict());
            assertEquals(RuleStatus.PASSED, status(result, "membership-shadow-auc"));
            assertEquals(RuleStatus.INCONCLUSIVE, status(result, "membership-shadow-auc-upper"));
        }

        @Test
        void failsAnEpsilonBoundAboveTheClaimAndPassesOneBelowIt() {
            for (double violated : new double[] {1, 0}) {
                List<Finding> findings = with(membership(0.51, 0.49, 0.53), finding(
                        "membership.one-run", figure("membership.one-run.dp_claim_violated",
                                Estimate.exact(violated, "test"))));
                var result = PolicyEvaluator.apply(policy, findings, List.of());

                assertEquals(violated == 1 ? Verdict.FAIL : Verdict.PASS, result.verdict());
            }
        }

        @Test
        void warnsAboutAOneRunBoundAboveOneWithoutFailing() {
            List<Finding> findings = with(membership(0.51, 0.49, 0.53), finding(
                    "membership.one-run", figure("membership.one-run.epsilon_lower_bound",
                            Estimate.of(2.5, 2.5, Double.POSITIVE_INFINITY, 0.95, "test"))));
            var result = PolicyEvaluator.apply(policy, findings, List.of());

            assertEquals(Verdict.PASS, result.verdict());
            assertEquals(RuleStatus.WARNED, status(result, "membership-one-run-epsilon"));
        }

        @Test
        void passesMembershipGamesThatWereSkippedInReleaseMode() {
            List<Finding> findings = with(membership(0.51, 0.49, 0.53), Finding.skipped(
                    "membership.shadow", "Shadow", Category.PRIVACY, "release mode"));
            var result = PolicyEvaluator.apply(policy, findings, List.of());

            assertEquals(Verdict.PASS, result.verdict());
            assertEquals(RuleStatus.UNDEFINED, status(result, "membership-shadow-auc"));
        }

        private static RuleStatus status(AuditResult.PolicyResult result, String rule) {
            return result.rules().stream().filter(r -> r.id().equals(rule)).findFirst()
                    .orElseThrow().status();
        }

        private static Figure figure(String id, Estimate estimate) {
            return new Figure(id, id, null, estimate, Estimate.exact(0, "baseline"),
                    Bounds.NON_NEGATIVE, Sense.HIGHER_IS_WORSE);
        }

        private static Finding finding(String id, Figure figure) {
            return new Finding(id, id, Category.PRIVACY, "", figure.id(), List.of(figure),
                    List.of(), List.of(), null);
        }

        private static List<Finding> with(List<Finding> findings, Finding extra) {
            List<Finding> all = new java.util.ArrayList<>(findings);
            all.add(extra);
            return all;
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
