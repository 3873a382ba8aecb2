package org.synthaudit.metrics.models;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.random.Seeds;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;
import smile.math.MathEx;
import smile.model.cart.Loss;
import smile.model.cart.SplitRule;

/**
 * Trains one model on one table and predicts the test rows. Smile's training runs inside the
 * audit's pool, so its parallel loops use the audit's threads; models are trained one after the
 * other. Randomness is seeded explicitly: each random-forest tree gets its own seed, and gradient
 * boosting seeds Smile's per-thread generator in the thread that draws its row samples, so the
 * same seed gives the same model whatever the number of threads.
 */
final class ModelFitting {
    /** Trees per forest and per boosted ensemble. */
    static final int TREES = 100;
    /** The deepest a tree may grow. */
    static final int MAX_DEPTH = 12;
    /** The fewest training rows in a leaf. */
    static final int NODE_SIZE = 5;
    /** The most leaves of a boosted tree (trees of depth about 3). */
    static final int BOOSTED_LEAVES = 6;
    /** The learning rate of gradient boosting. */
    static final double SHRINKAGE = 0.1;
    /** The share of rows each boosted tree is fitted on. */
    static final double SUBSAMPLE = 0.7;
    /** The L2 penalty of logistic regression, on the summed log-loss. */
    static final double LOGISTIC_PENALTY = 1.0;
    /** The convergence tolerance of logistic regression. */
    static final double LOGISTIC_TOLERANCE = 1e-4;
    /** The most L-BFGS iterations of logistic regression. */
    static final int LOGISTIC_ITERATIONS = 200;
    /** The L2 penalty of ridge regression, on the summed squared error. */
    static final double RIDGE_PENALTY = 1.0;

    private static final String RESPONSE = "y";

    private ModelFitting() {
    }

    /**
     * Trains a model and predicts the test rows.
     *
     * @param learner the kind of model
     * @param selection the target and feature columns
     * @param training the training table
     * @param trainedOn the training table's role, {@code synthetic} or {@code train}
     * @param test the rows to predict
     * @param seeds the seed node of this model
     * @param pool the pool Smile's parallel loops run in
     * @return the predictions, or why there are none, and the unseen categories of the test rows
     */
    static ModelRun run(Learner learner, FeatureSelection selection, Dataset training,
            String trainedOn, TestRows test, Seeds seeds, ForkJoinPool pool) {
        TargetColumn target = selection.target();
        int[] rows = target.rowsWithValue(training);
        FeatureEncoder encoder = FeatureEncoder.fit(training, rows, selection.columnArray());
        FeatureEncoder.Unseen unseen = encoder.unseen(test.table(), test.rows());

        Predictions predictions;
        if (rows.length < 2) {
            predictions = Predictions.undefined("the " + trainedOn + " table has " + rows.length
                    + " row(s) with a value of target '" + target.name() + "'; a model needs 2");
        } else {
            Fit fit = new Fit(learner, encoder, training, rows, test, seeds, pool);
            predictions = target.categorical() ? fit.classify(target, trainedOn)
                    : fit.regress(target);
        }
        return new ModelRun(trainedOn, predictions, rows.length,
                training.rowCount() - rows.length, unseen.rows(), unseen.cellsByColumn());
    }

    /** One model being fitted. */
    private record Fit(Learner learner, FeatureEncoder encoder, Dataset training, int[] rows,
            TestRows test, Seeds seeds, ForkJoinPool pool) {

        Predictions classify(TargetColumn target, String trainedOn) {
            int classCount = target.classCount(training);
            int[] codes = Arrays.stream(rows).map(r -> training.code(target.index(), r))
                    .toArray();
            int[] present = Arrays.stream(codes).distinct().sorted().toArray();
            if (present.length < 2) {
                return Predictions.undefined("the " + trainedOn + " table has a single class ('"
                        + training.vocabulary(target.index()).label(present[0])
                        + "') in target '" + target.name() + "'");
            }
            int[] local = new int[classCount];
            for (int k = 0; k < present.length; k++) {
                local[present[k]] = k;
            }
            int[] y = Arrays.stream(codes).map(code -> local[code]).toArray();

            double[][] posterior = switch (learner) {
                case LINEAR -> logistic(y, present.length);
                case RANDOM_FOREST -> forest(y, present.length);
                case GRADIENT_BOOSTING -> boosting(y, present.length);
            };
            double[][] probabilities = new double[posterior.length][classCount];
            for (int i = 0; i < posterior.length; i++) {
                for (int k = 0; k < present.length; k++) {
                    probabilities[i][present[k]] = posterior[i][k];
                }
            }
            return Predictions.ofProbabilities(probabilities);
        }

        private double[][] logistic(int[] y, int classes) {
            double[][] x = encoder.linear(training, rows);
            LogisticRegression.Options options = new LogisticRegression.Options(
                    LOGISTIC_PENALTY, LOGISTIC_TOLERANCE, LOGISTIC_ITERATIONS);
            LogisticRegression model = pool.submit(() -> LogisticRegression.fit(x, y, options))
                    .join();
            double[][] xt = encoder.linear(test.table(), test.rows());
            double[][] posterior = new double[xt.length][classes];
            for (int i = 0; i < xt.length; i++) {
                model.predict(xt[i], posterior[i]);
            }
            return posterior;
        }

        private double[][] forest(int[] y, int classes) {
            DataFrame frame = encoder.frame(training, rows, new IntVector(RESPONSE, y));
            RandomForest.Options options = new RandomForest.Options(TREES, 0, SplitRule.GINI,
                    MAX_DEPTH, 0, NODE_SIZE, 1.0, null, treeSeeds(), null);
            RandomForest model = pool.submit(() -> RandomForest.fit(Formula.lhs(RESPONSE), frame,
                    options)).join();
            DataFrame testFrame = testFrame(true);
            double[][] posterior = new double[test.size()][classes];
            eachRow(posterior.length, i -> model.predict(testFrame.get(i), posterior[i]));
            return posterior;
        }

        private double[][] boosting(int[] y, int classes) {
            DataFrame frame = encoder.frame(training, rows, new IntVector(RESPONSE, y));
            GradientTreeBoost.Options options = new GradientTreeBoost.Options(TREES, MAX_DEPTH,
                    BOOSTED_LEAVES, NODE_SIZE, SHRINKAGE, SUBSAMPLE, null, null);
            long seed = boostingSeed();
            GradientTreeBoost model = pool.submit(() -> {
                MathEx.setSeed(seed);
                return GradientTreeBoost.fit(Formula.lhs(RESPONSE), frame, options);
            }).join();
            DataFrame testFrame = testFrame(true);
            double[][] posterior = new double[test.size()][classes];
            eachRow(posterior.length, i -> model.predict(testFrame.get(i), posterior[i]));
            return posterior;
        }

        Predictions regress(TargetColumn target) {
            double[] y = Arrays.stream(rows).mapToDouble(r -> training.numeric(target.index(),
                    r)).toArray();
            return Predictions.ofValues(switch (learner) {
                case LINEAR -> ridge(y);
                case RANDOM_FOREST -> forestRegression(y);
                case GRADIENT_BOOSTING -> boostingRegression(y);
            });
        }

        private double[] ridge(double[] y) {
            double[][] x = encoder.linear(training, rows);
            double[] coefficients = Ridge.fit(x, y, RIDGE_PENALTY);
            double[][] xt = encoder.linear(test.table(), test.rows());
            return Arrays.stream(xt).mapToDouble(row -> Ridge.predict(coefficients, row))
                    .toArray();
        }

        private double[] forestRegression(double[] y) {
            DataFrame frame = encoder.frame(training, rows, new DoubleVector(RESPONSE, y));
            var options = new smile.regression.RandomForest.Options(TREES, 0, MAX_DEPTH, 0,
                    NODE_SIZE, 1.0, treeSeeds(), null);
            var model = pool.submit(() -> smile.regression.RandomForest.fit(
                    Formula.lhs(RESPONSE), frame, options)).join();
            DataFrame testFrame = testFrame(false);
            double[] values = new double[test.size()];
            eachRow(values.length, i -> values[i] = model.predict(testFrame.get(i)));
            return values;
        }

        private double[] boostingRegression(double[] y) {
            DataFrame frame = encoder.frame(training, rows, new DoubleVector(RESPONSE, y));
            var options = new smile.regression.GradientTreeBoost.Options(Loss.ls(), TREES,
                    MAX_DEPTH, BOOSTED_LEAVES, NODE_SIZE, SHRINKAGE, SUBSAMPLE, null, null);
            long seed = boostingSeed();
            var model = pool.submit(() -> {
                MathEx.setSeed(seed);
                return smile.regression.GradientTreeBoost.fit(Formula.lhs(RESPONSE), frame,
                        options);
            }).join();
            DataFrame testFrame = testFrame(false);
            double[] values = new double[test.size()];
            eachRow(values.length, i -> values[i] = model.predict(testFrame.get(i)));
            return values;
        }

        /**
         * Predicts every test row, the first alone and the rest in parallel: the first call binds
         * the model's formula to the test frame's schema, which later calls then only read.
         */
        private void eachRow(int rows, java.util.function.IntConsumer predict) {
            if (rows == 0) {
                return;
            }
            predict.accept(0);
            pool.submit(() -> java.util.stream.IntStream.range(1, rows).parallel()
                    .forEach(predict)).join();
        }

        /** The test rows as a data frame, with a placeholder response. */
        private DataFrame testFrame(boolean categorical) {
            int n = test.size();
            return encoder.frame(test.table(), test.rows(), categorical
                    ? new IntVector(RESPONSE, new int[n]) : new DoubleVector(RESPONSE,
                            new double[n]));
        }

        /** Distinct seeds above 1 (Smile leaves a tree unseeded for seeds of 1 or less). */
        private long[] treeSeeds() {
            SplittableRandom random = seeds.child("trees").random();
            Set<Long> used = new HashSet<>();
            long[] out = new long[TREES];
            for (int t = 0; t < TREES; t++) {
                long seed;
                do {
                    seed = (random.nextLong() >>> 2) + 2;
                } while (!used.add(seed));
                out[t] = seed;
            }
            return out;
        }

        private long boostingSeed() {
            return (seeds.child("rows").random().nextLong() >>> 2) + 2;
        }
    }
}
