package org.synthaudit.core.io;

import java.util.Map;
import org.synthaudit.core.data.Dataset;

/**
 * A table encoded against an audit's schema.
 *
 * @param dataset the encoded table
 * @param unseenCategories for each coded column, how many values carried a category the real
 *     data does not have (only non-zero counts are present)
 */
public record LoadedTable(Dataset dataset, Map<String, Integer> unseenCategories) {
    /** Freezes the map. */
    public LoadedTable {
        unseenCategories = Map.copyOf(unseenCategories);
    }
}
