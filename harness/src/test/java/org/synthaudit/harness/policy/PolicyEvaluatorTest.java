package org.synthaudit.harness.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.PolicyResult;
import org.synthaudit.core.audit.AuditResult.RuleEffect;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.SchemaIssue;
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

class PolicyEvaluatorTest {
    private static final String AUC = "membership.dcr.auc";

    private static Finding auc(double value, double lower, double upper) {
        return finding(Estimate.of(value, lower, upper, 0.95, "DeLong"));
    }

    private static Finding finding(Estimate estimate) {
        Figure figure = new Figure(AUC, "ROC AUC", null, estimate,
                Estimate.exact(0.5, "random guessing"), Bounds.UNIT, Sense.HIGHER_IS_WORSE);
        return new Finding("membership.dcr", "DCR", Category.PRIVACY, "", AUC, List.of(figure),
                List.of(), List.of(), null);
    }

    private static Rule maxRule(Reading on, Severity severity, Effect ifUndefined,
            Effect ifInconclusive) {
        return new Rule("auc", AUC, on, 0.6, null, severity, ifUndefined, ifInconclusive, null);
    }

    private static PolicyResult apply(Rule rule, Finding... findings) {
        return PolicyEvaluator.apply(new Policy("test", List.of(rule)), List.of(findings),
                List.of());
    }

    @Nested
    class Apply {
        @Test
        void passesAnEstimateAtTheThreshold() {
            PolicyResult result = apply(maxRule(Reading.ESTIMATE, Severity.FAIL, null, null),
                    auc(0.6, 0.58, 0.62));

            assertEquals(RuleStatus.PASSED, result.rules().getFirst().status());
            assertEquals(Verdict.PASS, result.verdict());
        }

        @Test
        void failsAnEstimateAboveTheThreshold() {
            PolicyResult result = apply(maxRule(Reading.ESTIMATE, Severity.FAIL, null, null),
                    auc(0.97, 0.96, 0.98));

            RuleOutcome outcome = result.rules().getFirst();
            assertEquals(RuleStatus.FAILED, outcome.status());
            assertEquals("0.97 [0.96, 0.98] (95%)", outcome.observed());
            assertEquals("estimate 0.97 is not <= 0.6", outcome.message());
            assertEquals(AuditResult.RuleEffect.FAIL, outcome.effect());
            assertEquals(Verdict.FAIL, result.verdict());
        }

        @Test
        void warnsWithoutFailingTheVerdict() {
            PolicyResult result = apply(maxRule(Reading.ESTIMATE, Severity.WARN, null, null),
                    auc(0.97, 0.96, 0.98));

            assertEquals(RuleStatus.WARNED, result.rules().getFirst().status());
            assertEquals(AuditResult.RuleEffect.WARN, result.rules().getFirst().effect());
            assertEquals(Verdict.PASS, result.verdict());
        }

        @Test
        void isInconclusiveWhenTheUpperEndStraddlesTheThreshold() {
            PolicyResult result = apply(maxRule(Reading.UPPER, Severity.FAIL, null, Effect.WARN),
                    auc(0.58, 0.55, 0.61));

            RuleOutcome outcome = result.rules().getFirst();
            assertEquals(RuleStatus.INCONCLUSIVE, outcome.status());
            assertEquals("the interval straddles the threshold 0.6; if-inconclusive: warn",
                    outcome.message());
            assertEquals(Verdict.PASS, result.verdict());
        }

        @Test
        void failsAnInconclusiveRuleWhoseEffectIsFail() {
            PolicyResult result = apply(maxRule(Reading.UPPER, Severity.WARN, null, Effect.FAIL),
                    auc(0.58, 0.55, 0.61));

            assertEquals(RuleStatus.INCONCLUSIVE, result.rules().getFirst().status());
            assertEquals(AuditResult.RuleEffect.FAIL, result.rules().getFirst().effect());
            assertEquals(Verdict.FAIL, result.verdict());
        }

        @Test
        void breaksAnUpperRuleWhenTheWholeIntervalIsAbove() {
            PolicyResult result = apply(maxRule(Reading.UPPER, Severity.FAIL, null, Effect.PASS),
                    auc(0.7, 0.65, 0.75));

            assertEquals(RuleStatus.FAILED, result.rules().getFirst().status());
            assertEquals(Verdict.FAIL, result.verdict());
        }

        @Test
        void isNeverInconclusiveOnTheEstimate() {
            PolicyResult result = apply(maxRule(Reading.ESTIMATE, Severity.FAIL, null,
                    Effect.PASS), auc(0.61, 0.55, 0.67));

            assertEquals(RuleStatus.FAILED, result.rules().getFirst().status());
        }

        @Test
        void readsTheLowerEndOfAMinRuleCautiously() {
            Rule rule = new Rule("utility", AUC, Reading.LOWER, null, 0.6, Severity.FAIL, null,
                    Effect.WARN, null);

            assertEquals(RuleStatus.INCONCLUSIVE, apply(rule, auc(0.62, 0.58, 0.66)).rules()
                    .getFirst().status());
            assertEquals(RuleStatus.PASSED, apply(rule, auc(0.62, 0.6, 0.66)).rules()
                    .getFirst().status());
            assertEquals(RuleStatus.FAILED, apply(rule, auc(0.55, 0.5, 0.59)).rules()
                    .getFirst().status());
        }

        @Test
        void appliesIfUndefinedToAnUndefinedFigure() {
            PolicyResult result = apply(maxRule(Reading.ESTIMATE, Severity.FAIL, Effect.WARN,
                    null), finding(Estimate.undefined("no holdout records")));

            RuleOutcome outcome = result.rules().getFirst();
            assertEquals(RuleStatus.UNDEFINED, outcome.status());
            assertEquals("no holdout records", outcome.observed());
            assertEquals("undefined (no holdout records); if-undefined: warn", outcome.message());
            assertEquals(RuleEffect.WARN, outcome.effect());
            assertEquals(Verdict.PASS, result.verdict());
        }

        @Test
        void recordsTheReadingTheThresholdAndTheEffectOfEachOutcome() {
            RuleOutcome failed = apply(maxRule(Reading.UPPER, Severity.FAIL, null, Effect.PASS),
                    auc(0.7, 0.65, 0.75)).rules().getFirst();
            RuleOutcome inconclusive = apply(maxRule(Reading.UPPER, Severity.FAIL, null,
                    Effect.PASS), auc(0.58, 0.55, 0.61)).rules().getFirst();
            RuleOutcome warned = apply(new Rule("q", AUC, null, null, 0.8, Severity.WARN, null,
                    null, null), auc(0.7, 0.65, 0.75)).rules().getFirst();

            assertEquals(List.of("upper", "max", "0.6", "FAIL"), List.of(failed.on(),
                    failed.bound(), Double.toString(failed.threshold()),
                    failed.effect().name()));
            assertEquals(RuleEffect.PASS, inconclusive.effect());
            assertEquals(List.of("estimate", "min", "0.8", "WARN"), List.of(warned.on(),
                    warned.bound(), Double.toString(warned.threshold()),
                    warned.effect().name()));
        }

        @Test
        void failsAnUndefinedFigureWhenTheRuleSaysSo() {
            PolicyResult result = apply(maxRule(Reading.ESTIMATE, Severity.FAIL, Effect.FAIL,
                    null), finding(Estimate.undefined("no holdout records")));

            assertEquals(Verdict.FAIL, result.verdict());
        }

        @Test
        void treatsAMissingFigureAsUndefined() {
            PolicyResult result = apply(maxRule(Reading.ESTIMATE, Severity.FAIL, Effect.PASS,
                    null));

            RuleOutcome outcome = result.rules().getFirst();
            assertEquals(RuleStatus.UNDEFINED, outcome.status());
            assertEquals("figure not produced", outcome.observed());
            assertEquals(Verdict.PASS, result.verdict());
        }

        @Test
        void namesTheSkippedEvaluatorOfAMissingFigure() {
            Finding skipped = Finding.skipped("membership.dcr", "DCR", Category.PRIVACY,
                    "the holdout is empty");

            PolicyResult result = apply(maxRule(Reading.ESTIMATE, Severity.FAIL, Effect.FAIL,
                    null), skipped);

            assertEquals("evaluator membership.dcr was skipped: the holdout is empty",
                    result.rules().getFirst().observed());
            assertEquals(Verdict.FAIL, result.verdict());
        }

        @Test
        void countsSchemaIssuesByKind() {
            Rule rule = new Rule("schema", "schema.missing-column", null, 0.0, null,
                    Severity.FAIL, null, null, null);
            List<SchemaIssue> issues = List.of(
                    new SchemaIssue("missing-column", "val2", -1, "no column val2"),
                    new SchemaIssue("extra-column", "extra_col", 3, "extra"));

            PolicyResult result = PolicyEvaluator.apply(new Policy("p", List.of(rule)),
                    List.of(), issues);

            assertEquals("1", result.rules().getFirst().observed());
            assertEquals(Verdict.FAIL, result.verdict());
        }

        @Test
        void countsSchemaIssuesOfOneColumn() {
            Rule rule = new Rule("schema", "schema.extra-column.S.No", null, 0.0, null,
                    Severity.FAIL, null, null, null);
            List<SchemaIssue> issues = List.of(new SchemaIssue("extra-column", "other", 3, "x"));

            assertEquals(Verdict.PASS, PolicyEvaluator.apply(new Policy("p", List.of(rule)),
                    List.of(), issues).verdict());
        }

        @Test
        void keepsTheRuleOrderAndDescription() {
            Rule first = new Rule("b-rule", AUC, null, 1.0, null, null, null, null, "first");
            Rule second = new Rule("a-rule", AUC, null, 0.1, null, Severity.WARN, null, null,
                    null);

            PolicyResult result = PolicyEvaluator.apply(new Policy("p", List.of(first, second)),
                    List.of(auc(0.5, 0.48, 0.52)), List.of());

            assertEquals(List.of("b-rule", "a-rule"), result.rules().stream()
                    .map(RuleOutcome::id).toList());
            assertEquals("first", result.rules().getFirst().description());
            assertEquals("warn", result.rules().get(1).severity());
            assertEquals(RuleStatus.WARNED, result.rules().get(1).status());
        }
    }

    /** Audits of several releases: one finding per evaluator and release. */
    @Nested
    class ApplyToSeveralReleases {
        private final Rule rule = maxRule(Reading.ESTIMATE, Severity.FAIL, null, null);
        private final Finding first = auc(0.5, 0.45, 0.55).forRelease("synthetic");
        private final Finding second = auc(0.9, 0.85, 0.95).forRelease("synthetic-2");

        @Test
        void decidesTheRuleForEveryReleaseAndFailsWhenOneFails() {
            PolicyResult result = apply(rule, first, second);

            assertEquals(List.of("auc@synthetic PASSED membership.dcr.auc@synthetic",
                    "auc@synthetic-2 FAILED membership.dcr.auc@synthetic-2"), result.rules()
                            .stream().map(r -> r.id() + " " + r.status() + " " + r.figureId())
                            .toList());
            assertEquals(Verdict.FAIL, result.verdict());
        }

        @Test
        void failsWhicheverReleaseComesFirst() {
            assertEquals(Verdict.FAIL, apply(rule, second, first).verdict());
        }

        @Test
        void readsOnlyTheReleaseARuleNames() {
            Rule named = new Rule("auc", AUC + "@synthetic", Reading.ESTIMATE, 0.6, null,
                    Severity.FAIL, null, null, null);

            PolicyResult result = apply(named, first, second);

            assertEquals(List.of("auc PASSED"), result.rules().stream()
                    .map(r -> r.id() + " " + r.status()).toList());
            assertEquals(Verdict.PASS, result.verdict());
        }

        @Test
        void givesTheReasonOfAReleaseWhoseEvaluatorWasSkipped() {
            Finding skipped = Finding.skipped("membership.dcr", "DCR", Category.PRIVACY,
                    "no rows").forRelease("synthetic-2");

            PolicyResult result = apply(maxRule(Reading.ESTIMATE, Severity.FAIL, Effect.WARN,
                    null), first, skipped);

            RuleOutcome outcome = result.rules().get(1);
            assertEquals(RuleStatus.UNDEFINED, outcome.status());
            assertEquals("evaluator membership.dcr@synthetic-2 was skipped: no rows",
                    outcome.observed());
        }

        @Test
        void decidesAFigureWhoseIdDoesNotStartWithItsEvaluatorsForEveryRelease() {
            String tvd = "fidelity.column.age.tvd";
            Rule onColumn = new Rule("age", tvd, Reading.ESTIMATE, 0.2, null, Severity.FAIL,
                    null, null, null);

            PolicyResult result = apply(onColumn, columns(tvd, 0.1).forRelease("synthetic"),
                    columns(tvd, 0.3).forRelease("synthetic-2"));

            assertEquals(List.of("age@synthetic PASSED", "age@synthetic-2 FAILED"),
                    result.rules().stream().map(r -> r.id() + " " + r.status()).toList());
            assertEquals(Verdict.FAIL, result.verdict());
        }

        private Finding columns(String id, double tvd) {
            Figure figure = new Figure(id, "TVD", "age", Estimate.of(tvd, 0, tvd + 0.1, 0.95,
                    "bootstrap"), Estimate.exact(0, "none"), Bounds.UNIT, Sense.HIGHER_IS_WORSE);
            return new Finding("fidelity.columns", "Columns", Category.FIDELITY, "", id,
                    List.of(figure), List.of(), List.of(), null);
        }

        @Test
        void decidesAFigureOfAllReleasesTogetherOnce() {
            PolicyResult result = apply(rule, auc(0.9, 0.85, 0.95),
                    Finding.skipped("fidelity.copies", "Copies", Category.FIDELITY, "x")
                            .forRelease("synthetic-2"));

            assertEquals(List.of("auc FAILED"), result.rules().stream()
                    .map(r -> r.id() + " " + r.status()).toList());
        }

        @Test
        void reportsAFigureNoEvaluatorMakesOnce() {
            Rule other = new Rule("x", "linkage.risk", Reading.ESTIMATE, 0.6, null,
                    Severity.FAIL, Effect.WARN, null, null);

            PolicyResult result = apply(other, first, second);

            assertEquals(List.of("x UNDEFINED " + PolicyEvaluator.NOT_PRODUCED), result.rules()
                    .stream().map(r -> r.id() + " " + r.status() + " " + r.observed())
                    .toList());
        }
    }
}
