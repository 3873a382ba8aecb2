package org.synthaudit.attacks.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;

/**
 * The protected attributes by whose groups every risk is broken down. Categorical and boolean
 * protected columns group by value, with a missing value as its own group {@code (missing)}
 * (case C04); numeric protected columns are not grouped and are named in a note.
 *
 * @param attributes the grouping attributes, in schema order
 * @param notes what was not grouped and why
 */
public record ProtectedGroups(List<Attribute> attributes, List<String> notes) {
    /** The label of the group of records whose protected value is missing. */
    public static final String MISSING_LABEL = "(missing)";

    /**
     * Finds the protected attributes of a schema.
     *
     * @param schema the audit's schema
     * @param dictionary any table of the audit, for the vocabularies
     * @return the attributes and notes
     */
    public static ProtectedGroups of(Schema schema, Dataset dictionary) {
        List<Attribute> attributes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int column : schema.withRole(Role.PROTECTED)) {
            ColumnSpec spec = schema.column(column);
            if (spec.type().isCoded()) {
                attributes.add(new Attribute(spec.name(), column, dictionary.vocabulary(column)));
            } else {
                notes.add("Protected column " + spec.name() + " is " + spec.type().configName()
                        + ", so risks are not broken down by it; declare it categorical to "
                        + "group by its values.");
            }
        }
        return new ProtectedGroups(List.copyOf(attributes), List.copyOf(notes));
    }

    /**
     * One protected attribute.
     *
     * @param name the column name
     * @param column the column position
     * @param vocabulary its categories
     */
    public record Attribute(String name, int column, Vocabulary vocabulary) {
        /**
         * The group of a record.
         *
         * @param table a table of the audit
         * @param row a row of it
         * @return the category code, {@link Vocabulary#MISSING} when missing
         */
        public int group(Dataset table, int row) {
            return table.code(column, row);
        }

        /**
         * The label of a group.
         *
         * @param code a category code or {@link Vocabulary#MISSING}
         * @return the category label, or {@link #MISSING_LABEL}
         */
        public String label(int code) {
            return code == Vocabulary.MISSING ? MISSING_LABEL : vocabulary.label(code);
        }

        /**
         * The groups that occur among some records, in code order with the missing group
         * first.
         *
         * @param groupCodes the group of each record
         * @return the distinct codes
         */
        public int[] present(int[]... groupCodes) {
            TreeSet<Integer> codes = new TreeSet<>();
            for (int[] side : groupCodes) {
                for (int code : side) {
                    codes.add(code);
                }
            }
            return codes.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
