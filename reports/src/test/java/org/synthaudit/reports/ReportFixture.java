package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.GeneratorInfo;
import org.synthaudit.core.audit.AuditResult.InputFile;
import org.synthaudit.core.audit.AuditResult.PolicyResult;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.RuleEffect;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.SchemaIssue;
import org.synthaudit.core.audit.AuditResult.TableInfo;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.audit.Series;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * Builds audit results by hand, as the harness would hand them to the renderers: a privacy
 * finding with an ROC curve, a fidelity finding with an undefined figure, a skipped finding and
 * a policy with a failed and a passed rule. The text fields can be swapped for hostile markup.
 */
final class ReportFixture {
    /** A script element, as a column name (case C24). */
    static final String SCRIPT = "<script>alert(1)</script>";
    /** An attribute break-out with an event handler, as a column name (case C24). */
    static final String IMG = "x\"><img src=x onerror=alert(2)>";
    /** A script-block break-out, as a category value (case C24). */
    static final String CLOSE_SCRIPT = "</script><script>alert(3)</script>";
    /** A style-block break-out that would inject markup, as a note (case C24). */
    static final String STYLE = "</style><b>bold</b><style>";
    /** Mustache tags, which a template engine must not expand from data (case C24). */
    static final String MUSTACHE = "{{title}} {{{svg}}} {{> style}} {{#cards}}x{{/cards}}";
    /** The two JavaScript line terminators that JSON allows in strings. */
    static final String SEPARATORS = "line\u2028paragraph\u2029end";

    String sex = "sex";
    String zip = "zip";
    String group = "female";
    String note = "Distances are range-normalised over the real data.";
    String privacyTitle = "Membership inference by distance to closest record";
    String fidelityTitle = "Column-wise fidelity";
    String fidelityNote = "Missing values count as a category of their own.";
    String config = "seed: 20240917\ngenerator:\n  id: independent-marginals\n";
    String realPath = "data/adult.csv";
    String seriesLabel = "DCR attack";
    String method = "Mann-Whitney U, DeLong interval";
    String undefinedReason = "synthetic column all missing";
    Map<String, Long> timings = new LinkedHashMap<>(Map.of());
    String generatorId = "independent-marginals";
    PrivacyClaim claim = PrivacyClaim.NONE;
    List<String> details = List.of();
    List<String> log = List.of();

    /**
     * The realistic fixture with plain text.
     *
     * @return the fixture builder
     */
    static ReportFixture plain() {
        ReportFixture fixture = new ReportFixture();
        fixture.timings.put("load", 120L);
        fixture.timings.put("generator.fit", 900L);
        fixture.timings.put("membership.dcr", 450L);
        fixture.timings.put("fidelity.columns", 80L);
        return fixture;
    }

    /**
     * The same fixture with hostile markup in every free-text field.
     *
     * @return the fixture builder
     */
    static ReportFixture hostile() {
        ReportFixture fixture = plain();
        fixture.sex = SCRIPT;
        fixture.zip = IMG;
        fixture.group = CLOSE_SCRIPT + SEPARATORS;
        fixture.note = "note " + CLOSE_SCRIPT + " " + IMG + " " + SEPARATORS;
        fixture.privacyTitle = "Membership " + SCRIPT;
        fixture.fidelityTitle = "Fidelity " + IMG;
        fixture.fidelityNote = "note " + STYLE + " " + MUSTACHE;
        fixture.config = "seed: 1\ncolumns: [\"" + SCRIPT + "\", '" + IMG + "']\n# "
                + CLOSE_SCRIPT + SEPARATORS + "\n";
        fixture.realPath = "data/" + IMG + ".csv";
        fixture.seriesLabel = "ROC " + SCRIPT + IMG;
        fixture.method = "method " + CLOSE_SCRIPT;
        fixture.undefinedReason = "column " + SCRIPT + " all missing";
        fixture.details = List.of("run 1: 3 values of '" + SCRIPT + "' are categories the real "
                + "data does not have");
        fixture.log = List.of("Traceback " + CLOSE_SCRIPT, IMG + SEPARATORS);
        return fixture;
    }

    /**
     * The plain fixture with a differentially private generator that has details and a log.
     *
     * @return the fixture builder
     */
    static ReportFixture privateGenerator() {
        ReportFixture fixture = plain();
        fixture.generatorId = "bayesian-network";
        fixture.claim = new PrivacyClaim.DifferentialPrivacy(1, 0);
        fixture.details = List.of("epsilon = 1.0 (epsilon-differential privacy)",
                "network: age <- (no parameters)");
        fixture.log = List.of("epoch 1 of 2, 0.4 s", "epoch 2 of 2, 0.3 s");
        return fixture;
    }

    /**
     * Builds the audit result.
     *
     * @return the result
     */
    AuditResult build() {
        return new AuditResult(provenance(), schema(), schemaIssues(), tables(), generator(),
                List.of(privacyFinding(), fidelityFinding(), skippedFinding()), policy(),
                timings);
    }

    private Provenance provenance() {
        return new Provenance("0.1.0-SNAPSHOT", "generator", 20240917L, config, List.of(
                new InputFile("real", realPath, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c"
                        + "d15d6c15b0f00a08", 1000),
                new InputFile("config", "audit.yaml", "2c26b46b68ffc68ff99b453c1d30413413422d706"
                        + "483bfa0f98a5e886266e7ae", -1)),
                "Eclipse Adoptium 25.0.1", 2);
    }

    private Schema schema() {
        return new Schema(List.of(
                new ColumnSpec("age", ColumnType.NUMERIC, Set.of(), "all values are numbers",
                        null),
                new ColumnSpec(sex, ColumnType.CATEGORICAL,
                        EnumSet.of(Role.PROTECTED, Role.QUASI_IDENTIFIER), "2 distinct labels",
                        null),
                new ColumnSpec(zip, ColumnType.CATEGORICAL, Set.of(Role.QUASI_IDENTIFIER),
                        "set in config", null),
                new ColumnSpec("income", ColumnType.NUMERIC, Set.of(Role.SENSITIVE),
                        "all values are numbers", null),
                new ColumnSpec("visit_date", ColumnType.DATETIME, Set.of(),
                        "ISO-8601 dates", "yyyy-MM-dd"),
                new ColumnSpec("id", ColumnType.IDENTIFIER, Set.of(), "unique per row", null)));
    }

    private List<SchemaIssue> schemaIssues() {
        return List.of(
                new SchemaIssue("extra-column", "S.No", -1,
                        "The synthetic file has a column S.No that the real file lacks."),
                new SchemaIssue("unseen-category", zip, 3,
                        "3 synthetic values of " + zip + " never occur in the real data."));
    }

    private static List<TableInfo> tables() {
        return List.of(new TableInfo("real", 1000), new TableInfo("train", 500),
                new TableInfo("holdout", 300), new TableInfo("reference", 200),
                new TableInfo("synthetic", 500));
    }

    private GeneratorInfo generator() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("epsilon", 1.0);
        parameters.put("bins", 20);
        return new GeneratorInfo(generatorId, parameters, claim, 500, details, log);
    }

    private Finding privacyFinding() {
        Figure auc = new Figure("membership.dcr.auc", "ROC AUC", null,
                Estimate.of(0.6234, 0.5811, 0.6657, 0.95, method),
                Estimate.exact(0.5, "random guessing"), Bounds.UNIT, Sense.HIGHER_IS_WORSE);
        Figure tpr1 = new Figure("membership.dcr.tpr_at_fpr_0.01", "TPR at FPR 1 %", null,
                Estimate.of(0.034, 0.012, 0.071, 0.95, "Clopper-Pearson"),
                Estimate.exact(0.01, "random guessing"), Bounds.UNIT, Sense.HIGHER_IS_WORSE);
        Figure tpr10 = new Figure("membership.dcr.tpr_at_fpr_0.1", "TPR at FPR 10 %", group,
                Estimate.of(0.2175, 0.1733, 0.2661, 0.95, "Clopper-Pearson"),
                Estimate.exact(0.1, "random guessing"), Bounds.UNIT, Sense.HIGHER_IS_WORSE);
        Series roc = new Series("roc", seriesLabel, "false positive rate", "true positive rate",
                new double[] {0, 0.001, 0.005, 0.01, 0.05, 0.1, 0.3, 0.6, 1},
                new double[] {0.004, 0.008, 0.02, 0.034, 0.12, 0.2175, 0.47, 0.75, 1});
        return new Finding("membership.dcr", privacyTitle, Category.PRIVACY,
                "The attacker holds the synthetic release and a target record, and claims "
                        + "membership when the record's distance to the closest synthetic record"
                        + " is small.",
                auc.id(), List.of(auc, tpr1, tpr10), List.of(roc), List.of(note), null,
                List.of(new Knowledge.SyntheticRelease(500),
                        new Knowledge.KnownAttributes(List.of(sex, zip), 2, null,
                                List.of("income")),
                        new Knowledge.PopulationRecords("reference", 200,
                                "judge how rare a value is")));
    }

    private Finding fidelityFinding() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("fidelity.columns.mean_distance", "Mean column distance", null,
                Estimate.of(0.0812, 0.0713, 0.0934, 0.95, "bootstrap percentile, 200 resamples"),
                Estimate.exact(0, "identical distributions"), Bounds.UNIT,
                Sense.HIGHER_IS_WORSE));
        figures.add(new Figure("fidelity.column." + sex + ".tvd", "Total variation distance",
                sex, Estimate.of(0.042, 0.031, 0.055, 0.95, "bootstrap percentile"),
                Estimate.exact(0, "identical distributions"), Bounds.UNIT,
                Sense.HIGHER_IS_WORSE));
        figures.add(new Figure("fidelity.column.income.ks", "Kolmogorov-Smirnov statistic",
                "income", Estimate.undefined(undefinedReason),
                Estimate.exact(0, "identical distributions"), Bounds.UNIT,
                Sense.HIGHER_IS_WORSE));
        figures.add(new Figure("fidelity.column.income.missing_rate_synthetic",
                "Missing rate (synthetic)", "income", Estimate.exact(1, "count"),
                Estimate.exact(0, "real missing rate"), Bounds.UNIT, Sense.NEUTRAL));
        Series ecdf = new Series("ecdf.age", "age", "age (years)", "cumulative share",
                new double[] {18, 25, 35, 45, 55, 65, 90},
                new double[] {0, 0.12, 0.35, 0.6, 0.8, 0.93, 1});
        return new Finding("fidelity.columns", fidelityTitle, Category.FIDELITY, "",
                figures.getFirst().id(), figures, List.of(ecdf),
                List.of("income was left out of the mean: " + undefinedReason + ".", note,
                        fidelityNote),
                null);
    }

    private static Finding skippedFinding() {
        return Finding.skipped("membership.shadow", "Shadow-model membership inference",
                Category.PRIVACY, "release mode: the attack must re-fit the generator");
    }

    private PolicyResult policy() {
        return new PolicyResult("default", List.of(
                new RuleOutcome("membership-dcr-auc", "upper end of the AUC interval <= 0.6",
                        "membership.dcr.auc", "fail", RuleStatus.FAILED, "0.6657",
                        "The attack beats random guessing by more than the policy allows.",
                        "upper", "max", 0.6, RuleEffect.FAIL),
                new RuleOutcome("fidelity-mean-distance", "mean column distance <= 0.15",
                        "fidelity.columns.mean_distance", "warn", RuleStatus.PASSED, "0.0934",
                        "Columns are close to the real ones.", "estimate", "max", 0.15,
                        RuleEffect.PASS),
                new RuleOutcome("fidelity-income-ks", "KS of income <= 0.2",
                        "fidelity.column.income.ks", "warn", RuleStatus.UNDEFINED,
                        undefinedReason, "The figure is undefined: " + undefinedReason + ".",
                        "estimate", "max", 0.2, RuleEffect.WARN)),
                Verdict.FAIL);
    }
}
