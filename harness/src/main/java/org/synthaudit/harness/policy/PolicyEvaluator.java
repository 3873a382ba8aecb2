package org.synthaudit.harness.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.synthaudit.core.audit.AuditResult.PolicyResult;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.SchemaIssue;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.stats.Decimals;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.harness.Numbers;
import org.synthaudit.harness.policy.Rule.Effect;

/**
 * Applies a policy to an audit's findings.
 *
 * <p>Each rule gets one status: passed, failed or warned (the figure broke a rule of severity
 * fail or warn), inconclusive (the interval straddles the threshold) or undefined (the figure is
 * undefined, its evaluator was skipped, or no evaluator produced it). Inconclusive and undefined
 * rules take the effect their rule names; the verdict is FAIL exactly when some rule's effect is
 * fail.
 */
public final class PolicyEvaluator {
    /** The reason given when no finding has the figure a rule reads. */
    public static final String NOT_PRODUCED = "figure not produced";

    private PolicyEvaluator() {
    }

    /**
     * Applies a policy. In an audit with several releases, a rule on a figure that each release
     * has (its findings' ids end in {@code @<release>}) is decided once per release, as the
     * outcome {@code <rule id>@<release>} on the figure {@code <figure>@<release>}, so the
     * verdict is the worst over the releases; a rule that names a release itself
     * ({@code membership.dcr.auc@synthetic-2}) reads that release only.
     *
     * @param policy the policy
     * @param findings every finding of the audit
     * @param schemaIssues the schema issues, which {@code schema.*} figures count
     * @return each rule's outcome and the verdict
     */
    public static PolicyResult apply(Policy policy, List<Finding> findings,
            List<SchemaIssue> schemaIssues) {
        List<String> releases = releases(findings);
        List<RuleOutcome> outcomes = new ArrayList<>();
        boolean failed = false;
        for (Rule rule : policy.rules()) {
            for (String release : perRelease(rule.figure(), findings, releases)) {
                String suffix = release == null ? "" : Finding.RELEASE_SEPARATOR + release;
                String figure = rule.figure() + suffix;
                Decision decision = decide(rule, lookup(figure, findings, schemaIssues));
                outcomes.add(release == null ? decision.outcome()
                        : relabel(decision.outcome(), rule.id() + suffix, figure));
                failed |= decision.effect() == Effect.FAIL;
            }
        }
        return new PolicyResult(policy.name(), outcomes, failed ? Verdict.FAIL : Verdict.PASS);
    }

    /**
     * The release names the findings are marked with, in their order.
     *
     * @param findings the findings
     * @return the names after {@link Finding#RELEASE_SEPARATOR}; empty when no finding is
     *     marked (an audit of one release)
     */
    private static List<String> releases(List<Finding> findings) {
        Set<String> names = new LinkedHashSet<>();
        for (Finding finding : findings) {
            int at = finding.id().indexOf(Finding.RELEASE_SEPARATOR);
            if (at >= 0) {
                names.add(finding.id().substring(at + 1));
            }
        }
        return List.copyOf(names);
    }

    /**
     * The releases a rule is decided for.
     *
     * @return the release names, or a list holding only {@code null} when the rule is decided
     *     once on the figure it names
     */
    private static List<String> perRelease(String figureId, List<Finding> findings,
            List<String> releases) {
        List<String> once = Collections.singletonList(null);
        if (releases.isEmpty() || figureId.startsWith("schema.")
                || releases.stream().anyMatch(r -> figureId.endsWith(
                        Finding.RELEASE_SEPARATOR + r))
                || findings.stream().anyMatch(f -> f.figure(figureId).isPresent()
                        || figureId.startsWith(f.id() + "."))) {
            return once;
        }
        // A figure is decided per release when some release carries it, whatever its id's
        // prefix (fidelity.columns makes fidelity.column.<column>.tvd), or when it belongs to
        // a release's evaluator by its id.
        boolean marked = releases.stream().anyMatch(r -> findings.stream().anyMatch(
                f -> f.figure(figureId + Finding.RELEASE_SEPARATOR + r).isPresent()))
                || findings.stream().anyMatch(f -> f.id().contains(Finding.RELEASE_SEPARATOR)
                        && figureId.startsWith(evaluatorId(f) + "."));
        return marked ? releases : once;
    }

    /**
     * Decides one rule on one estimate.
     *
     * @param rule the rule
     * @param estimate the figure's estimate, undefined when it could not be had
     * @return the outcome and its effect on the verdict
     */
    static Decision decide(Rule rule, Estimate estimate) {
        if (estimate instanceof Estimate.Undefined u) {
            return decision(rule, RuleStatus.UNDEFINED, rule.ifUndefined(), u.reason(),
                    "undefined (" + u.reason() + "); if-undefined: "
                            + rule.ifUndefined().configName());
        }
        Estimate.Value v = (Estimate.Value) estimate;
        String observed = Numbers.format(v);
        double read = read(v, rule.on());
        boolean exact = Decimals.isExact(v);
        String readText = (exact ? "value " : rule.on() == Rule.Reading.ESTIMATE ? "estimate "
                : rule.on().configName() + " end ") + Numbers.format(read);
        if (rule.meets(read)) {
            return decision(rule, RuleStatus.PASSED, Effect.PASS, observed,
                    readText + " " + rule.comparison());
        }
        Rule.Reading other = rule.cautiousEnd() == Rule.Reading.UPPER ? Rule.Reading.LOWER
                : Rule.Reading.UPPER;
        if (rule.on() == rule.cautiousEnd() && rule.meets(read(v, other))) {
            return decision(rule, RuleStatus.INCONCLUSIVE, rule.ifInconclusive(), observed,
                    "the interval straddles the threshold " + Numbers.format(rule.threshold())
                            + "; if-inconclusive: " + rule.ifInconclusive().configName());
        }
        RuleStatus broken = rule.severity() == Rule.Severity.FAIL ? RuleStatus.FAILED
                : RuleStatus.WARNED;
        return decision(rule, broken, rule.severity().effect(), observed,
                readText + " is not " + rule.comparison());
    }

    private static Decision decision(Rule rule, RuleStatus status, Effect effect,
            String observed, String message) {
        String bound = rule.max() != null ? "max" : "min";
        return new Decision(new RuleOutcome(rule.id(), rule.description(), rule.figure(),
                rule.severity().configName(), status, observed, message,
                rule.on().configName(), bound, rule.threshold(), effect.outcome()), effect);
    }

    private static RuleOutcome relabel(RuleOutcome outcome, String id, String figureId) {
        return new RuleOutcome(id, outcome.description(), figureId, outcome.severity(),
                outcome.status(), outcome.observed(), outcome.message(), outcome.on(),
                outcome.bound(), outcome.threshold(), outcome.effect());
    }

    private static double read(Estimate.Value v, Rule.Reading reading) {
        return switch (reading) {
            case ESTIMATE -> v.value();
            case LOWER -> v.lower();
            case UPPER -> v.upper();
        };
    }

    /**
     * Finds the estimate of a figure among the findings, or the reason there is none.
     *
     * @param figureId the figure id
     * @param findings the findings
     * @param schemaIssues the schema issues, for {@code schema.*} figures
     * @return the estimate, undefined with a reason when it is missing
     */
    static Estimate lookup(String figureId, List<Finding> findings,
            List<SchemaIssue> schemaIssues) {
        if (figureId.startsWith("schema.")) {
            return countIssues(figureId.substring("schema.".length()), schemaIssues);
        }
        for (Finding finding : findings) {
            Optional<Figure> figure = finding.figure(figureId);
            if (figure.isPresent()) {
                return figure.get().estimate();
            }
        }
        for (Finding finding : findings) {
            if (finding.skipped() != null && produces(finding, figureId)) {
                return Estimate.undefined("evaluator " + finding.id() + " was skipped: "
                        + finding.skipped());
            }
        }
        return Estimate.undefined(NOT_PRODUCED);
    }

    /**
     * Tells whether a figure id belongs to a finding: it starts with the evaluator's id and a
     * dot and, when the finding is marked with a release, ends with the same mark.
     */
    private static boolean produces(Finding finding, String figureId) {
        String release = finding.id().substring(evaluatorId(finding).length());
        return figureId.startsWith(evaluatorId(finding) + ".") && figureId.endsWith(release);
    }

    private static String evaluatorId(Finding finding) {
        int at = finding.id().indexOf(Finding.RELEASE_SEPARATOR);
        return at < 0 ? finding.id() : finding.id().substring(0, at);
    }

    private static Estimate countIssues(String kindAndColumn, List<SchemaIssue> issues) {
        long count = issues.stream().filter(i -> kindAndColumn.equals(i.kind())
                || kindAndColumn.equals(i.kind() + "." + i.column())).count();
        return Estimate.exact(count, "count of schema issues");
    }

    /**
     * A rule's outcome and its effect on the verdict.
     *
     * @param outcome what the report shows
     * @param effect what it does to the verdict
     */
    record Decision(RuleOutcome outcome, Effect effect) {
    }
}
