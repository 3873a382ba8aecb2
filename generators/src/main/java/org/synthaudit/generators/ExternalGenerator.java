package org.synthaudit.generators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synthaudit.core.InputException;
import org.synthaudit.core.SynthauditException;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.io.CsvWriter;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * Runs any outside program as the generator: a Python CTGAN or TVAE script, an R synthpop
 * script, a vendor's binary. The program is given by a command template (see
 * {@link CommandTemplate}) with the placeholders {@code {train}}, {@code {output}},
 * {@code {rows}} and {@code {seed}}, and is run without a shell.
 *
 * <p>Fit and sample: fitting only checks the parameters and keeps the training records; each
 * sample runs the program once, which fits and samples in one go. For every sample the training
 * records are written to a fresh private temporary folder as {@code train.csv} (the real file's
 * columns, identifier columns empty, missing values as empty cells, datetimes in their column's
 * pattern); the program runs in the working folder ({@code workdir}, by default the
 * configuration's folder) with {@code {output}} a not yet existing {@code synthetic.csv} in the
 * same temporary folder, {@code {rows}} the number of rows and {@code {seed}} a whole number from
 * 0 to 2147483646 derived from the audit's seed; the temporary folder is deleted afterwards,
 * whatever happened. Standard input is empty, standard output is discarded, and the last
 * {@value ProgramRun#TAIL_LINES} lines of standard error are kept for the report.
 *
 * <p>The output is read like a synthetic file in release mode: every column of the real data
 * but the identifiers, in any order, each value parsing as its column's type, exactly
 * {@code {rows}} rows. A program that cannot be started, exits with a code other than 0, writes
 * no output, writes the wrong columns or rows, or runs past {@code timeout} seconds (it is then
 * stopped with every process it started) is an input error with one line naming the cause;
 * nothing of the run is kept.
 *
 * <p>Privacy: the program's own claim is not known, so none is made.
 */
public final class ExternalGenerator implements Generator {
    /** The id used in configurations. */
    public static final String ID = "external";

    /** The command template. */
    public static final String COMMAND = "command";

    /** The longest a run may take, in seconds. */
    public static final String TIMEOUT = "timeout";

    /** The working folder of the program. */
    public static final String WORKDIR = "workdir";

    /** The default of {@link #TIMEOUT}, in seconds. */
    public static final double DEFAULT_TIMEOUT = 600;

    /** The largest {@link #TIMEOUT} accepted: one week, in seconds. */
    public static final double MAX_TIMEOUT = 7 * 24 * 3600;

    private static final String OWNER = "generator " + ID;

    /** Creates the generator; it is configured through the parameters of each fit. */
    public ExternalGenerator() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Runs an outside program (a CTGAN or TVAE script, R synthpop, a vendor binary) "
                + "through a command template, without a shell.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(COMMAND, null, "required: the program and its arguments, with "
                        + "the placeholders {train} (training CSV to read), {output} (CSV to "
                        + "write), {rows} and {seed}; run without a shell, placeholders "
                        + "replaced inside each argument"),
                new Parameter(TIMEOUT, "600", "seconds one run may take, > 0 and at most "
                        + "604800; the program and every process it started are then stopped"),
                new Parameter(WORKDIR, null, "the program's working folder, relative to the "
                        + "configuration's folder (default: that folder)"));
    }

    /**
     * Checks the parameters and keeps the training records.
     *
     * @param train the training records
     * @param parameters the command and its settings
     * @param seeds unused: fitting involves no randomness
     * @return the fitted generator
     * @throws InputException for a missing or invalid parameter
     */
    @Override
    public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
        return fit(FitInput.of(train), parameters, seeds);
    }

    /**
     * Checks the parameters: the command is given and parses, the timeout is in range.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        parameters.requireOnly(Set.of(COMMAND, TIMEOUT, WORKDIR));
        command(parameters);
        timeout(parameters);
    }

    /**
     * Checks the parameters and that the working folder exists.
     *
     * @param parameters the user's parameters
     * @param input the configuration's folder, which a relative {@code workdir} is resolved
     *     against
     */
    @Override
    public void validate(Parameters parameters, FitInput input) {
        validate(parameters);
        workdir(parameters, input.folder());
    }

    /**
     * Checks the parameters and keeps the training records; the working folder is resolved
     * against the configuration's folder.
     *
     * @param input the training records, the configuration's folder and CSV options
     * @param parameters the command and its settings
     * @param seeds unused: fitting involves no randomness
     * @return the fitted generator
     * @throws InputException for a missing or invalid parameter, a working folder that does not
     *     exist, or training records without rows
     */
    @Override
    public FittedGenerator fit(FitInput input, Parameters parameters, Seeds seeds) {
        validate(parameters);
        CommandTemplate command = command(parameters);
        Duration timeout = timeout(parameters);
        Path folder = workdir(parameters, input.folder());
        if (input.train().rowCount() == 0) {
            throw new InputException(OWNER + ": the training table '" + input.train().name()
                    + "' has no rows; expected at least one record to learn from");
        }
        CsvOptions output = new CsvOptions((char) 0, input.csv().missingTokens());
        return new Fitted(command, timeout, folder, blankIdentifiers(input.train()), output);
    }

    private static Duration timeout(Parameters parameters) {
        double seconds = parameters.number(TIMEOUT, DEFAULT_TIMEOUT, 0, MAX_TIMEOUT);
        if (seconds <= 0) {
            throw parameters.invalid(TIMEOUT, "must be > 0 seconds, was 0");
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    private static CommandTemplate command(Parameters parameters) {
        String owner = OWNER + ": parameter '" + COMMAND + "'";
        Object raw = parameters.values().get(COMMAND);
        return switch (raw) {
            case null -> throw parameters.invalid(COMMAND, "is required: the program to run, "
                    + "e.g. python3 script.py --train {train} --output {output} --rows {rows} "
                    + "--seed {seed}");
            case String text -> template(parameters, owner, () -> CommandTemplate.parse(text,
                    owner));
            case List<?> list -> template(parameters, owner, () -> CommandTemplate.of(
                    list.stream().map(String::valueOf).toList(), owner));
            default -> throw parameters.invalid(COMMAND, "must be text or a list of "
                    + "arguments, was '" + raw + "'");
        };
    }

    /** Parses a command, turning a syntax error into an error on the parameter. */
    private static CommandTemplate template(Parameters parameters, String owner,
            java.util.function.Supplier<CommandTemplate> parse) {
        try {
            return parse.get();
        } catch (InputException e) {
            String message = e.getMessage();
            throw parameters.invalid(COMMAND, message.startsWith(owner + " ")
                    ? message.substring(owner.length() + 1) : message);
        }
    }

    private static Path workdir(Parameters parameters, Path base) {
        Object raw = parameters.values().get(WORKDIR);
        Path folder;
        try {
            folder = raw == null ? base : base.resolve(raw.toString().strip());
        } catch (InvalidPathException e) {
            throw parameters.invalid(WORKDIR, "is not a valid path: '" + raw + "'");
        }
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw parameters.invalid(WORKDIR, "names the folder " + absolute
                    + ", which does not exist");
        }
        return absolute;
    }

    /** A copy of the training records with every identifier missing. */
    private static Dataset blankIdentifiers(Dataset train) {
        Dataset.Builder builder = Dataset.builder("train", train.schema(), train.dictionary(),
                train.rowCount());
        for (int c = 0; c < train.schema().size(); c++) {
            ColumnType type = train.schema().column(c).type();
            if (type.isNumeric()) {
                builder.numeric(c, train.numericColumn(c));
            } else if (type.isCoded()) {
                builder.codes(c, train.codeColumn(c));
            }
        }
        return builder.build();
    }

    /** The checked command, the training records and the notes of every run so far. */
    private static final class Fitted implements FittedGenerator {
        private final CommandTemplate command;
        private final Duration timeout;
        private final Path folder;
        private final Dataset train;
        private final CsvOptions output;
        private final List<String> runNotes = new ArrayList<>();
        private final List<String> runLog = new ArrayList<>();
        private int runs;

        Fitted(CommandTemplate command, Duration timeout, Path folder, Dataset train,
                CsvOptions output) {
            this.command = command;
            this.timeout = timeout;
            this.folder = folder;
            this.train = train;
            this.output = output;
        }

        @Override
        public Dataset sample(int rows, Seeds seeds) {
            if (rows < 0) {
                throw new IllegalArgumentException("rows must be >= 0, was " + rows);
            }
            int seed = seeds.random().nextInt(Integer.MAX_VALUE);
            Path temp = createTempFolder();
            try {
                return run(temp, rows, seed);
            } finally {
                deleteQuietly(temp);
            }
        }

        private Dataset run(Path temp, int rows, int seed) {
            Path trainFile = temp.resolve("train.csv");
            Path outputFile = temp.resolve("synthetic.csv");
            try {
                CsvWriter.write(train, trainFile);
            } catch (IOException e) {
                throw new SynthauditException(OWNER + ": cannot write the training records to "
                        + trainFile + ": " + e.getMessage(), e);
            }
            List<String> arguments = command.substitute(Map.of("train", trainFile.toString(),
                    "output", outputFile.toString(), "rows", Integer.toString(rows),
                    "seed", Integer.toString(seed)));
            ProgramRun.Outcome outcome = ProgramRun.run(arguments, folder, timeout,
                    temp.resolve("stderr.txt"), OWNER, command.text());
            checkOutcome(outcome, outputFile);

            SyntheticCsv.Read read = SyntheticCsv.read(outputFile, train.schema(),
                    train.dictionary(), output, "synthetic", OWNER + ": output of '"
                            + command.text() + "'");
            if (read.table().rowCount() != rows) {
                throw new InputException(OWNER + ": '" + command.text() + "' wrote "
                        + read.table().rowCount() + " rows; " + rows + " were asked for "
                        + "({rows})");
            }
            record(rows, seed, outcome, read.notes());
            return read.table();
        }

        private void checkOutcome(ProgramRun.Outcome outcome, Path outputFile) {
            if (outcome.exitCode() != 0) {
                throw new InputException(OWNER + ": '" + command.text() + "' exited with code "
                        + outcome.exitCode() + outcome.lastLineNote());
            }
            if (!Files.isRegularFile(outputFile)) {
                throw new InputException(OWNER + ": '" + command.text() + "' exited with code "
                        + "0 but wrote no file at {output}" + outcome.lastLineNote());
            }
            try {
                if (Files.size(outputFile) == 0) {
                    throw new InputException(OWNER + ": '" + command.text() + "' exited with "
                            + "code 0 but its output file {output} is empty"
                            + outcome.lastLineNote());
                }
            } catch (IOException e) {
                throw new InputException(OWNER + ": cannot read the output of '"
                        + command.text() + "': " + e.getMessage(), e);
            }
        }

        private synchronized void record(int rows, int seed, ProgramRun.Outcome outcome,
                List<String> notes) {
            runs++;
            runNotes.add("run " + runs + ": " + rows + " rows, {seed} = " + seed);
            notes.forEach(n -> runNotes.add("run " + runs + ": " + n));
            if (!outcome.stderrTail().isEmpty()) {
                runLog.add("run " + runs + ": standard error, last " + outcome.stderrTail().size()
                        + " of " + outcome.stderrLines() + " lines:");
                runLog.addAll(outcome.stderrTail());
            }
        }

        @Override
        public synchronized List<String> details() {
            List<String> lines = new ArrayList<>(List.of("command: " + command.text(),
                    "working folder: " + folder, "timeout: " + seconds(timeout) + " s"));
            if (!command.uses("seed")) {
                lines.add("the command takes no {seed}, so reruns may give other rows");
            }
            lines.addAll(runNotes);
            return lines;
        }

        @Override
        public synchronized List<String> log() {
            return List.copyOf(runLog);
        }

        private static String seconds(Duration duration) {
            double s = duration.toMillis() / 1000.0;
            return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
        }

        @Override
        public String toString() {
            return "External[" + command.text() + "]";
        }
    }

    private static Path createTempFolder() {
        try {
            Path folder = Files.createTempDirectory("synthaudit-external-");
            restrictToOwner(folder);
            return folder;
        } catch (IOException e) {
            throw new SynthauditException(OWNER + ": cannot create a temporary folder: "
                    + e.getMessage(), e);
        }
    }

    private static void restrictToOwner(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder,
                    PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // what cannot be deleted stays in the private temporary folder
                    return;
                }
            });
        } catch (IOException e) {
            // the folder is private to the user and lies in the system's temporary folder
            return;
        }
    }
}
