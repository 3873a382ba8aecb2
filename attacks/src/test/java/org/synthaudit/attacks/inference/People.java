package org.synthaudit.attacks.inference;

import java.util.ArrayList;
import java.util.EnumSet;
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
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * A seeded population in which the secrets depend on the quasi-identifiers, so population-level
 * inference works for everyone: id, age (QI), sex (QI, protected), zip (QI), diagnosis
 * (sensitive, 70 % determined by the age band) and income (sensitive, linear in age plus noise,
 * 3 % missing). Also builds audit contexts over such tables.
 */
public final class People {
    /** The schema of the population. */
    public static final Schema SCHEMA = new Schema(List.of(
            column("id", ColumnType.IDENTIFIER),
            column("age", ColumnType.NUMERIC, Role.QUASI_IDENTIFIER),
            column("sex", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER, Role.PROTECTED),
            column("zip", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
            column("diagnosis", ColumnType.CATEGORICAL, Role.SENSITIVE),
            column("income", ColumnType.NUMERIC, Role.SENSITIVE)));

    final Dictionary dictionary = new Dictionary();
    private double diagnosisMissingRate;

    /**
     * A column specification.
     *
     * @param name the name
     * @param type the type
     * @param roles the roles
     * @return the column
     */
    public static ColumnSpec column(String name, ColumnType type, Role... roles) {
        Set<Role> set = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
        return new ColumnSpec(name, type, set, "set in config", null);
    }

    /**
     * Makes the diagnosis missing for a share of the records drawn from now on (case C05).
     *
     * @param rate the share
     * @return this population
     */
    public People withMissingDiagnosis(double rate) {
        diagnosisMissingRate = rate;
        return this;
    }

    /**
     * Draws records; ids are the prefix plus the row number.
     *
     * @param name the table name
     * @param rows the row count
     * @param seed the seed
     * @param idPrefix the id prefix
     * @return a base table
     */
    public Dataset draw(String name, int rows, long seed, String idPrefix) {
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
            sex[r] = code("sex", "s" + random.nextInt(2));
            zip[r] = code("zip", "z" + random.nextInt(20));
            int band = age[r] < 35 ? 0 : age[r] < 55 ? 1 : 2;
            int d = random.nextDouble() < 0.7 ? band : random.nextInt(5);
            diagnosis[r] = random.nextDouble() < diagnosisMissingRate ? -1 : code("diagnosis",
                    "d" + d);
            income[r] = random.nextInt(100) < 3 ? Double.NaN
                    : Math.round(20000 + 800 * (age[r] - 18) + 3000 * random.nextGaussian());
        }
        return Dataset.builder(name, SCHEMA, dictionary, rows).text(0, ids).numeric(1, age)
                .codes(2, sex).codes(3, zip).codes(4, diagnosis).numeric(5, income).build();
    }

    /**
     * A copy of a table's records as a separate base table.
     *
     * @param table the table
     * @param name the copy's name
     * @return the copy
     */
    public Dataset copy(Dataset table, String name) {
        return Dataset.builder(name, SCHEMA, dictionary, table.rowCount())
                .numeric(1, table.numericColumn(1)).codes(2, table.codeColumn(2))
                .codes(3, table.codeColumn(3)).codes(4, table.codeColumn(4))
                .numeric(5, table.numericColumn(5)).build();
    }

    /**
     * Each column of a table shuffled on its own: the marginals kept, every link broken.
     *
     * @param table the table
     * @param name the result's name
     * @param seed the seed
     * @return a base table
     */
    public Dataset independentMarginals(Dataset table, String name, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return Dataset.builder(name, SCHEMA, dictionary, table.rowCount())
                .numeric(1, shuffle(table.numericColumn(1), random))
                .codes(2, shuffle(table.codeColumn(2), random))
                .codes(3, shuffle(table.codeColumn(3), random))
                .codes(4, shuffle(table.codeColumn(4), random))
                .numeric(5, shuffle(table.numericColumn(5), random)).build();
    }

    private static double[] shuffle(double[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    private static int[] shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    private int code(String column, String label) {
        return dictionary.vocabulary(column).encode(label);
    }

    /**
     * An audit over a real table split in order into train, holdout and reference rows.
     *
     * @param real the real table
     * @param train the number of training rows
     * @param holdout the number of holdout rows; the rest is reference
     * @param synthetic the release
     * @param parameters the parameters of every evaluator, by evaluator id
     * @param pool the pool
     * @return the context
     */
    public static AuditContext context(Dataset real, int train, int holdout, Dataset synthetic,
            Map<String, Map<String, Object>> parameters, ForkJoinPool pool) {
        int total = real.rowCount();
        Dataset trainView = real.select("train", IntStream.range(0, train).toArray());
        Dataset holdoutView = real.select("holdout", IntStream.range(train, train + holdout)
                .toArray());
        Dataset reference = real.select("reference", IntStream.range(train + holdout, total)
                .toArray());
        return context(real, trainView, holdoutView, reference, synthetic, parameters, pool);
    }

    /**
     * An audit over given views.
     *
     * @param real the real table
     * @param train the training view
     * @param holdout the holdout view
     * @param reference the reference view
     * @param synthetic the release
     * @param parameters the parameters of every evaluator, by evaluator id
     * @param pool the pool
     * @return the context
     */
    public static AuditContext context(Dataset real, Dataset train, Dataset holdout,
            Dataset reference, Dataset synthetic, Map<String, Map<String, Object>> parameters,
            ForkJoinPool pool) {
        Map<String, Parameters> byEvaluator = new java.util.HashMap<>();
        parameters.forEach((id, values) -> byEvaluator.put(id, new Parameters("evaluator " + id,
                values)));
        return new AuditContext(real.schema(), real, train, holdout, reference,
                List.of(synthetic), Optional.empty(), byEvaluator, Seeds.root(20240601), pool);
    }

    /** The rows of a view in a seeded random order (case C23). */
    static Dataset shuffled(Dataset view, long seed) {
        List<Integer> rows = new ArrayList<>(IntStream.range(0, view.rowCount()).boxed()
                .toList());
        java.util.Collections.shuffle(rows, new java.util.Random(seed));
        return view.select(view.name(), rows.stream().mapToInt(Integer::intValue).toArray());
    }
}
