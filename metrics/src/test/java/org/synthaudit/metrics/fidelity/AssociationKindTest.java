package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssociationKindTest {
    private static PairColumn numeric(String name, double... values) {
        return new PairColumn(name, false, 0, null, new double[][] {values});
    }

    private static PairColumn coded(String name, int categories, int... codes) {
        return new PairColumn(name, true, categories, new int[][] {codes}, null);
    }

    @Nested
    class Of {
        @Test
        void choosesTheMeasureByTheTypes() {
            assertEquals(AssociationKind.PEARSON, AssociationKind.of(numeric("a"),
                    numeric("b")));
            assertEquals(AssociationKind.CRAMERS_V, AssociationKind.of(coded("a", 1),
                    coded("b", 1)));
            assertEquals(AssociationKind.CORRELATION_RATIO, AssociationKind.of(coded("a", 1),
                    numeric("b")));
        }
    }

    @Nested
    class UndefinedReason {
        @Test
        void namesTheConstantColumn() {
            assertEquals("b is constant in the real data", AssociationKind.PEARSON
                    .undefinedReason(numeric("a", 1, 8, 3), numeric("b", 4, 4, 4), 0, "real"));
        }

        @Test
        void namesTheColumnThatIsAllMissing() {
            assertEquals("a is all missing in the synthetic data", AssociationKind
                    .CORRELATION_RATIO.undefinedReason(coded("a", 2, -1, -1),
                            numeric("b", 1, 2), 0, "synthetic"));
        }

        @Test
        void saysWhenTooFewRowsHaveBothValues() {
            assertEquals("fewer than 2 rows have both a and b in the real data",
                    AssociationKind.PEARSON.undefinedReason(numeric("a", 1, Double.NaN),
                            numeric("b", Double.NaN, 2), 0, "real"));
        }

        @Test
        void blamesTheBiasCorrectionWhenBothColumnsVary() {
            assertEquals("too many categories for the 3 rows in the real data to correct "
                    + "Cramér's V for bias", AssociationKind.CRAMERS_V.undefinedReason(
                            coded("a", 3, 0, 1, 2), coded("b", 2, 0, 1, 1), 0, "real"));
        }
    }
}
