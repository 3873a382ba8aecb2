package org.synthaudit.metrics.fidelity;

import java.util.List;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * What the comparison of one column concluded.
 *
 * @param column the column name
 * @param statistic the distance used for the column's type
 * @param distance the distance between train and synthetic, or undefined with the reason
 * @param baseline the same distance between train and holdout, or undefined with the reason
 * @param missingTrain the missing rate of the column in train, or undefined with the reason
 * @param missingSynthetic the missing rate in the synthetic release, or undefined
 * @param note a sentence for the report about how the distance was obtained, or {@code null}
 */
record ColumnResult(String column, TwoSampleStatistic statistic, Estimate distance,
        Estimate baseline, Estimate missingTrain, Estimate missingSynthetic, String note) {

    /**
     * The id of the column's distance figure.
     *
     * @return e.g. {@code fidelity.column.age.ks}
     */
    String distanceId() {
        return prefix() + statistic.suffix();
    }

    /**
     * The column's figures: its distance, then its missing rates in train and synthetic.
     *
     * @return three figures
     */
    List<Figure> figures() {
        Estimate trainBaseline = Estimate.undefined("none: this is the real data's own "
                + "missing rate, the reference the synthetic rate is read against");
        return List.of(
                new Figure(distanceId(), statistic.label(), column, distance, baseline,
                        Bounds.UNIT, Sense.HIGHER_IS_WORSE),
                new Figure(prefix() + "missing_rate_train", "Missing rate (train)", column,
                        missingTrain, trainBaseline, Bounds.UNIT, Sense.NEUTRAL),
                new Figure(prefix() + "missing_rate_synthetic", "Missing rate (synthetic)",
                        column, missingSynthetic, missingTrain, Bounds.UNIT, Sense.NEUTRAL));
    }

    private String prefix() {
        return "fidelity.column." + column + ".";
    }
}
