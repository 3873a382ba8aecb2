package org.synthaudit.harness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.progress.Progress;
import org.synthaudit.harness.AuditRequest;
import org.synthaudit.harness.AuditRequest.ReleaseFiles;
import org.synthaudit.harness.AuditRunner;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.config.AuditConfig;
import org.synthaudit.harness.config.ConfigLoader;
import org.synthaudit.harness.output.OutputFolder;
import org.synthaudit.reports.HtmlReport;
import org.synthaudit.reports.JsonReport;
import org.synthaudit.reports.JunitReport;
import org.synthaudit.reports.MarkdownSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synthaudit audit}: runs an audit and writes its reports. In generator mode synthaudit
 * fits the generator itself; in release mode it audits synthetic files someone already made.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Run an audit and write report.json, report.html, junit.xml and "
                + "summary.md.",
            "Generator mode: --config FILE (with real and generator). Release mode: --train, "
                + "--holdout and one or more --synthetic files (--config optional)."},
        footer = {"", "Exit codes: 0 pass, 1 the policy failed, 2 bad input or usage, "
                + "3 internal error."})
public final class AuditCommand implements Callable<Integer> {
    /** The output folder when {@code --out} is not given. */
    public static final String DEFAULT_OUT = "synthaudit-out";
    /** The files an audit writes into its folder. */
    public static final List<String> REPORT_NAMES = List.of("report.json", "report.html",
            "junit.xml", "summary.md");

    private final Supplier<Plugins> plugins;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions options = new RunOptions();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Audit configuration (YAML); required in generator mode.")
    private Path config;

    @Option(names = "--generator", paramLabel = "ID",
            description = "Generator to audit, instead of the config's generator.id.")
    private String generator;

    @Option(names = "--train", paramLabel = "FILE",
            description = "Release mode: the records the synthetic data was made from.")
    private Path train;

    @Option(names = "--holdout", paramLabel = "FILE",
            description = "Release mode: real records from the same population that the "
                    + "generator never saw.")
    private Path holdout;

    @Option(names = "--synthetic", paramLabel = "FILE",
            description = "Release mode: a synthetic file; repeat for several releases.")
    private List<Path> synthetic = new ArrayList<>();

    @Option(names = "--show-record-values",
            description = "List up to 10 training records found copied or re-identified, with "
                    + "their values and the matching synthetic record, in report.html and "
                    + "report.json. The reports then hold personal data (default: off, or the "
                    + "config's show-record-values).")
    private boolean showRecordValues;

    /**
     * Creates the command.
     *
     * @param plugins the generators and evaluators, loaded when the command runs
     */
    public AuditCommand(Supplier<Plugins> plugins) {
        this.plugins = plugins;
    }

    /**
     * Runs the audit, writes the reports and prints a summary.
     *
     * @return {@link ExitCode#PASS} or {@link ExitCode#FAIL} by the policy's verdict
     */
    @Override
    public Integer call() {
        AuditRequest request = request();
        OutputFolder out = OutputFolder.of(options.out() == null ? DEFAULT_OUT : options.out(),
                options.force());
        out.check(REPORT_NAMES);

        AuditResult result;
        Optional<ProgressBar> bar = ProgressBar.open(options.quiet());
        try {
            Progress progress = bar.map(ProgressBar::progress).orElse(Progress.NONE);
            result = new AuditRunner(plugins.get(), progress).run(request);
        } finally {
            bar.ifPresent(ProgressBar::close);
        }
        List<Path> written = out.write(render(result));

        Summary.print(result, written, spec.commandLine().getOut());
        return result.policy().verdict() == AuditResult.Verdict.PASS ? ExitCode.PASS
                : ExitCode.FAIL;
    }

    /**
     * Renders every output file in memory, so that nothing is written when one fails.
     *
     * @param result the audit result
     * @return the text of each file by name, in the order of {@link #REPORT_NAMES}
     */
    static Map<String, String> render(AuditResult result) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(REPORT_NAMES.get(0), JsonReport.render(result));
        files.put(REPORT_NAMES.get(1), HtmlReport.render(result));
        files.put(REPORT_NAMES.get(2), JunitReport.render(result));
        files.put(REPORT_NAMES.get(3), MarkdownSummary.render(result));
        return files;
    }

    private AuditRequest request() {
        boolean release = train != null || holdout != null || !synthetic.isEmpty();
        if (!release && config == null) {
            throw new InputException("audit needs --config FILE (generator mode) or --train, "
                    + "--holdout and --synthetic files (release mode)");
        }
        if (release && generator != null) {
            throw new InputException("--generator is for generator mode; in release mode the "
                    + "--synthetic files are audited as they are");
        }
        ReleaseFiles files = release ? new ReleaseFiles(train, holdout, synthetic) : null;
        AuditConfig loaded = config == null ? AuditConfig.defaults() : ConfigLoader.load(config);
        AuditConfig effective = options.applyTo(loaded);
        if (generator != null) {
            effective = effective.withGeneratorId(generator);
        }
        if (showRecordValues) {
            effective = effective.withShowRecordValues(true);
        }
        return new AuditRequest(config, effective, files);
    }
}
