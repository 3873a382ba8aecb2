package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.RuleEffect;
import org.synthaudit.core.audit.AuditResult.GeneratorInfo;
import org.synthaudit.core.audit.AuditResult.InputFile;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.Bars;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Chart;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Heatmap;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.audit.Series;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * What the HTML template shows, as text ready to print: numbers are formatted, nothing is
 * computed. Every string here is data and is escaped by the template; the only markup is
 * {@link ChartView#svg()}, drawn by {@link Charts}.
 *
 * @param title the document title
 * @param heading the page heading
 * @param verdict {@code PASS} or {@code FAIL}
 * @param verdictClass the CSS modifier of the verdict badge
 * @param ruleTally how many rules ended in each status, e.g. {@code 1 failed · 2 passed}
 * @param provenance the reproducibility facts
 * @param policyName the policy's name
 * @param counts figures requested, computed and undefined, and findings skipped
 * @param scores the scorecard: privacy, utility, fidelity and fairness from 0 to 100
 * @param decisive the rules that decided the verdict, failures first
 * @param threats what each attack that ran assumes the attacker has, in sentences
 * @param skippedAttacks the attacks that did not run, with the reason
 * @param cards the headline figure of each finding
 * @param rules the policy's rule outcomes
 * @param findings one section per finding
 * @param columns the schema
 * @param schemaIssues differences between the real and the synthetic schema
 * @param tables the audit's tables and their sizes
 * @param generator the generator in generator mode, or {@code null}
 * @param timings wall-clock time per stage
 */
record ReportView(String title, String heading, String verdict, String verdictClass,
        String ruleTally, ProvenanceView provenance, String policyName, CountsView counts,
        List<ScoreView> scores, DecisiveView decisive, List<ThreatRow> threats,
        List<SkippedRow> skippedAttacks, List<Card> cards, List<RuleRow> rules,
        List<FindingView> findings,
        List<ColumnRow> columns, List<IssueRow> schemaIssues, List<TableRow> tables,
        GeneratorView generator, List<TimingRow> timings) {
    private static final List<RuleStatus> TALLY_ORDER = List.of(RuleStatus.FAILED,
            RuleStatus.WARNED, RuleStatus.INCONCLUSIVE, RuleStatus.UNDEFINED, RuleStatus.PASSED);

    /**
     * Builds the view of an audit result.
     *
     * @param result the audit result
     * @return the view
     */
    static ReportView of(AuditResult result) {
        String verdict = result.policy().verdict().name();
        String heading = heading(result.provenance());
        List<RuleOutcome> rules = result.policy().rules();
        List<Finding> findings = ordered(result.findings());
        return new ReportView(verdict + " · " + heading + " · synthaudit", heading, verdict,
                Names.of(result.policy().verdict()), tally(rules),
                ProvenanceView.of(result.provenance()), result.policy().name(),
                CountsView.of(FigureCounts.of(findings)),
                ScoreView.all(Scorecard.of(findings), findings),
                DecisiveView.of(rules, findings), threats(findings),
                skippedAttacks(findings), cards(findings, rules),
                rules.stream().map(RuleRow::of).toList(), findings(findings, rules),
                result.schema().columns().stream().map(ColumnRow::of).toList(),
                result.schemaIssues().stream().map(i -> new IssueRow(i.kind(), i.column(),
                        i.count() < 0 ? "—" : Numbers.count(i.count()), i.message())).toList(),
                result.tables().stream().map(t -> new TableRow(t.name(),
                        Numbers.count(t.rows()))).toList(),
                GeneratorView.of(result.generator()),
                result.timings().entrySet().stream().map(e -> new TimingRow(e.getKey(),
                        Numbers.count(e.getValue()))).toList());
    }

    /**
     * The findings in the scorecard's order: privacy, utility, fidelity, fairness, and within a
     * category in the order the audit gave them.
     *
     * @param findings the findings
     * @return them in that order
     */
    static List<Finding> ordered(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::category)).toList();
    }

    /**
     * The declared range of a figure.
     *
     * @param figureId a figure id
     * @param findings the findings
     * @return its range, or the whole real line when no finding has the figure
     */
    static Bounds boundsOf(String figureId, List<Finding> findings) {
        for (Finding finding : findings) {
            Optional<Figure> figure = finding.figure(figureId);
            if (figure.isPresent()) {
                return figure.get().bounds();
            }
        }
        return Bounds.REAL;
    }

    private static String heading(Provenance provenance) {
        return provenance.inputs().stream().filter(i -> i.role().equals("real")).findFirst()
                .map(i -> "Audit of " + i.path()).orElse("Audit report");
    }

    /** Counts the rules per status, the bad news first. */
    private static String tally(List<RuleOutcome> rules) {
        Map<RuleStatus, Integer> counts = new EnumMap<>(RuleStatus.class);
        rules.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (RuleStatus status : TALLY_ORDER) {
            if (counts.containsKey(status)) {
                parts.add(counts.get(status) + " " + Names.of(status));
            }
        }
        return parts.isEmpty() ? "no policy rules" : String.join(" · ", parts);
    }

    private static List<Card> cards(List<Finding> findings, List<RuleOutcome> rules) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            cards.add(Card.of(findings.get(i), anchor(i), rules));
        }
        return cards;
    }

    private static List<FindingView> findings(List<Finding> findings, List<RuleOutcome> rules) {
        List<FindingView> views = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            views.add(FindingView.of(findings.get(i), anchor(i), rules, findings));
        }
        return views;
    }

    private static String anchor(int index) {
        return "finding-" + (index + 1);
    }

    /**
     * A section of the page.
     *
     * @param anchor its id
     * @param title its heading
     */
    record Section(String anchor, String title) {
    }

    /**
     * The section that shows a figure: the finding that has it, the skipped finding that
     * would have had it, or the schema for a count of schema issues.
     *
     * @param figureId a figure id
     * @param auditFindings the findings, in any order
     * @return the section, or {@code null} when no section shows the figure
     */
    static Section sectionOf(String figureId, List<Finding> auditFindings) {
        List<Finding> findings = ordered(auditFindings);
        if (figureId.startsWith("schema.")) {
            return new Section("schema", "Schema issues");
        }
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).figure(figureId).isPresent()) {
                return new Section(anchor(i), findings.get(i).title());
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).skipped() != null
                    && figureId.startsWith(findings.get(i).id() + ".")) {
                return new Section(anchor(i), findings.get(i).title());
            }
        }
        return null;
    }

    private static String anchorOf(String findingId, List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).id().equals(findingId)) {
                return anchor(i);
            }
        }
        return null;
    }

    private static List<ThreatRow> threats(List<Finding> findings) {
        List<ThreatRow> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            List<String> sentences = ThreatSummary.sentences(finding);
            if (finding.skipped() == null && !sentences.isEmpty()) {
                rows.add(new ThreatRow(anchor(i), finding.title(), finding.id(), sentences));
            }
        }
        return rows;
    }

    private static List<SkippedRow> skippedAttacks(List<Finding> findings) {
        List<SkippedRow> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.skipped() != null && finding.category() == Category.PRIVACY) {
                rows.add(new SkippedRow(anchor(i), finding.title(), finding.skipped()));
            }
        }
        return rows;
    }

    /**
     * One score of the scorecard as text.
     *
     * @param name e.g. {@code Privacy}
     * @param category the category, for the CSS modifier
     * @param value the score as a whole number, or {@code null} when not scored
     * @param range e.g. {@code 0–11}, or {@code null} when the score is a point or not scored
     * @param meterValue the score as a CSS percentage, e.g. {@code 71%}
     * @param meterFrom the lower end of the range as a CSS percentage
     * @param meterWidth the width of the range as a CSS percentage
     * @param rule how the score is computed
     * @param weakestCaption {@code Set by} when the score is its weakest input's,
     *     {@code Weakest input} when it is a mean
     * @param weakest the input that lowers it most, e.g. {@code membership.shadow.auc =
     *     0.9935}, or {@code null} when none lowers it
     * @param weakestAnchor the section of that input's finding
     * @param notScored why it is not scored, or {@code null}
     * @param inputs every input, for the table of details
     */
    record ScoreView(String name, String category, String value, String range,
            String meterValue, String meterFrom, String meterWidth, String rule,
            String weakestCaption, String weakest, String weakestAnchor, String notScored,
            List<ScoreInputRow> inputs) {

        static List<ScoreView> all(Scorecard scorecard, List<Finding> findings) {
            return scorecard.scores().stream().map(s -> of(s, findings)).toList();
        }

        static ScoreView of(Scorecard.Score score, List<Finding> findings) {
            String category = score.category().configName();
            String name = Character.toUpperCase(category.charAt(0)) + category.substring(1);
            List<ScoreInputRow> inputs = score.inputs().stream()
                    .map(i -> ScoreInputRow.of(i, findings)).toList();
            if (score.score() == null) {
                return new ScoreView(name, category, null, null, null, null, null,
                        score.rule(), null, null, null, score.notScored(), inputs);
            }
            Scorecard.Range range = score.score();
            Scorecard.Input weakest = score.weakest().orElseThrow();
            boolean lowers = weakest.shortfall().value() > 0;
            return new ScoreView(name, category, whole(range.value()),
                    range.isPoint() ? null : whole(range.lower()) + "–" + whole(range.upper()),
                    percent(range.value()), percent(range.lower()),
                    percent(range.upper() - range.lower()), score.rule(),
                    !lowers ? null : score.combination() == Scorecard.Combination.LARGEST
                            ? "Set by" : "Weakest input",
                    !lowers ? null : weakest.figure() + " = " + Numbers.format(
                            ((Estimate.Value) weakest.estimate()).value(),
                            boundsOf(weakest.figure(), findings)),
                    anchorOf(weakest.finding(), findings), null, inputs);
        }

        /**
         * A score as a whole number, rounded half up, except that only 100 itself shows as
         * 100 and only 0 itself as 0.
         *
         * @param score a score in [0, 100]
         * @return e.g. {@code 71}
         */
        static String whole(double score) {
            long rounded = Math.round(score);
            if (rounded == 100 && score < 100) {
                rounded = 99;
            } else if (rounded == 0 && score > 0) {
                rounded = 1;
            }
            return Long.toString(rounded);
        }

        private static String percent(double score) {
            return String.format(Locale.ROOT, "%.2f%%", score);
        }
    }

    /**
     * One input of a score, for the table of details.
     *
     * @param anchor the section of its finding, or {@code null}
     * @param finding the finding id
     * @param figure the figure id, or {@code null} when the finding was skipped
     * @param code the figure id, or the finding id when it was skipped
     * @param label the figure's label, or the finding's title
     * @param estimate the figure as reported, or {@code null} when skipped
     * @param mapping how it becomes a shortfall
     * @param status {@code used}, {@code undefined} or {@code skipped}
     * @param shortfall the shortfall, or {@code null} unless used
     * @param shortfallRange its range, e.g. {@code [0, 0.05]}, or {@code null} for a point
     * @param reason why it does not count, or {@code null}
     */
    record ScoreInputRow(String anchor, String finding, String figure, String code,
            String label, EstimateView estimate, String mapping, String status,
            String shortfall, String shortfallRange, String reason) {
        static ScoreInputRow of(Scorecard.Input input, List<Finding> findings) {
            Scorecard.Range s = input.shortfall();
            String range = s == null || s.isPoint() ? null
                    : "[" + Numbers.format(s.lower()) + ", " + Numbers.format(s.upper()) + "]";
            return new ScoreInputRow(anchorOf(input.finding(), findings), input.finding(),
                    input.figure(), input.figure() == null ? input.finding() : input.figure(),
                    input.label(),
                    input.estimate() == null ? null : FindingFigures.estimateText(
                            input.estimate(), boundsOf(input.figure(), findings)),
                    input.mapping(), input.status().word(),
                    s == null ? null : Numbers.format(s.value()), range, input.reason());
        }
    }

    /**
     * The rules that decided the verdict.
     *
     * @param rows the rules whose effect is fail, then those whose effect is warn
     * @param none what to say when there are none, or {@code null}
     */
    record DecisiveView(List<DecisiveRow> rows, String none) {
        static DecisiveView of(List<RuleOutcome> rules, List<Finding> findings) {
            List<DecisiveRow> rows = new ArrayList<>();
            for (RuleEffect effect : List.of(RuleEffect.FAIL, RuleEffect.WARN)) {
                rules.stream().filter(r -> r.effect() == effect)
                        .map(r -> DecisiveRow.of(r, findings)).forEach(rows::add);
            }
            String none = null;
            if (rows.isEmpty()) {
                long passed = rules.stream().filter(r -> r.status() == RuleStatus.PASSED)
                        .count();
                long let = rules.size() - passed;
                none = rules.isEmpty() ? "The policy has no rules, so nothing could fail."
                        : "No rule failed or warned: " + passed + " passed" + (let == 0 ? "."
                                : ", and " + let + (let == 1 ? " was" : " were")
                                        + " undefined or inconclusive, which the policy lets"
                                        + " pass.");
            }
            return new DecisiveView(rows, none);
        }
    }

    /**
     * A rule that decided the verdict.
     *
     * @param status its outcome as a badge
     * @param effect {@code fail} or {@code warn}
     * @param effectText {@code fails the audit} or {@code warning} when the status does not
     *     tell (inconclusive, undefined), else {@code null}
     * @param id the rule id
     * @param message why it ended as it did
     * @param figureId the figure it reads
     * @param anchor the section that shows the figure, or {@code null}
     * @param section the title of that section, or {@code null}
     */
    record DecisiveRow(StatusBadge status, String effect, String effectText, String id,
            String message, String figureId, String anchor, String section) {
        static DecisiveRow of(RuleOutcome rule, List<Finding> findings) {
            Section section = sectionOf(rule.figureId(), findings);
            return new DecisiveRow(StatusBadge.of(rule.status()), Names.of(rule.effect()),
                    effectWords(rule), rule.id(),
                    rule.message(),
                    rule.figureId(), section == null ? null : section.anchor(),
                    section == null ? null : section.title());
        }
    }

    private static String effectWords(RuleOutcome rule) {
        return switch (rule.status()) {
            case FAILED, WARNED, PASSED -> null;
            case INCONCLUSIVE, UNDEFINED -> rule.effect() == RuleEffect.FAIL ? "fails the audit"
                    : "warning";
        };
    }

    /**
     * What one attack that ran assumes the attacker has.
     *
     * @param anchor the attack's section
     * @param title its title
     * @param id its evaluator id
     * @param sentences the threat model in plain sentences
     */
    record ThreatRow(String anchor, String title, String id, List<String> sentences) {
    }

    /**
     * An attack that did not run.
     *
     * @param anchor its section
     * @param title its title
     * @param reason why it was skipped
     */
    record SkippedRow(String anchor, String title, String reason) {
    }

    /**
     * The figure counts as text.
     *
     * @param requested figures requested
     * @param computed figures computed
     * @param undefined figures undefined
     * @param skipped how many findings were skipped, e.g. {@code 1 finding skipped}, or
     *     {@code null} when none was
     */
    record CountsView(String requested, String computed, String undefined, String skipped) {
        static CountsView of(FigureCounts counts) {
            int n = counts.skippedFindings();
            String skipped = n == 0 ? null : n + (n == 1 ? " finding" : " findings") + " skipped";
            return new CountsView(Numbers.count(counts.requested()),
                    Numbers.count(counts.computed()), Numbers.count(counts.undefined()),
                    skipped);
        }
    }

    /**
     * An estimate as text.
     *
     * @param value the point estimate, or {@code null} when undefined
     * @param interval the interval, or {@code null} for an exact or undefined value
     * @param level the confidence level, e.g. {@code 95 %} or {@code exact}
     * @param method how it was computed
     * @param undefinedReason why it is undefined, or {@code null} when defined
     */
    record EstimateView(String value, String interval, String level, String method,
            String undefinedReason) {

        static EstimateView of(Estimate estimate) {
            return switch (estimate) {
                case Estimate.Value v -> new EstimateView(Numbers.format(v.value()),
                        Numbers.interval(v), Numbers.level(v.level()), v.method(), null);
                case Estimate.Undefined u -> new EstimateView(null, null, null, null,
                        u.reason());
            };
        }
    }

    /**
     * The headline figure of one finding, for the summary.
     *
     * @param anchor the id of the finding's section
     * @param category the finding's category
     * @param title the finding's title
     * @param label the headline figure's label, or {@code null} when skipped
     * @param estimate the headline estimate, or {@code null} when skipped
     * @param baseline the headline's baseline, or {@code null} when skipped
     * @param sense how to read the figure, e.g. {@code higher is worse}
     * @param skipped why the finding was skipped, or {@code null}
     * @param statuses the outcomes of the rules that read the headline figure
     */
    record Card(String anchor, String category, String title, String label,
            EstimateView estimate, EstimateView baseline, String sense, String skipped,
            List<StatusBadge> statuses) {

        static Card of(Finding finding, String anchor, List<RuleOutcome> rules) {
            Figure headline = finding.headlineFigure().orElse(null);
            if (headline == null) {
                return new Card(anchor, finding.category().configName(), finding.title(), null,
                        null, null, null, finding.skipped(), List.of());
            }
            List<StatusBadge> statuses = rules.stream()
                    .filter(r -> r.figureId().equals(headline.id()))
                    .map(r -> StatusBadge.of(r.status())).toList();
            return new Card(anchor, finding.category().configName(), finding.title(),
                    headline.label(), FindingFigures.estimateText(headline.estimate(),
                            headline.bounds()),
                    FindingFigures.estimateText(headline.baseline(), headline.bounds()),
                    FindingFigures.senseText(headline.sense()), finding.skipped(), statuses);
        }
    }

    /**
     * A rule status as a badge.
     *
     * @param text e.g. {@code failed}
     * @param css the CSS modifier
     */
    record StatusBadge(String text, String css) {
        static StatusBadge of(RuleStatus status) {
            return new StatusBadge(Names.of(status), Names.of(status));
        }
    }

    /**
     * One rule of the policy.
     *
     * @param status its outcome
     * @param id the rule id
     * @param description what it demands
     * @param severity {@code fail} or {@code warn}
     * @param figureId the figure it reads
     * @param observed the value it compared
     * @param message why it ended as it did
     */
    record RuleRow(StatusBadge status, String id, String description, String severity,
            String figureId, String observed, String message) {
        static RuleRow of(RuleOutcome rule) {
            return new RuleRow(StatusBadge.of(rule.status()), rule.id(), rule.description(),
                    rule.severity(), rule.figureId(), rule.observed(), rule.message());
        }
    }

    /**
     * One finding's section.
     *
     * @param anchor the section id
     * @param id the evaluator id
     * @param title the heading
     * @param category the category
     * @param threatModel the attacker's knowledge, or {@code null} for metrics
     * @param skipped why it did not run, or {@code null}
     * @param figures its figures: the headline, the other summary figures and the per-subject
     *     tables
     * @param charts its charts, drawn
     * @param groupRisks in the fairness section, the privacy risks the attacks report per
     *     group; {@code null} elsewhere and when no attack reports a group
     * @param notes its notes
     */
    record FindingView(String anchor, String id, String title, String category,
            String threatModel, String skipped, FindingFigures figures, List<ChartView> charts,
            GroupRisks groupRisks, List<String> notes) {

        static FindingView of(Finding finding, String anchor, List<RuleOutcome> rules,
                List<Finding> all) {
            List<ChartView> charts = new ArrayList<>();
            for (int i = 0; i < finding.charts().size(); i++) {
                charts.add(ChartView.of(finding.charts().get(i), "chart-" + anchor + "-"
                        + (i + 1)));
            }
            String threat = finding.threatModel().isBlank() ? null : finding.threatModel();
            GroupRisks risks = finding.category() == Category.FAIRNESS
                    ? GroupRisks.of(all) : null;
            if (risks != null && risks.rows().isEmpty()) {
                risks = null;
            }
            return new FindingView(anchor, finding.id(), finding.title(),
                    finding.category().configName(), threat, finding.skipped(),
                    FindingFigures.of(finding, rules), charts, risks, finding.notes());
        }
    }

    /**
     * The privacy risks the attacks report per group, gathered into the fairness section: one
     * row per risk, one column per group. A risk is a gain of members over holdout records
     * (a figure named {@code gain} or {@code records_gain}, higher is worse) whose subject is
     * a group such as {@code sex=Female}; the rates behind it stay in the attack's section.
     *
     * @param groups the groups, attribute by attribute, in the order the attacks report them
     * @param rows one per risk
     */
    record GroupRisks(List<String> groups, List<GroupRiskRow> rows) {
        private static final List<String> RISKS = List.of("gain", "records_gain");

        /**
         * Gathers the per-group risks of the findings.
         *
         * @param findings the audit's findings
         * @return the table, with no rows when no attack reports a group
         */
        static GroupRisks of(List<Finding> findings) {
            List<String> groups = new ArrayList<>();
            Map<String, GroupRiskRow.Builder> rows = new java.util.LinkedHashMap<>();
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                if (finding.category() != Category.PRIVACY) {
                    continue;
                }
                for (Figure f : finding.figures()) {
                    String key = riskKey(f);
                    if (key == null) {
                        continue;
                    }
                    if (!groups.contains(f.subject())) {
                        groups.add(f.subject());
                    }
                    String label = f.label().replace(" (" + f.subject() + ")", "");
                    rows.computeIfAbsent(key, k -> new GroupRiskRow.Builder(anchor(findings,
                            finding), finding.title(), label, k)).add(f);
                }
            }
            List<String> attributes = groups.stream().map(g -> g.substring(0, g.indexOf('=')))
                    .distinct().toList();
            List<String> ordered = new ArrayList<>();
            attributes.forEach(a -> groups.stream().filter(g -> g.startsWith(a + "="))
                    .forEach(ordered::add));
            return new GroupRisks(ordered, rows.values().stream().map(r -> r.build(ordered))
                    .toList());
        }

        private static String anchor(List<Finding> findings, Finding finding) {
            return ReportView.anchorOf(finding.id(), findings);
        }

        /** The figure's id without its group part, or {@code null} when it is no group risk. */
        private static String riskKey(Figure f) {
            if (f.subject() == null || f.sense() != Sense.HIGHER_IS_WORSE) {
                return null;
            }
            int eq = f.subject().indexOf('=');
            if (eq < 0) {
                return null;
            }
            String part = ".group." + f.subject().substring(0, eq) + "."
                    + f.subject().substring(eq + 1);
            int at = f.id().indexOf(part);
            String name = f.id().substring(f.id().lastIndexOf('.') + 1);
            if (at < 0 || !RISKS.contains(name)) {
                return null;
            }
            return f.id().substring(0, at) + f.id().substring(at + part.length());
        }
    }

    /**
     * One per-group risk across the groups.
     *
     * @param anchor the attack's section
     * @param attack the attack's title
     * @param label the figure's label without the group
     * @param id the figure's id without the group part
     * @param baseline the baseline when every group has the same, else {@code null}
     * @param cells one per group the attack reports, in the table's group order
     */
    record GroupRiskRow(String anchor, String attack, String label, String id,
            EstimateView baseline, List<GroupRiskCell> cells) {

        /** Collects one risk's figures, group by group. */
        static final class Builder {
            private final String anchor;
            private final String attack;
            private final String label;
            private final String id;
            private final Map<String, Figure> figures = new java.util.HashMap<>();

            Builder(String anchor, String attack, String label, String id) {
                this.anchor = anchor;
                this.attack = attack;
                this.label = label;
                this.id = id;
            }

            void add(Figure figure) {
                figures.put(figure.subject(), figure);
            }

            GroupRiskRow build(List<String> groups) {
                List<Estimate> baselines = figures.values().stream().map(Figure::baseline)
                        .distinct().toList();
                boolean shared = baselines.size() == 1;
                List<GroupRiskCell> cells = groups.stream().filter(figures::containsKey)
                        .map(g -> GroupRiskCell.of(figures.get(g), shared)).toList();
                Bounds bounds = figures.values().iterator().next().bounds();
                return new GroupRiskRow(anchor, attack, label, id, shared
                        ? FindingFigures.estimateText(baselines.getFirst(), bounds) : null,
                        cells);
            }
        }
    }

    /**
     * One group's value of a risk.
     *
     * @param group the group, e.g. {@code sex=Female}
     * @param figureId the figure's full id
     * @param estimate the estimate
     * @param baseline the group's own baseline when the groups' baselines differ, else
     *     {@code null}
     */
    record GroupRiskCell(String group, String figureId, EstimateView estimate,
            EstimateView baseline) {

        static GroupRiskCell of(Figure figure, boolean sharedBaseline) {
            return new GroupRiskCell(figure.subject(), figure.id(),
                    FindingFigures.estimateText(figure.estimate(), figure.bounds()),
                    sharedBaseline ? null
                            : FindingFigures.estimateText(figure.baseline(), figure.bounds()));
        }
    }

    /**
     * A drawn chart.
     *
     * @param svg the chart as an SVG element, or {@code null} when nothing can be drawn
     * @param caption the chart's label
     * @param explanation how to read the chart, or {@code null}
     * @param kind {@code line}, {@code bars} or {@code heatmap}, for the CSS modifier
     */
    record ChartView(String svg, String caption, String explanation, String kind) {
        static ChartView of(Chart chart, String elementId) {
            String svg = Charts.draw(chart, elementId).orElse(null);
            String caption = chart.label() == null || chart.label().isBlank()
                    ? chart.id() : chart.label();
            String explanation = switch (chart) {
                case Series series -> svg == null ? "No point of this series can be drawn."
                        : Charts.ROC.equals(series.id()) ? "False-positive rate on a log scale"
                                + " from 0.001 to 1; the dashed line is random guessing. Points"
                                + " at a false-positive rate of 0 cannot be shown on this"
                                + " scale." : null;
                case Bars bars -> barsExplanation(bars, svg == null);
                case Heatmap heatmap -> heatmapExplanation(heatmap, svg == null);
            };
            return new ChartView(svg, caption, explanation, chart.kind());
        }

        private static String barsExplanation(Bars bars, boolean empty) {
            if (empty) {
                return "No bar can be drawn.";
            }
            List<String> parts = new ArrayList<>(bars.notes());
            List<String> undefined = BarChart.undefined(bars);
            if (!undefined.isEmpty()) {
                parts.add("Undefined, drawn as struck-through outlines: "
                        + String.join(", ", undefined) + ".");
            }
            return parts.isEmpty() ? null : String.join(" ", parts);
        }

        private static String heatmapExplanation(Heatmap heatmap, boolean empty) {
            if (empty) {
                return "The grid has no cell.";
            }
            List<String> undefined = new ArrayList<>();
            for (int r = 0; r < heatmap.rows().size(); r++) {
                for (int c = r + 1; c < heatmap.columns().size(); c++) {
                    if (heatmap.cell(r, c) instanceof Estimate.Undefined(String reason)) {
                        undefined.add(heatmap.rows().get(r) + " | " + heatmap.columns().get(c)
                                + ": " + reason);
                    }
                }
            }
            String text = "Colour: " + heatmap.valueLabel() + ", from "
                    + Numbers.format(heatmap.scale().min()) + " to "
                    + Numbers.format(heatmap.scale().max()) + "; each value's interval is in"
                    + " the table of figures.";
            return undefined.isEmpty() ? text : text + " Undefined cells, grey and struck"
                    + " through, are left out of the mean: " + String.join("; ", undefined)
                    + ".";
        }
    }

    /**
     * One column of the schema.
     *
     * @param name the column name
     * @param type its type
     * @param roles its roles, comma-separated, or a dash
     * @param format its datetime pattern, or {@code null}
     * @param reason why the type was chosen
     */
    record ColumnRow(String name, String type, String roles, String format, String reason) {
        static ColumnRow of(ColumnSpec column) {
            List<String> roles = Names.roles(column.roles());
            return new ColumnRow(column.name(), column.type().configName(),
                    roles.isEmpty() ? "—" : String.join(", ", roles), column.format(),
                    column.typeReason());
        }
    }

    /**
     * A schema difference.
     *
     * @param kind e.g. {@code extra-column}
     * @param column the column
     * @param count how many values or rows it affects, or a dash
     * @param message the explanation
     */
    record IssueRow(String kind, String column, String count, String message) {
    }

    /**
     * A table and its size.
     *
     * @param name the table
     * @param rows its number of records
     */
    record TableRow(String name, String rows) {
    }

    /**
     * A stage's wall-clock time.
     *
     * @param stage the stage
     * @param millis its duration in milliseconds
     */
    record TimingRow(String stage, String millis) {
    }

    /**
     * A named value.
     *
     * @param name the name
     * @param value the value as text
     */
    record Entry(String name, String value) {
    }

    /**
     * The generator in generator mode.
     *
     * @param id the generator id
     * @param privacyClaim its differential-privacy claim in words
     * @param syntheticRows rows per release
     * @param parameters its parameters, sorted by name
     * @param details facts about the fit (a privacy accounting, a command), one per line
     * @param log what it printed, e.g. the end of an outside program's standard error, as one
     *     text, or {@code null} when it printed nothing
     */
    record GeneratorView(String id, String privacyClaim, String syntheticRows,
            List<Entry> parameters, List<String> details, String log) {
        static GeneratorView of(GeneratorInfo generator) {
            if (generator == null) {
                return null;
            }
            List<Entry> parameters = generator.parameters().entrySet().stream()
                    .map(e -> new Entry(e.getKey(), String.valueOf(e.getValue()))).toList();
            String log = generator.log().isEmpty() ? null : String.join("\n", generator.log());
            return new GeneratorView(generator.id(), generator.privacyClaim(),
                    Numbers.count(generator.syntheticRows()), parameters, generator.details(),
                    log);
        }
    }

    /**
     * What a reader needs to rerun the audit.
     *
     * @param toolVersion the synthaudit version
     * @param mode generator or release
     * @param seed the root seed
     * @param jdk the Java runtime
     * @param threads the pool size
     * @param inputs the input files with their fingerprints
     * @param config the effective configuration
     */
    record ProvenanceView(String toolVersion, String mode, String seed, String jdk,
            String threads, List<InputRow> inputs, String config) {
        static ProvenanceView of(Provenance p) {
            return new ProvenanceView(p.toolVersion(), p.mode(), Long.toString(p.seed()),
                    p.jdk(), Integer.toString(p.threads()),
                    p.inputs().stream().map(InputRow::of).toList(), p.effectiveConfig());
        }
    }

    /**
     * An input file.
     *
     * @param role its role in the audit
     * @param path its path as given
     * @param rows its data rows, or a dash
     * @param sha256 its SHA-256
     */
    record InputRow(String role, String path, String rows, String sha256) {
        static InputRow of(InputFile input) {
            return new InputRow(input.role(), input.path(),
                    input.rows() < 0 ? "—" : Numbers.count(input.rows()),
                    input.sha256().toLowerCase(Locale.ROOT));
        }
    }
}
