package org.synthaudit.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.synthaudit.core.InputException;
import org.synthaudit.core.compare.Comparison;
import org.synthaudit.core.progress.Progress;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.TerminalText;
import org.synthaudit.harness.compare.ComparisonRequest;
import org.synthaudit.harness.compare.ComparisonRunner;
import org.synthaudit.harness.compare.GeneratorSpec;
import org.synthaudit.harness.config.AuditConfig;
import org.synthaudit.harness.config.ConfigLoader;
import org.synthaudit.harness.output.OutputFolder;
import org.synthaudit.reports.CompareHtmlReport;
import org.synthaudit.reports.CompareJsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synthaudit compare}: audits several generators on the same seeded splits, repeatedly,
 * and writes a comparison with a leaderboard, paired differences and a privacy-against-utility
 * chart. It is a comparison, not a gate: it exits with 0 when it completed, whatever the
 * verdicts of the audits.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Audit several generators on the same splits and write compare.json "
                + "and compare.html: a leaderboard, paired differences and a privacy-against-"
                + "utility chart with the Pareto front.",
            "A generator is ID or ID:NAME=VALUE[:NAME=VALUE...], e.g. "
                + "bayesian-network:epsilon=1."},
        footer = {"", "Exit codes: 0 the comparison completed (whatever the audits' verdicts), "
                + "2 bad input or usage, 3 internal error."})
public final class CompareCommand implements Callable<Integer> {
    /** The files a comparison writes into its folder. */
    public static final List<String> REPORT_NAMES = List.of("compare.json", "compare.html");

    private final Supplier<Plugins> plugins;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions options = new RunOptions();

    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "Audit configuration (YAML) with the real data, the split, the "
                    + "evaluators and the policy.")
    private Path config;

    @Option(names = "--generators", paramLabel = "GENERATOR", required = true, split = ",",
            description = "Comma-separated generators to compare, at least two, e.g. "
                    + "identity,bayesian-network:epsilon=1.")
    private List<String> generators = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "1",
            description = "Audits per generator, each on its own split shared by all "
                    + "generators, 1 to " + ComparisonRequest.MAX_REPEATS + " (default: "
                    + "${DEFAULT-VALUE}); paired differences need 2 or more.")
    private int repeats;

    @Option(names = "--privacy-figure", paramLabel = "ID",
            description = "Privacy figure of the chart and the Pareto front (default: "
                    + ComparisonRunner.DEFAULT_PRIVACY_FIGURE + ").")
    private String privacyFigure;

    @Option(names = "--utility-figure", paramLabel = "ID",
            description = "Utility figure of the chart and the Pareto front (default: the "
                    + "headline of utility.tstr).")
    private String utilityFigure;

    /**
     * Creates the command.
     *
     * @param plugins the generators and evaluators, loaded when the command runs
     */
    public CompareCommand(Supplier<Plugins> plugins) {
        this.plugins = plugins;
    }

    /**
     * Runs the comparison, writes its reports and prints the leaderboard.
     *
     * @return {@link ExitCode#PASS} once the comparison is written
     */
    @Override
    public Integer call() {
        if (repeats < 1 || repeats > ComparisonRequest.MAX_REPEATS) {
            throw new InputException("--repeat must be in [1, " + ComparisonRequest.MAX_REPEATS
                    + "], was " + repeats);
        }
        List<GeneratorSpec> specs;
        try {
            specs = GeneratorSpec.parseAll(generators);
        } catch (InputException e) {
            throw new InputException("--generators: " + e.getMessage(), e);
        }
        String privacy = figureOption("--privacy-figure", privacyFigure);
        String utility = figureOption("--utility-figure", utilityFigure);
        OutputFolder out = OutputFolder.of(options.out() == null ? AuditCommand.DEFAULT_OUT
                : options.out(), options.force());
        out.check(REPORT_NAMES);
        AuditConfig effective = options.applyTo(ConfigLoader.load(config));
        ComparisonRequest request = new ComparisonRequest(config, effective, specs, repeats,
                privacy, utility);

        Comparison comparison;
        Optional<ProgressBar> bar = ProgressBar.open(options.quiet());
        try {
            Progress progress = bar.map(ProgressBar::progress).orElse(Progress.NONE);
            // with a bar, System.err is its stream that keeps other lines off the bar's line;
            // picocli's writer may still hold the stream from before
            PrintWriter err = bar.isPresent() ? new PrintWriter(System.err, true)
                    : spec.commandLine().getErr();
            comparison = new ComparisonRunner(plugins.get(), progress).run(request, audited -> {
                if (!options.quiet()) {
                    err.println(TerminalText.escape("[" + audited.done() + "/"
                            + audited.total() + "] " + audited.label() + ", repeat "
                            + audited.repeat() + ": " + audited.verdict() + " ("
                            + seconds(audited.millis()) + ")"));
                    err.flush();
                }
            });
        } finally {
            bar.ifPresent(ProgressBar::close);
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(REPORT_NAMES.get(0), CompareJsonReport.render(comparison));
        files.put(REPORT_NAMES.get(1), CompareHtmlReport.render(comparison));
        List<Path> written = out.write(files);

        CompareSummary.print(comparison, written, spec.commandLine().getOut());
        return ExitCode.PASS;
    }

    private static String figureOption(String option, String value) {
        if (value != null && value.isBlank()) {
            throw new InputException(option + " needs a figure id, e.g. membership.dcr.auc");
        }
        return value == null ? null : value.strip();
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
