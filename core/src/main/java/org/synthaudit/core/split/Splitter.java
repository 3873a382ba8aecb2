package org.synthaudit.core.split;

import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;

/** Splits the real records into train, holdout and reference, seeded and stratified. */
public final class Splitter {
    private Splitter() {
    }

    /**
     * Splits a table.
     *
     * @param real the real records
     * @param spec the sizes and stratification column
     * @param seeds the seed node for the split
     * @return three disjoint views of {@code real}
     * @throws org.synthaudit.core.InputException if the sizes exceed the rows or the
     *     stratification column is unknown or not coded
     */
    public static Splits split(Dataset real, SplitSpec spec, Seeds seeds) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
