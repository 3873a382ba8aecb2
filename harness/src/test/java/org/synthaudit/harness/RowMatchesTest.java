package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;

class RowMatchesTest {
    private static final Schema SCHEMA = new Schema(List.of(
            new ColumnSpec("id", ColumnType.IDENTIFIER, Set.of(), "test", null),
            new ColumnSpec("x", ColumnType.NUMERIC, Set.of(), "test", null),
            new ColumnSpec("c", ColumnType.CATEGORICAL, Set.of(), "test", null)));

    private final Dictionary dictionary = new Dictionary();

    /** A table {@code id,x,c}; the ids are all different, so only x and c can match. */
    private Dataset table(double[] x, String... c) {
        int[] codes = new int[c.length];
        String[] ids = new String[c.length];
        for (int r = 0; r < c.length; r++) {
            codes[r] = c[r] == null ? -1 : dictionary.vocabulary("c").encode(c[r]);
            ids[r] = "id" + System.identityHashCode(codes) + "-" + r;
        }
        return Dataset.builder("t", SCHEMA, dictionary, c.length).text(0, ids).numeric(1, x)
                .codes(2, codes).build();
    }

    @Nested
    class CountContained {
        @Test
        void countsTheRowsEqualToAnIndexedRowWhateverTheIdentifier() {
            RowMatches train = RowMatches.of(table(new double[] {1, 2, 3}, "a", "b", "a"));

            assertEquals(2, train.countContained(table(new double[] {3, 2, 2, 1},
                    "a", "b", "a", "b")), "rows (3, a) and (2, b) are training rows");
        }

        @Test
        void takesMissingAsEqualOnlyToMissingAndNegativeZeroAsZero() {
            RowMatches train = RowMatches.of(table(new double[] {Double.NaN, 0}, null, "a"));

            assertEquals(2, train.countContained(table(new double[] {Double.NaN, -0.0},
                    null, "a")));
            assertEquals(0, train.countContained(table(new double[] {Double.NaN, 0},
                    "a", null)));
        }
    }

    @Nested
    class RepeatedRows {
        @Test
        void countsEveryRowOfAGroupOfEqualRows() {
            RowMatches train = RowMatches.of(table(new double[] {1, 1, 1, 2, 2, 3},
                    "a", "a", "a", "b", "b", "b"));

            assertEquals(5, train.repeatedRows());
        }
    }

    @Nested
    class SameRows {
        @Test
        void acceptsTheSameRowsInAnotherOrder() {
            RowMatches train = RowMatches.of(table(new double[] {1, 2, 2}, "a", "b", "b"));

            assertTrue(train.sameRows(table(new double[] {2, 1, 2}, "b", "a", "b")));
        }

        @Test
        void rejectsTheSameDistinctRowsWithOtherCounts() {
            RowMatches train = RowMatches.of(table(new double[] {1, 1, 2}, "a", "a", "b"));

            assertFalse(train.sameRows(table(new double[] {1, 2, 2}, "a", "b", "b")));
        }

        @Test
        void rejectsAnotherNumberOfRows() {
            RowMatches train = RowMatches.of(table(new double[] {1, 2}, "a", "b"));

            assertFalse(train.sameRows(table(new double[] {1, 2, 2}, "a", "b", "b")));
        }
    }
}
