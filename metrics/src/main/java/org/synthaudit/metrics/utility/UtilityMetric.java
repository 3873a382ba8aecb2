package org.synthaudit.metrics.utility;

import java.util.List;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;

/**
 * A score of a downstream model on the holdout rows, with the ranges and directions of the
 * score, of its ratio TSTR / TRTR and of its difference TSTR - TRTR.
 */
enum UtilityMetric {
    ACCURACY("accuracy", "accuracy", Bounds.UNIT, Sense.HIGHER_IS_BETTER),
    MACRO_F1("macro_f1", "macro F1", Bounds.UNIT, Sense.HIGHER_IS_BETTER),
    AUC("auc", "ROC AUC", Bounds.UNIT, Sense.HIGHER_IS_BETTER),
    R2("r2", "R²", new Bounds(Double.NEGATIVE_INFINITY, 1), Sense.HIGHER_IS_BETTER),
    RMSE("rmse", "RMSE", Bounds.NON_NEGATIVE, Sense.HIGHER_IS_WORSE);

    private final String id;
    private final String label;
    private final Bounds bounds;
    private final Sense sense;

    UtilityMetric(String id, String label, Bounds bounds, Sense sense) {
        this.id = id;
        this.label = label;
        this.bounds = bounds;
        this.sense = sense;
    }

    /**
     * The metrics of a task.
     *
     * @param categorical true for classification
     * @return accuracy, macro F1 and AUC, or R² and RMSE
     */
    static List<UtilityMetric> of(boolean categorical) {
        return categorical ? List.of(ACCURACY, MACRO_F1, AUC) : List.of(R2, RMSE);
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    Bounds bounds() {
        return bounds;
    }

    Sense sense() {
        return sense;
    }

    /** The range of TSTR / TRTR: R² may be negative, the others are not. */
    Bounds ratioBounds() {
        return this == R2 ? Bounds.REAL : Bounds.NON_NEGATIVE;
    }

    /** The range of TSTR - TRTR. */
    Bounds differenceBounds() {
        return bounds == Bounds.UNIT ? Bounds.SIGNED_UNIT : Bounds.REAL;
    }

    /**
     * Tells whether a TRTR score can carry a ratio: it must be positive (a ratio over a zero
     * baseline is undefined, and over a negative R² it means nothing).
     *
     * @param real the TRTR score
     * @return true if {@code TSTR / real} is meaningful
     */
    boolean ratioDefined(double real) {
        return Double.isFinite(real) && real > 0;
    }

    /**
     * Why the score is undefined on the holdout rows.
     *
     * @return the reason
     */
    String undefinedReason() {
        return switch (this) {
            case AUC -> "the holdout rows hold a single class of the target, so no ROC AUC";
            case R2 -> "the target is constant on the holdout rows, so R² is undefined";
            case ACCURACY, MACRO_F1, RMSE -> "no holdout rows to score";
        };
    }
}
