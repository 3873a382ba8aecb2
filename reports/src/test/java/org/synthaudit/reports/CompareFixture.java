package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synthaudit.core.audit.AuditResult.InputFile;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.AuditResult.Verdict;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.compare.Comparison;
import org.synthaudit.core.compare.Comparison.Contender;
import org.synthaudit.core.compare.Comparison.Difference;
import org.synthaudit.core.compare.Comparison.FigureInfo;
import org.synthaudit.core.compare.Comparison.FigureSummary;
import org.synthaudit.core.compare.Comparison.Repeat;
import org.synthaudit.core.compare.Comparison.RepeatOutcome;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.core.stats.TTest;

/**
 * Builds comparisons by hand, as the harness would hand them to the renderers: three
 * generators over two repeats, two of them on the Pareto front, one undefined figure and one
 * untestable difference. The labels can be swapped for hostile markup.
 */
final class CompareFixture {
    static final String RISK = "membership.dcr.auc";
    static final String UTILITY = "utility.tstr.random_forest.auc_ratio";

    String copy = "identity";
    String marginals = "independent-marginals";
    String network = "bayesian-network:epsilon=1";
    String reason = "no target column";
    String config = "seed: 42\n";
    String realPath = "data/adult.csv";

    static CompareFixture plain() {
        return new CompareFixture();
    }

    static CompareFixture hostile() {
        CompareFixture fixture = new CompareFixture();
        fixture.copy = "identity:note=" + ReportFixture.SCRIPT;
        fixture.marginals = "marginals:x=" + ReportFixture.IMG;
        fixture.reason = ReportFixture.CLOSE_SCRIPT;
        fixture.config = "seed: 1\n# " + ReportFixture.SCRIPT + "\n";
        fixture.realPath = "data/" + ReportFixture.IMG + ".csv";
        return fixture;
    }

    private static Estimate mean(double value, double half) {
        return Estimate.of(value, value - half, value + half, 0.95, "mean of 2, Student t "
                + "interval 95% (df 1) across repeats");
    }

    private static List<Estimate> repeats(double a, double b) {
        return List.of(Estimate.of(a, a - 0.01, a + 0.01, 0.95, "DeLong"),
                Estimate.of(b, b - 0.01, b + 0.01, 0.95, "DeLong"));
    }

    private Contender contender(String label, String id, double risk, int riskRank,
            double utility, int utilityRank, boolean front, Verdict verdict) {
        Map<String, RuleStatus> rules = new LinkedHashMap<>();
        if (verdict == Verdict.FAIL) {
            rules.put("membership-dcr-auc", RuleStatus.FAILED);
        }
        List<RepeatOutcome> outcomes = List.of(new RepeatOutcome(1, verdict, rules),
                new RepeatOutcome(2, verdict, rules));
        List<FigureSummary> figures = List.of(
                new FigureSummary(RISK, mean(risk, 0.02), repeats(risk - 0.01, risk + 0.01),
                        riskRank),
                new FigureSummary(UTILITY, mean(utility, 0.03),
                        repeats(utility - 0.01, utility + 0.01), utilityRank),
                new FigureSummary("fairness.share_tvd", Estimate.undefined(reason),
                        List.of(Estimate.undefined(reason), Estimate.undefined(reason)), null));
        return new Contender(label, id, Map.of(), "none", outcomes, figures, front, null);
    }

    Comparison build() {
        List<FigureInfo> figures = List.of(
                new FigureInfo(RISK, "ROC AUC", Category.PRIVACY, Sense.HIGHER_IS_WORSE,
                        Bounds.UNIT),
                new FigureInfo(UTILITY, "Random forest ROC AUC, ratio", Category.UTILITY,
                        Sense.HIGHER_IS_BETTER, Bounds.NON_NEGATIVE),
                new FigureInfo("fairness.share_tvd", "Group share TVD", Category.FAIRNESS,
                        Sense.HIGHER_IS_WORSE, Bounds.UNIT));
        List<Contender> contenders = List.of(
                contender(marginals, "independent-marginals", 0.5, 1, 0.8, 2, true,
                        Verdict.PASS),
                contender(copy, "identity", 0.98, 3, 1.0, 1, true, Verdict.FAIL),
                contender(network, "bayesian-network", 0.55, 2, 0.7, 3, false, Verdict.PASS));
        List<Difference> differences = new ArrayList<>();
        differences.add(new Difference(copy, marginals, RISK, mean(0.48, 0.05),
                new TTest.Tested(12.3, 1, 0.0516, "paired t test, 2 pairs")));
        differences.add(new Difference(copy, marginals, "fairness.share_tvd",
                Estimate.undefined(copy + ": undefined in repeats 1, 2 of 2 (repeat 1: " + reason
                        + ")"), new TTest.Untestable(copy + ": " + reason)));
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put(copy + "/1", 1200L);
        timings.put(marginals + "/1", 900L);
        Provenance provenance = new Provenance("0.1.0-test", "generator", 42, config,
                List.of(new InputFile("real", realPath, "ab".repeat(32), 100)), "Test JDK 25",
                2);
        return new Comparison(provenance, List.of(new Repeat(1, 42, 7, 8),
                new Repeat(2, -5, 9, 10)), figures, RISK, UTILITY, contenders, differences,
                timings);
    }
}
