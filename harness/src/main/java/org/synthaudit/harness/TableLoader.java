package org.synthaudit.harness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditResult.InputFile;
import org.synthaudit.core.audit.AuditResult.SchemaIssue;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.io.CsvReader;
import org.synthaudit.core.io.CsvTable;
import org.synthaudit.core.io.LoadedTable;
import org.synthaudit.core.io.TableEncoder;
import org.synthaudit.core.io.TypeInference;
import org.synthaudit.harness.AuditRequest.ReleaseFiles;
import org.synthaudit.harness.config.AuditConfig;

/**
 * Loads an audit's tables: reads the CSV files, checks them against the configuration and
 * against each other, infers the schema and encodes every table over one shared dictionary.
 * Differences between the real and the synthetic files become counted schema issues, or an
 * {@link InputException} when the audit cannot run without the column.
 */
final class TableLoader {
    private static final Pattern RENAMED =
            Pattern.compile("'(.*)' read as '(.*)'(?: \\([^)]*\\))?");

    private TableLoader() {
    }

    /**
     * The real data of a generator-mode audit.
     *
     * @param table the parsed file
     * @param schema the inferred schema with the configuration's overrides
     * @param real every real record, encoded
     * @param issues renamed headers and excluded identifier columns
     */
    record RealData(CsvTable table, Schema schema, Dataset real, List<SchemaIssue> issues) {
    }

    /**
     * The tables of a release-mode audit.
     *
     * @param schema the schema of the common columns
     * @param real train and holdout together, train first
     * @param train the members, a view of {@code real}
     * @param holdout the controls, a view of {@code real}
     * @param releases the synthetic tables
     * @param inputs each input file with its fingerprint and rows, in input order
     * @param issues the schema issues
     */
    record ReleaseData(Schema schema, Dataset real, Dataset train, Dataset holdout,
            List<Dataset> releases, List<InputFile> inputs, List<SchemaIssue> issues) {
    }

    /**
     * Loads the real file of a generator-mode audit.
     *
     * @param config the configuration, with the real file
     * @param configName the configuration file's name, for messages
     * @return the real data
     * @throws InputException if the file cannot be read or the configuration names a column the
     *     file lacks
     */
    static RealData loadReal(AuditConfig config, String configName) {
        CsvTable table = CsvReader.read(config.real(), config.csvOptions());
        checkConfiguredColumns(table, config, configName);
        Schema schema = TypeInference.infer(table, config.overrides());
        Dictionary dictionary = new Dictionary();
        Dataset real = TableEncoder.encode(table, schema, dictionary, "real").dataset();
        dictionary.freezeReal();
        List<SchemaIssue> issues = new ArrayList<>(renamed(table));
        issues.addAll(excluded(schema));
        return new RealData(table, schema, real, issues);
    }

    /**
     * Loads the files of a release-mode audit.
     *
     * @param files the train, holdout and synthetic files
     * @param config the configuration
     * @param configName the configuration file's name, for messages
     * @return the tables
     * @throws InputException if a file cannot be read, the holdout's columns differ from the
     *     train file's, the holdout repeats the training records, or a synthetic file lacks a
     *     column that has a role
     */
    static ReleaseData loadRelease(ReleaseFiles files, AuditConfig config, String configName) {
        CsvTable train = CsvReader.read(files.train(), config.csvOptions());
        CsvTable holdout = CsvReader.read(files.holdout(), config.csvOptions());
        List<CsvTable> synthetic = files.synthetic().stream()
                .map(f -> CsvReader.read(f, config.csvOptions())).toList();
        checkConfiguredColumns(train, config, configName);
        requireSameColumns(train, holdout);

        Schema full = TypeInference.infer(train, config.overrides());
        List<SchemaIssue> issues = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (CsvTable table : List.of(train, holdout)) {
            issues.addAll(renamed(table));
        }
        for (CsvTable table : synthetic) {
            missing.addAll(compareColumns(full, table, issues));
            issues.addAll(renamed(table));
        }
        Schema schema = new Schema(full.columns().stream()
                .filter(c -> !missing.contains(c.name())).toList());
        issues.addAll(excluded(schema));
        return encodeRelease(schema, train, holdout, synthetic, issues);
    }

    private static ReleaseData encodeRelease(Schema schema, CsvTable train, CsvTable holdout,
            List<CsvTable> synthetic, List<SchemaIssue> issues) {
        Dictionary dictionary = new Dictionary();
        Dataset trainTable = TableEncoder.encode(train, schema, dictionary, "train").dataset();
        Dataset holdoutTable = TableEncoder.encode(holdout, schema, dictionary, "holdout")
                .dataset();
        dictionary.freezeReal();
        List<Dataset> releases = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>(List.of(
                Fingerprints.inputFile("train", train.file(), train.rowCount()),
                Fingerprints.inputFile("holdout", holdout.file(), holdout.rowCount())));
        for (int i = 0; i < synthetic.size(); i++) {
            CsvTable table = synthetic.get(i);
            LoadedTable loaded = TableEncoder.encode(table, schema, dictionary,
                    AuditRunner.releaseName(i));
            releases.add(loaded.dataset());
            inputs.add(Fingerprints.inputFile("synthetic", table.file(), table.rowCount()));
            loaded.unseenCategories().forEach((column, count) -> issues.add(new SchemaIssue(
                    "unseen-category", column, count, table.file() + ": " + count + " values of '"
                            + column + "' are categories the real data does not have")));
        }
        checkAgainstTrain(train, trainTable, holdout, holdoutTable, synthetic, releases, inputs,
                issues);
        Dataset real = concat(schema, dictionary, trainTable, holdoutTable);
        int nTrain = trainTable.rowCount();
        Dataset trainView = real.select("train", IntStream.range(0, nTrain).toArray());
        Dataset holdoutView = real.select("holdout",
                IntStream.range(nTrain, real.rowCount()).toArray());
        return new ReleaseData(schema, real, trainView, holdoutView, releases, inputs,
                issues);
    }

    /**
     * Compares the holdout and the synthetic files with the train file. A holdout that is the
     * train file again (the same bytes), or whose rows are mostly training rows, is an error:
     * the membership attacks read the holdout as records the generator never saw, and with the
     * training records in it their baseline would mean nothing. A synthetic file that is the
     * train file (the same bytes, or the same rows in any order) is the leak the audit exists
     * to flag, so it is audited and marked with the schema issue {@code synthetic-equals-train}.
     *
     * @throws InputException for a holdout that repeats the training records
     */
    private static void checkAgainstTrain(CsvTable train, Dataset trainTable, CsvTable holdout,
            Dataset holdoutTable, List<CsvTable> synthetic, List<Dataset> releases,
            List<InputFile> inputs, List<SchemaIssue> issues) {
        String trainHash = inputs.get(0).sha256();
        if (trainHash.equals(inputs.get(1).sha256())) {
            throw new InputException("--holdout: " + holdout.file() + " has the same contents "
                    + "as the --train file " + train.file() + "; the holdout must be real "
                    + "records the generator never saw, else the membership baseline means "
                    + "nothing");
        }
        RowMatches trainRows = RowMatches.of(trainTable);
        if (trainRows.comparable()) {
            checkHoldoutOverlap(trainRows, train, holdout, holdoutTable);
        }
        for (int i = 0; i < releases.size(); i++) {
            boolean sameBytes = trainHash.equals(inputs.get(i + 2).sha256());
            if (sameBytes || trainRows.comparable() && trainRows.sameRows(releases.get(i))) {
                issues.add(new SchemaIssue("synthetic-equals-train", "",
                        releases.get(i).rowCount(), synthetic.get(i).file() + " (release "
                                + AuditRunner.releaseName(i) + ") " + (sameBytes
                                        ? "has the same contents as" : "holds exactly the rows of")
                                + " the train file " + train.file() + ": it releases the "
                                + "training records themselves"));
            }
        }
    }

    /**
     * Rejects a holdout of which more than half the rows equal a training row, unless the
     * training rows repeat each other so often that independent records would too: the share
     * must also be more than twice the share of training rows that equal another training row.
     */
    private static void checkHoldoutOverlap(RowMatches trainRows, CsvTable train,
            CsvTable holdout, Dataset holdoutTable) {
        int rows = holdoutTable.rowCount();
        int shared = trainRows.countContained(holdoutTable);
        double share = rows == 0 ? 0 : shared / (double) rows;
        double chance = trainRows.repeatedRows() / (double) Math.max(1, train.rowCount());
        if (share > 0.5 && share > 2 * chance) {
            throw new InputException("--holdout: " + shared + " of the " + rows + " rows of "
                    + holdout.file() + " are rows of the --train file " + train.file() + " ("
                    + percent(share) + "; records drawn independently would repeat a training "
                    + "row about " + percent(chance) + " of the time); the holdout must be real "
                    + "records the generator never saw, else the membership baseline means "
                    + "nothing");
        }
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * share);
    }

    /**
     * Checks that every column the configuration names is a column of the real file.
     *
     * @param table the real (or train) file
     * @param config the configuration
     * @param configName the configuration file's name
     * @throws InputException naming the first unknown column and the file's columns
     */
    static void checkConfiguredColumns(CsvTable table, AuditConfig config, String configName) {
        for (String column : config.columns().keySet()) {
            if (table.columnIndex(column) < 0) {
                throw new InputException(configName + ": columns: no column '" + column
                        + "' in " + table.file() + "; its columns are "
                        + String.join(", ", table.header()));
            }
        }
    }

    private static void requireSameColumns(CsvTable train, CsvTable holdout) {
        for (String column : train.header()) {
            if (holdout.columnIndex(column) < 0) {
                throw new InputException(holdout.file() + ": no column '" + column + "'; the "
                        + "holdout file needs the columns of the train file " + train.file());
            }
        }
        for (String column : holdout.header()) {
            if (train.columnIndex(column) < 0) {
                throw new InputException(holdout.file() + ": column '" + column + "' is not in "
                        + "the train file " + train.file() + "; train and holdout must have the "
                        + "same columns");
            }
        }
    }

    /**
     * Compares a synthetic file's columns with the real schema.
     *
     * @return the real columns the synthetic file lacks
     */
    private static List<String> compareColumns(Schema real, CsvTable synthetic,
            List<SchemaIssue> issues) {
        List<String> missing = new ArrayList<>();
        for (ColumnSpec column : real.columns()) {
            if (synthetic.columnIndex(column.name()) >= 0) {
                continue;
            }
            if (!column.roles().isEmpty()) {
                List<String> roles = column.roles().stream().sorted().map(Role::configName)
                        .toList();
                throw new InputException(synthetic.file() + ": no column '" + column.name()
                        + "', which has the role" + (roles.size() > 1 ? "s " : " ")
                        + String.join(", ", roles) + "; the audit needs it in every synthetic "
                        + "file");
            }
            missing.add(column.name());
            issues.add(new SchemaIssue("missing-column", column.name(), -1, synthetic.file()
                    + ": no column '" + column.name() + "'; the audit runs on the common columns"));
        }
        for (String column : synthetic.header()) {
            if (real.indexOf(column).isEmpty()) {
                issues.add(new SchemaIssue("extra-column", column, synthetic.rowCount(),
                        synthetic.file() + ": column '" + column + "' is not in the real data "
                                + "and is ignored"));
            }
        }
        return missing;
    }

    private static List<SchemaIssue> renamed(CsvTable table) {
        List<SchemaIssue> issues = new ArrayList<>();
        for (String note : table.renamed()) {
            Matcher m = RENAMED.matcher(note);
            String column = m.matches() ? m.group(2) : note;
            issues.add(new SchemaIssue("renamed-column", column, -1, table.file() + ": header "
                    + note));
        }
        return issues;
    }

    private static List<SchemaIssue> excluded(Schema schema) {
        List<SchemaIssue> issues = new ArrayList<>();
        for (int c : schema.identifiers()) {
            ColumnSpec column = schema.column(c);
            issues.add(new SchemaIssue("excluded-column", column.name(), -1, "'" + column.name()
                    + "' is an identifier (" + column.typeReason() + "): left out of matching, "
                    + "distances and models"));
        }
        return issues;
    }

    private static Dataset concat(Schema schema, Dictionary dictionary, Dataset first,
            Dataset second) {
        int rows = first.rowCount() + second.rowCount();
        Dataset.Builder builder = Dataset.builder("real", schema, dictionary, rows);
        for (int c = 0; c < schema.size(); c++) {
            ColumnType type = schema.column(c).type();
            if (type.isNumeric()) {
                double[] values = java.util.Arrays.copyOf(first.numericColumn(c), rows);
                System.arraycopy(second.numericColumn(c), 0, values, first.rowCount(),
                        second.rowCount());
                builder.numeric(c, values);
            } else if (type.isCoded()) {
                int[] codes = java.util.Arrays.copyOf(first.codeColumn(c), rows);
                System.arraycopy(second.codeColumn(c), 0, codes, first.rowCount(),
                        second.rowCount());
                builder.codes(c, codes);
            } else {
                String[] texts = new String[rows];
                for (int r = 0; r < rows; r++) {
                    texts[r] = r < first.rowCount() ? first.text(c, r)
                            : second.text(c, r - first.rowCount());
                }
                builder.text(c, texts);
            }
        }
        return builder.build();
    }
}
