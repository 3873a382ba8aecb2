package org.synthaudit.metrics.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synthaudit.metrics.models.TestTables.column;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Role;
import smile.data.DataFrame;
import smile.data.measure.NominalScale;
import smile.data.vector.IntVector;

/**
 * Encodings checked by hand. Train: n = 1, 3, missing, 5 (median 3; imputed 1, 3, 3, 5 with mean
 * 3 and standard deviation sqrt(8/3)); c = a, b, a, missing. The holdout holds the category z,
 * which train never holds, and the vocabulary of c is a, b, z.
 */
class FeatureEncoderTest {
    private static final double SD = Math.sqrt(8.0 / 3);

    private final TestTables tables = new TestTables(column("n", ColumnType.NUMERIC),
            column("c", ColumnType.CATEGORICAL), column("y", ColumnType.CATEGORICAL,
                    Role.TARGET));
    private final Dataset train = tables.table("train", new double[] {1, 3, Double.NaN, 5},
            new String[] {"a", "b", "a", null}, new String[] {"u", "v", "u", "v"});
    private final Dataset holdout = tables.table("holdout", new double[] {3, Double.NaN},
            new String[] {"z", "b"}, new String[] {"u", "v"});
    private final FeatureEncoder encoder = FeatureEncoder.fit(train, new int[] {0, 1, 2, 3},
            new int[] {0, 1});

    @Nested
    class Linear {
        @Test
        void standardisesNumbersAndFlagsMissingOnes() {
            double[][] x = encoder.linear(train, new int[] {0, 2});

            assertArrayEquals(new double[] {-2 / SD, 0, 1, 0, 0, 0}, x[0], 1e-12);
            assertArrayEquals(new double[] {0, 1, 1, 0, 0, 0}, x[1], 1e-12);
        }

        @Test
        void givesMissingCategoriesTheirOwnColumn() {
            double[][] x = encoder.linear(train, new int[] {3});

            assertArrayEquals(new double[] {2 / SD, 0, 0, 0, 0, 1}, x[0], 1e-12);
        }

        @Test
        void placesACategoryUnseenInTrainingInItsOwnColumn() {
            double[][] x = encoder.linear(holdout, new int[] {0, 1});

            assertEquals(6, encoder.linearWidth());
            assertArrayEquals(new double[] {0, 0, 0, 0, 1, 0}, x[0], 1e-12);
            assertArrayEquals(new double[] {0, 1, 0, 1, 0, 0}, x[1], 1e-12);
        }
    }

    @Nested
    class Frame {
        @Test
        void holdsNominalCodesWithALevelForMissingValues() {
            DataFrame frame = encoder.frame(train, new int[] {2, 3},
                    new IntVector("y", new int[] {0, 1}));

            assertEquals(4, frame.ncol());
            assertEquals(3.0, frame.column("x0").getDouble(0));
            assertEquals(1.0, frame.column("m0").getDouble(0));
            assertEquals(5.0, frame.column("x0").getDouble(1));
            assertEquals(0.0, frame.column("m0").getDouble(1));
            assertEquals(0, frame.column("x1").getInt(0));
            assertEquals(3, frame.column("x1").getInt(1));
            assertEquals(4, ((NominalScale) frame.schema().field("x1").measure()).size());
        }
    }

    @Nested
    class Unseen {
        @Test
        void countsTheTestRowsWithACategoryTrainingNeverHolds() {
            FeatureEncoder.Unseen unseen = encoder.unseen(holdout, new int[] {0, 1});

            assertEquals(1, unseen.rows());
            assertEquals(Map.of("c", 1), unseen.cellsByColumn());
        }
    }
}
