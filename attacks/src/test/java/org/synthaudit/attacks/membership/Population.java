package org.synthaudit.attacks.membership;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * A seeded population of patient-like records (id, age, income with 3 % missing, sex, zip,
 * diagnosis) and audit contexts built from it.
 */
final class Population {
    static final Schema SCHEMA = new Schema(List.of(
            column("id", ColumnType.IDENTIFIER), column("age", ColumnType.NUMERIC),
            column("income", ColumnType.NUMERIC), column("sex", ColumnType.CATEGORICAL),
            column("zip", ColumnType.CATEGORICAL), column("diagnosis", ColumnType.CATEGORICAL)));

    final Dictionary dictionary = new Dictionary();

    private static ColumnSpec column(String name, ColumnType type) {
        return new ColumnSpec(name, type, Set.of(), "set in config", null);
    }

    /** Draws independent records; ids are the prefix plus the row number. */
    Dataset draw(String name, int rows, long seed, String idPrefix) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] ids = new String[rows];
        double[] age = new double[rows];
        double[] income = new double[rows];
        int[] sex = new int[rows];
        int[] zip = new int[rows];
        int[] diagnosis = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = idPrefix + r;
            age[r] = Math.clamp(Math.round(45 + 15 * random.nextGaussian()), 18, 90);
            income[r] = random.nextInt(100) < 3 ? Double.NaN
                    : Math.round(Math.exp(10 + 0.5 * random.nextGaussian()));
            sex[r] = code("sex", "s" + random.nextInt(2));
            zip[r] = code("zip", "z" + random.nextInt(20));
            diagnosis[r] = code("diagnosis", "d" + random.nextInt(5));
        }
        return Dataset.builder(name, SCHEMA, dictionary, rows).text(0, ids).numeric(1, age)
                .numeric(2, income).codes(3, sex).codes(4, zip).codes(5, diagnosis).build();
    }

    /** A copy of a table's records under other ids, as a separate base table. */
    Dataset copyWithFreshIds(Dataset table, String name) {
        int rows = table.rowCount();
        String[] ids = IntStream.range(0, rows).mapToObj(r -> "S" + r).toArray(String[]::new);
        return Dataset.builder(name, SCHEMA, dictionary, rows).text(0, ids)
                .numeric(1, table.numericColumn(1)).numeric(2, table.numericColumn(2))
                .codes(3, table.codeColumn(3)).codes(4, table.codeColumn(4))
                .codes(5, table.codeColumn(5)).build();
    }

    private int code(String column, String label) {
        Vocabulary vocabulary = dictionary.vocabulary(column);
        return vocabulary.encode(label);
    }

    /** A real table of train + holdout rows, split in that order. */
    Dataset real(int train, int holdout, long seed) {
        return draw("real", train + holdout, seed, "R");
    }

    static AuditContext context(Dataset real, int train, Dataset synthetic,
            Map<String, Object> parameters, ForkJoinPool pool) {
        int total = real.rowCount();
        Dataset trainView = real.select("train", IntStream.range(0, train).toArray());
        Dataset holdoutView = real.select("holdout", IntStream.range(train, total).toArray());
        Dataset reference = real.select("reference", new int[0]);
        Map<String, Parameters> byEvaluator = Map.of(DistanceToClosestRecord.ID,
                new Parameters("evaluator " + DistanceToClosestRecord.ID, parameters));
        return new AuditContext(SCHEMA, real, trainView, holdoutView, reference,
                List.of(synthetic), Optional.empty(), byEvaluator, Seeds.root(20240601), pool);
    }
}
