package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.fakes.FakePlugins;
import org.synthaudit.harness.fakes.Tables;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tests of {@code synthaudit audit}: exit codes and exact messages with test doubles, then whole
 * audits with the installed generators and evaluators, on the bundled Adult sample (a copy of the
 * training data must fail, independent marginals must pass) and on small release-mode files with
 * schema differences (case C15).
 */
class AuditCommandTest {
    private static final Path SAMPLE = Path.of("../sample-data/adult/audit.yaml");
    private static final Path COMPAS = Path.of("../sample-data/compas/audit.yaml");

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        out = dir.resolve("out");
        Files.writeString(dir.resolve("real.csv"), "a,b\n1,x\n2,y\n");
    }

    private Path config(String yaml) throws IOException {
        return Files.writeString(dir.resolve("audit.yaml"), yaml);
    }

    private Cli.Run audit(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "audit";
        all[1] = "--out";
        all[2] = out.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(FakePlugins::standard, all);
    }

    @Nested
    class Call {
        @Test
        void namesAMissingConfigFile() {
            Path missing = dir.resolve("nope.yaml");

            Cli.Run run = audit("--config", missing.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: config file " + missing + " not found\n", run.err());
        }

        @Test
        void rejectsAnUnknownGeneratorListingTheKnownOnes() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: nope}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: unknown generator 'nope'; known: fake-copy\n", run.err());
        }

        @Test
        void rejectsAnUnknownGeneratorFromTheCommandLine() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: fake-copy}\n");

            Cli.Run run = audit("--config", config.toString(), "--generator", "identiti");

            assertEquals(2, run.code());
            assertEquals("synthaudit: unknown generator 'identiti'; known: fake-copy\n",
                    run.err());
        }

        @Test
        void rejectsAnUnknownEvaluator() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: fake-copy}\n"
                    + "evaluators: {membership.dcrr: {targets: 5}}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: unknown evaluator 'membership.dcrr'; known: fake.rows, "
                    + "fake.skipped\n", run.err());
        }

        @Test
        void rejectsAnUnknownGeneratorParameter() throws IOException {
            Path config = config("real: real.csv\n"
                    + "generator: {id: fake-copy, parameters: {offst: 1}}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: generator fake-copy: unknown parameter 'offst'; accepted: "
                    + "offset\n", run.err());
        }

        @Test
        void namesAMissingRealFile() throws IOException {
            Path config = config("real: absent.csv\ngenerator: {id: fake-copy}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + config + ": real: file " + dir.resolve("absent.csv")
                    + " not found\n", run.err());
        }

        @Test
        void asksForAGenerator() throws IOException {
            Path config = config("real: real.csv\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + config + ": no generator; set generator.id or pass "
                    + "--generator (see synthaudit list)\n", run.err());
        }

        @Test
        void rejectsAnInvalidConfigWithTheLine() throws IOException {
            Path config = config("real: real.csv\nseed: 1\ncolumns:\n  a: {roles: [qi]}\n");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + config + " line 4: columns.a.roles[0]: unknown role "
                    + "'qi'; expected one of quasi-identifier, sensitive, target, protected\n",
                    run.err());
        }

        @Test
        void refusesToOverwriteAReportWithoutForce() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: fake-copy}\n");
            Files.createDirectories(out);
            Files.writeString(out.resolve("report.json"), "{}");

            Cli.Run run = audit("--config", config.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + out.resolve("report.json") + " already exists; use "
                    + "--force to replace it or choose another --out folder\n", run.err());
        }

        @Test
        void rejectsAnUnknownOptionWithUsage() {
            Cli.Run run = audit("--bogus");

            assertEquals(2, run.code());
            assertEquals("synthaudit: Unknown option: '--bogus'", run.firstErrorLine());
            assertTrue(run.err().contains("Usage: synthaudit audit"), run.err());
        }

        @Test
        void rejectsThreadsOutOfRange() {
            Cli.Run run = audit("--threads", "0", "--config", "x.yaml");

            assertEquals(2, run.code());
            assertEquals("synthaudit: --threads must be in [1, 1024], was 0",
                    run.firstErrorLine());
        }

        @Test
        void rejectsASeedThatIsNotANumber() {
            Cli.Run run = audit("--seed", "abc", "--config", "x.yaml");

            assertEquals(2, run.code());
            assertEquals("synthaudit: Invalid value for option '--seed': 'abc' is not a long",
                    run.firstErrorLine());
        }

        @Test
        void asksForAConfigOrReleaseFiles() {
            Cli.Run run = audit();

            assertEquals(2, run.code());
            assertEquals("synthaudit: audit needs --config FILE (generator mode) or --train, "
                    + "--holdout and --synthetic files (release mode)\n", run.err());
        }

        @Test
        void namesTheMissingReleaseFiles() {
            Cli.Run run = audit("--train", dir.resolve("real.csv").toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: release mode needs --train, --holdout and at least one "
                    + "--synthetic file; missing --holdout, --synthetic\n", run.err());
        }

        @Test
        void rejectsAGeneratorInReleaseMode() {
            String real = dir.resolve("real.csv").toString();

            Cli.Run run = audit("--train", real, "--holdout", real, "--synthetic", real,
                    "--generator", "fake-copy");

            assertEquals(2, run.code());
            assertEquals("synthaudit: --generator is for generator mode; in release mode the "
                    + "--synthetic files are audited as they are\n", run.err());
        }

        @Test
        void namesAMissingSyntheticFile() {
            String real = dir.resolve("real.csv").toString();
            Path absent = dir.resolve("synthetic.csv");

            Cli.Run run = audit("--train", real, "--holdout", real, "--synthetic",
                    absent.toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: --synthetic: file " + absent + " not found\n", run.err());
        }

        @Test
        void rejectsANulByteInTheOutputFolder() throws IOException {
            Path config = config("real: real.csv\ngenerator: {id: fake-copy}\n");

            Cli.Run run = Cli.run(FakePlugins::standard, "audit", "--config", config.toString(),
                    "--out", "bad\0name");

            assertEquals(2, run.code());
            assertEquals("synthaudit: output folder name contains a NUL byte; choose another "
                    + "name\n", run.err());
        }
    }

    private static JsonNode json(Path file) throws IOException {
        return JsonMapper.shared().readTree(Files.readString(file));
    }

    private static List<String> issues(JsonNode report, String kind) {
        List<String> columns = new java.util.ArrayList<>();
        report.get("schemaIssues").forEach(i -> {
            if (i.get("kind").asString().equals(kind)) {
                columns.add(i.get("column").asString());
            }
        });
        return columns;
    }

    private static JsonNode figure(JsonNode report, String id) {
        for (JsonNode finding : report.get("findings")) {
            for (JsonNode figure : finding.get("figures")) {
                if (figure.get("id").asString().equals(id)) {
                    return figure;
                }
            }
        }
        throw new AssertionError("no figure " + id);
    }

    @Nested
    class CallOnSampleData {
        @Test
        void failsACopyOfTheTrainingData() throws IOException {
            Path out = dir.resolve("identity");

            Cli.Run run = Cli.run(Plugins::load, "audit", "--config", SAMPLE.toString(),
                    "--generator", "identity", "--out", out.toString());

            assertEquals(1, run.code(), run.err());
            assertTrue(run.out().startsWith("verdict: FAIL"), run.out());
            JsonNode report = json(out.resolve("report.json"));
            assertEquals("failed", report.get("policy").get("rules").get(0).get("status")
                    .asString());
            assertTrue(Files.size(out.resolve("report.html")) > 0);
        }

        @Test
        void passesIndependentMarginals() throws IOException {
            Path out = dir.resolve("marginals");

            Cli.Run run = Cli.run(Plugins::load, "audit", "--config", SAMPLE.toString(),
                    "--generator", "independent-marginals", "--out", out.toString());

            assertEquals(0, run.code(), run.out() + run.err());
            JsonNode provenance = json(out.resolve("report.json")).get("provenance");
            assertEquals(42, provenance.get("seed").asInt());
            assertEquals("f2c62076f19504d99a38b22badf445a7f42530ade6b827acf78dd143fbce38bb",
                    provenance.get("inputs").get(1).get("sha256").asString());
            assertTrue(provenance.get("effectiveConfig").asString()
                    .contains("id: independent-marginals"));
        }

        @Test
        void showsIndependentMarginalsErasingTheRaceGapOfCompas() throws IOException {
            Path out = dir.resolve("compas");

            Cli.Run run = Cli.run(Plugins::load, "audit", "--config", COMPAS.toString(),
                    "--generator", "independent-marginals", "--out", out.toString());

            assertEquals(0, run.code(), run.out() + run.err());
            JsonNode gap = figure(json(out.resolve("report.json")),
                    "fairness.race.base_rate_gap");
            JsonNode change = figure(json(out.resolve("report.json")),
                    "fairness.race.base_rate_gap_change");
            double real = gap.get("baseline").get("value").asDouble();
            double synthetic = gap.get("estimate").get("value").asDouble();
            assertTrue(real > 0.1, "real gap " + real);
            assertTrue(synthetic < real / 2, "synthetic gap " + synthetic + ", real " + real);
            assertTrue(change.get("estimate").get("upper").asDouble() < 0, change.toString());
        }

        @Test
        void namesAnUnknownColumnOfTheConfig() throws IOException {
            Files.writeString(dir.resolve("real.csv"), "a,b\n1,x\n2,y\n");
            Path config = Files.writeString(dir.resolve("audit.yaml"),
                    "real: real.csv\ngenerator: {id: identity}\ncolumns: {agee: {roles: "
                            + "[quasi-identifier]}}\n");

            Cli.Run run = Cli.run(Plugins::load, "audit", "--config", config.toString(),
                    "--out", dir.resolve("out").toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + config + ": columns: no column 'agee' in "
                    + dir.resolve("real.csv") + "; its columns are a, b\n", run.err());
            assertTrue(Files.notExists(dir.resolve("out")));
        }
    }

    @Nested
    class CallInReleaseMode {
        @Test
        void runsOnTheCommonColumnsAndReportsTheDifferences() throws IOException {
            Path train = Tables.people(dir.resolve("train.csv"), 300, 1, 1);
            Path holdout = Tables.people(dir.resolve("holdout.csv"), 300, 2, 1001);
            Path synthetic = Tables.syntheticWithoutVal2(dir.resolve("synthetic.csv"), 300, 3);
            Path config = Files.writeString(dir.resolve("audit.yaml"),
                    "columns: {id: {type: identifier}, plan: {roles: [sensitive]}}\n");
            Path out = dir.resolve("out");

            Cli.Run run = Cli.run(Plugins::load, "audit", "--train", train.toString(),
                    "--holdout", holdout.toString(), "--synthetic", synthetic.toString(),
                    "--config", config.toString(), "--out", out.toString());

            assertTrue(run.code() == 0 || run.code() == 1, run.err());
            JsonNode report = json(out.resolve("report.json"));
            assertEquals(List.of("val2"), issues(report, "missing-column"));
            assertEquals(List.of("S.No", "extra_col"), issues(report, "extra-column"));
            assertEquals(List.of("id"), issues(report, "excluded-column"));
            assertEquals("release", report.get("provenance").get("mode").asString());
            assertTrue(run.out().contains("rule schema-missing-columns: WARNED"), run.out());
        }

        @Test
        void rejectsASyntheticFileWithoutAColumnThatHasARole() throws IOException {
            Path train = Tables.people(dir.resolve("train.csv"), 50, 1, 1);
            Path holdout = Tables.people(dir.resolve("holdout.csv"), 50, 2, 1001);
            Path synthetic = Tables.syntheticWithoutVal2(dir.resolve("synthetic.csv"), 50, 3);
            Path config = Files.writeString(dir.resolve("audit.yaml"),
                    "columns: {val2: {roles: [target, sensitive]}}\n");

            Cli.Run run = Cli.run(Plugins::load, "audit", "--train", train.toString(),
                    "--holdout", holdout.toString(), "--synthetic", synthetic.toString(),
                    "--config", config.toString(), "--out", dir.resolve("out").toString());

            assertEquals(2, run.code());
            assertEquals("synthaudit: " + synthetic + ": no column 'val2', which has the roles "
                    + "sensitive, target; the audit needs it in every synthetic file\n",
                    run.err());
        }
    }
}
