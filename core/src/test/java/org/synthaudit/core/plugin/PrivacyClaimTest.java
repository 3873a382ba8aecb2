package org.synthaudit.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PrivacyClaimTest {
    @Nested
    class Describe {
        @Test
        void namesNoClaimNone() {
            assertEquals("none", PrivacyClaim.NONE.describe());
        }

        @Test
        void writesEpsilonAndDeltaInTheirShortestForm() {
            assertEquals("(1, 0)-differential privacy",
                    new PrivacyClaim.DifferentialPrivacy(1, 0).describe());
            assertEquals("(0.5, 1.0E-5)-differential privacy",
                    new PrivacyClaim.DifferentialPrivacy(0.5, 1e-5).describe());
        }
    }

    @Nested
    class DifferentialPrivacy {
        @Test
        void rejectsANegativeZeroOrInfiniteEpsilon() {
            assertThrows(IllegalArgumentException.class,
                    () -> new PrivacyClaim.DifferentialPrivacy(-1, 0));
            assertThrows(IllegalArgumentException.class,
                    () -> new PrivacyClaim.DifferentialPrivacy(0, 0));
            assertThrows(IllegalArgumentException.class,
                    () -> new PrivacyClaim.DifferentialPrivacy(Double.POSITIVE_INFINITY, 0));
        }

        @Test
        void rejectsADeltaOutsideTheUnitInterval() {
            assertThrows(IllegalArgumentException.class,
                    () -> new PrivacyClaim.DifferentialPrivacy(1, 1));
            assertThrows(IllegalArgumentException.class,
                    () -> new PrivacyClaim.DifferentialPrivacy(1, -0.1));
        }
    }
}
