package org.synthaudit.generators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;

/** Small tables written by hand for the generator tests. */
final class TestTables {
    private TestTables() {
    }

    static ColumnSpec column(String name, ColumnType type) {
        return new ColumnSpec(name, type, Set.of(), "set in test", null);
    }

    /**
     * Six records {@code id, age, plan}, the last two sharing their values, one age missing.
     *
     * @return the table
     */
    static Dataset sixPeople() {
        Schema schema = new Schema(List.of(column("id", ColumnType.IDENTIFIER),
                column("age", ColumnType.NUMERIC), column("plan", ColumnType.CATEGORICAL)));
        Dictionary dictionary = new Dictionary();
        int[] plan = Arrays.stream(new String[] {"gold", "basic", "gold", "silver", "basic",
            "basic"}).mapToInt(dictionary.vocabulary("plan")::encode).toArray();
        plan[2] = -1;
        return Dataset.builder("train", schema, dictionary, 6)
                .text(0, new String[] {"p1", "p2", "p3", "p4", "p5", "p6"})
                .numeric(1, new double[] {34, 51, 29, Double.NaN, 62, 62})
                .codes(2, plan)
                .build();
    }

    /**
     * The records of a table as a multiset of their formatted values, identifiers left out.
     *
     * @param table the table
     * @return how often each record occurs
     */
    static Map<List<String>, Integer> records(Dataset table) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<String> record = new ArrayList<>();
            for (int c : table.schema().analysable()) {
                record.add(table.format(c, r));
            }
            counts.merge(record, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The records of a table in row order, identifiers included.
     *
     * @param table the table
     * @return one list of formatted values per row
     */
    static List<List<String>> rows(Dataset table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<String> record = new ArrayList<>();
            for (int c = 0; c < table.schema().size(); c++) {
                record.add(table.format(c, r));
            }
            rows.add(record);
        }
        return rows;
    }
}
