package org.synthaudit.attacks.membership;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.AuditContext.GeneratorSetup;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/**
 * A seeded population of coarse records, like census data: an id, age in whole years, income
 * in thousands, sex, region and diagnosis; age, sex and region are quasi-identifiers. Values
 * repeat across records, as in Adult, so a generator that releases column values without their
 * combinations does not give a record away by a unique value. Audit contexts in generator mode
 * are built from it with train, holdout and reference splits in that order.
 */
final class Cohort {
    static final Schema SCHEMA = new Schema(List.of(
            column("id", ColumnType.IDENTIFIER, Set.of()),
            column("age", ColumnType.NUMERIC, Set.of(Role.QUASI_IDENTIFIER)),
            column("income", ColumnType.NUMERIC, Set.of(Role.SENSITIVE)),
            column("sex", ColumnType.CATEGORICAL, Set.of(Role.QUASI_IDENTIFIER)),
            column("region", ColumnType.CATEGORICAL, Set.of(Role.QUASI_IDENTIFIER)),
            column("diagnosis", ColumnType.CATEGORICAL, Set.of(Role.SENSITIVE))));

    final Dictionary dictionary = new Dictionary();
    final Dataset real;
    final int train;
    final int holdout;

    /**
     * Draws a population.
     *
     * @param train the training records, first
     * @param holdout the holdout records, next
     * @param reference the reference records, last
     * @param seed the seed of the draw
     */
    Cohort(int train, int holdout, int reference, long seed) {
        this.train = train;
        this.holdout = holdout;
        this.real = draw(train + holdout + reference, seed);
    }

    private static ColumnSpec column(String name, ColumnType type, Set<Role> roles) {
        return new ColumnSpec(name, type, roles, "set in config", null);
    }

    private Dataset draw(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] ids = new String[rows];
        double[] age = new double[rows];
        double[] income = new double[rows];
        int[] sex = new int[rows];
        int[] region = new int[rows];
        int[] diagnosis = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = "P" + r;
            age[r] = Math.clamp(Math.round(45 + 12 * random.nextGaussian()), 18, 80);
            sex[r] = code("sex", "s" + random.nextInt(2));
            region[r] = code("region", "r" + random.nextInt(6));
            income[r] = Math.clamp(Math.round(30 + 8 * random.nextGaussian()
                    + (sex[r] == 0 ? 4 : 0)), 5, 60);
            diagnosis[r] = code("diagnosis", "d" + (age[r] > 55 ? random.nextInt(2)
                    : random.nextInt(4)));
        }
        return Dataset.builder("real", SCHEMA, dictionary, rows).text(0, ids).numeric(1, age)
                .numeric(2, income).codes(3, sex).codes(4, region).codes(5, diagnosis).build();
    }

    private int code(String column, String label) {
        return dictionary.vocabulary(column).encode(label);
    }

    /** The training split. */
    Dataset trainRows() {
        return real.select("train", IntStream.range(0, train).toArray());
    }

    /** The holdout split. */
    Dataset holdoutRows() {
        return real.select("holdout", IntStream.range(train, train + holdout).toArray());
    }

    /** The reference split. */
    Dataset referenceRows() {
        return real.select("reference", IntStream.range(train + holdout, real.rowCount())
                .toArray());
    }

    /**
     * A generator-mode audit: the generator is fitted on train, with the reference records as
     * its outside records, and sampled once, as the harness does.
     *
     * @param generator the generator
     * @param generatorParameters its parameters
     * @param evaluatorId the evaluator whose parameters are given
     * @param parameters the evaluator's parameters
     * @param pool the pool
     * @return the context
     */
    AuditContext context(Generator generator, Map<String, Object> generatorParameters,
            String evaluatorId, Map<String, Object> parameters, ForkJoinPool pool) {
        Seeds seeds = Seeds.root(20240607);
        Parameters given = new Parameters("generator " + generator.id(), generatorParameters);
        FitInput input = new FitInput(trainRows(), referenceRows(), Path.of(""),
                CsvOptions.defaults());
        Generator.FittedGenerator fitted = generator.fit(input, given, seeds.child("generator"));
        Dataset synthetic = fitted.sample(train, seeds.child("sample"));
        return new AuditContext(SCHEMA, real, trainRows(), holdoutRows(), referenceRows(),
                List.of(synthetic), Optional.of(new GeneratorSetup(generator, given,
                        fitted.privacyClaim(), input)),
                Map.of(evaluatorId, new Parameters("evaluator " + evaluatorId, parameters)),
                seeds, pool);
    }

    /**
     * The same audit in release mode: no generator, no reference records.
     *
     * @param synthetic the release
     * @param evaluatorId the evaluator whose parameters are given
     * @param parameters the evaluator's parameters
     * @param pool the pool
     * @return the context
     */
    AuditContext releaseContext(Dataset synthetic, String evaluatorId,
            Map<String, Object> parameters, ForkJoinPool pool) {
        return new AuditContext(SCHEMA, real, trainRows(), holdoutRows(),
                real.select("reference", new int[0]), List.of(synthetic), Optional.empty(),
                Map.of(evaluatorId, new Parameters("evaluator " + evaluatorId, parameters)),
                Seeds.root(20240607), pool);
    }
}
