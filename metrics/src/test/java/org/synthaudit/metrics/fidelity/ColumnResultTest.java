package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class ColumnResultTest {
    private final ColumnResult result = new ColumnResult("annual income",
            TwoSampleStatistic.KOLMOGOROV_SMIRNOV, Estimate.exact(0.2, "test"),
            Estimate.undefined("holdout table has no rows"), Estimate.exact(0.1, "test"),
            Estimate.exact(0.3, "test"), List.of(new ColumnResult.Extra("wasserstein",
                    "Wasserstein", Estimate.exact(1.5, "test"), Estimate.exact(0.1, "test"),
                    Bounds.NON_NEGATIVE, Sense.HIGHER_IS_WORSE)), null);

    @Nested
    class Figures {
        @Test
        void namesTheDistanceBothMissingRatesAndTheExtrasAfterTheColumn() {
            List<String> ids = result.figures().stream().map(Figure::id).toList();
            assertEquals(List.of("fidelity.column.annual income.ks",
                    "fidelity.column.annual income.missing_rate_train",
                    "fidelity.column.annual income.missing_rate_synthetic",
                    "fidelity.column.annual income.wasserstein"), ids);
        }

        @Test
        void keepsTheExtrasBoundsAndBaseline() {
            Figure wasserstein = result.figures().get(3);
            assertEquals(Bounds.NON_NEGATIVE, wasserstein.bounds());
            assertEquals(Estimate.exact(0.1, "test"), wasserstein.baseline());
        }

        @Test
        void readsTheDistanceAsWorseWhenHigherAndTheRatesAsNeutral() {
            List<Figure> figures = result.figures();
            assertEquals(Sense.HIGHER_IS_WORSE, figures.get(0).sense());
            assertEquals(Sense.NEUTRAL, figures.get(1).sense());
            assertEquals("annual income", figures.get(2).subject());
            assertEquals(result.missingTrain(), figures.get(2).baseline());
        }
    }
}
