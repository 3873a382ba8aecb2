package org.synthaudit.reports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.GeneratorInfo;
import org.synthaudit.core.audit.AuditResult.InputFile;
import org.synthaudit.core.audit.AuditResult.PolicyResult;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.AuditResult.SchemaIssue;
import org.synthaudit.core.audit.AuditResult.TableInfo;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;
import org.synthaudit.core.audit.Bars;
import org.synthaudit.core.audit.Chart;
import org.synthaudit.core.audit.Heatmap;
import org.synthaudit.core.audit.RecordExamples;
import org.synthaudit.core.audit.Series;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders {@code report.json}, the machine-readable truth of an audit.
 *
 * <p>The tree is built field by field, so the format is ours and stable: it is described by
 * {@code report.schema.json} (JSON Schema draft 2020-12) next to this class and versioned by the
 * top-level {@code schemaVersion}. Keys appear in a fixed order, sets are written in a fixed
 * order, numbers use the shortest decimal that reads back as the same double, and lines end
 * with {@code \n}; so equal results give byte-identical text. The only fields that may differ
 * between reruns with the same inputs and seed are written last: {@code timings}, and
 * {@code generatorLog}, what the generator printed (the end of an outside program's standard
 * error, which often holds times and progress; an empty list for the built-in generators).
 * Everything before them is byte-identical.
 *
 * <p>An undefined estimate is written as {@code {"value": null, "reason": "..."}}; infinite
 * interval ends and bounds are written as {@code null}. The {@code scorecard} after the verdict
 * is the one the HTML page shows ({@link Scorecard}), with every input and its shortfall.
 */
public final class JsonReport {
    /** The version of the format, written as {@code schemaVersion}. */
    public static final String SCHEMA_VERSION = "1.3";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build()
            .writer()
            .with(prettyPrinter());

    private JsonReport() {
    }

    /**
     * Renders an audit result as JSON.
     *
     * @param result the audit result
     * @return pretty-printed JSON text ending with a newline, to be written as UTF-8;
     *     byte-identical for equal results
     */
    public static String render(AuditResult result) {
        return write(tree(result));
    }

    /**
     * Writes a JSON tree the way every synthaudit JSON file is written: two-space indent,
     * {@code \n} line ends, a final newline.
     *
     * @param tree the tree
     * @return the text
     */
    static String write(JsonNode tree) {
        return WRITER.writeValueAsString(tree) + "\n";
    }

    /**
     * Builds the JSON tree of an audit result, in the order the keys are written.
     *
     * @param result the audit result
     * @return the tree
     */
    static ObjectNode tree(AuditResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("tool", tool(result.provenance()));
        root.put("verdict", Names.of(result.policy().verdict()));
        root.set("scorecard", array(Scorecard.of(result.findings()).scores(),
                JsonReport::score));
        root.set("provenance", provenance(result.provenance()));
        root.set("schema", schema(result.schema()));
        root.set("schemaIssues", array(result.schemaIssues(), JsonReport::schemaIssue));
        root.set("tables", array(result.tables(), JsonReport::table));
        root.set("generator", generator(result.generator()));
        root.set("findings", array(result.findings(), JsonReport::finding));
        root.set("policy", policy(result.policy()));
        root.set("figureCounts", figureCounts(FigureCounts.of(result.findings())));
        root.set("timings", timings(result.timings()));
        root.set("generatorLog", generatorLog(result.generator()));
        return root;
    }

    static ObjectNode tool(Provenance provenance) {
        ObjectNode tool = NODES.objectNode();
        tool.put("name", "synthaudit");
        tool.put("version", provenance.toolVersion());
        return tool;
    }

    static ObjectNode provenance(Provenance provenance) {
        ObjectNode node = NODES.objectNode();
        node.put("mode", provenance.mode());
        node.put("seed", provenance.seed());
        node.put("effectiveConfig", provenance.effectiveConfig());
        node.set("inputs", array(provenance.inputs(), JsonReport::input));
        node.put("jdk", provenance.jdk());
        node.put("threads", provenance.threads());
        return node;
    }

    private static ObjectNode input(InputFile input) {
        ObjectNode node = NODES.objectNode();
        node.put("role", input.role());
        node.put("path", input.path());
        node.put("sha256", input.sha256());
        putCount(node, "rows", input.rows());
        return node;
    }

    private static ObjectNode schema(Schema schema) {
        ObjectNode node = NODES.objectNode();
        node.set("columns", array(schema.columns(), JsonReport::column));
        return node;
    }

    private static ObjectNode column(ColumnSpec column) {
        ObjectNode node = NODES.objectNode();
        node.put("name", column.name());
        node.put("type", column.type().configName());
        ArrayNode roles = node.putArray("roles");
        Names.roles(column.roles()).forEach(roles::add);
        node.put("typeReason", column.typeReason());
        node.put("format", column.format());
        return node;
    }

    private static ObjectNode schemaIssue(SchemaIssue issue) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", issue.kind());
        node.put("column", issue.column());
        putCount(node, "count", issue.count());
        node.put("message", issue.message());
        return node;
    }

    private static ObjectNode table(TableInfo table) {
        ObjectNode node = NODES.objectNode();
        node.put("name", table.name());
        node.put("rows", table.rows());
        return node;
    }

    private static JsonNode generator(GeneratorInfo generator) {
        if (generator == null) {
            return NODES.nullNode();
        }
        ObjectNode node = NODES.objectNode();
        node.put("id", generator.id());
        node.set("parameters", value(generator.parameters()));
        node.put("privacyClaim", generator.privacyClaim());
        node.set("differentialPrivacy", differentialPrivacy(generator.claim()));
        node.put("syntheticRows", generator.syntheticRows());
        node.set("details", strings(generator.details()));
        return node;
    }

    private static JsonNode differentialPrivacy(PrivacyClaim claim) {
        return switch (claim) {
            case PrivacyClaim.None n -> NODES.nullNode();
            case PrivacyClaim.DifferentialPrivacy dp -> {
                ObjectNode node = NODES.objectNode();
                node.put("epsilon", dp.epsilon());
                node.put("delta", dp.delta());
                yield node;
            }
        };
    }

    /** The generator's log (an outside program's standard error), or an empty list. */
    private static ArrayNode generatorLog(GeneratorInfo generator) {
        return strings(generator == null ? List.of() : generator.log());
    }

    private static ArrayNode strings(List<String> lines) {
        ArrayNode array = NODES.arrayNode(lines.size());
        lines.forEach(array::add);
        return array;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("id", finding.id());
        node.put("title", finding.title());
        node.put("category", finding.category().configName());
        node.put("threatModel", finding.threatModel());
        node.set("attackerKnowledge", array(finding.attackerKnowledge(), JsonReport::knowledge));
        node.put("skipped", finding.skipped());
        node.put("headline", finding.headline());
        node.set("figures", array(finding.figures(), JsonReport::figure));
        node.set("series", array(finding.charts().stream().filter(Series.class::isInstance)
                .map(Series.class::cast).toList(), JsonReport::series));
        node.set("charts", array(finding.charts().stream()
                .filter(c -> !(c instanceof Series)).toList(), JsonReport::chart));
        ArrayNode notes = node.putArray("notes");
        finding.notes().forEach(notes::add);
        if (finding.examples() != null) {
            node.set("recordValues", recordValues(finding.examples()));
        }
        return node;
    }

    /**
     * The training records found copied or re-identified, with their values: written only for
     * an audit asked to show record values, so that no other report holds personal data.
     */
    private static ObjectNode recordValues(RecordExamples examples) {
        ObjectNode node = NODES.objectNode();
        node.put("relation", examples.relation());
        node.put("found", examples.matches().size());
        node.set("columns", strings(examples.columns()));
        ArrayNode records = node.putArray("records");
        for (RecordExamples.Shown shown : examples.records()) {
            ObjectNode record = records.addObject();
            record.set("training", strings(shown.real()));
            record.set("synthetic", strings(shown.synthetic()));
        }
        return node;
    }

    private static ObjectNode knowledge(Knowledge knowledge) {
        ObjectNode node = NODES.objectNode();
        switch (knowledge) {
            case Knowledge.SyntheticRelease r -> {
                node.put("kind", "synthetic-release");
                node.put("rows", r.rows());
            }
            case Knowledge.TargetRecords t -> {
                node.put("kind", "target-records");
                node.set("columns", strings(t.columns()));
            }
            case Knowledge.KnownAttributes a -> {
                node.put("kind", "known-attributes");
                node.set("columns", strings(a.columns()));
                node.put("perTarget", a.perTarget());
                node.put("errors", a.errors());
                node.set("secrets", strings(a.secrets()));
            }
            case Knowledge.PopulationRecords p -> {
                node.put("kind", "population-records");
                node.put("table", p.table());
                node.put("rows", p.rows());
                node.put("use", p.use());
            }
            case Knowledge.GeneratorAccess g -> {
                node.put("kind", "generator-access");
                node.put("generator", g.generator());
                node.put("fits", g.fits());
            }
        }
        return node;
    }

    private static ObjectNode score(Scorecard.Score score) {
        ObjectNode node = NODES.objectNode();
        node.put("category", score.category().configName());
        node.put("combination", score.combination().word());
        node.put("rule", score.rule());
        if (score.score() == null) {
            ObjectNode none = node.putObject("score");
            none.putNull("value");
            none.put("reason", score.notScored());
        } else {
            node.set("score", range(score.score()));
        }
        node.set("inputs", array(score.inputs(), JsonReport::scoreInput));
        return node;
    }

    private static ObjectNode scoreInput(Scorecard.Input input) {
        ObjectNode node = NODES.objectNode();
        node.put("finding", input.finding());
        node.put("figure", input.figure());
        node.put("mapping", input.mapping());
        node.put("status", input.status().word());
        if (input.shortfall() == null) {
            node.putNull("shortfall");
        } else {
            node.set("shortfall", range(input.shortfall()));
        }
        node.put("reason", input.reason());
        return node;
    }

    private static ObjectNode range(Scorecard.Range range) {
        ObjectNode node = NODES.objectNode();
        node.put("value", range.value());
        node.put("lower", range.lower());
        node.put("upper", range.upper());
        return node;
    }

    private static ObjectNode figure(Figure figure) {
        ObjectNode node = NODES.objectNode();
        node.put("id", figure.id());
        node.put("label", figure.label());
        node.put("subject", figure.subject());
        node.set("estimate", estimate(figure.estimate()));
        node.set("baseline", estimate(figure.baseline()));
        node.set("bounds", bounds(figure.bounds()));
        node.put("sense", Names.of(figure.sense()));
        return node;
    }

    /**
     * Writes an estimate: a value with its interval, or {@code null} with the reason.
     *
     * @param estimate the estimate
     * @return its JSON object
     */
    static ObjectNode estimate(Estimate estimate) {
        ObjectNode node = NODES.objectNode();
        switch (estimate) {
            case Estimate.Value v -> {
                node.put("value", v.value());
                putFinite(node, "lower", v.lower());
                putFinite(node, "upper", v.upper());
                node.put("level", v.level());
                node.put("method", v.method());
            }
            case Estimate.Undefined u -> {
                node.putNull("value");
                node.put("reason", u.reason());
            }
        }
        return node;
    }

    static ObjectNode bounds(Bounds bounds) {
        ObjectNode node = NODES.objectNode();
        putFinite(node, "min", bounds.min());
        putFinite(node, "max", bounds.max());
        return node;
    }

    private static ObjectNode series(Series series) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", series.kind());
        node.put("id", series.id());
        node.put("label", series.label());
        node.put("xLabel", series.xLabel());
        node.put("yLabel", series.yLabel());
        node.set("x", numbers(series.x()));
        node.set("y", numbers(series.y()));
        return node;
    }

    /** A chart other than a line: grouped bars or a heatmap, each cell an estimate. */
    private static ObjectNode chart(Chart chart) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", chart.kind());
        node.put("id", chart.id());
        node.put("label", chart.label());
        switch (chart) {
            case Series s -> throw new IllegalArgumentException("a line chart is a series: "
                    + s.id());
            case Bars b -> {
                node.put("categoryLabel", b.categoryLabel());
                node.put("valueLabel", b.valueLabel());
                node.set("categories", strings(b.categories()));
                ArrayNode bars = node.putArray("series");
                for (Bars.BarSeries s : b.series()) {
                    ObjectNode one = bars.addObject();
                    one.put("name", s.name());
                    one.set("values", array(s.values(), JsonReport::estimate));
                }
                node.set("notes", strings(b.notes()));
            }
            case Heatmap h -> {
                node.put("valueLabel", h.valueLabel());
                node.set("rows", strings(h.rows()));
                node.set("columns", strings(h.columns()));
                ArrayNode cells = node.putArray("cells");
                for (List<Estimate> row : h.cells()) {
                    ArrayNode line = cells.addArray();
                    row.forEach(cell -> {
                        if (cell == null) {
                            line.addNull();
                        } else {
                            line.add(estimate(cell));
                        }
                    });
                }
                node.set("scale", bounds(h.scale()));
            }
        }
        return node;
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode array = NODES.arrayNode(values.length);
        for (double v : values) {
            if (Double.isFinite(v)) {
                array.add(v);
            } else {
                array.addNull();
            }
        }
        return array;
    }

    private static ObjectNode policy(PolicyResult policy) {
        ObjectNode node = NODES.objectNode();
        node.put("name", policy.name());
        node.put("verdict", Names.of(policy.verdict()));
        node.set("rules", array(policy.rules(), JsonReport::rule));
        return node;
    }

    private static ObjectNode rule(RuleOutcome rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.put("description", rule.description());
        node.put("figureId", rule.figureId());
        node.put("severity", rule.severity());
        node.put("status", Names.of(rule.status()));
        node.put("effect", Names.of(rule.effect()));
        node.put("observed", rule.observed());
        node.put("message", rule.message());
        node.put("on", rule.on());
        node.put("bound", rule.bound());
        node.put("threshold", rule.threshold());
        return node;
    }

    private static ObjectNode figureCounts(FigureCounts counts) {
        ObjectNode node = NODES.objectNode();
        node.put("requested", counts.requested());
        node.put("computed", counts.computed());
        node.put("undefined", counts.undefined());
        node.put("skippedFindings", counts.skippedFindings());
        return node;
    }

    private static ObjectNode timings(Map<String, Long> timings) {
        ObjectNode node = NODES.objectNode();
        timings.forEach(node::put);
        return node;
    }

    /**
     * Writes a free-form configuration value (a generator parameter): maps with sorted keys,
     * sets in the order of their text, non-finite numbers as {@code null}, anything else as
     * its text.
     */
    static JsonNode value(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.stringNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Integer i -> NODES.numberNode(i.longValue());
            case Long l -> NODES.numberNode(l);
            case Short s -> NODES.numberNode(s.longValue());
            case Byte b -> NODES.numberNode(b.longValue());
            case Number n when Double.isFinite(n.doubleValue()) -> NODES.numberNode(
                    n.doubleValue());
            case Number n -> NODES.nullNode();
            case Map<?, ?> map -> mapValue(map);
            case java.util.Set<?> set -> array(set.stream()
                    .sorted(java.util.Comparator.comparing(String::valueOf)).toList(),
                    JsonReport::value);
            case Collection<?> list -> array(List.copyOf(list), JsonReport::value);
            default -> NODES.stringNode(value.toString());
        };
    }

    private static ObjectNode mapValue(Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        ObjectNode node = NODES.objectNode();
        sorted.forEach((k, v) -> node.set(k, value(v)));
        return node;
    }

    static <T> ArrayNode array(List<T> items,
            java.util.function.Function<? super T, ? extends JsonNode> toNode) {
        ArrayNode array = NODES.arrayNode(items.size());
        items.forEach(item -> array.add(toNode.apply(item)));
        return array;
    }

    static void putFinite(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    /** Writes a count, or {@code null} for the "not countable" marker -1. */
    private static void putCount(ObjectNode node, String name, long count) {
        if (count < 0) {
            node.putNull(name);
        } else {
            node.put(name, count);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
