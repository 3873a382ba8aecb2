package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synthaudit.metrics.fidelity.Tables.labels;
import static org.synthaudit.metrics.fidelity.Tables.numbers;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;

class LogisticModelTest {

    @Nested
    class Fit {
        @Test
        void reproducesTheSharesOfASaturatedModel() {
            Tables tables = new Tables("x", ColumnType.CATEGORICAL);
            Dataset real = tables.table("real", labels("a", "a", "a", "b"));
            Dataset synthetic = tables.table("synthetic", labels("a", "b", "b", "b"));
            PropensityData data = PropensityData.of(real, synthetic);
            LogisticModel model = LogisticModel.fit(data, Resample.all(data.rows()));
            assertEquals(0.25, model.probability(data, 0), 1e-4);
            assertEquals(0.75, model.probability(data, 3), 1e-4);
        }

        @Test
        void averagesTheSyntheticShareThanksToTheUnpenalisedIntercept() {
            Tables tables = new Tables("x", ColumnType.NUMERIC);
            Dataset real = tables.table("real", numbers(1, 2, 3, 4, 5));
            Dataset synthetic = tables.table("synthetic", numbers(3, 4, 5, 6, 7, 8, 9));
            PropensityData data = PropensityData.of(real, synthetic);
            LogisticModel model = LogisticModel.fit(data, Resample.all(data.rows()));
            double sum = 0;
            for (int i = 0; i < data.rows(); i++) {
                sum += model.probability(data, i);
            }
            assertEquals(7.0 / 12, sum / data.rows(), 1e-9);
        }
    }
}
