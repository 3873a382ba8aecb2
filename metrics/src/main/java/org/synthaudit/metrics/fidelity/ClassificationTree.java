package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A binary classification tree (CART, Breiman, Friedman, Olshen and Stone, "Classification and
 * Regression Trees", 1984) on binned features, grown by Gini impurity: the propensity model of
 * Snoke et al. (2018) that, unlike a main-effects logistic regression, also sees interactions,
 * such as a combination of values that never occurs in the real data.
 *
 * <p>An ordered feature (binned numbers, the missing bin first) is split at a threshold on its
 * bins. A nominal feature is split as a set of bins: the bins of a node are ordered by their
 * share of positive rows and the best cut of that order is taken, which for two classes finds
 * the best of all partitions (Breiman et al. 1984, theorem 4.5). A node that is not pure is
 * split while it is shallower than the depth limit and both children keep at least the minimum
 * number of rows, also when the best split does not lower the impurity (as in scikit-learn): a
 * pattern such as an exclusive or shows no gain at its first split. Ties go to the first
 * feature and the first cut, so the tree is deterministic. A nominal bin a node never saw goes
 * to its larger child; an ordered one follows the threshold. A leaf predicts its share of
 * positive rows.
 */
final class ClassificationTree {
    private final List<Node> nodes;

    private ClassificationTree(List<Node> nodes) {
        this.nodes = nodes;
    }

    /**
     * A node: a leaf when {@code left < 0}.
     *
     * @param feature the feature it splits on
     * @param goesLeft for each bin of the feature, whether a row goes to the left child
     * @param left the left child's position, or -1 for a leaf
     * @param right the right child's position
     * @param share the share of positive rows of the node
     */
    private record Node(int feature, boolean[] goesLeft, int left, int right, double share) {
    }

    /**
     * Grows a tree.
     *
     * @param bins the bin of every row, per feature
     * @param binCounts the number of bins of each feature
     * @param ordered whether each feature's bins are ordered (split at thresholds)
     * @param labels 1 for a positive row, 0 otherwise
     * @param rows the rows to grow on, not modified
     * @param maxDepth the depth limit, {@code >= 0}
     * @param minLeaf the fewest rows of a child, {@code >= 1}
     * @return the tree
     */
    static ClassificationTree grow(int[][] bins, int[] binCounts, boolean[] ordered,
            int[] labels, int[] rows, int maxDepth, int minLeaf) {
        List<Node> nodes = new ArrayList<>();
        new Grower(bins, binCounts, ordered, labels, maxDepth, minLeaf, nodes)
                .grow(rows.clone(), 0, rows.length, 0);
        return new ClassificationTree(List.copyOf(nodes));
    }

    /**
     * The predicted share of positive rows for a row.
     *
     * @param bins the bin of every row, per feature, as the tree was grown on
     * @param row the row
     * @return the share of its leaf, in [0, 1]
     */
    double predict(int[][] bins, int row) {
        Node node = nodes.getFirst();
        while (node.left() >= 0) {
            node = nodes.get(node.goesLeft()[bins[node.feature()][row]] ? node.left()
                    : node.right());
        }
        return node.share();
    }

    /**
     * The number of leaves.
     *
     * @return the leaves of the tree
     */
    int leaves() {
        return (int) nodes.stream().filter(n -> n.left() < 0).count();
    }

    /** Grows nodes depth first into a list; the root is node 0. */
    private record Grower(int[][] bins, int[] binCounts, boolean[] ordered, int[] labels,
            int maxDepth, int minLeaf, List<Node> nodes) {

        /** Grows the node over rows[from, to) and returns its position. */
        int grow(int[] rows, int from, int to, int depth) {
            int positives = 0;
            for (int k = from; k < to; k++) {
                positives += labels[rows[k]];
            }
            int size = to - from;
            int at = nodes.size();
            nodes.add(new Node(-1, null, -1, -1, size == 0 ? 0 : (double) positives / size));
            if (depth >= maxDepth || size < 2 * minLeaf || positives == 0
                    || positives == size) {
                return at;
            }
            Split best = null;
            for (int f = 0; f < bins.length; f++) {
                Split split = bestSplit(f, rows, from, to, positives);
                if (split != null && (best == null || split.impurity() < best.impurity())) {
                    best = split;
                }
            }
            if (best == null) {
                return at;
            }
            int middle = partition(rows, from, to, best);
            int left = grow(rows, from, middle, depth + 1);
            int right = grow(rows, middle, to, depth + 1);
            nodes.set(at, new Node(best.feature(), best.goesLeft(), left, right,
                    nodes.get(at).share()));
            return at;
        }

        /** The best cut of one feature's bins in order (or by positive share), or null. */
        private Split bestSplit(int feature, int[] rows, int from, int to, int positives) {
            int count = binCounts[feature];
            int[] total = new int[count];
            int[] positive = new int[count];
            int[] column = bins[feature];
            for (int k = from; k < to; k++) {
                int row = rows[k];
                total[column[row]]++;
                positive[column[row]] += labels[row];
            }
            Integer[] order = ordered[feature] ? occupied(total)
                    : occupiedByShare(total, positive);
            if (order.length < 2) {
                return null;
            }
            int size = to - from;
            int leftSize = 0;
            int leftPositives = 0;
            double bestImpurity = Double.POSITIVE_INFINITY;
            int bestCut = -1;
            for (int cut = 0; cut + 1 < order.length; cut++) {
                leftSize += total[order[cut]];
                leftPositives += positive[order[cut]];
                if (leftSize < minLeaf || size - leftSize < minLeaf) {
                    continue;
                }
                double impurity = gini(leftSize, leftPositives)
                        + gini(size - leftSize, positives - leftPositives);
                if (impurity < bestImpurity) {
                    bestImpurity = impurity;
                    bestCut = cut;
                }
            }
            if (bestCut < 0) {
                return null;
            }
            boolean[] left = ordered[feature] ? below(order[bestCut], count)
                    : goesLeft(order, bestCut, total, count, size);
            return new Split(feature, left, bestImpurity);
        }

        /** The bins at or below a threshold bin. */
        private static boolean[] below(int threshold, int count) {
            boolean[] left = new boolean[count];
            Arrays.fill(left, 0, threshold + 1, true);
            return left;
        }

        /** The bins of the left side; unseen bins join the larger side. */
        private static boolean[] goesLeft(Integer[] order, int cut, int[] total, int count,
                int size) {
            int leftSize = 0;
            for (int k = 0; k <= cut; k++) {
                leftSize += total[order[k]];
            }
            boolean[] left = new boolean[count];
            boolean unseenLeft = leftSize >= size - leftSize;
            for (int b = 0; b < count; b++) {
                left[b] = total[b] == 0 && unseenLeft;
            }
            for (int k = 0; k <= cut; k++) {
                left[order[k]] = true;
            }
            return left;
        }

        /** The occupied bins, ascending. */
        private static Integer[] occupied(int[] total) {
            List<Integer> occupied = new ArrayList<>();
            for (int b = 0; b < total.length; b++) {
                if (total[b] > 0) {
                    occupied.add(b);
                }
            }
            return occupied.toArray(Integer[]::new);
        }

        /** The occupied bins, ascending by positive share, ties by bin. */
        private static Integer[] occupiedByShare(int[] total, int[] positive) {
            Integer[] order = occupied(total);
            Arrays.sort(order, (x, y) -> {
                int byShare = Long.compare((long) positive[x] * total[y],
                        (long) positive[y] * total[x]);
                return byShare != 0 ? byShare : Integer.compare(x, y);
            });
            return order;
        }

        /** Moves the rows going left before those going right; returns the first right. */
        private int partition(int[] rows, int from, int to, Split split) {
            int[] column = bins[split.feature()];
            int middle = from;
            int[] right = new int[to - from];
            int rights = 0;
            for (int k = from; k < to; k++) {
                if (split.goesLeft()[column[rows[k]]]) {
                    rows[middle++] = rows[k];
                } else {
                    right[rights++] = rows[k];
                }
            }
            System.arraycopy(right, 0, rows, middle, rights);
            return middle;
        }

        /** The Gini impurity of a node times its size: n - (p^2 + (n - p)^2) / n. */
        private static double gini(int size, int positives) {
            if (size == 0) {
                return 0;
            }
            double p = positives;
            double q = size - positives;
            return size - (p * p + q * q) / size;
        }
    }

    /**
     * A candidate split.
     *
     * @param feature the feature
     * @param goesLeft which bins go left
     * @param impurity the summed size-weighted Gini impurity of the two children
     */
    private record Split(int feature, boolean[] goesLeft, double impurity) {
    }
}
