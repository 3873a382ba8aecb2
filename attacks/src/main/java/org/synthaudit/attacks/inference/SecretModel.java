package org.synthaudit.attacks.inference;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.model.cart.SplitRule;

/**
 * A model that predicts a secret from the known columns: a Smile random forest (Breiman 2001,
 * "Random Forests", Machine Learning 45:5-32), a classifier for a categorical secret and a
 * regressor for a numeric one. When the training rows hold a single value of the secret, the
 * model predicts that value.
 *
 * <p>Each tree gets its own seed from the attack's seed node, and the forest is fitted on the
 * audit's pool, so the model does not depend on the number of threads.
 */
final class SecretModel {
    /** The deepest a tree may grow. */
    static final int MAX_DEPTH = 20;
    /**
     * The fewest training rows in a leaf: 1, fully grown trees as in Breiman's forests, so the
     * model can reproduce individual records that the release copies.
     */
    static final int NODE_SIZE = 1;

    private final Smile model;
    private final double[] classes;
    private final double constant;

    /** A fitted Smile forest. */
    private sealed interface Smile permits Classifier, Regressor {
        double[] predict(DataFrame x);
    }

    private record Classifier(smile.classification.RandomForest forest) implements Smile {
        @Override
        public double[] predict(DataFrame x) {
            return Arrays.stream(forest.predict(x)).asDoubleStream().toArray();
        }
    }

    private record Regressor(smile.regression.RandomForest forest) implements Smile {
        @Override
        public double[] predict(DataFrame x) {
            return forest.predict(x);
        }
    }

    private SecretModel(Smile model, double[] classes, double constant) {
        this.model = model;
        this.classes = classes;
        this.constant = constant;
    }

    /**
     * Fits a model on the rows of a table where the secret is known.
     *
     * @param frames the feature layout
     * @param table the training table (synthetic or reference)
     * @param secret the secret
     * @param trees the number of trees
     * @param seeds the seed node of this model
     * @param pool the pool to fit on
     * @return the model, or empty when no row of the table has a value of the secret
     * @throws NotFitted when the forest cannot be fitted on the rows there are
     */
    static Optional<SecretModel> fit(ModelFrames frames, Dataset table, Secret secret,
            int trees, Seeds seeds, ForkJoinPool pool) {
        double[] values = secret.values(table);
        int[] rows = Secret.known(values);
        if (rows.length == 0) {
            return Optional.empty();
        }
        double[] y = Arrays.stream(rows).mapToDouble(r -> values[r]).toArray();
        double[] distinct = classOrder(table, secret, Arrays.stream(y).distinct().toArray());
        if (distinct.length == 1) {
            return Optional.of(new SecretModel(null, null, distinct[0]));
        }

        DataFrame x = frames.features(table, rows);
        int mtry = candidateColumns(x.ncol());
        long[] treeSeeds = seeds.random().longs(trees).toArray();
        Formula formula = Formula.lhs(ModelFrames.RESPONSE);
        if (secret.numeric()) {
            var options = new smile.regression.RandomForest.Options(trees, mtry, MAX_DEPTH,
                    rows.length, NODE_SIZE, 1.0, treeSeeds, null);
            DataFrame data = ModelFrames.withValues(x, y);
            return Optional.of(new SecretModel(new Regressor(pool.submit(
                    () -> smile.regression.RandomForest.fit(formula, data, options)).join()),
                    null, Double.NaN));
        }
        List<Double> order = Arrays.stream(distinct).boxed().toList();
        int[] dense = Arrays.stream(y).mapToInt(order::indexOf).toArray();
        var options = new smile.classification.RandomForest.Options(trees, mtry, SplitRule.GINI,
                MAX_DEPTH, rows.length, NODE_SIZE, 1.0, null, treeSeeds, null);
        DataFrame data = ModelFrames.withClasses(x, dense, distinct.length);
        try {
            return Optional.of(new SecretModel(new Classifier(pool.submit(
                    () -> smile.classification.RandomForest.fit(formula, data, options))
                    .join()), distinct, Double.NaN));
        } catch (IllegalArgumentException e) {
            // Smile scores the forest out of bag as it grows it, and that scoring rejects a
            // bag whose records hold only two of three or more classes (a few known secrets)
            throw new NotFitted("the random forest could not be fitted on the " + rows.length
                    + " records with a known " + secret.name() + " (" + distinct.length
                    + " classes): " + rootMessage(e));
        }
    }

    /**
     * The classes in the order the forest numbers them: numbers ascending, categories by the
     * rank of their label, so that a tie between classes is broken the same way whatever the
     * order in which the real rows gave the categories their codes.
     */
    private static double[] classOrder(Dataset table, Secret secret, double[] values) {
        if (secret.numeric()) {
            return Arrays.stream(values).sorted().toArray();
        }
        int[] ranks = table.vocabulary(secret.column()).ranks();
        return Arrays.stream(values).boxed()
                .sorted(Comparator.comparingInt(v -> ranks[(int) (double) v]))
                .mapToDouble(Double::doubleValue).toArray();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** A model that cannot be fitted on the table given; the message says why. */
    static final class NotFitted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFitted(String reason) {
            super(reason);
        }
    }

    /**
     * The number of columns each split chooses from: {@code ceil(sqrt(p))} but at least 2 (and
     * at most p). With a single candidate column, Smile's trees stop at the first node where
     * that column does not help, and the forest cannot reproduce individual records.
     *
     * @param p the number of known columns
     * @return the candidate count
     */
    static int candidateColumns(int p) {
        return Math.min(p, Math.max(2, (int) Math.ceil(Math.sqrt(p))));
    }

    /**
     * Predicts the secret of every row of a table.
     *
     * @param frames the feature layout
     * @param table the targets
     * @param pool the pool to predict on
     * @return one guess per row: a category code or a number
     */
    double[] predict(ModelFrames frames, Dataset table, ForkJoinPool pool) {
        int[] rows = java.util.stream.IntStream.range(0, table.rowCount()).toArray();
        if (model == null) {
            double[] guesses = new double[rows.length];
            Arrays.fill(guesses, constant);
            return guesses;
        }
        double[] predicted = pool.submit(() -> model.predict(frames.features(table, rows)))
                .join();
        if (classes != null) {
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = classes[(int) predicted[i]];
            }
        }
        return predicted;
    }
}
