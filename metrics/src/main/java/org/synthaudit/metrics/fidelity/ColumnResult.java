package org.synthaudit.metrics.fidelity;

import java.util.ArrayList;
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
 * @param extras the further figures of the column (Wasserstein distance and range coverage for
 *     numeric and datetime columns, category coverage for coded ones), in report order
 * @param note a sentence for the report about how the distance was obtained, or {@code null}
 */
record ColumnResult(String column, TwoSampleStatistic statistic, Estimate distance,
        Estimate baseline, Estimate missingTrain, Estimate missingSynthetic, List<Extra> extras,
        String note) {

    /** Freezes the extras. */
    ColumnResult {
        extras = List.copyOf(extras);
    }

    /**
     * A further figure of a column.
     *
     * @param suffix the last part of the figure id, e.g. {@code wasserstein}
     * @param label a short human label
     * @param estimate the figure between train and synthetic, or undefined
     * @param baseline the same figure between train and holdout, or undefined
     * @param bounds the range the figure can take
     * @param sense which direction is bad news
     */
    record Extra(String suffix, String label, Estimate estimate, Estimate baseline,
            Bounds bounds, Sense sense) {
    }

    /**
     * The id of the column's distance figure.
     *
     * @return e.g. {@code fidelity.column.age.ks}
     */
    String distanceId() {
        return prefix() + statistic.suffix();
    }

    /**
     * The column's figures: its distance, its missing rates in train and synthetic, then the
     * extras.
     *
     * @return three figures and one per extra
     */
    List<Figure> figures() {
        Estimate trainBaseline = Estimate.undefined("none: this is the real data's own "
                + "missing rate, the reference the synthetic rate is read against");
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure(distanceId(), statistic.label(), column, distance, baseline,
                        Bounds.UNIT, Sense.HIGHER_IS_WORSE),
                new Figure(prefix() + "missing_rate_train", "Missing rate (train)", column,
                        missingTrain, trainBaseline, Bounds.UNIT, Sense.NEUTRAL),
                new Figure(prefix() + "missing_rate_synthetic", "Missing rate (synthetic)",
                        column, missingSynthetic, missingTrain, Bounds.UNIT, Sense.NEUTRAL)));
        for (Extra extra : extras) {
            figures.add(new Figure(prefix() + extra.suffix(), extra.label(), column,
                    extra.estimate(), extra.baseline(), extra.bounds(), extra.sense()));
        }
        return figures;
    }

    private String prefix() {
        return "fidelity.column." + column + ".";
    }
}
