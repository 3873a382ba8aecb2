package org.synthaudit.core.plugin;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.io.CsvOptions;

/**
 * What a generator is fitted on: the training records, plus what a few special generators need
 * from the audit around them.
 *
 * <p>{@code outside} holds real records of the same population that are not training records.
 * Ordinary generators must ignore it: a generator that learns from it is no longer fitted on the
 * members alone, and every membership figure of the audit becomes meaningless. It exists for
 * negative controls such as {@code holdout-resample}, which release real records the generator
 * never trained on. In generator mode an audit passes its <em>reference</em> split here, never
 * its holdout: the holdout is the control group of every membership attack, and releasing it
 * would put the non-members themselves into the synthetic data, so that they, not the members,
 * would look like members.
 *
 * <p>{@code folder} and {@code csv} serve generators that read or write files (synthetic files
 * made elsewhere, external programs): file parameters are resolved against the folder, and CSV
 * files are read with the audit's delimiter and missing-value tokens.
 *
 * @param train the records the generator may learn from (the members)
 * @param outside real records disjoint from {@code train}, possibly none; when it shares its
 *     base table with {@code train}, the records of {@code train} are removed from it, so the
 *     two are always disjoint
 * @param folder the folder relative file parameters are resolved against: the configuration
 *     file's folder, or the working folder
 * @param csv how to read CSV files that belong to the audit
 */
public record FitInput(Dataset train, Dataset outside, Path folder, CsvOptions csv) {

    /**
     * Checks that every part is present and removes the training records from {@code outside}.
     *
     * @throws IllegalArgumentException if {@code outside} has another schema than {@code train}
     */
    public FitInput {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(outside, "outside");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(csv, "csv");
        if (!outside.schema().equals(train.schema())) {
            throw new IllegalArgumentException("outside records must have the training schema");
        }
        outside = disjoint(train, outside);
    }

    /**
     * The input of an ordinary fit: training records only, the working folder and the default
     * CSV options.
     *
     * @param train the records the generator may learn from
     * @return the input, with no outside records
     */
    public static FitInput of(Dataset train) {
        return new FitInput(train, train.select("outside", new int[0]), Path.of(""),
                CsvOptions.defaults());
    }

    /**
     * The same audit surroundings with other training records, as an attack that re-fits the
     * generator (a shadow model) needs; the new training records are removed from
     * {@code outside}.
     *
     * @param newTrain the records the re-fitted generator may learn from
     * @return the changed input
     */
    public FitInput withTrain(Dataset newTrain) {
        return new FitInput(newTrain, outside, folder, csv);
    }

    private static Dataset disjoint(Dataset train, Dataset outside) {
        if (outside.rowCount() == 0 || !outside.sharesBaseWith(train)) {
            return outside;
        }
        int[] members = new int[train.rowCount()];
        for (int row = 0; row < members.length; row++) {
            members[row] = train.recordId(row);
        }
        Arrays.sort(members);
        int[] kept = new int[outside.rowCount()];
        int size = 0;
        for (int row = 0; row < outside.rowCount(); row++) {
            if (Arrays.binarySearch(members, outside.recordId(row)) < 0) {
                kept[size++] = row;
            }
        }
        return size == outside.rowCount() ? outside
                : outside.select(outside.name(), Arrays.copyOf(kept, size));
    }
}
