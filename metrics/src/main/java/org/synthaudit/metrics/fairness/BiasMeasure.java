package org.synthaudit.metrics.fairness;

import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;

/**
 * A group fairness measure of a classifier's predictions on labelled rows; see
 * {@link GroupRates} for the definitions and sources.
 */
enum BiasMeasure {
    DEMOGRAPHIC_PARITY_DIFFERENCE("demographic_parity_difference",
            "Demographic parity difference", Sense.HIGHER_IS_WORSE),
    EQUALIZED_ODDS_DIFFERENCE("equalized_odds_difference", "Equalised odds difference",
            Sense.HIGHER_IS_WORSE),
    EQUAL_OPPORTUNITY_DIFFERENCE("equal_opportunity_difference",
            "Equal opportunity difference", Sense.HIGHER_IS_WORSE),
    DISPARATE_IMPACT_RATIO("disparate_impact_ratio", "Disparate impact ratio",
            Sense.HIGHER_IS_BETTER);

    private final String id;
    private final String label;
    private final Sense sense;

    BiasMeasure(String id, String label, Sense sense) {
        this.id = id;
        this.label = label;
        this.sense = sense;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    Sense sense() {
        return sense;
    }

    /** Every measure lies in [0, 1]. */
    Bounds bounds() {
        return Bounds.UNIT;
    }

    /**
     * Computes the measure.
     *
     * @param labels each row's group and truth
     * @param predicted whether each row is predicted positive
     * @param weights each row's weight
     * @param eligible the groups large enough to be compared
     * @return the measure, or NaN when fewer than two groups have the rates it needs (or, for
     *     the ratio, when no group is predicted positive)
     */
    double compute(LabelledRows labels, boolean[] predicted, int[] weights,
            boolean[] eligible) {
        return switch (this) {
            case DEMOGRAPHIC_PARITY_DIFFERENCE -> labels.positiveRates(predicted, weights)
                    .gap(eligible);
            case EQUAL_OPPORTUNITY_DIFFERENCE -> labels.truePositiveRates(predicted, weights)
                    .gap(eligible);
            case EQUALIZED_ODDS_DIFFERENCE -> {
                double tpr = labels.truePositiveRates(predicted, weights).gap(eligible);
                double fpr = labels.falsePositiveRates(predicted, weights).gap(eligible);
                yield Double.isNaN(tpr) || Double.isNaN(fpr) ? Double.NaN : Math.max(tpr, fpr);
            }
            case DISPARATE_IMPACT_RATIO -> labels.positiveRates(predicted, weights)
                    .ratio(eligible);
        };
    }
}
