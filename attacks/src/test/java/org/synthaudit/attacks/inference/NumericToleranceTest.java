package org.synthaudit.attacks.inference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumericToleranceTest {

    @Test
    void judgesZeroTruthWithinTheRangeTolerance() {
        // range 10 (half 5), tolerance 10 %: a guess within 1 of a true 0 hits
        NumericTolerance rule = new NumericTolerance(0.1, 5, true);

        assertTrue(rule.hit(1, 0));
        assertFalse(rule.hit(1.5, 0));
    }

    @Test
    void keepsARangeThatOverflowsADoubleFinite() {
        // datetime-style rule over the real range [-1e308, 1e308] (half 1e308), tolerance
        // 10 %: within 2e307 of the truth hits, the far end of the range misses
        NumericTolerance rule = new NumericTolerance(0.1, 1e308, false);

        assertTrue(rule.hit(1e308 - 1e307, 1e308));
        assertFalse(rule.hit(-1e308, 1e308));
        assertFalse(rule.hit(1e308 - 3e307, 1e308));
        assertTrue(rule.describe("c").contains("2 x 1.0E308"), rule.describe("c"));
    }
}
