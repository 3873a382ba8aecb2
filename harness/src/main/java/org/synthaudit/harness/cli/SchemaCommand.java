package org.synthaudit.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.io.CsvReader;
import org.synthaudit.core.io.CsvTable;
import org.synthaudit.core.io.TypeInference;
import org.synthaudit.harness.config.YamlText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synthaudit schema}: infers a file's schema and prints it as the start of a
 * configuration, with the reason for each type as a comment, for the user to edit.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Infer the schema of a CSV file and print it as a config snippet to edit.")
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose = new VerboseOption();

    @Option(names = "--real", paramLabel = "FILE", required = true,
            description = "The real data file (CSV).")
    private Path real;

    @Option(names = "--missing", paramLabel = "TOKENS", split = ",",
            description = "Cell values read as missing, comma-separated (default: \"\", NA, N/A, "
                    + "NaN, null, NULL, ?).")
    private List<String> missing;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field separator (default: detected from the header).")
    private String delimiter;

    /** Creates the command; picocli sets its options. */
    public SchemaCommand() {
        // nothing to set up
    }

    /**
     * Prints the inferred schema.
     *
     * @return {@link ExitCode#PASS}
     */
    @Override
    public Integer call() {
        if (delimiter != null && delimiter.length() != 1) {
            throw new InputException("--delimiter must be one character, was '" + delimiter
                    + "'");
        }
        Set<String> tokens = missing == null ? CsvOptions.DEFAULT_MISSING
                : new HashSet<>(missing);
        CsvTable table = CsvReader.read(real, new CsvOptions(delimiter == null ? (char) 0
                : delimiter.charAt(0), tokens));
        Schema schema = TypeInference.infer(table, Map.of());
        print(spec.commandLine().getOut(), table, schema, tokens);
        return ExitCode.PASS;
    }

    private void print(PrintWriter out, CsvTable table, Schema schema, Set<String> tokens) {
        out.println("# Schema inferred from " + YamlText.comment(real.toString()) + ": " + table.rowCount() + " rows, "
                + schema.size() + " columns.");
        out.println("# Check each type, add roles (quasi-identifier, sensitive, target,");
        out.println("# protected), and drop the lines you do not need.");
        Path name = real.getFileName() == null ? real : real.getFileName();
        out.println("real: " + YamlText.scalar(name.toString())
                + "  # relative to the folder of the config file");
        out.println("missing: " + tokens.stream().sorted().map(YamlText::scalar)
                .collect(Collectors.joining(", ", "[", "]")));
        if (delimiter != null) {
            out.println("delimiter: " + YamlText.scalar(delimiter));
        }
        out.println("columns:");
        for (ColumnSpec column : schema.columns()) {
            String format = column.type() == ColumnType.DATETIME && column.format() != null
                    ? ", format: " + YamlText.scalar(column.format()) : "";
            out.println("  " + YamlText.scalar(column.name()) + ": {type: "
                    + column.type().configName() + format + "}  # "
                    + YamlText.comment(column.typeReason()));
        }
        out.flush();
    }
}
