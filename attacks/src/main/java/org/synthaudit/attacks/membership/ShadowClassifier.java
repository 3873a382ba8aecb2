package org.synthaudit.attacks.membership;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.synthaudit.core.random.Seeds;
import smile.classification.DecisionTree;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.model.cart.SplitRule;

/**
 * The classifier of a shadow-model attack: a random forest (Breiman 2001, as implemented by
 * Smile) that learns from the feature vectors of shadow releases whether the target was in the
 * training data, then scores fresh releases by the share of trees that vote "in".
 *
 * <p>The attacker does not know in advance which features give the target away, so one forest
 * is trained per feature set (the target's own features, the general statistics of the release,
 * and all of them) and the one with the best out-of-bag accuracy on the shadow releases scores
 * the fresh releases.
 *
 * <p>{@value #TREES} trees, each grown on a bootstrap sample with {@code sqrt(p)} features tried
 * at each split, Gini impurity, depth at most {@value #MAX_DEPTH}, leaves of one record or
 * more. Every tree gets its own seed from the audit's seed tree, so the forest is the same
 * whatever the thread that grows it.
 */
final class ShadowClassifier {
    /** The number of trees. */
    static final int TREES = 100;
    private static final int MAX_DEPTH = 20;
    private static final String LABEL = "in";

    private ShadowClassifier() {
    }

    /**
     * A contiguous range of features the classifier may be trained on.
     *
     * @param name the name in reports, e.g. {@code target}
     * @param from the first feature
     * @param to one past the last feature
     */
    record FeatureSet(String name, int from, int to) {
    }

    /**
     * The scores of fresh releases by the forest of the chosen feature set.
     *
     * @param scores for each fresh release, the share of trees voting "in", in [0, 1]
     * @param featureSet the name of the feature set chosen
     * @param outOfBagAccuracy its out-of-bag accuracy on the shadow releases
     */
    record Scored(double[] scores, String featureSet, double outOfBagAccuracy) {
    }

    /**
     * Trains one forest per feature set, keeps the one with the best out-of-bag accuracy on the
     * shadow releases (the first on ties) and scores fresh releases with it. The choice uses
     * the shadow releases only, never the fresh ones.
     *
     * @param features the feature vectors of the shadow releases, one row each, all of one
     *     length
     * @param in for each shadow release, whether the target was in its training data; both
     *     values must occur
     * @param fresh the feature vectors of the releases to score
     * @param sets the candidate feature sets, at least one
     * @param seeds the seed node of the forests
     * @return the scores of the chosen forest
     * @throws IllegalArgumentException if only one label occurs
     */
    static Scored fitAndScore(double[][] features, boolean[] in, double[][] fresh,
            List<FeatureSet> sets, Seeds seeds) {
        int[] labels = labels(in);
        RandomForest best = null;
        FeatureSet chosen = null;
        for (FeatureSet set : sets) {
            DataFrame train = frame(features, set, labels);
            RandomForest forest = RandomForest.fit(Formula.lhs(LABEL), train,
                    options(features.length, seeds.child(set.name())));
            if (best == null || forest.metrics().accuracy() > best.metrics().accuracy()) {
                best = forest;
                chosen = set;
            }
        }
        DataFrame test = frame(fresh, chosen, new int[fresh.length]);
        double[] scores = new double[fresh.length];
        DecisionTree[] trees = best.trees();
        for (int i = 0; i < fresh.length; i++) {
            scores[i] = shareVotingIn(trees, test.get(i));
        }
        return new Scored(scores, chosen.name(), best.metrics().accuracy());
    }

    /**
     * The share of trees that vote "in", each tree counted once. Smile's own posterior weighs
     * trees by their out-of-bag accuracy, which is 0 for every tree when the shadow releases
     * are few, and then divides by that sum; the plain vote is defined for any forest.
     */
    private static double shareVotingIn(DecisionTree[] trees, Tuple release) {
        int in = 0;
        for (DecisionTree tree : trees) {
            in += tree.predict(release) == 1 ? 1 : 0;
        }
        return (double) in / trees.length;
    }

    private static int[] labels(boolean[] in) {
        int[] labels = new int[in.length];
        int positives = 0;
        for (int i = 0; i < in.length; i++) {
            labels[i] = in[i] ? 1 : 0;
            positives += labels[i];
        }
        if (positives == 0 || positives == in.length) {
            throw new IllegalArgumentException("shadow releases need both labels; have "
                    + positives + " of " + in.length + " with the target");
        }
        return labels;
    }

    private static DataFrame frame(double[][] rows, FeatureSet set, int[] labels) {
        double[][] columns = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            columns[i] = Arrays.copyOfRange(rows[i], set.from(), set.to());
        }
        String[] names = new String[set.to() - set.from()];
        for (int j = 0; j < names.length; j++) {
            names[j] = "f" + (set.from() + j);
        }
        return DataFrame.of(columns, names).add(new IntVector(LABEL, labels));
    }

    private static RandomForest.Options options(int rows, Seeds seeds) {
        SplittableRandom random = seeds.random();
        long[] treeSeeds = new long[TREES];
        for (int t = 0; t < TREES; t++) {
            treeSeeds[t] = random.nextLong();
        }
        return new RandomForest.Options(TREES, 0, SplitRule.GINI, MAX_DEPTH, Math.max(2, rows),
                1, 1.0, null, treeSeeds, null);
    }
}
