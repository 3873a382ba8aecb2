package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.fakes.FakePlugins;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tests of {@code synthaudit compare}: exit codes and exact messages with test doubles, then one
 * small comparison with the installed generators and evaluators.
 */
class CompareCommandTest {
    @TempDir
    Path dir;

    private Path out;
    private Path config;

    @BeforeEach
    void setUp() throws IOException {
        out = dir.resolve("out");
        Files.writeString(dir.resolve("real.csv"), "a,b\n1,x\n2,y\n3,x\n4,y\n");
        config = Files.writeString(dir.resolve("audit.yaml"), "real: real.csv\n");
    }

    private Cli.Run compare(String... args) {
        List<String> all = new ArrayList<>(List.of("compare", "--out", out.toString(),
                "--config", config.toString()));
        all.addAll(List.of(args));
        return Cli.run(FakePlugins::standard, all.toArray(String[]::new));
    }

    private void assertRejected(String message, Cli.Run run) {
        assertEquals(2, run.code(), run.out());
        assertEquals("synthaudit: " + message + "\n", run.err());
        assertTrue(Files.notExists(out), "nothing is written");
    }

    @Nested
    class Call {
        @Test
        void rejectsAnUnknownGeneratorNamingTheOptionAndTheKnownOnes() {
            assertRejected("--generators: unknown generator 'nope'; known: fake-copy",
                    compare("--generators", "fake-copy,nope"));
        }

        @Test
        void rejectsAnUnknownGeneratorParameter() {
            assertRejected("--generators: generator fake-copy: unknown parameter 'offst'; "
                    + "accepted: offset", compare("--generators", "fake-copy,fake-copy:offst=1"));
        }

        @Test
        void rejectsAParameterThatIsNotNameEqualsValue() {
            assertRejected("--generators: 'fake-copy:offset': 'offset' is not NAME=VALUE; "
                    + "write ID:NAME=VALUE, e.g. bayesian-network:epsilon=1",
                    compare("--generators", "fake-copy,fake-copy:offset"));
        }

        @Test
        void needsTwoGenerators() {
            assertRejected("--generators: a comparison needs at least two generators, got 1",
                    compare("--generators", "fake-copy"));
        }

        @Test
        void rejectsAGeneratorListedTwice() {
            assertRejected("--generators: 'fake-copy' is listed twice",
                    compare("--generators", "fake-copy,fake-copy"));
        }

        @Test
        void rejectsRepeatsOutOfRange() {
            assertRejected("--repeat must be in [1, 100], was 0",
                    compare("--generators", "fake-copy,fake-copy:offset=1", "--repeat", "0"));
        }

        @Test
        void rejectsAParameterValueOutOfRangeAtItsFirstFitWithoutWritingAnything() {
            Cli.Run run = compare("--generators", "fake-copy,fake-copy:offset=-1");

            assertEquals(2, run.code());
            assertEquals(List.of("[1/2] fake-copy, repeat 1: FAIL (", "synthaudit: generator "
                    + "fake-copy: parameter 'offset' must be in [0, 2147483647], was -1"),
                    run.err().lines().map(l -> l.startsWith("[1/2]") ? l.substring(0, 33) : l)
                            .toList());
            assertTrue(Files.notExists(out), "nothing is written");
        }

        @Test
        void rejectsAPrivacyFigureNoEvaluatorProduces() {
            assertRejected("--privacy-figure: no evaluator produces the figure 'fake.rowz'; "
                    + "headline figures are fake.rows.share", compare("--generators",
                            "fake-copy,fake-copy:offset=1", "--privacy-figure", "fake.rowz"));
        }

        @Test
        void asksForTheGenerators() {
            Cli.Run run = compare();

            assertEquals(2, run.code());
            assertEquals("synthaudit: Missing required option: '--generators=GENERATOR'",
                    run.firstErrorLine());
            assertTrue(run.err().contains("Usage: synthaudit compare"), run.err());
        }

        @Test
        void refusesToOverwriteAComparisonWithoutForce() throws IOException {
            Files.createDirectories(out);
            Files.writeString(out.resolve("compare.json"), "{}");

            Cli.Run run = compare("--generators", "fake-copy,fake-copy:offset=1");

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + out.resolve("compare.json") + " already exists; use "
                    + "--force to replace it or choose another --out folder\n", run.err());
        }

        @Test
        void completesWithExitCodeZeroAndUndefinedDifferencesForOneRepeat() throws IOException {
            Cli.Run run = compare("--generators", "fake-copy,fake-copy:offset=1");

            assertEquals(0, run.code(), run.err());
            JsonNode json = JsonMapper.shared().readTree(Files.readString(
                    out.resolve("compare.json")));
            JsonNode difference = json.get("differences").get(0);
            assertTrue(difference.get("meanDifference").get("value").isNull());
            assertEquals("a paired difference across repeats needs at least 2 repeats, and the "
                    + "comparison ran 1 (--repeat)", difference.get("meanDifference")
                            .get("reason").asString());
            assertTrue(difference.get("test").get("pValue").isNull());
            assertTrue(Files.exists(out.resolve("compare.html")));
            // the audits fail the default policy (no membership figure), the comparison completes
            assertTrue(run.err().contains("[2/2] fake-copy:offset=1, repeat 1: FAIL"),
                    run.err());
        }
    }

    /** Writes a table whose target {@code income} depends on {@code plan} and {@code age}. */
    private static Path people(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] plans = {"gold", "silver", "bronze"};
        StringBuilder csv = new StringBuilder("age,plan,sex,income\n");
        for (int r = 0; r < rows; r++) {
            int age = 18 + random.nextInt(60);
            int plan = random.nextInt(plans.length);
            double p = (plan == 0 ? 0.8 : 0.15) + (age > 50 ? 0.1 : 0);
            csv.append(age).append(',').append(plans[plan]).append(',')
                    .append(random.nextBoolean() ? "F" : "M").append(',')
                    .append(random.nextDouble() < p ? "yes" : "no").append('\n');
        }
        return Files.writeString(file, csv);
    }

    @Nested
    class CallOnATinyTable {
        @Test
        void ranksACopyWorstOnPrivacyAndBestOnUtilityInTheBoardAndTheChart()
                throws IOException {
            people(dir.resolve("people.csv"), 240, 5);
            Path tiny = Files.writeString(dir.resolve("tiny.yaml"), "real: people.csv\nseed: 7\n"
                    + "columns:\n  age: {roles: [quasi-identifier]}\n"
                    + "  sex: {roles: [quasi-identifier, protected]}\n"
                    + "  income: {roles: [target, sensitive]}\n"
                    + "evaluators:\n  membership.shadow: {outlierTargets: 1, randomTargets: 1, "
                    + "shadowSets: 20, testSets: 12}\n");

            Cli.Run run = Cli.run(Plugins::load, "compare", "--config", tiny.toString(),
                    "--generators", "identity,independent-marginals", "--repeat", "2",
                    "--out", out.toString());

            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().startsWith("compared 2 generators over 2 repeats (seed 7)\n"),
                    run.out());
            JsonNode json = JsonMapper.shared().readTree(Files.readString(
                    out.resolve("compare.json")));
            assertEquals(7, json.get("repeats").get(0).get("seed").asLong());
            JsonNode identity = contender(json, "identity");
            JsonNode marginals = contender(json, "independent-marginals");
            assertEquals(2, figure(identity, "membership.dcr.auc").get("rank").asInt());
            assertEquals(1, figure(identity, "utility.tstr.random_forest.auc_ratio")
                    .get("rank").asInt());
            assertEquals(1, figure(marginals, "membership.dcr.auc").get("rank").asInt());
            assertEquals(List.of("independent-marginals", "identity"),
                    json.get("paretoFront").valueStream().map(JsonNode::asString).toList());

            JsonNode auc = difference(json, "membership.dcr.auc");
            assertEquals("identity", auc.get("first").asString());
            assertTrue(auc.get("meanDifference").get("value").asDouble() > 0.1, auc::toString);

            Document page = Jsoup.parse(Files.readString(out.resolve("compare.html")));
            assertEquals(List.of("independent-marginals", "identity"),
                    page.select("#leaderboard tr[data-pareto=true]").eachAttr("data-generator"));
            assertTrue(page.selectFirst("#chart svg").select("text").eachText()
                    .containsAll(List.of("identity", "independent-marginals")));
        }

        private static JsonNode contender(JsonNode json, String label) {
            return json.get("leaderboard").valueStream()
                    .filter(c -> c.get("generator").asString().equals(label)).findFirst()
                    .orElseThrow();
        }

        private static JsonNode figure(JsonNode contender, String id) {
            return contender.get("figures").valueStream()
                    .filter(f -> f.get("id").asString().equals(id)).findFirst().orElseThrow();
        }

        private static JsonNode difference(JsonNode json, String id) {
            return json.get("differences").valueStream()
                    .filter(d -> d.get("figure").asString().equals(id)).findFirst()
                    .orElseThrow();
        }
    }
}
