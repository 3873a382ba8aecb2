package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.attacks.membership.DistanceToClosestRecord;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.generators.FilesGenerator;
import org.synthaudit.harness.AuditRequest.ReleaseFiles;
import org.synthaudit.harness.config.AuditConfig;
import org.synthaudit.harness.config.ConfigLoader;
import org.synthaudit.harness.fakes.FakeEvaluator;
import org.synthaudit.harness.fakes.FakeGenerator;
import org.synthaudit.harness.fakes.FakePlugins;
import org.synthaudit.harness.fakes.Tables;
import org.synthaudit.metrics.fidelity.ColumnFidelity;
import org.synthaudit.metrics.fidelity.ExactCopies;
import org.synthaudit.reports.JsonReport;
import org.synthaudit.reports.JunitReport;
import org.synthaudit.reports.MarkdownSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AuditRunnerTest {
    @TempDir
    Path dir;

    private final AuditRunner runner = new AuditRunner(FakePlugins.standard());

    private AuditRequest generatorMode(String yaml) throws IOException {
        Files.writeString(dir.resolve("real.csv"), "a\n1\n2\n");
        Path file = Files.writeString(dir.resolve("audit.yaml"), yaml);
        return new AuditRequest(file, ConfigLoader.load(file), null);
    }

    private static String error(Runnable action) {
        return assertThrows(InputException.class, action::run).getMessage();
    }

    private static AuditContext context(int trainRows, int... syntheticRows) {
        Schema schema = new Schema(List.of(new ColumnSpec("a", ColumnType.NUMERIC, Set.of(),
                "test", null)));
        Dataset real = Dataset.builder("real", schema, new Dictionary(), trainRows + 2)
                .numeric(0, new double[trainRows + 2]).build();
        Dataset train = real.select("train", IntStream.range(0, trainRows)
                .toArray());
        Dataset holdout = real.select("holdout", new int[] {trainRows, trainRows + 1});
        List<Dataset> releases = IntStream.of(syntheticRows)
                .mapToObj(n -> real.select("synthetic", new int[n])).toList();
        return new AuditContext(schema, real, train, holdout, real.select("reference",
                new int[0]), releases, Optional.empty(), Map.of(), Seeds.root(1),
                ForkJoinPool.commonPool());
    }

    @Nested
    class Validate {
        @Test
        void returnsTheDefaultPolicy() throws IOException {
            AuditRequest request = generatorMode("real: real.csv\ngenerator: {id: fake-copy}\n");

            assertEquals("default", runner.validate(request).name());
        }

        @Test
        void readsACustomPolicyFile() throws IOException {
            Files.writeString(dir.resolve("strict.yaml"),
                    "name: strict\nrules: [{id: a, figure: fake.rows.share, max: 0.5}]\n");
            AuditRequest request = generatorMode("real: real.csv\ngenerator: {id: fake-copy}\n"
                    + "policy: strict.yaml\n");

            assertEquals("strict", runner.validate(request).name());
        }

        @Test
        void namesAMissingPolicyFile() throws IOException {
            AuditRequest request = generatorMode("real: real.csv\ngenerator: {id: fake-copy}\n"
                    + "policy: absent.yaml\n");

            assertEquals("policy file " + dir.resolve("absent.yaml") + " not found",
                    error(() -> runner.validate(request)));
        }

        @Test
        void rejectsAnUnknownEvaluatorParameter() throws IOException {
            AuditRequest request = generatorMode("real: real.csv\ngenerator: {id: fake-copy}\n"
                    + "evaluators: {fake.rows: {target: 3}}\n");

            assertEquals(dir.resolve("audit.yaml") + " line 3: evaluators.fake.rows.target: is not "
                    + "a parameter of evaluator fake.rows; accepted: targets",
                    error(() -> runner.validate(request)));
        }

        @Test
        void namesAMissingTrainFileInReleaseMode() {
            Path absent = dir.resolve("train.csv");
            AuditRequest request = new AuditRequest(null, AuditConfig.defaults(),
                    new ReleaseFiles(absent, absent, List.of(absent)));

            assertEquals("--train: file " + absent + " not found",
                    error(() -> runner.validate(request)));
        }

        @Test
        void rejectsAFolderAsInput() {
            AuditRequest request = new AuditRequest(null, AuditConfig.defaults(),
                    new ReleaseFiles(dir, dir, List.of(dir)));

            assertEquals("--train: " + dir + " is a folder, not a file",
                    error(() -> runner.validate(request)));
        }
    }

    @Nested
    class Evaluate {
        @Test
        void runsTheApplicableEvaluatorsAndSkipsTheOthersWithTheirReason() {
            StageTimer timer = new StageTimer();

            List<Finding> findings = runner.evaluate(context(4, 2), timer);

            assertEquals(List.of("fake.rows", "fake.skipped"), findings.stream()
                    .map(Finding::id).toList());
            assertEquals(0.5, ((Estimate.Value) findings.getFirst()
                    .headlineFigure().orElseThrow().estimate()).value());
            assertNull(findings.getFirst().skipped());
            assertEquals("needs a reference split", findings.get(1).skipped());
            assertEquals(Set.of("evaluate/fake.rows"), timer.millis().keySet());
        }

        @Test
        void scoresEachReleaseOnItsOwnUnderIdsThatNameTheRelease() {
            StageTimer timer = new StageTimer();

            List<Finding> findings = runner.evaluate(context(4, 2, 4), timer);

            assertEquals(List.of("fake.rows@synthetic", "fake.rows@synthetic-2",
                    "fake.skipped@synthetic", "fake.skipped@synthetic-2"), findings.stream()
                            .map(Finding::id).toList());
            Finding second = findings.get(1);
            assertEquals("fake.rows.share@synthetic-2", second.headline());
            assertEquals(List.of("fake.rows.share@synthetic-2"), second.figures().stream()
                    .map(f -> f.id()).toList());
            assertEquals(0.5, ((Estimate.Value) findings.getFirst().headlineFigure()
                    .orElseThrow().estimate()).value(), "2 synthetic rows over 4 train rows");
            assertEquals(1.0, ((Estimate.Value) second.headlineFigure().orElseThrow()
                    .estimate()).value(), "4 synthetic rows over 4 train rows");
            assertEquals("Fake fake.rows (synthetic-2)", second.title());
            assertEquals("needs a reference split", findings.get(3).skipped());
            assertEquals(Set.of("evaluate/fake.rows@synthetic", "evaluate/fake.rows@synthetic-2"),
                    timer.millis().keySet());
        }

        @Test
        void runsAnEvaluatorThatDoesNotScoreTheReleaseOnceOverAllReleases() {
            List<Integer> seen = new java.util.ArrayList<>();
            Evaluator generatorLevel = new FakeEvaluator("fake.refit", null) {
                @Override
                public boolean scoresRelease() {
                    return false;
                }

                @Override
                public Finding evaluate(AuditContext context) {
                    seen.add(context.releases().size());
                    return super.evaluate(context);
                }
            };
            AuditRunner once = new AuditRunner(new Plugins(new Registry<Generator>("generator",
                    List.of()), new Registry<>("evaluator", List.of(generatorLevel))));

            List<Finding> findings = once.evaluate(context(4, 2, 4), new StageTimer());

            assertEquals(List.of("fake.refit"), findings.stream().map(Finding::id).toList());
            assertEquals(List.of(2), seen);
        }

        @Test
        void keepsTheIdsOfASingleRelease() {
            List<Finding> findings = runner.evaluate(context(4, 2), new StageTimer());

            assertEquals("fake.rows.share", findings.getFirst().headline());
        }

        @Test
        void namesAnEvaluatorThatBreaks() {
            Evaluator broken = new FakeEvaluator("broken", null) {
                @Override
                public Finding evaluate(AuditContext context) {
                    throw new ArithmeticException("/ by zero");
                }
            };
            AuditRunner withBroken = new AuditRunner(new Plugins(new Registry<Generator>(
                    "generator", List.of(new FakeGenerator())), new Registry<>("evaluator",
                            List.of(broken))));

            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> withBroken.evaluate(context(4, 2), new StageTimer()));

            assertEquals("evaluator broken failed: java.lang.ArithmeticException: / by zero",
                    e.getMessage());
        }

        @Test
        void rejectsAFindingUnderAnotherId() {
            Evaluator renamed = new FakeEvaluator("x", null) {
                @Override
                public Finding evaluate(AuditContext context) {
                    return Finding.skipped("y", "Y", Category.PRIVACY, "no");
                }
            };
            AuditRunner runner2 = new AuditRunner(new Plugins(new Registry<Generator>(
                    "generator", List.of()), new Registry<>("evaluator", List.of(renamed))));

            assertThrows(IllegalStateException.class,
                    () -> runner2.evaluate(context(4, 2), new StageTimer()));
        }
    }

    @Nested
    class Run {
        private AuditRequest request(long seed, int threads) throws IOException {
            return request(seed, threads, Tables.QUICK_SHADOW_GAME);
        }

        private AuditRequest request(long seed, int threads, String evaluators)
                throws IOException {
            Tables.people(dir.resolve("people.csv"), 400, 11, 1);
            Path file = Files.writeString(dir.resolve("run.yaml"), "real: people.csv\n"
                    + "columns: {id: {type: identifier}, plan: {roles: [target]}}\n"
                    + "generator: {id: independent-marginals}\n" + evaluators);
            AuditConfig config = ConfigLoader.load(file).withSeed(seed).withThreads(threads);
            return new AuditRequest(file, config, null);
        }

        private static JsonNode withoutTimings(
                AuditResult result) {
            ObjectNode tree = (ObjectNode) JsonMapper.shared().readTree(
                    JsonReport.render(result));
            tree.remove("timings");
            ((ObjectNode) tree.get("provenance"))
                    .remove(List.of("threads", "effectiveConfig"));
            return tree;
        }

        @Test
        void givesTheSameReportForTheSameSeedWhateverTheThreads() throws IOException {
            AuditRunner real = new AuditRunner(Plugins.load());

            var first = real.run(request(3, 1));
            var second = real.run(request(3, 2));

            assertEquals(withoutTimings(first), withoutTimings(second));
            assertEquals(List.of("load", "split", "fit", "sample"), first.timings().keySet()
                    .stream().limit(4).toList());
        }

        /** The JSON report with the timings object emptied, the only field that may differ. */
        private static String withTimingsEmptied(String json) {
            String emptied = json.replaceFirst("\n  \"timings\": \\{[^}]*}",
                    "\n  \"timings\": {}");
            assertNotEquals(json, emptied, "the report has timings");
            return emptied;
        }

        @Test
        void rendersByteIdenticalOutputsForTheSameInputsAndSeed() throws IOException {
            Plugins few = new Plugins(Plugins.load().generators(), new Registry<>("evaluator",
                    List.of(new ColumnFidelity(), new DistanceToClosestRecord(),
                            new ExactCopies())));
            AuditRequest request = request(5, 2, "");

            AuditResult first = new AuditRunner(few).run(request);
            AuditResult second = new AuditRunner(few).run(request);

            assertEquals(3, first.findings().size());
            assertTrue(first.findings().stream().allMatch(f -> f.skipped() == null));
            assertEquals(withTimingsEmptied(JsonReport.render(first)),
                    withTimingsEmptied(JsonReport.render(second)));
            assertEquals(JunitReport.render(first), JunitReport.render(second));
            assertEquals(MarkdownSummary.render(first), MarkdownSummary.render(second));
        }

        @Test
        void splitsAndSamplesAsConfigured() throws IOException {
            var result = new AuditRunner(Plugins.load()).run(request(3, 1));

            assertEquals(List.of("real 400", "train 200", "holdout 100", "reference 100",
                    "synthetic 200"), result.tables().stream()
                            .map(t -> t.name() + " " + t.rows()).toList());
            assertEquals("independent-marginals", result.generator().id());
            assertEquals("none", result.generator().privacyClaim());
            assertEquals(List.of("config", "real"), result.provenance().inputs().stream()
                    .map(i -> i.role()).toList());
        }
    }

    /** A generator that records what it was fitted on and releases the first training rows. */
    private static final class Recorder implements Generator {
        final List<FitInput> inputs = new java.util.ArrayList<>();

        @Override
        public String id() {
            return "recorder";
        }

        @Override
        public String description() {
            return "Records its fits (test double).";
        }

        @Override
        public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
            return fit(FitInput.of(train), parameters, seeds);
        }

        @Override
        public FittedGenerator fit(FitInput input, Parameters parameters, Seeds seeds) {
            inputs.add(input);
            return new FittedGenerator() {
                @Override
                public Dataset sample(int rows, Seeds sampleSeeds) {
                    int first = sampleSeeds.random().nextInt(input.train().rowCount());
                    return input.train().select("synthetic", IntStream.range(0, rows)
                            .map(i -> (first + i) % input.train().rowCount()).toArray());
                }

                @Override
                public PrivacyClaim privacyClaim() {
                    return new PrivacyClaim.DifferentialPrivacy(2, 1e-6);
                }

                @Override
                public List<String> details() {
                    return List.of("fitted on " + input.train().rowCount() + " records");
                }

                @Override
                public List<String> log() {
                    return List.of("took a while");
                }
            };
        }
    }

    /** An evaluator that records the generator setup of every context it sees. */
    private static final class SetupRecorder extends FakeEvaluator {
        final List<Optional<AuditContext.GeneratorSetup>> setups = new java.util.ArrayList<>();

        SetupRecorder() {
            super("fake.rows", null);
        }

        @Override
        public Optional<String> inapplicable(AuditContext context) {
            setups.add(context.generator());
            return Optional.empty();
        }
    }

    @Nested
    class RunInGeneratorMode {
        private final Recorder recorder = new Recorder();
        private final SetupRecorder evaluator = new SetupRecorder();
        private final AuditRunner recording = new AuditRunner(new Plugins(new Registry<>(
                "generator", List.of(recorder, new FilesGenerator())), new Registry<>(
                        "evaluator", List.of(evaluator))));

        private AuditRequest request(String generator) throws IOException {
            Tables.people(dir.resolve("people.csv"), 400, 11, 1);
            Path file = Files.writeString(dir.resolve("run.yaml"), "real: people.csv\n"
                    + "missing: ['', '-']\ncolumns: {id: {type: identifier}}\n"
                    + "generator: " + generator + "\n");
            return new AuditRequest(file, ConfigLoader.load(file), null);
        }

        @Test
        void fitsWithTheReferenceSplitAsOutsideRecordsAndTheConfigurationsFolder()
                throws IOException {
            recording.run(request("{id: recorder}"));

            FitInput input = recorder.inputs.getFirst();
            assertEquals("reference", input.outside().name());
            assertEquals(100, input.outside().rowCount());
            Set<Integer> train = IntStream.range(0, input.train().rowCount())
                    .mapToObj(input.train()::recordId).collect(Collectors.toSet());
            assertTrue(IntStream.range(0, 100).noneMatch(r -> train.contains(
                    input.outside().recordId(r))));
            assertEquals(dir, input.folder());
            assertEquals(Set.of("", "-"), input.csv().missingTokens());
        }

        @Test
        void samplesTheConfiguredNumberOfReleasesFromOneFit() throws IOException {
            AuditResult result = recording.run(request("{id: recorder, rows: 50, releases: 3}"));

            assertEquals(1, recorder.inputs.size());
            assertEquals(List.of("synthetic 50", "synthetic-2 50", "synthetic-3 50"),
                    result.tables().stream().skip(4).map(t -> t.name() + " " + t.rows())
                            .toList());
            assertEquals(List.of("load", "split", "fit", "sample"), result.timings().keySet()
                    .stream().limit(4).toList());
        }

        @Test
        void carriesTheClaimTheDetailsAndTheLogIntoTheResult() throws IOException {
            AuditResult result = recording.run(request("{id: recorder}"));

            assertEquals(new PrivacyClaim.DifferentialPrivacy(2, 1e-6),
                    result.generator().claim());
            assertEquals("(2, 1.0E-6)-differential privacy", result.generator().privacyClaim());
            assertEquals(List.of("fitted on 200 records"), result.generator().details());
            assertEquals(List.of("took a while"), result.generator().log());
            AuditContext.GeneratorSetup setup = evaluator.setups.getFirst().orElseThrow();
            assertEquals(result.generator().claim(), setup.claim());
            assertSame(recorder.inputs.getFirst(), setup.input());
        }

        @Test
        void takesSyntheticFilesMadeElsewhereAsTheReleases() throws IOException {
            Files.writeString(dir.resolve("a.csv"), "age,plan,val2\n30,gold,1\n31,gold,2\n");
            Files.writeString(dir.resolve("b.csv"), "age,plan,val2\n40,silver,3\n");

            AuditResult result = recording.run(request("{id: files, rows: 7, parameters: "
                    + "{paths: [a.csv, b.csv]}}"));

            assertEquals(List.of("synthetic 2", "synthetic-2 1"), result.tables().stream()
                    .skip(4).map(t -> t.name() + " " + t.rows()).toList());
            assertEquals(2, result.generator().syntheticRows());
            assertEquals("release 2: " + dir.resolve("b.csv") + " (1 rows)",
                    result.generator().details().get(1));
            assertTrue(evaluator.setups.getFirst().isEmpty(),
                    "files cannot be re-made, so attacks that re-fit the generator are skipped");
        }
    }
}
