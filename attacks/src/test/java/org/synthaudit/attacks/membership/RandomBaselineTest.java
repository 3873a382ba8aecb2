package org.synthaudit.attacks.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;

class RandomBaselineTest {
    private final Population population = new Population();
    private final Dataset real = population.real(1000, 0, 3);

    @Nested
    class Draw {
        private final Dataset random = RandomBaseline.draw(real, 4000, Seeds.root(1));

        @Test
        void drawsAsManyRecordsAsAskedWithTheRealSchema() {
            assertEquals(4000, random.rowCount());
            assertEquals(real.schema(), random.schema());
        }

        @Test
        void staysInsideTheRealRangeOfEachNumericColumn() {
            double[] realAge = real.numericColumn(1);
            double min = java.util.Arrays.stream(realAge).min().orElseThrow();
            double max = java.util.Arrays.stream(realAge).max().orElseThrow();
            for (double age : random.numericColumn(1)) {
                assertTrue(age >= min && age <= max, "age " + age);
            }
        }

        @Test
        void keepsTheRealMissingRateAndCategoryFrequencies() {
            assertEquals(missingShare(real.numericColumn(2)),
                    missingShare(random.numericColumn(2)), 0.015);
            assertEquals(share(real.codeColumn(3), 0), share(random.codeColumn(3), 0), 0.03);
        }

        @Test
        void givesTheSameRecordsForTheSameSeed() {
            Dataset again = RandomBaseline.draw(real, 4000, Seeds.root(1));
            assertEquals(java.util.Arrays.toString(random.numericColumn(1)),
                    java.util.Arrays.toString(again.numericColumn(1)));
        }

        private static double missingShare(double[] values) {
            return java.util.Arrays.stream(values).filter(Double::isNaN).count()
                    / (double) values.length;
        }

        private static double share(int[] codes, int code) {
            return java.util.Arrays.stream(codes).filter(c -> c == code).count()
                    / (double) codes.length;
        }
    }
}
