package org.synthaudit.generators;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * Synthetic files made elsewhere, audited in generator mode: each file is one release, so
 * several files count as repeated releases of one generator. The audit splits the real data as
 * usual, and the files are read against its schema with the checks of release mode (see
 * {@link SyntheticCsv}); the number of rows and releases the configuration asks for is ignored,
 * since the files are what they are.
 *
 * <p>The files must have been made from the audit's <em>train</em> split: membership figures
 * compare the training records with the holdout, and mean nothing for files made from other
 * records. For synthetic files made from a train file of one's own, release mode
 * ({@code --train}, {@code --holdout}, {@code --synthetic}) is the right tool. The files cannot
 * be re-made from other training records, so an audit does not hand this generator to attacks
 * that re-fit it (shadow models); they are skipped as in release mode.
 *
 * <p>{@link FittedGenerator#sample} (as {@code synthaudit generate} uses it) returns rows of the
 * first file, in shuffled passes like {@link IdentityGenerator}.
 *
 * <p>Privacy: nothing is known about how the files were made, so no claim is made.
 */
public final class FilesGenerator implements Generator {
    /** The id used in configurations. */
    public static final String ID = "files";

    /** The list of synthetic files. */
    public static final String PATHS = "paths";

    private static final String OWNER = "generator " + ID;

    /** Creates the generator; it is configured through the parameters of each fit. */
    public FilesGenerator() {
        // the ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Synthetic CSV files made elsewhere from the train split; each file is one "
                + "release.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(PATHS, null, "required: a list of synthetic CSV files, "
                + "relative to the configuration's folder; each file is one release, and "
                + "generator.rows is ignored"));
    }

    /**
     * Reads the files, with paths relative to the working folder.
     *
     * @param train the training records, unused but for their schema and dictionary
     * @param parameters the list of files
     * @param seeds unused
     * @return the fitted generator
     * @throws InputException for a missing or invalid parameter or a file that does not fit
     */
    @Override
    public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
        return fit(FitInput.of(train), parameters, seeds);
    }

    /**
     * Checks the parameters: {@code paths} is a non-empty list of file names.
     *
     * @param parameters the user's parameters
     */
    @Override
    public void validate(Parameters parameters) {
        parameters.requireOnly(Set.of(PATHS));
        paths(parameters, Path.of(""));
    }

    /**
     * Checks the parameters and that every file exists, resolved against the configuration's
     * folder.
     *
     * @param parameters the user's parameters
     * @param input the configuration's folder
     */
    @Override
    public void validate(Parameters parameters, FitInput input) {
        validate(parameters);
        for (Path path : paths(parameters, input.folder())) {
            if (!java.nio.file.Files.isRegularFile(path)) {
                throw parameters.invalid(PATHS, "names " + path + ", which is not a file");
            }
        }
    }

    /**
     * Reads the files against the audit's schema, with paths relative to the configuration's
     * folder.
     *
     * @param input the training records (for their schema and dictionary), the configuration's
     *     folder and CSV options
     * @param parameters the list of files
     * @param seeds unused: reading involves no randomness
     * @return the fitted generator, whose fixed releases are the files
     * @throws InputException if {@code paths} is missing or empty, or a file is missing,
     *     unreadable, lacks a column that is not an identifier, or holds a value that does not
     *     parse
     */
    @Override
    public FittedGenerator fit(FitInput input, Parameters parameters, Seeds seeds) {
        parameters.requireOnly(Set.of(PATHS));
        List<Path> paths = paths(parameters, input.folder());
        List<Dataset> releases = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String name = i == 0 ? "synthetic" : "synthetic-" + (i + 1);
            SyntheticCsv.Read read = SyntheticCsv.read(paths.get(i), input.train().schema(),
                    input.train().dictionary(), input.csv(), name, OWNER);
            releases.add(read.table());
            details.add("release " + (i + 1) + ": " + paths.get(i) + " (" + read.table()
                    .rowCount() + " rows)");
            details.addAll(read.notes());
        }
        return new Fitted(List.copyOf(releases), List.copyOf(details));
    }

    private static List<Path> paths(Parameters parameters, Path folder) {
        Object raw = parameters.values().get(PATHS);
        List<?> items = switch (raw) {
            case null -> throw parameters.invalid(PATHS, "is required: a list of synthetic CSV "
                    + "files, e.g. paths: [a.csv, b.csv]");
            case List<?> list -> list;
            default -> List.of(raw);
        };
        if (items.isEmpty()) {
            throw parameters.invalid(PATHS, "is empty; expected at least one synthetic CSV "
                    + "file");
        }
        List<Path> paths = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw parameters.invalid(PATHS, "holds '" + item + "', which is not a file "
                        + "name");
            }
            try {
                paths.add(folder.resolve(text.strip()));
            } catch (InvalidPathException e) {
                throw parameters.invalid(PATHS, "holds '" + text + "', which is not a valid "
                        + "path");
            }
        }
        return paths;
    }

    /**
     * The files, read.
     *
     * @param releases one table per file, in the order given
     * @param details one line per file and per difference from the real data
     */
    private record Fitted(List<Dataset> releases, List<String> details)
            implements FittedGenerator {

        @Override
        public Dataset sample(int rows, Seeds seeds) {
            if (rows < 0) {
                throw new IllegalArgumentException("rows must be >= 0, was " + rows);
            }
            TrainingColumns first = TrainingColumns.of(releases.getFirst(), ID);
            Dataset.Builder builder = first.newSynthetic(rows);
            int[] order = IdentityGenerator.shuffledPasses(rows, first.rowCount(),
                    seeds.child("order").random());
            for (int c = 0; c < first.schema().size(); c++) {
                first.copy(builder, c, order);
            }
            return builder.build();
        }

        @Override
        public List<Dataset> fixedReleases() {
            return releases;
        }
    }
}
