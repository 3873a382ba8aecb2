package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.audit.Series;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    private static JsonNode rendered(AuditResult result) {
        return parse(JsonReport.render(result));
    }

    private static JsonNode figure(JsonNode report, String figureId) {
        for (JsonNode finding : report.get("findings")) {
            for (JsonNode figure : finding.get("figures")) {
                if (figure.get("id").asString().equals(figureId)) {
                    return figure;
                }
            }
        }
        throw new AssertionError("no figure " + figureId);
    }

    /** A result whose only finding has one figure. */
    private static AuditResult withFigure(Figure figure, Series... series) {
        AuditResult base = ReportFixture.plain().build();
        Finding finding = new Finding("metric", "Metric", Category.UTILITY, "", figure.id(),
                List.of(figure), List.of(series), List.of(), null);
        return new AuditResult(base.provenance(), base.schema(), base.schemaIssues(),
                base.tables(), null, List.of(finding), base.policy(), Map.of());
    }

    @Nested
    class Render {
        @Test
        void isByteIdenticalOnTwoRenders() {
            AuditResult result = ReportFixture.plain().build();

            assertEquals(JsonReport.render(result), JsonReport.render(result));
        }

        @Test
        void isByteIdenticalForEqualResultsBuiltSeparately() {
            String first = JsonReport.render(ReportFixture.hostile().build());
            String second = JsonReport.render(ReportFixture.hostile().build());

            assertEquals(first, second);
        }

        @Test
        void differsOnlyInTimingsWhenOnlyTimingsDiffer() {
            ReportFixture slower = ReportFixture.plain();
            slower.timings.put("load", 9999L);
            JsonNode fast = rendered(ReportFixture.plain().build());
            JsonNode slow = rendered(slower.build());

            assertNotEquals(fast, slow);
            ((tools.jackson.databind.node.ObjectNode) fast).remove("timings");
            ((tools.jackson.databind.node.ObjectNode) slow).remove("timings");
            assertEquals(fast, slow);
        }

        @Test
        void isPrettyPrintedWithLineFeedsAndEndsWithOneNewline() {
            String json = JsonReport.render(ReportFixture.plain().build());

            assertTrue(json.startsWith("{\n  \"schemaVersion\": \"1.3\",\n"));
            assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
            assertFalse(json.contains("\r"));
        }

        @Test
        void writesTheTopLevelKeysInOrderWithTheVolatileOnesLast() {
            JsonNode report = rendered(ReportFixture.plain().build());

            assertEquals(List.of("schemaVersion", "tool", "verdict", "scorecard", "provenance",
                    "schema", "schemaIssues", "tables", "generator", "findings", "policy",
                    "figureCounts", "timings", "generatorLog"),
                    List.copyOf(report.propertyNames()));
            assertEquals(120, report.get("timings").get("load").asLong());
            assertEquals(List.of("load", "generator.fit", "membership.dcr", "fidelity.columns"),
                    List.copyOf(report.get("timings").propertyNames()));
        }

        @Test
        void writesTheVerdictOfThePolicy() {
            JsonNode report = rendered(ReportFixture.plain().build());

            assertEquals("fail", report.get("verdict").asString());
            assertEquals("fail", report.get("policy").get("verdict").asString());
            assertEquals(List.of("failed", "passed", "undefined"),
                    report.get("policy").get("rules").valueStream()
                            .map(r -> r.get("status").asString()).toList());
            assertEquals(List.of("fail", "pass", "warn"),
                    report.get("policy").get("rules").valueStream()
                            .map(r -> r.get("effect").asString()).toList());
        }

        @Test
        void writesEachRuleReadingThresholdAndEffect() {
            JsonNode rules = rendered(ReportFixture.plain().build()).get("policy").get("rules");

            assertEquals(List.of("id", "description", "figureId", "severity", "status",
                    "effect", "observed", "message", "on", "bound", "threshold"),
                    List.copyOf(rules.get(0).propertyNames()));
            assertEquals("upper", rules.get(0).get("on").asString());
            assertEquals("max", rules.get(0).get("bound").asString());
            assertEquals(0.6, rules.get(0).get("threshold").asDouble());
            assertEquals(List.of("fail", "pass", "warn"), rules.valueStream()
                    .map(r -> r.get("effect").asString()).toList());
        }

        @Test
        void writesProvenanceWithInputFingerprints() {
            JsonNode provenance = rendered(ReportFixture.plain().build()).get("provenance");

            assertEquals(20240917L, provenance.get("seed").asLong());
            assertEquals(2, provenance.get("threads").asInt());
            JsonNode real = provenance.get("inputs").get(0);
            assertEquals("data/adult.csv", real.get("path").asString());
            assertEquals(64, real.get("sha256").asString().length());
            assertEquals(1000, real.get("rows").asInt());
            assertTrue(provenance.get("inputs").get(1).get("rows").isNull());
        }
    }

    @Nested
    class Estimates {
        @Test
        void writesAnUndefinedEstimateAsNullWithItsReasonOnly() {
            JsonNode ks = figure(rendered(ReportFixture.plain().build()),
                    "fidelity.column.income.ks");

            JsonNode estimate = ks.get("estimate");
            assertTrue(estimate.get("value").isNull());
            assertEquals("synthetic column all missing", estimate.get("reason").asString());
            assertEquals(List.of("value", "reason"), List.copyOf(estimate.propertyNames()));
        }

        @Test
        void writesADefinedEstimateWithItsInterval() {
            JsonNode auc = figure(rendered(ReportFixture.plain().build()), "membership.dcr.auc");

            JsonNode estimate = auc.get("estimate");
            assertEquals(List.of("value", "lower", "upper", "level", "method"),
                    List.copyOf(estimate.propertyNames()));
            assertEquals(0.6234, estimate.get("value").asDouble());
            assertEquals(0.5811, estimate.get("lower").asDouble());
            assertEquals(0.6657, estimate.get("upper").asDouble());
            assertEquals(0.95, estimate.get("level").asDouble());
            assertEquals(0.5, auc.get("baseline").get("value").asDouble());
            assertEquals(1.0, auc.get("baseline").get("level").asDouble());
            assertEquals("higher-is-worse", auc.get("sense").asString());
        }

        @Test
        void writesInfiniteIntervalEndsAndBoundsAsNull() {
            Figure ratio = new Figure("utility.ratio", "Ratio", null,
                    Estimate.of(2.5, 1.5, Double.POSITIVE_INFINITY, 0.95, "Fieller"),
                    Estimate.exact(1, "equal utility"), Bounds.NON_NEGATIVE, Sense.NEUTRAL);
            JsonNode figure = figure(rendered(withFigure(ratio)), "utility.ratio");

            assertTrue(figure.get("estimate").get("upper").isNull());
            assertEquals(1.5, figure.get("estimate").get("lower").asDouble());
            assertEquals(0.0, figure.get("bounds").get("min").asDouble());
            assertTrue(figure.get("bounds").get("max").isNull());
        }

        @Test
        void writesNonFiniteSeriesValuesAsNull() {
            Figure auc = new Figure("utility.auc", "AUC", null, Estimate.exact(0.7, "test"),
                    Estimate.exact(0.5, "chance"), Bounds.UNIT, Sense.HIGHER_IS_BETTER);
            Series curve = new Series("curve", "c", "x", "y", new double[] {0, 1},
                    new double[] {Double.NaN, 0.5});
            JsonNode report = rendered(withFigure(auc, curve));

            JsonNode y = report.get("findings").get(0).get("series").get(0).get("y");
            assertTrue(y.get(0).isNull());
            assertEquals(0.5, y.get(1).asDouble());
        }
    }

    @Nested
    class Scores {
        @Test
        void writesTheFourScoresWithTheirRangesAndInputs() {
            JsonNode scorecard = rendered(ReportFixture.plain().build()).get("scorecard");

            assertEquals(List.of("privacy", "utility", "fidelity", "fairness"),
                    scorecard.valueStream().map(s -> s.get("category").asString()).toList());
            // AUC 0.6234 [0.5811, 0.6657]: 100 x (2 - 2 x AUC) at each end
            JsonNode privacy = scorecard.get(0).get("score");
            assertEquals(75.32, privacy.get("value").asDouble(), 1e-9);
            assertEquals(66.86, privacy.get("lower").asDouble(), 1e-9);
            assertEquals(83.78, privacy.get("upper").asDouble(), 1e-9);
            assertEquals("largest", scorecard.get(0).get("combination").asString());
            JsonNode input = scorecard.get(0).get("inputs").get(0);
            assertEquals("membership.dcr.auc", input.get("figure").asString());
            assertEquals("used", input.get("status").asString());
            assertTrue(input.get("reason").isNull());
        }

        @Test
        void writesAScoreWithoutDefinedInputsAsNullWithTheReason() {
            JsonNode scorecard = rendered(ReportFixture.plain().build()).get("scorecard");

            JsonNode utility = scorecard.get(1);
            assertTrue(utility.get("score").get("value").isNull());
            assertEquals("no utility figures: they need a column with the role target",
                    utility.get("score").get("reason").asString());
            JsonNode shadow = scorecard.get(0).get("inputs").get(1);
            assertEquals("skipped", shadow.get("status").asString());
            assertTrue(shadow.get("figure").isNull() && shadow.get("shortfall").isNull());
        }

        @Test
        void agreesWithTheHtmlPage() {
            AuditResult result = ReportFixture.plain().build();
            JsonNode scorecard = rendered(result);
            List<ReportView.ScoreView> shown = ReportView.of(result).scores();

            for (int i = 0; i < shown.size(); i++) {
                JsonNode score = scorecard.get("scorecard").get(i).get("score");
                String expected = score.get("value").isNull() ? null
                        : ReportView.ScoreView.whole(score.get("value").asDouble());
                assertEquals(expected, shown.get(i).value());
            }
        }
    }

    @Nested
    class Knowledge {
        @Test
        void writesWhatTheAttackerKnowsByKind() {
            JsonNode finding = rendered(ReportFixture.plain().build()).get("findings").get(0);
            JsonNode knowledge = finding.get("attackerKnowledge");

            assertEquals(List.of("synthetic-release", "known-attributes", "population-records"),
                    knowledge.valueStream().map(k -> k.get("kind").asString()).toList());
            assertEquals(500, knowledge.get(0).get("rows").asInt());
            assertEquals(List.of("sex", "zip"), knowledge.get(1).get("columns").valueStream()
                    .map(JsonNode::asString).toList());
            assertTrue(knowledge.get(1).get("errors").isNull());
            assertEquals("judge how rare a value is", knowledge.get(2).get("use").asString());
        }

        @Test
        void writesAnEmptyListForAMetric() {
            JsonNode finding = rendered(ReportFixture.plain().build()).get("findings").get(1);

            assertTrue(finding.get("attackerKnowledge").isEmpty());
        }
    }

    @Nested
    class Counts {
        @Test
        void countsRequestedComputedAndUndefinedFigures() {
            JsonNode counts = rendered(ReportFixture.plain().build()).get("figureCounts");

            assertEquals(7, counts.get("requested").asInt());
            assertEquals(6, counts.get("computed").asInt());
            assertEquals(1, counts.get("undefined").asInt());
            assertEquals(1, counts.get("skippedFindings").asInt());
        }
    }

    @Nested
    class Findings {
        @Test
        void writesASkippedFindingWithItsReasonAndNoHeadline() {
            JsonNode skipped = rendered(ReportFixture.plain().build()).get("findings").get(2);

            assertEquals("membership.shadow", skipped.get("id").asString());
            assertEquals("release mode: the attack must re-fit the generator",
                    skipped.get("skipped").asString());
            assertTrue(skipped.get("headline").isNull());
            assertTrue(skipped.get("figures").isEmpty());
        }

        @Test
        void writesARanFindingWithNullSkippedAndItsSeries() {
            JsonNode privacy = rendered(ReportFixture.plain().build()).get("findings").get(0);

            assertTrue(privacy.get("skipped").isNull());
            assertEquals("privacy", privacy.get("category").asString());
            assertEquals("membership.dcr.auc", privacy.get("headline").asString());
            JsonNode roc = privacy.get("series").get(0);
            assertEquals("roc", roc.get("id").asString());
            assertEquals(9, roc.get("x").size());
            assertEquals(0.001, roc.get("x").get(1).asDouble());
        }

        @Test
        void keepsHostileTextVerbatim() {
            JsonNode report = rendered(ReportFixture.hostile().build());

            JsonNode columns = report.get("schema").get("columns");
            assertEquals(ReportFixture.SCRIPT, columns.get(1).get("name").asString());
            assertEquals(ReportFixture.IMG, columns.get(2).get("name").asString());
            assertEquals(ReportFixture.CLOSE_SCRIPT + ReportFixture.SEPARATORS,
                    figure(report, "membership.dcr.tpr_at_fpr_0.1").get("subject").asString());
        }
    }

    @Nested
    class Columns {
        @Test
        void writesRolesInDeclarationOrderWhateverTheSetOrder() {
            List<Role> reversed = new ArrayList<>(EnumSet.allOf(Role.class)).reversed();
            AuditResult base = ReportFixture.plain().build();
            Schema schema = new Schema(List.of(new ColumnSpec("a", ColumnType.CATEGORICAL,
                    Set.copyOf(reversed), "set in config", null)));
            AuditResult result = new AuditResult(base.provenance(), schema, List.of(),
                    List.of(), null, List.of(), base.policy(), Map.of());

            JsonNode column = rendered(result).get("schema").get("columns").get(0);
            assertEquals(List.of("quasi-identifier", "sensitive", "target", "protected"),
                    column.get("roles").valueStream().map(JsonNode::asString).toList());
            assertEquals("categorical", column.get("type").asString());
            assertTrue(column.get("format").isNull());
        }

        @Test
        void writesTheFormatOfADatetimeColumn() {
            JsonNode columns = rendered(ReportFixture.plain().build()).get("schema")
                    .get("columns");

            assertEquals("yyyy-MM-dd", columns.get(4).get("format").asString());
            assertEquals("ISO-8601 dates", columns.get(4).get("typeReason").asString());
        }
    }

    @Nested
    class Generator {
        @Test
        void writesParametersWithSortedKeys() {
            JsonNode generator = rendered(ReportFixture.plain().build()).get("generator");

            assertEquals(List.of("bins", "epsilon"),
                    List.copyOf(generator.get("parameters").propertyNames()));
            assertEquals(20, generator.get("parameters").get("bins").asInt());
            assertTrue(generator.get("parameters").get("bins").isIntegralNumber());
            assertEquals(1.0, generator.get("parameters").get("epsilon").asDouble());
        }

        @Test
        void writesNoClaimAsNoneAndNull() {
            JsonNode generator = rendered(ReportFixture.plain().build()).get("generator");

            assertEquals("none", generator.get("privacyClaim").asString());
            assertTrue(generator.get("differentialPrivacy").isNull());
            assertEquals(0, generator.get("details").size());
        }

        @Test
        void writesADifferentialPrivacyClaimWithEpsilonAndDelta() {
            JsonNode generator = rendered(ReportFixture.privateGenerator().build())
                    .get("generator");

            assertEquals("(1, 0)-differential privacy", generator.get("privacyClaim").asString());
            assertEquals(1.0, generator.get("differentialPrivacy").get("epsilon").asDouble());
            assertEquals(0.0, generator.get("differentialPrivacy").get("delta").asDouble());
        }

        @Test
        void writesTheDetailsUnderTheGeneratorAndTheLogLast() {
            JsonNode report = rendered(ReportFixture.privateGenerator().build());

            assertEquals(List.of("epsilon = 1.0 (epsilon-differential privacy)",
                    "network: age <- (no parameters)"), report.get("generator").get("details")
                            .valueStream().map(JsonNode::asString).toList());
            assertEquals(List.of("epoch 1 of 2, 0.4 s", "epoch 2 of 2, 0.3 s"),
                    report.get("generatorLog").valueStream().map(JsonNode::asString).toList());
        }

        @Test
        void writesAnEmptyLogInReleaseMode() {
            Figure auc = new Figure("utility.auc", "AUC", null, Estimate.exact(0.7, "test"),
                    Estimate.exact(0.5, "chance"), Bounds.UNIT, Sense.HIGHER_IS_BETTER);

            assertEquals(0, rendered(withFigure(auc)).get("generatorLog").size());
        }

        @Test
        void writesNullInReleaseMode() {
            Figure auc = new Figure("utility.auc", "AUC", null, Estimate.exact(0.7, "test"),
                    Estimate.exact(0.5, "chance"), Bounds.UNIT, Sense.HIGHER_IS_BETTER);

            assertTrue(rendered(withFigure(auc)).get("generator").isNull());
        }
    }

    @Nested
    class SchemaFile {
        private JsonNode schema() throws IOException {
            try (InputStream in = JsonReport.class.getResourceAsStream("report.schema.json")) {
                return MAPPER.readTree(in);
            }
        }

        @Test
        void requiresExactlyTheTopLevelKeysTheReportWrites() throws IOException {
            JsonNode schema = schema();
            JsonNode report = rendered(ReportFixture.plain().build());

            List<String> required = schema.get("required").valueStream()
                    .map(JsonNode::asString).toList();
            assertEquals(List.copyOf(report.propertyNames()), required);
            assertEquals(required, List.copyOf(schema.get("properties").propertyNames()));
        }

        @Test
        void carriesTheSchemaVersion() throws IOException {
            JsonNode schema = schema();

            assertEquals(JsonReport.SCHEMA_VERSION,
                    schema.get("properties").get("schemaVersion").get("const").asString());
            assertTrue(schema.get("$id").asString().endsWith(":" + JsonReport.SCHEMA_VERSION));
        }

        @Test
        void acceptsTheRenderedReports() throws IOException {
            JsonNode schema = schema();

            assertEquals(List.of(), JsonSchemaCheck.violations(schema,
                    rendered(ReportFixture.plain().build())));
            assertEquals(List.of(), JsonSchemaCheck.violations(schema,
                    rendered(ReportFixture.privateGenerator().build())));
            assertEquals(List.of(), JsonSchemaCheck.violations(schema,
                    rendered(ReportFixture.hostile().build())));
        }

        @Test
        void rejectsAReportWithAnUndefinedEstimateWrittenAsZero() throws IOException {
            JsonNode report = rendered(ReportFixture.plain().build());
            JsonNode ks = figure(report, "fidelity.column.income.ks");
            ((tools.jackson.databind.node.ObjectNode) ks.get("estimate")).put("value", 0);

            assertFalse(JsonSchemaCheck.violations(schema(), report).isEmpty());
        }
    }
}
