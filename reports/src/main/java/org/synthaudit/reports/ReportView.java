package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.GeneratorInfo;
import org.synthaudit.core.audit.AuditResult.InputFile;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.audit.Series;
import org.synthaudit.core.data.ColumnSpec;
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
        List<Card> cards, List<RuleRow> rules, List<FindingView> findings,
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
        return new ReportView(verdict + " · " + heading + " · synthaudit", heading, verdict,
                Names.of(result.policy().verdict()), tally(rules),
                ProvenanceView.of(result.provenance()), result.policy().name(),
                CountsView.of(FigureCounts.of(result.findings())), cards(result.findings(), rules),
                rules.stream().map(RuleRow::of).toList(), findings(result.findings()),
                result.schema().columns().stream().map(ColumnRow::of).toList(),
                result.schemaIssues().stream().map(i -> new IssueRow(i.kind(), i.column(),
                        i.count() < 0 ? "—" : Numbers.count(i.count()), i.message())).toList(),
                result.tables().stream().map(t -> new TableRow(t.name(),
                        Numbers.count(t.rows()))).toList(),
                GeneratorView.of(result.generator()),
                result.timings().entrySet().stream().map(e -> new TimingRow(e.getKey(),
                        Numbers.count(e.getValue()))).toList());
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

    private static List<FindingView> findings(List<Finding> findings) {
        List<FindingView> views = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            views.add(FindingView.of(findings.get(i), anchor(i)));
        }
        return views;
    }

    private static String anchor(int index) {
        return "finding-" + (index + 1);
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
                    headline.label(), EstimateView.of(headline.estimate()),
                    EstimateView.of(headline.baseline()), sense(headline.sense()),
                    finding.skipped(), statuses);
        }

        private static String sense(Sense sense) {
            return switch (sense) {
                case HIGHER_IS_WORSE -> "higher is worse";
                case HIGHER_IS_BETTER -> "higher is better";
                case NEUTRAL -> null;
            };
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
     * @param figures its figures, headline first
     * @param charts its series, drawn
     * @param notes its notes
     */
    record FindingView(String anchor, String id, String title, String category,
            String threatModel, String skipped, List<FigureRow> figures, List<ChartView> charts,
            List<String> notes) {

        static FindingView of(Finding finding, String anchor) {
            List<ChartView> charts = new ArrayList<>();
            for (int i = 0; i < finding.series().size(); i++) {
                charts.add(ChartView.of(finding.series().get(i), "chart-" + anchor + "-"
                        + (i + 1)));
            }
            String threat = finding.threatModel().isBlank() ? null : finding.threatModel();
            List<FigureRow> figures = finding.figures().stream()
                    .map(f -> FigureRow.of(f, f.id().equals(finding.headline()))).toList();
            return new FindingView(anchor, finding.id(), finding.title(),
                    finding.category().configName(), threat, finding.skipped(), figures,
                    charts, finding.notes());
        }
    }

    /**
     * One figure in a finding's table.
     *
     * @param id the figure id
     * @param label the label
     * @param subject the column or group, or {@code null}
     * @param estimate the estimate
     * @param baseline the baseline
     * @param headline whether it is the finding's headline
     */
    record FigureRow(String id, String label, String subject, EstimateView estimate,
            EstimateView baseline, boolean headline) {
        static FigureRow of(Figure figure, boolean headline) {
            return new FigureRow(figure.id(), figure.label(), figure.subject(),
                    EstimateView.of(figure.estimate()), EstimateView.of(figure.baseline()),
                    headline);
        }
    }

    /**
     * A drawn series.
     *
     * @param svg the chart as an SVG element, or {@code null} when no point can be drawn
     * @param caption the series label
     * @param explanation how to read the chart
     */
    record ChartView(String svg, String caption, String explanation) {
        static ChartView of(Series series, String elementId) {
            String svg = Charts.svg(series, elementId).orElse(null);
            String caption = series.label() == null || series.label().isBlank()
                    ? series.id() : series.label();
            String explanation;
            if (svg == null) {
                explanation = "No point of this series can be drawn.";
            } else if (Charts.ROC.equals(series.id())) {
                explanation = "False-positive rate on a log scale from 0.001 to 1; the dashed"
                        + " line is random guessing. Points at a false-positive rate of 0"
                        + " cannot be shown on this scale.";
            } else {
                explanation = null;
            }
            return new ChartView(svg, caption, explanation);
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
