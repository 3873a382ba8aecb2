package org.synthaudit.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.core.InputException;
import org.synthaudit.core.SynthauditException;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.AuditContext.GeneratorSetup;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.GeneratorInfo;
import org.synthaudit.core.audit.AuditResult.InputFile;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.SchemaIssue;
import org.synthaudit.core.audit.AuditResult.TableInfo;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.InvalidParameterException;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.progress.Progress;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.split.Splits;
import org.synthaudit.core.split.Splitter;
import org.synthaudit.harness.TableLoader.RealData;
import org.synthaudit.harness.TableLoader.ReleaseData;
import org.synthaudit.harness.config.AuditConfig;
import org.synthaudit.harness.config.ConfigWriter;
import org.synthaudit.harness.config.YamlFiles;
import org.synthaudit.harness.policy.FigureCatalog;
import org.synthaudit.harness.policy.Policy;
import org.synthaudit.harness.policy.PolicyEvaluator;
import org.synthaudit.harness.policy.PolicyLoader;
import org.synthaudit.harness.policy.Rule;

/**
 * Runs one audit from end to end and returns everything it concluded.
 *
 * <p>In generator mode the real file is split into train, holdout and reference, the generator
 * is fitted on train and sampled; in release mode the user's train, holdout and synthetic files
 * are read as they are and the reference split is empty. Every registered evaluator then runs on
 * the same context (or is reported as skipped, with its reason), and the policy turns the
 * findings into a verdict. Everything that can be checked without reading the data (the
 * configuration against the installed plug-ins, the policy, the input files) is checked first.
 */
public final class AuditRunner {
    /** The label of the split's seed under the audit's root seed ({@link Seeds#child}). */
    public static final String SPLIT_SEED = "split";
    /** The label of the generator fit's seed under the audit's root seed. */
    public static final String GENERATOR_SEED = "generator";

    private static final Logger LOG = LoggerFactory.getLogger(AuditRunner.class);

    private final Plugins plugins;
    private final Progress progress;

    /**
     * Creates a runner whose progress nobody shows.
     *
     * @param plugins the generators and evaluators to use
     */
    public AuditRunner(Plugins plugins) {
        this(plugins, Progress.NONE);
    }

    /**
     * Creates a runner that reports its progress: the preparation of the data, then one step
     * per evaluator run, and whatever the evaluators report through their context.
     *
     * @param plugins the generators and evaluators to use
     * @param progress where the audit reports how far it has come
     */
    public AuditRunner(Plugins plugins, Progress progress) {
        this.plugins = plugins;
        this.progress = java.util.Objects.requireNonNull(progress, "progress");
    }

    /**
     * Checks everything that can be checked before reading the data.
     *
     * @param request the audit
     * @return the policy to apply
     * @throws InputException for an unknown generator or evaluator id, a parameter a plug-in
     *     does not accept (named with the configuration file and line), an invalid policy, a
     *     policy rule on a figure no evaluator produces, or a missing input file
     */
    public Policy validate(AuditRequest request) {
        AuditConfig config = request.config();
        String source = request.configName();
        if (!request.releaseMode()) {
            requireGeneratorMode(config, source);
            Generator generator = plugins.generators().require(config.generator().id());
            located(request, List.of("generator", "parameters"),
                    () -> generator.validate(config.generator().toParameters()));
            requireFile(config.real(), source + ": real");
        } else {
            requireFile(request.release().train(), "--train");
            requireFile(request.release().holdout(), "--holdout");
            request.release().synthetic().forEach(f -> requireFile(f, "--synthetic"));
        }
        config.evaluatorParameters().forEach((id, parameters) -> {
            Evaluator evaluator = located(request, List.of("evaluators", id),
                    () -> plugins.evaluators().require(id));
            located(request, List.of("evaluators", id), () -> evaluator.validate(parameters));
        });
        Policy policy = config.usesDefaultPolicy() ? PolicyLoader.defaultPolicy()
                : PolicyLoader.load(Path.of(config.policy()));
        if (!config.usesDefaultPolicy()) {
            checkFigures(policy, Path.of(config.policy()));
        }
        return policy;
    }

    /**
     * Runs an audit.
     *
     * @param request the audit
     * @return the result, ready to render
     * @throws InputException for bad input, found before any expensive work where possible
     */
    public AuditResult run(AuditRequest request) {
        Policy policy = validate(request);
        AuditConfig config = request.config();
        StageTimer timer = new StageTimer();
        Seeds seeds = Seeds.root(config.seed());
        try (ForkJoinPool pool = new ForkJoinPool(config.threads())) {
            Prepared prepared;
            try (Progress.Task task = progress.start("preparing the data", 1)) {
                task.detail(request.releaseMode() ? "loading the files" : "loading, fitting "
                        + "and sampling the generator");
                prepared = request.releaseMode() ? prepareRelease(request, timer)
                        : prepareGenerator(request, timer, seeds);
                task.advance();
            }
            AuditContext context = new AuditContext(prepared.schema(), prepared.real(),
                    prepared.train(), prepared.holdout(), prepared.reference(),
                    prepared.releases(), prepared.setup(), config.evaluatorParameters(), seeds,
                    pool, progress);
            List<Finding> findings = evaluate(context, timer).stream()
                    .map(f -> RecordValues.apply(f, context, config.showRecordValues()))
                    .toList();
            AuditResult.PolicyResult verdict = PolicyEvaluator.apply(policy, findings,
                    prepared.issues());
            LOG.info("verdict {} under policy {}", verdict.verdict(), policy.name());
            return new AuditResult(provenance(request, prepared), prepared.schema(),
                    prepared.issues(), tables(prepared), prepared.generatorInfo(), findings,
                    verdict, timer.millis());
        }
    }

    /**
     * Fits the configured generator on the train split and samples a synthetic table, as
     * {@code synthaudit generate} does.
     *
     * @param request a generator-mode audit
     * @param rows the number of rows to sample, or {@code null} for the configured number
     * @return the synthetic table
     * @throws InputException for bad input, or a number of rows that cannot fit in memory
     */
    public Dataset generate(AuditRequest request, Integer rows) {
        validate(request);
        Seeds seeds = Seeds.root(request.config().seed());
        Fit fit = fit(request, new StageTimer(), seeds, rows, 1);
        int n = rows != null ? rows : rows(request.config(), fit.splits());
        Dataset synthetic = fit.fitted().sample(n, seeds.child("sample"));
        checkSample(fit.generator(), fit.data().schema(), synthetic, n);
        return synthetic;
    }

    /**
     * The data, the split and the fitted generator of a generator-mode audit.
     *
     * @param data the real data
     * @param splits train, holdout and reference
     * @param generator the generator
     * @param parameters its parameters
     * @param input what it was fitted on
     * @param fitted the fitted model
     */
    private record Fit(RealData data, Splits splits, Generator generator, Parameters parameters,
            FitInput input, Generator.FittedGenerator fitted) {
    }

    /**
     * Loads, splits and fits, checking before the fit that the configuration fits the data and
     * that the synthetic tables asked for fit in memory.
     *
     * @param rows the rows {@code generate} asks for, or {@code null} for the configured number
     * @param releases the number of synthetic tables that will be sampled
     */
    private Fit fit(AuditRequest request, StageTimer timer, Seeds seeds, Integer rows,
            int releases) {
        AuditConfig config = request.config();
        RealData data = timer.time("load", () -> TableLoader.loadReal(config,
                request.configName()));
        LOG.info("loaded {}: {} rows, {} columns", config.real(), data.real().rowCount(),
                data.schema().size());
        Generator generator = plugins.generators().require(config.generator().id());
        Optional<String> unsupported = generator.unsupported(data.schema());
        if (unsupported.isPresent()) {
            throw new InputException("generator " + generator.id() + " cannot handle "
                    + config.real() + ": " + unsupported.get());
        }
        Splits splits = timer.time("split", () -> Splitter.split(data.real(),
                config.split().toSpec(stratifyBy(data.schema())), seeds.child(SPLIT_SEED)));
        LOG.info("split: train {}, holdout {}, reference {}", splits.train().rowCount(),
                splits.holdout().rowCount(), splits.reference().rowCount());

        Parameters parameters = config.generator().toParameters();
        FitInput input = new FitInput(splits.train(), splits.reference(),
                folderOf(request.configFile()), config.csvOptions());
        checkAgainstData(request, splits, input);
        Memory.requireRoom(rows == null ? rowsName(config) : "--rows",
                rows == null ? rows(config, splits) : rows, releases, data.schema());
        Generator.FittedGenerator fitted = timer.time("fit", () -> generator.fit(input,
                parameters, seeds.child(GENERATOR_SEED)));
        return new Fit(data, splits, generator, parameters, input, fitted);
    }

    /**
     * Fits the generator and samples its releases. Releases made elsewhere (synthetic files)
     * cannot be re-made from other training records, so for them the context holds no generator
     * and attacks that must re-fit it are skipped, as in release mode; re-fitting would return
     * the same files and make such an attack see no leak at all.
     */
    private Prepared prepareGenerator(AuditRequest request, StageTimer timer, Seeds seeds) {
        AuditConfig config = request.config();
        Fit fit = fit(request, timer, seeds, null, config.generator().releases());
        List<Dataset> releases = releases(fit, config, timer, seeds);
        Generator.FittedGenerator fitted = fit.fitted();

        GeneratorInfo info = new GeneratorInfo(fit.generator().id(),
                config.generator().parameters(), fitted.privacyClaim(),
                releases.getFirst().rowCount(), fitted.details(), fitted.log());
        Optional<GeneratorSetup> setup = fitted.fixedReleases().isEmpty()
                ? Optional.of(new GeneratorSetup(fit.generator(), fit.parameters(),
                        fitted.privacyClaim(), fit.input()))
                : Optional.empty();
        List<InputFile> inputs = List.of(Fingerprints.inputFile("real", config.real(),
                fit.data().real().rowCount()));
        Splits splits = fit.splits();
        return new Prepared(fit.data().schema(), fit.data().real(), splits.train(),
                splits.holdout(), splits.reference(), releases, setup, info,
                fit.data().issues(), inputs);
    }

    /**
     * Samples the configured number of releases from one fit, or takes the generator's fixed
     * releases (synthetic files made elsewhere). The first release is sampled with the seed
     * node {@code sample}, release {@code i + 1} with its child {@code i}.
     */
    private static List<Dataset> releases(Fit fit, AuditConfig config, StageTimer timer,
            Seeds seeds) {
        Generator.FittedGenerator fitted = fit.fitted();
        List<Dataset> fixed = fitted.fixedReleases();
        if (!fixed.isEmpty()) {
            for (Dataset release : fixed) {
                checkRelease(fit.generator(), fit.data().schema(), release);
            }
            LOG.info("generator {} gave {} release(s) made elsewhere", fit.generator().id(),
                    fixed.size());
            return fixed;
        }
        int rows = rows(config, fit.splits());
        int count = config.generator().releases();
        List<Dataset> releases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Seeds node = i == 0 ? seeds.child("sample") : seeds.child("sample").child(i);
            String name = releaseName(i);
            Dataset release = timer.time("sample", () -> fitted.sample(rows, node)).named(name);
            checkSample(fit.generator(), fit.data().schema(), release, rows);
            releases.add(release);
        }
        LOG.info("sampled {} release(s) of {} rows from generator {}", count, rows,
                fit.generator().id());
        return releases;
    }

    private static int rows(AuditConfig config, Splits splits) {
        return config.generator().rows() != null ? config.generator().rows()
                : splits.train().rowCount();
    }

    /** What sets the number of synthetic rows, for messages. */
    private static String rowsName(AuditConfig config) {
        return config.generator().rows() != null ? "generator.rows"
                : "synthetic rows (the size of the train split)";
    }

    private static Path folderOf(Path configFile) {
        Path parent = configFile == null ? null : configFile.getParent();
        return parent == null ? Path.of("") : parent;
    }

    private Prepared prepareRelease(AuditRequest request, StageTimer timer) {
        ReleaseData data = timer.time("load", () -> TableLoader.loadRelease(request.release(),
                request.config(), request.configName()));
        LOG.info("loaded release: train {}, holdout {}, {} synthetic table(s)",
                data.train().rowCount(), data.holdout().rowCount(), data.releases().size());
        Dataset reference = data.real().select("reference", new int[0]);
        checkAgainstData(request, new Splits(data.train(), data.holdout(), reference), null);
        return new Prepared(data.schema(), data.real(), data.train(), data.holdout(),
                reference, data.releases(), Optional.empty(), null, data.issues(), data.inputs());
    }

    /**
     * Runs every evaluator that applies, in id order; the others become skipped findings. With
     * several releases, an evaluator that scores a release runs once per release, on a context
     * holding only that release, and its findings carry the release name after
     * {@link Finding#RELEASE_SEPARATOR} (see {@link Finding#forRelease}); the others run once.
     *
     * @param context the audit
     * @param timer records each evaluator's time as {@code evaluate/<finding id>}
     * @return one finding per evaluator and scored release
     */
    List<Finding> evaluate(AuditContext context, StageTimer timer) {
        List<Finding> findings = new ArrayList<>();
        List<Dataset> releases = context.releases();
        java.util.Collection<Evaluator> evaluators = plugins.evaluators().all();
        long runs = evaluators.stream().mapToLong(e -> releases.size() == 1 || !e.scoresRelease()
                ? 1 : releases.size()).sum();
        try (Progress.Task task = context.progress().start("evaluators", runs)) {
            for (Evaluator evaluator : evaluators) {
                if (releases.size() == 1 || !evaluator.scoresRelease()) {
                    task.detail(evaluator.id());
                    findings.add(evaluate(evaluator, context, timer, null));
                    task.advance();
                    continue;
                }
                for (int i = 0; i < releases.size(); i++) {
                    task.detail(evaluator.id() + Finding.RELEASE_SEPARATOR + releaseName(i));
                    findings.add(evaluate(evaluator, context.withRelease(releases.get(i)),
                            timer, releaseName(i)));
                    task.advance();
                }
            }
        }
        return findings;
    }

    /**
     * Runs one evaluator on one context, or explains why it cannot run.
     *
     * @param release the name of the release the context holds, or {@code null} when the
     *     finding is not marked with one
     */
    private static Finding evaluate(Evaluator evaluator, AuditContext context, StageTimer timer,
            String release) {
        String label = release == null ? evaluator.id()
                : evaluator.id() + Finding.RELEASE_SEPARATOR + release;
        Optional<String> why = evaluator.inapplicable(context);
        Finding finding;
        if (why.isPresent()) {
            LOG.info("skipped {}: {}", label, why.get());
            finding = Finding.skipped(evaluator.id(), evaluator.title(), evaluator.category(),
                    why.get());
        } else {
            finding = timer.time("evaluate/" + label, () -> run(evaluator, context));
            LOG.info("evaluated {}", label);
        }
        return release == null ? finding : finding.forRelease(release);
    }

    /**
     * The name of a release in tables, findings and figure ids.
     *
     * @param index the release's position, from 0
     * @return {@code synthetic} for the first, {@code synthetic-<index + 1>} for the others
     */
    static String releaseName(int index) {
        return index == 0 ? "synthetic" : "synthetic-" + (index + 1);
    }

    private static Finding run(Evaluator evaluator, AuditContext context) {
        Finding finding;
        try {
            finding = evaluator.evaluate(context);
        } catch (SynthauditException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("evaluator " + evaluator.id() + " failed: " + e, e);
        }
        if (finding == null || !finding.id().equals(evaluator.id())) {
            throw new IllegalStateException("evaluator " + evaluator.id() + " returned a finding "
                    + "with the id " + (finding == null ? null : finding.id()));
        }
        return finding;
    }

    private static void requireGeneratorMode(AuditConfig config, String source) {
        if (config.generator() == null) {
            throw new InputException(source + ": no generator; set generator.id or pass "
                    + "--generator (see synthaudit list)");
        }
        if (config.real() == null) {
            throw new InputException(source + ": real is required in generator mode (or pass "
                    + "--train, --holdout and --synthetic for release mode)");
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.exists(file)) {
            throw new InputException(what + ": file " + file + " not found");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(what + ": " + file + " is a folder, not a file");
        }
    }

    /**
     * Runs a check of the configuration and names the file, line and key in its error: a
     * parameter error names the parameter under {@code keys}, any other input error the keys.
     */
    private static <T> T located(AuditRequest request, List<String> keys, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidParameterException e) {
            List<String> key = new ArrayList<>(keys);
            key.add(e.parameter());
            throw new InputException(YamlFiles.where(request.configFile(), request.configName(),
                    key) + ": " + e.problem(), e);
        } catch (InputException e) {
            throw new InputException(YamlFiles.where(request.configFile(), request.configName(),
                    keys) + ": " + e.getMessage(), e);
        }
    }

    private static void located(AuditRequest request, List<String> keys, Runnable check) {
        located(request, keys, () -> {
            check.run();
            return null;
        });
    }

    /**
     * Checks that every rule of a policy file reads a figure some installed evaluator can
     * produce, so that a mistyped id is an error naming the policy file and line before any
     * work, not an undefined figure that passes or fails by the rule's {@code if-undefined}. The
     * default policy is not checked here: it names the built-in evaluators' figures, which its
     * tests check, and an installation may leave some of those evaluators out.
     */
    private void checkFigures(Policy policy, Path file) {
        FigureCatalog catalog = FigureCatalog.of(plugins.evaluators().all());
        String source = file.toString();
        for (int i = 0; i < policy.rules().size(); i++) {
            Rule rule = policy.rules().get(i);
            if (rule.figure().startsWith("schema.")) {
                continue;
            }
            Optional<String> problem = catalog.problem(rule.figure());
            if (problem.isPresent()) {
                int line = YamlFiles.lineOf(file, List.of("rules", Integer.toString(i), "figure"));
                throw new InputException(source + (line > 0 ? " line " + line : "") + ": rule "
                        + rule.id() + ": figure: " + problem.get());
            }
        }
    }

    /**
     * Checks every evaluator's parameters and the generator's against the real splits, before
     * the generator is fitted: ranges that depend on the data (a dataset size at most the
     * training size, column names, a class of the target).
     */
    private void checkAgainstData(AuditRequest request, Splits splits, FitInput input) {
        Map<String, Parameters> given = request.config().evaluatorParameters();
        for (Evaluator evaluator : plugins.evaluators().all()) {
            Parameters parameters = given.getOrDefault(evaluator.id(),
                    Parameters.none("evaluator " + evaluator.id()));
            located(request, List.of("evaluators", evaluator.id()),
                    () -> evaluator.validate(parameters, splits));
        }
        if (input != null) {
            Generator generator = plugins.generators().require(request.config().generator().id());
            located(request, List.of("generator", "parameters"), () -> generator.validate(
                    request.config().generator().toParameters(), input));
        }
    }

    private static String stratifyBy(Schema schema) {
        int[] targets = schema.withRole(Role.TARGET);
        if (targets.length == 0) {
            return null;
        }
        var target = schema.column(targets[0]);
        if (!target.type().isCoded()) {
            LOG.info("target column {} is {}, so the split is not stratified", target.name(),
                    target.type().configName());
            return null;
        }
        return target.name();
    }

    private static void checkSample(Generator generator, Schema schema, Dataset synthetic,
            int rows) {
        if (!synthetic.schema().equals(schema) || synthetic.rowCount() != rows) {
            throw new IllegalStateException("generator " + generator.id() + " returned "
                    + synthetic + " for " + rows + " rows of the audit's schema");
        }
    }

    private static void checkRelease(Generator generator, Schema schema, Dataset release) {
        if (!release.schema().equals(schema)) {
            throw new IllegalStateException("generator " + generator.id() + " returned "
                    + release + ", which does not have the audit's schema");
        }
    }

    private static Provenance provenance(AuditRequest request, Prepared prepared) {
        AuditConfig config = request.config();
        List<InputFile> inputs = new ArrayList<>();
        if (request.configFile() != null) {
            inputs.add(Fingerprints.inputFile("config", request.configFile(), -1));
        }
        inputs.addAll(prepared.inputs());
        if (!config.usesDefaultPolicy()) {
            inputs.add(Fingerprints.inputFile("policy", Path.of(config.policy()), -1));
        }
        return new Provenance(ToolVersion.get(), request.releaseMode() ? "release" : "generator",
                config.seed(), ConfigWriter.toYaml(config), inputs, ToolVersion.jdk(),
                config.threads());
    }

    private static List<TableInfo> tables(Prepared prepared) {
        List<TableInfo> tables = new ArrayList<>(List.of(
                new TableInfo("real", prepared.real().rowCount()),
                new TableInfo("train", prepared.train().rowCount()),
                new TableInfo("holdout", prepared.holdout().rowCount()),
                new TableInfo("reference", prepared.reference().rowCount())));
        for (int i = 0; i < prepared.releases().size(); i++) {
            tables.add(new TableInfo(releaseName(i), prepared.releases().get(i).rowCount()));
        }
        return tables;
    }

    /** The tables and facts an audit's evaluation starts from. */
    private record Prepared(Schema schema, Dataset real, Dataset train, Dataset holdout,
            Dataset reference, List<Dataset> releases, Optional<GeneratorSetup> setup,
            GeneratorInfo generatorInfo, List<SchemaIssue> issues, List<InputFile> inputs) {
    }
}
