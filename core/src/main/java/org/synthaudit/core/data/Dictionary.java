package org.synthaudit.core.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vocabularies of all categorical columns of one audit, by column name. One dictionary is
 * shared by every table of an audit.
 */
public final class Dictionary {
    private final Map<String, Vocabulary> vocabularies = new ConcurrentHashMap<>();

    /**
     * The vocabulary of a column, created empty on first use.
     *
     * @param column the column name
     * @return its vocabulary
     */
    public Vocabulary vocabulary(String column) {
        return vocabularies.computeIfAbsent(column, c -> new Vocabulary());
    }

    /** Marks every vocabulary's current size as the categories of the real data. */
    public void freezeReal() {
        vocabularies.values().forEach(Vocabulary::freezeReal);
    }
}
