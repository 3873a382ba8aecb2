package org.synthaudit.attacks.inference;

import java.util.List;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;

/**
 * Small hand-written tables over one schema and dictionary: each row a comma-separated line,
 * an empty cell a missing value.
 */
public final class Tiny {
    private final Schema schema;
    private final Dictionary dictionary = new Dictionary();

    /**
     * Starts tables of a schema.
     *
     * @param columns the columns
     */
    public Tiny(ColumnSpec... columns) {
        this.schema = new Schema(List.of(columns));
    }

    /**
     * The schema.
     *
     * @return the schema
     */
    public Schema schema() {
        return schema;
    }

    /**
     * Builds a base table.
     *
     * @param name its name
     * @param lines one line per row
     * @return the table
     */
    public Dataset table(String name, String... lines) {
        int rows = lines.length;
        String[][] cells = new String[rows][];
        for (int r = 0; r < rows; r++) {
            cells[r] = lines[r].split(",", -1);
        }
        Dataset.Builder builder = Dataset.builder(name, schema, dictionary, rows);
        for (int c = 0; c < schema.size(); c++) {
            ColumnSpec spec = schema.column(c);
            if (spec.type().isNumeric()) {
                double[] values = new double[rows];
                for (int r = 0; r < rows; r++) {
                    values[r] = cells[r][c].isEmpty() ? Double.NaN
                            : Double.parseDouble(cells[r][c]);
                }
                builder.numeric(c, values);
            } else if (spec.type().isCoded()) {
                int[] codes = new int[rows];
                for (int r = 0; r < rows; r++) {
                    codes[r] = cells[r][c].isEmpty() ? -1
                            : dictionary.vocabulary(spec.name()).encode(cells[r][c]);
                }
                builder.codes(c, codes);
            } else {
                String[] text = new String[rows];
                for (int r = 0; r < rows; r++) {
                    text[r] = cells[r][c].isEmpty() ? null : cells[r][c];
                }
                builder.text(c, text);
            }
        }
        return builder.build();
    }
}
