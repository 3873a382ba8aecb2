package org.synthaudit.metrics.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PredictionsTest {

    @Nested
    class OfProbabilities {
        @Test
        void predictsTheMostProbableClass() {
            Predictions p = Predictions.ofProbabilities(new double[][] {{0.2, 0.5, 0.3}});

            assertEquals(1, p.predictedClass(0));
            assertEquals(0.3, p.probability(0, 2));
            assertNull(p.undefinedReason());
        }

        @Test
        void predictsTheLowestCodeOnATie() {
            Predictions p = Predictions.ofProbabilities(new double[][] {{0, 0.5, 0.5}});

            assertEquals(1, p.predictedClass(0));
        }
    }

    @Nested
    class Undefined {
        @Test
        void keepsTheReason() {
            Predictions p = Predictions.undefined("single class");

            assertFalse(p.isDefined());
            assertEquals("single class", p.undefinedReason());
        }
    }
}
