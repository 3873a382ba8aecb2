package org.synthaudit.harness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.split.SplitSpec;

class SplitConfigTest {

    @Nested
    class Constructor {
        @Test
        void defaultsTheReferenceToZero() {
            assertEquals(0.0, new SplitConfig(0.5, 0.5, null).reference());
        }

        @Test
        void acceptsFractionsAddingUpToOne() {
            assertEquals(0.25, new SplitConfig(0.5, 0.25, 0.25).reference());
        }

        @Test
        void rejectsAZeroHoldout() {
            assertEquals("holdout must be a fraction in (0, 1) or a whole row count >= 1, was 0",
                    assertThrows(InputException.class, () -> new SplitConfig(0.5, 0.0, 0.0))
                            .getMessage());
        }

        @Test
        void rejectsANegativeReference() {
            assertEquals("reference must be a fraction in [0, 1) or a whole row count >= 1, was "
                    + "-0.1", assertThrows(InputException.class,
                            () -> new SplitConfig(0.5, 0.2, -0.1)).getMessage());
        }

        @Test
        void doesNotAddCountsToFractions() {
            assertEquals(0.9, new SplitConfig(5000.0, 0.9, 0.0).holdout());
        }
    }

    @Nested
    class ToSpec {
        @Test
        void passesTheSizesAndTheStratificationColumn() {
            assertEquals(new SplitSpec(0.5, 0.25, 0.25, "income"),
                    SplitConfig.DEFAULT.toSpec("income"));
        }
    }
}
