package org.synthaudit.attacks.linkage;

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
 * A seeded population of residents: an identifier, quasi-identifiers after Sweeney's "87 % of
 * the US population" study (birth year, sex, zip code) plus an occupation, sex also protected,
 * an income and a diagnosis (sensitive). Zip codes have 150 levels and occupations 20, so most
 * residents are unique on their quasi-identifiers, as in real registers.
 */
final class People {
    static final Schema SCHEMA = new Schema(List.of(
            column("id", ColumnType.IDENTIFIER),
            column("birth_year", ColumnType.NUMERIC, Role.QUASI_IDENTIFIER),
            column("sex", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER, Role.PROTECTED),
            column("zip", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
            column("occupation", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
            column("income", ColumnType.NUMERIC),
            column("diagnosis", ColumnType.CATEGORICAL, Role.SENSITIVE)));

    final Dictionary dictionary = new Dictionary();

    static ColumnSpec column(String name, ColumnType type, Role... roles) {
        Set<Role> set = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
        return new ColumnSpec(name, type, set, "set in config", null);
    }

    /** Independent residents; ids are the prefix plus the row number. */
    Dataset draw(String name, int rows, long seed, String idPrefix) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] ids = new String[rows];
        double[] year = new double[rows];
        int[] sex = new int[rows];
        int[] zip = new int[rows];
        int[] occupation = new int[rows];
        double[] income = new double[rows];
        int[] diagnosis = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = idPrefix + r;
            year[r] = 1930 + random.nextInt(71);
            sex[r] = code("sex", random.nextBoolean() ? "F" : "M");
            zip[r] = code("zip", "z" + random.nextInt(150));
            occupation[r] = code("occupation", "o" + random.nextInt(20));
            income[r] = Math.round(Math.exp(10 + 0.5 * random.nextGaussian()));
            diagnosis[r] = code("diagnosis", "d" + random.nextInt(5));
        }
        return Dataset.builder(name, SCHEMA, dictionary, rows).text(0, ids).numeric(1, year)
                .codes(2, sex).codes(3, zip).codes(4, occupation).numeric(5, income)
                .codes(6, diagnosis).build();
    }

    /** A copy of some records under fresh ids, as a separate base table (case C09). */
    Dataset copy(Dataset table, String name) {
        int rows = table.rowCount();
        String[] ids = IntStream.range(0, rows).mapToObj(r -> "S" + r).toArray(String[]::new);
        return Dataset.builder(name, SCHEMA, dictionary, rows).text(0, ids)
                .numeric(1, table.numericColumn(1)).codes(2, table.codeColumn(2))
                .codes(3, table.codeColumn(3)).codes(4, table.codeColumn(4))
                .numeric(5, table.numericColumn(5)).codes(6, table.codeColumn(6)).build();
    }

    /**
     * A release with the training records' marginals and nothing else: each column resampled
     * independently, as the independent-marginals generator does.
     */
    Dataset marginals(Dataset table, String name, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = table.rowCount();
        Dataset.Builder builder = Dataset.builder(name, SCHEMA, dictionary, rows);
        for (int c = 1; c < SCHEMA.size(); c++) {
            int[] picks = IntStream.range(0, rows).map(i -> random.nextInt(rows)).toArray();
            if (SCHEMA.column(c).type().isCoded()) {
                int[] codes = table.codeColumn(c);
                builder.codes(c, IntStream.of(picks).map(i -> codes[i]).toArray());
            } else {
                double[] values = table.numericColumn(c);
                builder.numeric(c, IntStream.of(picks).mapToDouble(i -> values[i]).toArray());
            }
        }
        return builder.build();
    }

    private int code(String column, String label) {
        return dictionary.vocabulary(column).encode(label);
    }

    /** Real records: train rows first, then holdout, then reference. */
    Dataset real(int train, int holdout, int reference, long seed) {
        Dataset real = draw("real", train + holdout + reference, seed, "R");
        dictionary.freezeReal();
        return real;
    }

    static Dataset rows(Dataset real, String name, int from, int to) {
        return real.select(name, IntStream.range(from, to).toArray());
    }

    /** An audit of a release against train, holdout and reference views of the real table. */
    static AuditContext context(Dataset real, int train, int holdout, Dataset synthetic,
            Map<String, Object> parameters, ForkJoinPool pool) {
        int total = real.rowCount();
        return context(real.schema(), real, rows(real, "train", 0, train),
                rows(real, "holdout", train, train + holdout),
                rows(real, "reference", train + holdout, total), synthetic, parameters, pool);
    }

    static AuditContext context(Schema schema, Dataset real, Dataset train, Dataset holdout,
            Dataset reference, Dataset synthetic, Map<String, Object> parameters,
            ForkJoinPool pool) {
        Map<String, Parameters> byEvaluator = Map.of(ScoreboardLinkage.ID,
                new Parameters("evaluator " + ScoreboardLinkage.ID, parameters));
        return new AuditContext(schema, real, train, holdout, reference,
                new ArrayList<>(List.of(synthetic)), Optional.empty(), byEvaluator,
                Seeds.root(20240601), pool);
    }
}
