package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Estimate;

/**
 * Case C08 in release mode: the training file (1,000 records of age 18 to 90, sex and one of
 * five zip codes) released verbatim, with 200 holdout records. Age is numeric, so two ages
 * agree within 5 % of the range (3.6 years), and most members share their age band, sex and
 * zip with other members.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerbatimCopyTest {
    private static final Schema SCHEMA = new Schema(List.of(
            People.column("age", ColumnType.NUMERIC, Role.QUASI_IDENTIFIER),
            People.column("sex", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
            People.column("zip", ColumnType.CATEGORICAL, Role.QUASI_IDENTIFIER),
            People.column("income", ColumnType.NUMERIC, Role.SENSITIVE),
            People.column("diagnosis", ColumnType.CATEGORICAL, Role.SENSITIVE)));

    private final Dictionary dictionary = new Dictionary();
    private ForkJoinPool pool;

    @BeforeAll
    void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    @Test
    void flagsTheReleaseOfTheTrainingFileAsReidentifying() throws IOException {
        List<String[]> train = rows("c08-train.csv");
        List<String[]> holdout = rows("c08-holdout.csv");
        List<String[]> all = new ArrayList<>(train);
        all.addAll(holdout);
        Dataset real = table("real", all);
        dictionary.freezeReal();
        Dataset synthetic = table("synthetic", train);
        int members = train.size();
        AuditContext context = new AuditContext(SCHEMA, real,
                real.select("train", IntStream.range(0, members).toArray()),
                real.select("holdout", IntStream.range(members, all.size()).toArray()),
                real.select("reference", new int[0]), new ArrayList<>(List.of(synthetic)),
                Optional.empty(), Map.of(ScoreboardLinkage.ID, new Parameters("evaluator "
                        + ScoreboardLinkage.ID, Map.of())), Seeds.root(7), pool);

        Finding finding = new ScoreboardLinkage().evaluate(context);
        Estimate.Value gain = (Estimate.Value) finding.figure(
                "linkage.reidentification.gain").orElseThrow().estimate();
        assertTrue(gain.lower() > 0.15, gain.toString());
        assertEquals(1.0, ((Estimate.Value) finding.figure("linkage.precision").orElseThrow()
                .estimate()).value());
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = VerbatimCopyTest.class.getResourceAsStream("/linkage/"
                + resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(","))
                    .toList();
        }
    }

    private Dataset table(String name, List<String[]> rows) {
        int n = rows.size();
        double[] age = new double[n];
        int[] sex = new int[n];
        int[] zip = new int[n];
        double[] income = new double[n];
        int[] diagnosis = new int[n];
        for (int r = 0; r < n; r++) {
            String[] row = rows.get(r);
            age[r] = Double.parseDouble(row[0]);
            sex[r] = dictionary.vocabulary("sex").encode(row[1]);
            zip[r] = dictionary.vocabulary("zip").encode(row[2]);
            income[r] = Double.parseDouble(row[3]);
            diagnosis[r] = dictionary.vocabulary("diagnosis").encode(row[4]);
        }
        return Dataset.builder(name, SCHEMA, dictionary, n).numeric(0, age).codes(1, sex)
                .codes(2, zip).numeric(3, income).codes(4, diagnosis).build();
    }
}
