package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.PolicyResult;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
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
            assertNull(view.findings().get(1).charts().getFirst().explanation());
        }

        @Test
        void leavesTheThreatModelOutForMetrics() {
            ReportView view = ReportView.of(ReportFixture.plain().build());

            assertTrue(view.findings().getFirst().threatModel().startsWith("The attacker"));
            assertNull(view.findings().get(1).threatModel());
        }
    }
}
