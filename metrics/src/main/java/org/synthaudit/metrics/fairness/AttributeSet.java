package org.synthaudit.metrics.fairness;

import java.util.ArrayList;
import java.util.List;
import org.synthaudit.core.data.Dataset;

/**
 * One protected attribute, or the intersection of two: the groups fairness compares. An
 * intersection's groups are the pairs of the two attributes' groups (for instance
 * {@code Black & Female}), since a model can be fair to each attribute alone and unfair to
 * their combinations (Buolamwini and Gebru, 2018, "Gender shades", FAT* 2018; Kearns et al., 2018,
 * "Preventing fairness gerrymandering", ICML 2018).
 *
 * @param attributes one attribute, or two for an intersection
 */
record AttributeSet(List<ProtectedAttribute> attributes) {

    /** Freezes the list and checks its size. */
    AttributeSet {
        attributes = List.copyOf(attributes);
        if (attributes.isEmpty() || attributes.size() > 2) {
            throw new IllegalArgumentException("an attribute set has one or two attributes, not "
                    + attributes.size());
        }
    }

    /**
     * Every attribute alone, then every pair of attributes, in schema order.
     *
     * @param attributes the protected attributes
     * @return the sets
     */
    static List<AttributeSet> singlesAndPairs(List<ProtectedAttribute> attributes) {
        List<AttributeSet> sets = new ArrayList<>();
        attributes.forEach(a -> sets.add(new AttributeSet(List.of(a))));
        for (int i = 0; i < attributes.size(); i++) {
            for (int j = i + 1; j < attributes.size(); j++) {
                sets.add(new AttributeSet(List.of(attributes.get(i), attributes.get(j))));
            }
        }
        return sets;
    }

    /**
     * The name used in figure ids: the column name, or the two names joined by {@code &}.
     *
     * @return e.g. {@code race} or {@code race&sex}
     */
    String name() {
        return String.join("&", attributes.stream().map(ProtectedAttribute::name).toList());
    }

    /**
     * The number of groups, empty combinations included.
     *
     * @return the product of the attributes' group counts
     */
    int groupCount() {
        return attributes.size() == 1 ? attributes.getFirst().groupCount()
                : attributes.get(0).groupCount() * attributes.get(1).groupCount();
    }

    /**
     * A group's label.
     *
     * @param group a group index
     * @return e.g. {@code Female} or {@code Black & Female}
     */
    String label(int group) {
        if (attributes.size() == 1) {
            return attributes.getFirst().labels().get(group);
        }
        int second = attributes.get(1).groupCount();
        return attributes.get(0).labels().get(group / second) + " & "
                + attributes.get(1).labels().get(group % second);
    }

    /**
     * The group of every given row.
     *
     * @param table a table of the audit
     * @param rows rows of it
     * @return one group index per row
     */
    int[] groups(Dataset table, int[] rows) {
        int[] groups = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            groups[i] = group(table, rows[i]);
        }
        return groups;
    }

    private int group(Dataset table, int row) {
        if (attributes.size() == 1) {
            return attributes.getFirst().group(table, row);
        }
        return attributes.get(0).group(table, row) * attributes.get(1).groupCount()
                + attributes.get(1).group(table, row);
    }
}
