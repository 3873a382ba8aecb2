package org.synthaudit.core.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.synthaudit.core.audit.Sense;

/** Hand-checked fronts of a privacy risk (lower is better) against a utility (higher). */
class ParetoFrontTest {
    private static final Sense RISK = Sense.HIGHER_IS_WORSE;
    private static final Sense UTILITY = Sense.HIGHER_IS_BETTER;

    @Test
    void keepsThePointsNoOtherBeatsOnBothFigures() {
        // a (0.5, 0.8); b (0.6, 0.9); c (0.7, 0.85) is beaten by b; d (0.5, 0.7) by a;
        // e (1.0, 1.0) has the best utility
        double[] risk = {0.5, 0.6, 0.7, 0.5, 1.0};
        double[] utility = {0.8, 0.9, 0.85, 0.7, 1.0};

        assertArrayEquals(new boolean[] {true, true, false, false, true},
                ParetoFront.of(risk, RISK, utility, UTILITY));
    }

    @Test
    void readsEachFigureInItsOwnDirection() {
        double[] risk = {0.5, 0.6, 0.7, 0.5, 1.0};
        double[] utility = {0.8, 0.9, 0.85, 0.7, 1.0};

        // with both figures read as risks the lowest point wins alone
        assertArrayEquals(new boolean[] {false, false, false, true, false},
                ParetoFront.of(risk, RISK, utility, RISK));
    }

    @Test
    void keepsEqualPointsTogether() {
        assertArrayEquals(new boolean[] {true, true, false},
                ParetoFront.of(new double[] {0.5, 0.5, 0.6}, RISK, new double[] {0.9, 0.9, 0.9},
                        UTILITY));
    }

    @Test
    void leavesAPointWithAMissingFigureOffTheFrontAndLetsItDominateNothing() {
        // b would beat a on utility, but its risk is missing
        assertArrayEquals(new boolean[] {true, false},
                ParetoFront.of(new double[] {0.5, Double.NaN}, RISK, new double[] {0.8, 0.9},
                        UTILITY));
    }

    @Test
    void rejectsANeutralFigure() {
        assertThrows(IllegalArgumentException.class, () -> ParetoFront.of(new double[] {1},
                Sense.NEUTRAL, new double[] {1}, UTILITY));
    }
}
