package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CompareJsonReportTest {
    private static final JsonMapper MAPPER = JsonMapper.shared();

    private static JsonNode rendered(CompareFixture fixture) {
        return MAPPER.readTree(CompareJsonReport.render(fixture.build()));
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = CompareJsonReport.class.getResourceAsStream(
                "compare.schema.json")) {
            return MAPPER.readTree(in);
        }
    }

    @Nested
    class Render {
        @Test
        void writesTheLeaderboardInOrderWithTheParetoFront() {
            JsonNode json = rendered(CompareFixture.plain());

            List<String> board = new ArrayList<>();
            json.get("leaderboard").forEach(g -> board.add(g.get("generator").asString()));
            assertEquals(List.of("independent-marginals", "identity",
                    "bayesian-network:epsilon=1"), board);
            assertEquals(List.of("independent-marginals", "identity"),
                    json.get("paretoFront").valueStream().map(JsonNode::asString).toList());
            JsonNode first = json.get("leaderboard").get(0);
            assertEquals(1, first.get("position").asInt());
            assertTrue(first.get("paretoOptimal").asBoolean());
        }

        @Test
        void writesAnUndefinedMeanAndAnUntestableDifferenceAsNullWithTheReason() {
            JsonNode json = rendered(CompareFixture.plain());

            JsonNode tvd = json.get("leaderboard").get(0).get("figures").get(2);
            assertTrue(tvd.get("mean").get("value").isNull());
            assertEquals("no target column", tvd.get("mean").get("reason").asString());
            assertTrue(tvd.get("rank").isNull());
            JsonNode untestable = json.get("differences").get(1).get("test");
            assertTrue(untestable.get("pValue").isNull());
            assertEquals("identity: no target column", untestable.get("reason").asString());
        }

        @Test
        void writesTheTestOfADifference() {
            JsonNode test = rendered(CompareFixture.plain()).get("differences").get(0)
                    .get("test");

            assertEquals(0.0516, test.get("pValue").asDouble());
            assertEquals(12.3, test.get("t").asDouble());
            assertEquals(1, test.get("degreesOfFreedom").asInt());
        }

        @Test
        void isTheSameForTheSameComparison() {
            assertEquals(CompareJsonReport.render(CompareFixture.plain().build()),
                    CompareJsonReport.render(CompareFixture.plain().build()));
        }

        @Test
        void keepsHostileTextIntact() {
            JsonNode json = rendered(CompareFixture.hostile());

            assertEquals("identity:note=" + ReportFixture.SCRIPT, json.get("leaderboard").get(1)
                    .get("generator").asString());
        }
    }

    @Nested
    class SchemaFile {
        @Test
        void acceptsTheReport() throws IOException {
            for (CompareFixture fixture : List.of(CompareFixture.plain(),
                    CompareFixture.hostile())) {
                assertEquals(List.of(), JsonSchemaCheck.violations(schema(), rendered(fixture)));
            }
        }

        @Test
        void requiresExactlyTheTopLevelKeysTheReportWrites() throws IOException {
            JsonNode schema = schema();
            JsonNode report = rendered(CompareFixture.plain());

            List<String> required = schema.get("required").valueStream()
                    .map(JsonNode::asString).toList();
            assertEquals(List.copyOf(report.propertyNames()), required);
            assertEquals(required, List.copyOf(schema.get("properties").propertyNames()));
        }

        @Test
        void carriesTheSchemaVersion() throws IOException {
            JsonNode schema = schema();

            assertEquals(CompareJsonReport.SCHEMA_VERSION,
                    schema.get("properties").get("schemaVersion").get("const").asString());
            assertTrue(schema.get("$id").asString().endsWith(":"
                    + CompareJsonReport.SCHEMA_VERSION));
        }
    }
}
