package org.synthaudit.metrics.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CategoryCoverageTest {

    @Nested
    class Between {
        @Test
        void countsTheRealCategoriesTheOtherSampleHas() {
            assertEquals(2.0 / 3, CategoryCoverage.INSTANCE.between(new int[] {5, 1, 1, 0}, 7,
                    new int[] {1, 0, 3, 9}, 13), 1e-15);
        }
    }
}
