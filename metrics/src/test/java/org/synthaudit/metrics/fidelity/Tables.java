package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
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
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/** Tables written by hand that share one schema and one dictionary, and audits over them. */
final class Tables {
    static final ForkJoinPool POOL = new ForkJoinPool(2);

    private final Schema schema;
    private final Dictionary dictionary = new Dictionary();

    /**
     * Starts tables with columns given as alternating names and types.
     *
     * @param namesAndTypes e.g. {@code "age", ColumnType.NUMERIC, "plan", ColumnType.CATEGORICAL}
     */
    Tables(Object... namesAndTypes) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(new ColumnSpec((String) namesAndTypes[i],
                    (ColumnType) namesAndTypes[i + 1], Set.of(), "set in test", null));
        }
        this.schema = new Schema(columns);
    }

    Schema schema() {
        return schema;
    }

    /**
     * Builds a table; each column is a {@code double[]} (NaN missing) for numeric and datetime
     * columns, or a {@code String[]} of labels or identifiers ({@code null} missing).
     */
    Dataset table(String name, Object... columns) {
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

    /** An audit in which train, holdout and the real table are all {@code real}. */
    AuditContext audit(Dataset real, Dataset synthetic) {
        return audit(real, real, real, synthetic, 1);
    }

    /** An audit of one release with the default parameters and a pool of two threads. */
    static AuditContext audit(Dataset real, Dataset train, Dataset holdout, Dataset synthetic,
            long seed) {
        return audit(real, train, holdout, synthetic, seed, POOL, Map.of());
    }

    static AuditContext audit(Dataset real, Dataset train, Dataset holdout, Dataset synthetic,
            long seed, ForkJoinPool pool, Map<String, Parameters> parameters) {
        Dataset reference = real.select("reference", new int[0]);
        return new AuditContext(real.schema(), real, train, holdout, reference,
                List.of(synthetic), Optional.empty(), parameters, Seeds.root(seed), pool);
    }

    static double[] numbers(double... values) {
        return values;
    }

    /** Labels or identifiers of one column, typed as one object so a table may have one column. */
    static Object labels(String... values) {
        return values;
    }
}
