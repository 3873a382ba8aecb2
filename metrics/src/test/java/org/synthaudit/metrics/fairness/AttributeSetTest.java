package org.synthaudit.metrics.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AttributeSetTest {
    private static final ProtectedAttribute RACE = new ProtectedAttribute(0, "race",
            List.of("Black", "White", "(missing)"), null);
    private static final ProtectedAttribute SEX = new ProtectedAttribute(1, "sex",
            List.of("Female", "Male", "(missing)"), null);

    @Nested
    class SinglesAndPairs {
        @Test
        void listsEachAttributeThenEachPair() {
            List<AttributeSet> sets = AttributeSet.singlesAndPairs(List.of(RACE, SEX));

            assertEquals(List.of("race", "sex", "race&sex"), sets.stream().map(
                    AttributeSet::name).toList());
        }
    }

    @Nested
    class Label {
        @Test
        void namesTheGroupsOfAnIntersection() {
            AttributeSet both = new AttributeSet(List.of(RACE, SEX));

            assertEquals(9, both.groupCount());
            assertEquals("Black & Female", both.label(0));
            assertEquals("White & (missing)", both.label(5));
        }
    }

    @Test
    void rejectsThreeAttributes() {
        assertThrows(IllegalArgumentException.class, () -> new AttributeSet(List.of(RACE, SEX,
                RACE)));
    }
}
