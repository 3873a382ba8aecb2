package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.RuleEffect;
import org.synthaudit.core.audit.AuditResult.PolicyResult;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class ReportViewTest {
    /** A release-mode result without a real input, rules or timings, with one finding. */
    private static AuditResult bare(Finding finding) {
        AuditResult base = ReportFixture.plain().build();
        Provenance provenance = new Provenance("1.0", "release", 7, "", List.of(), "JDK 25", 1);
        return new AuditResult(provenance, base.schema(), List.of(), List.of(), null,
                List.of(finding), new PolicyResult("empty", List.of(), Verdict.PASS), Map.of());
    }

    @Nested
    class Of {
        @Test
        void headsThePageWithTheRealInput() {
            ReportView view = ReportView.of(ReportFixture.plain().build());

            assertEquals("Audit of data/adult.csv", view.heading());
            assertEquals("FAIL", view.verdict());
            assertEquals("fail", view.verdictClass());
        }

        @Test
        void fallsBackToAPlainHeadingAndSaysWhenThereAreNoRules() {
            Finding skipped = Finding.skipped("a.b", "A", Category.PRIVACY, "no holdout");
            ReportView view = ReportView.of(bare(skipped));

            assertEquals("Audit report", view.heading());
            assertEquals("no policy rules", view.ruleTally());
            assertNull(view.generator());
            assertEquals("1 finding skipped", view.counts().skipped());
        }

        @Test
        void showsAnUndefinedHeadlineWithItsReasonOnItsCard() {
            Figure auc = new Figure("utility.auc", "AUC", null,
                    Estimate.undefined("single class in the test set"),
                    Estimate.exact(0.5, "chance"), Bounds.UNIT, Sense.HIGHER_IS_BETTER);
            Finding finding = new Finding("utility", "Utility", Category.UTILITY, "",
                    auc.id(), List.of(auc), List.of(), List.of(), null);

            ReportView.Card card = ReportView.of(bare(finding)).cards().getFirst();
            assertNull(card.estimate().value());
            assertEquals("single class in the test set", card.estimate().undefinedReason());
            assertEquals("higher is better", card.sense());
        }

        @Test
        void explainsTheLogScaleOfAnRocChart() {
            ReportView view = ReportView.of(ReportFixture.plain().build());

            ReportView.ChartView roc = view.findings().getFirst().charts().getFirst();
            assertEquals("DCR attack", roc.caption());
            assertTrue(roc.explanation().contains("log scale"));
            assertNull(view.findings().get(2).charts().getFirst().explanation());
        }

        @Test
        void leavesTheThreatModelOutForMetrics() {
            ReportView view = ReportView.of(ReportFixture.plain().build());

            assertTrue(view.findings().getFirst().threatModel().startsWith("The attacker"));
            assertNull(view.findings().get(1).threatModel());
        }
    }

    @Nested
    class Decisive {
        private static RuleOutcome rule(String id, RuleStatus status, RuleEffect effect) {
            return new RuleOutcome(id, "d", "membership.dcr.auc", "fail", status, "0.6",
                    "m", "estimate", "max", 0.6, effect);
        }

        private static ReportView view(RuleOutcome... rules) {
            AuditResult base = ReportFixture.plain().build();
            return ReportView.of(new AuditResult(base.provenance(), base.schema(),
                    base.schemaIssues(), base.tables(), base.generator(), base.findings(),
                    new PolicyResult("p", List.of(rules), Verdict.FAIL), Map.of()));
        }

        @Test
        void putsEveryRuleThatFailsTheAuditBeforeTheWarnings() {
            ReportView view = view(rule("w", RuleStatus.WARNED, RuleEffect.WARN),
                    rule("p", RuleStatus.PASSED, RuleEffect.PASS),
                    rule("u", RuleStatus.UNDEFINED, RuleEffect.FAIL),
                    rule("f", RuleStatus.FAILED, RuleEffect.FAIL),
                    rule("i", RuleStatus.INCONCLUSIVE, RuleEffect.WARN));

            assertEquals(List.of("u", "f", "w", "i"), view.decisive().rows().stream()
                    .map(ReportView.DecisiveRow::id).toList());
            assertEquals("fails the audit", view.decisive().rows().getFirst().effectText());
            assertNull(view.decisive().rows().get(1).effectText());
            assertEquals("finding-1", view.decisive().rows().getFirst().anchor());
        }

        @Test
        void countsWhatPassedWhenNothingDecided() {
            ReportView view = view(rule("p", RuleStatus.PASSED, RuleEffect.PASS),
                    rule("u", RuleStatus.UNDEFINED, RuleEffect.PASS));

            assertTrue(view.decisive().rows().isEmpty());
            assertEquals("No rule failed or warned: 1 passed, and 1 was undefined or"
                    + " inconclusive, which the policy lets pass.", view.decisive().none());
        }
    }

    @Nested
    class Threats {
        @Test
        void fallsBackToTheFirstSentenceOfTheThreatModelInWords() {
            Figure auc = new Figure("x.auc", "AUC", null, Estimate.of(0.5, 0.4, 0.6, 0.95, "t"),
                    Estimate.exact(0.5, "chance"), Bounds.UNIT, Sense.HIGHER_IS_WORSE);
            Finding plugin = new Finding("x", "X", Category.PRIVACY, "The attacker knows"
                    + " everything. Then more.", auc.id(), List.of(auc), List.of(), List.of(),
                    null);

            assertEquals(List.of("The attacker knows everything."),
                    ReportView.of(bare(plugin)).threats().getFirst().sentences());
        }

        @Test
        void saysWhenTheAttackerHasOnlyTheRelease() {
            Figure gain = new Figure("s.gain", "gain", null, Estimate.of(0, -0.1, 0.1, 0.95,
                    "t"), Estimate.exact(0, "none"), Bounds.SIGNED_UNIT, Sense.HIGHER_IS_WORSE);
            Finding singling = new Finding("s", "S", Category.PRIVACY, "", gain.id(),
                    List.of(gain), List.of(), List.of(), null,
                    List.of(new Knowledge.SyntheticRelease(1),
                            new Knowledge.GeneratorAccess("identity", 1)));

            assertEquals(List.of("The attacker has the synthetic release (1 record) and the"
                    + " generator itself (identity, with its parameters), which they fit 1 time"
                    + " on data of their choice.", "Not assumed: other real records."),
                    ReportView.of(bare(singling)).threats().getFirst().sentences());
        }
    }

    @Nested
    class GroupRisks {
        private Figure figure(String id, String subject, Estimate estimate, Sense sense) {
            return new Figure(id, "Re-identification gain of members over holdout", subject,
                    estimate, Estimate.exact(0, "no gain"), Bounds.SIGNED_UNIT, sense);
        }

        private Finding linkage() {
            Estimate gain = Estimate.of(0.1, 0.05, 0.15, 0.95, "Newcombe");
            return new Finding("linkage", "Linkage", Category.PRIVACY, "", "linkage.gain",
                    List.of(figure("linkage.gain", null, gain, Sense.HIGHER_IS_WORSE),
                            figure("linkage.group.sex.F.gain", "sex=F", gain,
                                    Sense.HIGHER_IS_WORSE),
                            figure("linkage.group.race.A.B.gain", "race=A.B",
                                    Estimate.undefined("group too small"),
                                    Sense.HIGHER_IS_WORSE),
                            figure("linkage.group.sex.M.gain", "sex=M", gain,
                                    Sense.HIGHER_IS_WORSE),
                            figure("linkage.group.sex.M.rate_holdout", "sex=M", gain,
                                    Sense.NEUTRAL)),
                    List.of(), List.of(), null);
        }

        private Finding fairness() {
            return new Finding("fairness", "Fairness", Category.FAIRNESS, "", "fairness.x",
                    List.of(new Figure("fairness.x", "x", null, Estimate.exact(0, "x"),
                            Estimate.exact(0, "x"), Bounds.UNIT, Sense.NEUTRAL)), List.of(),
                    List.of(), null);
        }

        @Test
        void gathersEachGroupGainOfThePrivacyFindingsIntoTheFairnessSection() {
            List<Finding> findings = List.of(linkage(), fairness());
            ReportView.FindingView view = ReportView.FindingView.of(findings.get(1),
                    "finding-2", List.of(), findings);
            ReportView.GroupRisks risks = view.groupRisks();
            assertEquals(List.of("sex=F", "sex=M", "race=A.B"), risks.groups());
            assertEquals(1, risks.rows().size());
            ReportView.GroupRiskRow row = risks.rows().getFirst();
            assertEquals("linkage.gain", row.id());
            assertEquals("finding-1", row.anchor());
            assertEquals("0.0000", row.baseline().value());
            assertEquals("0.1000", row.cells().getFirst().estimate().value());
            assertEquals("linkage.group.sex.M.gain", row.cells().get(1).figureId());
            assertEquals("group too small", row.cells().get(2).estimate().undefinedReason());
        }

        @Test
        void leavesOtherSectionsWithoutTheTable() {
            List<Finding> findings = List.of(linkage(), fairness());
            assertNull(ReportView.FindingView.of(findings.getFirst(), "finding-1", List.of(),
                    findings).groupRisks());
        }
    }
}
