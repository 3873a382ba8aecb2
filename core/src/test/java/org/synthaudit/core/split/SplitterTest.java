package org.synthaudit.core.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.data.Vocabulary;
import org.synthaudit.core.random.Seeds;

class SplitterTest {
    private static final Seeds SEEDS = Seeds.root(20240611L).child("split");

    /** 100 rows; target is a for 66 rows, b for 21, c for 8 and missing for 5. */
    private static Dataset real() {
        Schema schema = new Schema(List.of(
                new ColumnSpec("target", ColumnType.CATEGORICAL, Set.of(), "test", null),
                new ColumnSpec("x", ColumnType.NUMERIC, Set.of(), "test", null)));
        Dictionary dictionary = new Dictionary();
        Vocabulary vocabulary = dictionary.vocabulary("target");
        int[] codes = new int[100];
        for (int r = 0; r < codes.length; r++) {
            String label = r % 20 == 7 ? null : r < 70 ? "a" : r < 92 ? "b" : "c";
            codes[r] = label == null ? Vocabulary.MISSING : vocabulary.encode(label);
        }
        double[] x = IntStream.range(0, 100).asDoubleStream().toArray();
        return Dataset.builder("real", schema, dictionary, 100).codes(0, codes).numeric(1, x)
                .build();
    }

    private static int[] ids(Dataset part) {
        return IntStream.range(0, part.rowCount()).map(part::recordId).toArray();
    }

    private static int count(Dataset part, int code) {
        return (int) IntStream.range(0, part.rowCount()).filter(r -> part.code(0, r) == code)
                .count();
    }

    @Nested
    class Split {
        @Test
        void givesDisjointPartsOfTheAskedFractions() {
            Dataset real = real();

            Splits splits = Splitter.split(real, new SplitSpec(0.5, 0.3, 0.2, null), SEEDS);

            assertEquals(50, splits.train().rowCount());
            assertEquals(30, splits.holdout().rowCount());
            assertEquals(20, splits.reference().rowCount());
            Set<Integer> all = new HashSet<>();
            for (Dataset part : List.of(splits.train(), splits.holdout(), splits.reference())) {
                for (int id : ids(part)) {
                    assertTrue(all.add(id), "record " + id + " in two parts");
                }
                assertTrue(part.sharesBaseWith(real));
            }
            assertEquals(100, all.size());
        }

        @Test
        void takesSizesOfOneOrMoreAsRowCountsAndLeavesTheRestOut() {
            Splits splits = Splitter.split(real(), new SplitSpec(60, 20, 0, null), SEEDS);

            assertEquals(60, splits.train().rowCount());
            assertEquals(20, splits.holdout().rowCount());
            assertEquals(0, splits.reference().rowCount());
            assertEquals("train", splits.train().name());
            assertEquals("holdout", splits.holdout().name());
        }

        @Test
        void roundsFractionsDown() {
            Splits splits = Splitter.split(real(), new SplitSpec(0.333, 0.333, 0.333, null),
                    SEEDS);

            assertEquals(33, splits.train().rowCount());
            assertEquals(33, splits.reference().rowCount());
        }

        @Test
        void keepsEachStratumProportionalWithinOneRow() {
            Dataset real = real();
            int[] strata = {Vocabulary.MISSING, 0, 1, 2};

            Splits splits = Splitter.split(real, new SplitSpec(0.55, 0.25, 0.15, "target"),
                    SEEDS);

            int[] stratumSizes = new int[strata.length];
            for (int k = 0; k < strata.length; k++) {
                stratumSizes[k] = count(real, strata[k]);
            }
            assertArrayEquals(new int[] {5, 66, 21, 8}, stratumSizes);
            List<Dataset> parts = List.of(splits.train(), splits.holdout(), splits.reference());
            for (Dataset part : parts) {
                for (int k = 0; k < strata.length; k++) {
                    double expected = (double) part.rowCount() * stratumSizes[k] / 100;
                    int actual = count(part, strata[k]);
                    assertTrue(Math.abs(actual - expected) < 1, part.name() + " stratum "
                            + strata[k] + ": " + actual + " rows, expected " + expected);
                }
            }
            assertEquals(55, splits.train().rowCount());
            assertEquals(25, splits.holdout().rowCount());
            assertEquals(15, splits.reference().rowCount());
        }

        @Test
        void givesTheSameSplitForTheSameSeed() {
            SplitSpec spec = new SplitSpec(0.5, 0.25, 0.25, "target");

            Splits first = Splitter.split(real(), spec, SEEDS);
            Splits second = Splitter.split(real(), spec, Seeds.root(20240611L).child("split"));

            assertArrayEquals(ids(first.train()), ids(second.train()));
            assertArrayEquals(ids(first.holdout()), ids(second.holdout()));
            assertArrayEquals(ids(first.reference()), ids(second.reference()));
        }

        @Test
        void givesAnotherSplitForAnotherSeed() {
            SplitSpec spec = new SplitSpec(0.5, 0.25, 0.25, "target");

            Splits first = Splitter.split(real(), spec, SEEDS);
            Splits second = Splitter.split(real(), spec, SEEDS.child(1));

            assertFalse(java.util.Arrays.equals(ids(first.train()), ids(second.train())));
        }

        @Test
        void listsEachPartsRowsInTableOrder() {
            Splits splits = Splitter.split(real(), new SplitSpec(0.5, 0.5, 0, null), SEEDS);

            int[] train = ids(splits.train());
            int[] sorted = train.clone();
            java.util.Arrays.sort(sorted);
            assertArrayEquals(sorted, train);
        }
    }

    @Nested
    class SplitRejects {
        @Test
        void sizesThatExceedTheRows() {
            InputException e = assertThrows(InputException.class, () -> Splitter.split(real(),
                    new SplitSpec(60, 0.3, 20, null), SEEDS));

            assertEquals("split sizes train 60 + holdout 0.3 (30 rows) + reference 20 = 110 rows"
                    + " exceed the 100 real rows", e.getMessage());
        }

        @Test
        void aFractionThatLeavesAPartEmpty() {
            InputException e = assertThrows(InputException.class, () -> Splitter.split(real(),
                    new SplitSpec(0.5, 0.001, 0, null), SEEDS));

            assertEquals("split size holdout 0.001 of 100 real rows is 0 rows; train and holdout"
                    + " need at least one row each", e.getMessage());
        }

        @Test
        void aRowCountThatIsNotWhole() {
            InputException e = assertThrows(InputException.class, () -> Splitter.split(real(),
                    new SplitSpec(10.5, 10, 0, null), SEEDS));

            assertEquals("split size train 10.5 is neither a fraction below 1 nor a whole number"
                    + " of rows", e.getMessage());
        }

        @Test
        void anUnknownStratificationColumn() {
            InputException e = assertThrows(InputException.class, () -> Splitter.split(real(),
                    new SplitSpec(0.5, 0.5, 0, "income"), SEEDS));

            assertEquals("split: stratification column 'income' is not in the schema; columns:"
                    + " target, x", e.getMessage());
        }

        @Test
        void aNumericStratificationColumn() {
            InputException e = assertThrows(InputException.class, () -> Splitter.split(real(),
                    new SplitSpec(0.5, 0.5, 0, "x"), SEEDS));

            assertEquals("split: stratification column 'x' is numeric; it must be categorical or"
                    + " boolean", e.getMessage());
        }
    }
}
