package org.synthaudit.metrics.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * Tables written by hand or generated with a fixed seed, sharing one schema and one dictionary,
 * and audits over them; for the tests of the models, utility and fairness packages.
 */
public final class TestTables {
    /** A small pool shared by the tests. */
    public static final ForkJoinPool POOL = new ForkJoinPool(2);

    private final Schema schema;
    private final Dictionary dictionary = new Dictionary();

    /**
     * Starts tables with the given columns.
     *
     * @param columns the columns, see {@link #column}
     */
    public TestTables(ColumnSpec... columns) {
        this.schema = new Schema(List.of(columns));
    }

    /**
     * A column.
     *
     * @param name its name
     * @param type its type
     * @param roles its roles
     * @return the column
     */
    public static ColumnSpec column(String name, ColumnType type, Role... roles) {
        return new ColumnSpec(name, type, roles.length == 0 ? Set.of() : Set.of(roles), "test",
                null);
    }

    /**
     * The schema.
     *
     * @return the schema of every table
     */
    public Schema schema() {
        return schema;
    }

    /**
     * Builds a table; each column is a {@code double[]} (NaN missing) for numeric and datetime
     * columns, or a {@code String[]} of labels or identifiers ({@code null} missing).
     *
     * @param name the table name
     * @param columns one array per column
     * @return the table
     */
    public Dataset table(String name, Object... columns) {
        int rows = columns[0] instanceof double[] d ? d.length : ((String[]) columns[0]).length;
        Dataset.Builder builder = Dataset.builder(name, schema, dictionary, rows);
        for (int c = 0; c < columns.length; c++) {
            ColumnType type = schema.column(c).type();
            if (type.isNumeric()) {
                builder.numeric(c, (double[]) columns[c]);
            } else if (type == ColumnType.IDENTIFIER) {
                builder.text(c, (String[]) columns[c]);
            } else {
                String[] labels = (String[]) columns[c];
                int[] codes = new int[labels.length];
                for (int r = 0; r < labels.length; r++) {
                    codes[r] = labels[r] == null ? -1
                            : dictionary.vocabulary(schema.column(c).name()).encode(labels[r]);
                }
                builder.codes(c, codes);
            }
        }
        return builder.build();
    }

    /**
     * Builds a table row by row.
     *
     * @param name the table name
     * @param rows the rows, each with one value per column ({@code Double} or {@code String},
     *     {@code null} missing)
     * @return the table
     */
    public Dataset rows(String name, List<Object[]> rows) {
        Object[] columns = new Object[schema.size()];
        for (int c = 0; c < schema.size(); c++) {
            boolean numeric = schema.column(c).type().isNumeric();
            Object column = numeric ? new double[rows.size()] : new String[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                Object value = rows.get(r)[c];
                if (numeric) {
                    ((double[]) column)[r] = value == null ? Double.NaN
                            : ((Number) value).doubleValue();
                } else {
                    ((String[]) column)[r] = (String) value;
                }
            }
            columns[c] = column;
        }
        return table(name, columns);
    }

    /**
     * An audit of one release.
     *
     * @param train the members
     * @param holdout the holdout
     * @param synthetic the release
     * @param seed the root seed
     * @param pool the pool
     * @param parameters evaluator parameters by evaluator id
     * @return the audit context
     */
    public static AuditContext audit(Dataset train, Dataset holdout, Dataset synthetic,
            long seed, ForkJoinPool pool, Map<String, Parameters> parameters) {
        return new AuditContext(train.schema(), train, train, holdout,
                train.select("reference", new int[0]), List.of(synthetic), Optional.empty(),
                parameters, Seeds.root(seed), pool);
    }

    /**
     * An audit of one release with default parameters, seed 1 and the shared pool.
     *
     * @param train the members
     * @param holdout the holdout
     * @param synthetic the release
     * @return the audit context
     */
    public static AuditContext audit(Dataset train, Dataset holdout, Dataset synthetic) {
        return audit(train, holdout, synthetic, 1, POOL, Map.of());
    }

    /**
     * One evaluator's parameters.
     *
     * @param evaluator the evaluator id
     * @param namesAndValues alternating names and values
     * @return the parameters by evaluator id
     */
    public static Map<String, Parameters> parameters(String evaluator,
            Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Map.of(evaluator, new Parameters("evaluator " + evaluator, values));
    }

    /**
     * Rows of a numeric feature {@code x} in [0, 1) and a label {@code yes} when x is at least
     * 0.5: a table any model separates.
     *
     * @param n the number of rows
     * @param seed the seed of the rows
     * @return the rows {@code x, y}
     */
    public static List<Object[]> separable(int n, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble();
            rows.add(new Object[] {x, x >= 0.5 ? "yes" : "no"});
        }
        return rows;
    }
}
