package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class SummaryTest {

    @Nested
    class Print {
        @Test
        void showsVerdictHeadlinesRulesIssuesAndFiles() {
            Figure auc = new Figure("membership.dcr.auc", "ROC AUC", null,
                    Estimate.of(0.99, 0.98, 1, 0.95, "test"), Estimate.exact(0.5, "guess"),
                    Bounds.UNIT, Sense.HIGHER_IS_WORSE);
            List<Finding> findings = List.of(new Finding("membership.dcr", "DCR",
                    Category.PRIVACY, "", auc.id(), List.of(auc), List.of(), List.of(), null),
                    Finding.skipped("shadow", "Shadow", Category.PRIVACY, "release mode"));
            PolicyResult policy = new PolicyResult("default", List.of(
                    new RuleOutcome("membership-dcr-auc", "d", auc.id(), "fail",
                            RuleStatus.FAILED, "0.99", "estimate 0.99 is not <= 0.6",
                            "estimate", "max", 0.6, RuleEffect.FAIL),
                    new RuleOutcome("fidelity", "d", "f.x", "warn", RuleStatus.PASSED, "0.1",
                            "estimate 0.1 <= 0.2", "estimate", "max", 0.2, RuleEffect.PASS)),
                    Verdict.FAIL);
            Schema schema = new Schema(List.of(new ColumnSpec("a", ColumnType.NUMERIC, Set.of(),
                    "test", null)));
            AuditResult result = new AuditResult(new AuditResult.Provenance("0.1.0", "generator",
                    1, "", List.of(), "jdk", 1), schema, List.of(
                            new SchemaIssue("extra-column", "S.No", 3, "extra"),
                            new SchemaIssue("excluded-column", "id", -1, "identifier")),
                    List.of(), null, findings, policy, Map.of());
            StringWriter text = new StringWriter();

            Summary.print(result, List.of(Path.of("out/report.json")), new PrintWriter(text));

            assertEquals("""
                    verdict: FAIL (policy default: 1 passed, 1 failed)
                      membership.dcr: membership.dcr.auc = 0.9900 [0.9800, 1.0000] (95%)
                      shadow: skipped (release mode)
                      rule membership-dcr-auc: FAILED - estimate 0.99 is not <= 0.6
                      schema: extra-column S.No (3)
                      schema: excluded-column id
                    wrote out/report.json
                    """, text.toString());
        }

        @Test
        void escapesControlCharactersOfColumnNames() {
            String red = "\u001b[31mRED\u001b[0m";
            Figure tvd = new Figure("fidelity.column." + red + ".tvd", "TVD", red,
                    Estimate.of(0.1, 0.05, 0.2, 0.95, "test"), Estimate.exact(0, "none"),
                    Bounds.UNIT, Sense.HIGHER_IS_WORSE);
            AuditResult result = new AuditResult(new AuditResult.Provenance("0.1.0", "release",
                    1, "", List.of(), "jdk", 1), new Schema(List.of(new ColumnSpec(red,
                            ColumnType.NUMERIC, Set.of(), "test", null))),
                    List.of(new SchemaIssue("missing-column", red + "\u009b2J", -1, "m")),
                    List.of(), null, List.of(new Finding("fidelity.columns", "F",
                            Category.FIDELITY, "", tvd.id(), List.of(tvd), List.of(), List.of(),
                            null)), new PolicyResult("p", List.of(), Verdict.PASS), Map.of());
            StringWriter text = new StringWriter();

            Summary.print(result, List.of(), new PrintWriter(text));

            assertEquals("""
                    verdict: PASS (policy p: no rules)
                      fidelity.columns: fidelity.column.\\u001b[31mRED\\u001b[0m.tvd = 0.1000 \
                    [0.0500, 0.2000] (95%)
                      schema: missing-column \\u001b[31mRED\\u001b[0m\\u009b2J
                    """, text.toString());
        }
    }
}
