package org.synthaudit.metrics.models;

import java.util.Objects;

/**
 * The same kind of model trained once on the synthetic release (train synthetic, test real:
 * TSTR) and once on the real training table (train real, test real: TRTR), both scored on the
 * same holdout rows.
 *
 * @param learner the kind of model
 * @param selection the target and feature columns
 * @param test the holdout rows both models are scored on
 * @param synthetic the model trained on the synthetic release
 * @param real the model trained on the real training table
 */
public record Comparison(Learner learner, FeatureSelection selection, TestRows test,
        ModelRun synthetic, ModelRun real) {

    /** Checks that every part is present. */
    public Comparison {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(synthetic, "synthetic");
        Objects.requireNonNull(real, "real");
    }

    /**
     * The target column.
     *
     * @return the column the models predict
     */
    public TargetColumn target() {
        return selection.target();
    }
}
