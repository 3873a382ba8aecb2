package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClassificationTreeTest {
    /** 40 rows of two binary features, labelled by their exclusive or. */
    private static final int[][] BINS = {
        IntStream.range(0, 40).map(i -> i % 2).toArray(),
        IntStream.range(0, 40).map(i -> (i / 2) % 2).toArray()};
    private static final int[] LABELS = IntStream.range(0, 40)
            .map(i -> (i % 2) ^ ((i / 2) % 2)).toArray();
    private static final int[] ALL = IntStream.range(0, 40).toArray();
    private static final boolean[] NOMINAL = {false, false};

    @Nested
    class Grow {
        @Test
        void learnsAnInteractionNoSingleFeatureShows() {
            ClassificationTree tree = ClassificationTree.grow(BINS, new int[] {2, 2}, NOMINAL,
                    LABELS, ALL, 2, 1);
            for (int row : ALL) {
                assertEquals(LABELS[row], tree.predict(BINS, row), 0.0);
            }
            assertEquals(4, tree.leaves());
        }

        @Test
        void stopsAtTheDepthLimit() {
            ClassificationTree tree = ClassificationTree.grow(BINS, new int[] {2, 2}, NOMINAL,
                    LABELS, ALL, 0, 1);
            assertEquals(1, tree.leaves());
            assertEquals(0.5, tree.predict(BINS, 0));
        }

        @Test
        void keepsTheLeavesAboveTheMinimumSize() {
            ClassificationTree tree = ClassificationTree.grow(BINS, new int[] {2, 2}, NOMINAL,
                    LABELS, ALL, 5, 21);
            assertEquals(1, tree.leaves());
        }

        @Test
        void sendsABinItNeverSawToTheLargerSide() {
            int[][] bins = {{0, 0, 0, 1, 2}};
            int[] labels = {0, 0, 0, 1, 1};
            ClassificationTree tree = ClassificationTree.grow(bins, new int[] {4},
                    new boolean[] {false}, labels, new int[] {0, 1, 2, 3, 4}, 1, 1);
            int[][] unseen = {{3}};
            assertEquals(0.0, tree.predict(unseen, 0));
        }

        @Test
        void sendsAnOrderedBinItNeverSawBeyondTheThresholdByItsOrder() {
            int[][] bins = {{0, 1, 2, 4, 5}};
            int[] labels = {0, 0, 0, 1, 1};
            ClassificationTree tree = ClassificationTree.grow(bins, new int[] {6},
                    new boolean[] {true}, labels, new int[] {0, 1, 2, 3, 4}, 1, 1);
            assertEquals(1.0, tree.predict(new int[][] {{3}}, 0));
            assertEquals(0.0, tree.predict(new int[][] {{1}}, 0));
        }
    }
}
