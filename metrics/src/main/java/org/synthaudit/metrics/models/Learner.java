package org.synthaudit.metrics.models;

/**
 * The three kinds of downstream model, each small and seeded so that an audit stays fast and
 * reproducible. For a categorical target they are classifiers, for a numeric target regressors.
 *
 * <ul>
 *   <li>{@link #LINEAR}: L2-penalised logistic regression (Smile, fitted by L-BFGS) for
 *       classification; ridge regression (solved in closed form) for regression.
 *   <li>{@link #RANDOM_FOREST}: Breiman (2001), "Random forests", Machine Learning 45:5-32, as
 *       implemented by Smile: 100 trees, {@code sqrt(p)} features per split for classification
 *       and {@code p / 3} for regression, depth at most 12, leaves of at least 5 rows.
 *   <li>{@link #GRADIENT_BOOSTING}: Friedman (2001), "Greedy function approximation: a gradient
 *       boosting machine", Annals of Statistics 29:1189-1232, as implemented by Smile: 100 trees
 *       of at most 6 leaves, shrinkage 0.1, 70 % of the rows per tree.
 * </ul>
 */
public enum Learner {
    /** Logistic regression, or ridge regression for a numeric target. */
    LINEAR("logistic_regression", "linear_regression", "logistic regression",
            "ridge regression"),
    /** A random forest. */
    RANDOM_FOREST("random_forest", "random_forest", "random forest", "random forest"),
    /** Gradient-boosted trees. */
    GRADIENT_BOOSTING("gradient_boosting", "gradient_boosting", "gradient boosting",
            "gradient boosting");

    private final String classifierId;
    private final String regressorId;
    private final String classifierLabel;
    private final String regressorLabel;

    Learner(String classifierId, String regressorId, String classifierLabel,
            String regressorLabel) {
        this.classifierId = classifierId;
        this.regressorId = regressorId;
        this.classifierLabel = classifierLabel;
        this.regressorLabel = regressorLabel;
    }

    /**
     * The id used in figure ids.
     *
     * @param categorical true for a classification task
     * @return e.g. {@code logistic_regression} or {@code random_forest}
     */
    public String id(boolean categorical) {
        return categorical ? classifierId : regressorId;
    }

    /**
     * The name used in figure labels.
     *
     * @param categorical true for a classification task
     * @return e.g. {@code logistic regression}
     */
    public String label(boolean categorical) {
        return categorical ? classifierLabel : regressorLabel;
    }
}
