package org.synthaudit.harness.fakes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Small seeded CSV files for end-to-end tests. */
public final class Tables {
    private static final String[] PLANS = {"gold", "silver", "bronze"};

    /**
     * A configuration line that plays the shadow-model membership game at a token budget (2
     * targets, 8 shadow and 8 test releases each), for end-to-end tests that run every installed
     * evaluator in generator mode: its default budget is 60,000 generator fits.
     */
    public static final String QUICK_SHADOW_GAME = "evaluators: {membership.shadow: "
            + "{outlierTargets: 1, randomTargets: 1, shadowSets: 8, testSets: 8}}\n";

    private Tables() {
    }

    /**
     * Writes a table {@code id,age,plan,val2} of independent random rows.
     *
     * @param file where to write
     * @param rows the number of rows
     * @param seed the seed of the rows
     * @param firstId the id of the first row
     * @return the file
     * @throws IOException if the file cannot be written
     */
    public static Path people(Path file, int rows, long seed, int firstId) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("id,age,plan,val2\n");
        for (int r = 0; r < rows; r++) {
            csv.append("C").append(firstId + r).append(',').append(18 + random.nextInt(70))
                    .append(',').append(PLANS[random.nextInt(PLANS.length)]).append(',')
                    .append(random.nextInt(1000)).append('\n');
        }
        return Files.writeString(file, csv);
    }

    /**
     * Writes a synthetic table {@code S.No,id,extra_col,age,plan}: no {@code val2}, two extra
     * columns, independent random rows.
     *
     * @param file where to write
     * @param rows the number of rows
     * @param seed the seed of the rows
     * @return the file
     * @throws IOException if the file cannot be written
     */
    public static Path syntheticWithoutVal2(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("S.No,id,extra_col,age,plan\n");
        for (int r = 0; r < rows; r++) {
            csv.append(r + 1).append(",,x,").append(18 + random.nextInt(70)).append(',')
                    .append(PLANS[random.nextInt(PLANS.length)]).append('\n');
        }
        return Files.writeString(file, csv);
    }
}
