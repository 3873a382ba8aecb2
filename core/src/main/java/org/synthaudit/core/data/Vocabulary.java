package org.synthaudit.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories of one categorical column, shared by every table of an audit so that codes
 * compare directly across tables (a per-file encoding would make {@code "1"} in one file and
 * {@code "1"} in another look different).
 *
 * <p>Codes are dense, start at 0 and are given in order of first appearance; the real data is
 * read first, so codes below {@link #realSize()} are categories seen in the real data and codes
 * above it appeared only in other tables. {@link #MISSING} stands for a missing value. The
 * vocabulary only grows, and it is safe to use from several threads.
 */
public final class Vocabulary {
    /** The code of a missing value. */
    public static final int MISSING = -1;

    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private int realSize = -1;

    /**
     * The code of a label, adding the label if it is new.
     *
     * @param label a non-missing category label
     * @return its code, {@code >= 0}
     */
    public synchronized int encode(String label) {
        Integer code = codes.get(label);
        if (code != null) {
            return code;
        }
        int added = labels.size();
        labels.add(label);
        codes.put(label, added);
        return added;
    }

    /**
     * The code of a label without adding it.
     *
     * @param label a category label
     * @return its code, or {@link #MISSING} if the label is unknown
     */
    public synchronized int lookup(String label) {
        return codes.getOrDefault(label, MISSING);
    }

    /**
     * The label of a code.
     *
     * @param code a code in {@code [0, size())}
     * @return the label
     */
    public synchronized String label(int code) {
        return labels.get(code);
    }

    /**
     * The number of categories known so far.
     *
     * @return the size
     */
    public synchronized int size() {
        return labels.size();
    }

    /**
     * Marks the current size as the categories of the real data. Called once, after loading the
     * real table.
     */
    public synchronized void freezeReal() {
        if (realSize < 0) {
            realSize = labels.size();
        }
    }

    /**
     * The number of categories seen in the real data.
     *
     * @return the count, or the current size when the real data has not been marked
     */
    public synchronized int realSize() {
        return realSize < 0 ? labels.size() : realSize;
    }

    /**
     * The position of each code's label among all labels sorted as strings: an order of the
     * categories that, unlike the codes, does not depend on the order of the rows the labels
     * were first read from. A model that splits on categories, or breaks ties between them,
     * in rank order gives the same result for a file and for its rows shuffled.
     *
     * @return {@code ranks[code]}, a permutation of {@code 0 .. size() - 1}
     */
    public synchronized int[] ranks() {
        Integer[] byLabel = new Integer[labels.size()];
        for (int code = 0; code < byLabel.length; code++) {
            byLabel[code] = code;
        }
        Arrays.sort(byLabel, (a, b) -> labels.get(a).compareTo(labels.get(b)));
        int[] ranks = new int[byLabel.length];
        for (int rank = 0; rank < byLabel.length; rank++) {
            ranks[byLabel[rank]] = rank;
        }
        return ranks;
    }

    /**
     * All labels in code order.
     *
     * @return a copy of the labels
     */
    public synchronized List<String> labels() {
        return List.copyOf(labels);
    }
}
