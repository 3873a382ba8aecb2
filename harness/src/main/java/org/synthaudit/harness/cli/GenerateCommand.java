package org.synthaudit.harness.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.harness.AuditRequest;
import org.synthaudit.harness.AuditRunner;
import org.synthaudit.core.io.CsvWriter;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.TerminalText;
import org.synthaudit.harness.config.AuditConfig;
import org.synthaudit.harness.config.ConfigLoader;
import org.synthaudit.harness.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synthaudit generate}: fits a generator on the train split of the real data, exactly as
 * an audit would, and writes a synthetic CSV file (identifier columns empty).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Fit a generator on the train split of the config's real data and write "
                + "a synthetic CSV file.")
public final class GenerateCommand implements Callable<Integer> {
    private final Supplier<Plugins> plugins;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions options = new RunOptions();

    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "Audit configuration (YAML) with the real data and the split.")
    private Path config;

    @Option(names = "--generator", paramLabel = "ID",
            description = "Generator to run, instead of the config's generator.id.")
    private String generator;

    @Option(names = "--rows", paramLabel = "N",
            description = "Rows to sample (default: the config's generator.rows, else the train "
                    + "size).")
    private Integer rows;

    /**
     * Creates the command.
     *
     * @param plugins the generators and evaluators, loaded when the command runs
     */
    public GenerateCommand(Supplier<Plugins> plugins) {
        this.plugins = plugins;
    }

    /**
     * Generates and writes the synthetic file.
     *
     * @return {@link ExitCode#PASS}
     */
    @Override
    public Integer call() {
        if (options.out() == null) {
            throw new InputException("generate needs --out FILE, the CSV file to write");
        }
        if (rows != null && rows < 1) {
            throw new InputException("--rows must be a whole number >= 1, was " + rows);
        }
        Target target = target(options.out());
        OutputFolder folder = OutputFolder.of(target.folder(), options.force());
        folder.check(List.of(target.name()));

        AuditConfig effective = options.applyTo(ConfigLoader.load(config));
        if (generator != null) {
            effective = effective.withGeneratorId(generator);
        }
        Dataset synthetic = new AuditRunner(plugins.get()).generate(
                new AuditRequest(config, effective, null), rows);
        List<Path> written = folder.write(Map.of(target.name(), CsvWriter.render(synthetic)));
        spec.commandLine().getOut().println(TerminalText.escape("wrote " + synthetic.rowCount()
                + " rows to " + written.getFirst().normalize()));
        spec.commandLine().getOut().flush();
        return ExitCode.PASS;
    }

    private static Target target(String out) {
        if (out.indexOf('\0') >= 0) {
            throw new InputException("--out: the file name contains a NUL byte");
        }
        Path path;
        try {
            path = Path.of(out);
        } catch (InvalidPathException e) {
            throw new InputException("--out: '" + out + "' is not a valid path: "
                    + e.getReason(), e);
        }
        if (path.getFileName() == null) {
            throw new InputException("--out: '" + out + "' names no file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException("--out: " + path + " is a folder; generate writes one CSV "
                    + "file, so name the file, e.g. " + path.resolve("synthetic.csv"));
        }
        Path parent = path.getParent();
        return new Target(parent == null ? "." : parent.toString(),
                path.getFileName().toString());
    }

    private record Target(String folder, String name) {
    }
}
