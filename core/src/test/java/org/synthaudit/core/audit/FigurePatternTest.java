package org.synthaudit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Tests of {@link FigurePattern}: which figure ids a pattern accepts. */
class FigurePatternTest {
    @Nested
    class Matches {
        @Test
        void acceptsAFixedIdExactlyAndNothingElse() {
            FigurePattern auc = FigurePattern.of("membership.dcr.auc");

            assertTrue(auc.matches("membership.dcr.auc"));
            assertFalse(auc.matches("membership.dcr.acu"));
            assertFalse(auc.matches("membership.dcr.auc_ratio"));
            assertFalse(auc.matches("xmembership.dcr.auc"));
        }

        @Test
        void letsAPlaceholderStandForAnyTextIncludingDots() {
            FigurePattern tvd = FigurePattern.of("fidelity.column.<column>.tvd");

            assertTrue(tvd.matches("fidelity.column.age.tvd"));
            assertTrue(tvd.matches("fidelity.column.visit.date.tvd"));
            assertTrue(tvd.matches("fidelity.column.a|b (c).tvd"));
            assertFalse(tvd.matches("fidelity.column..tvd"));
            assertFalse(tvd.matches("fidelity.column.age.tvdd"));
        }

        @Test
        void readsTheLiteralTextAsTextNotAsARegularExpression() {
            FigurePattern pattern = FigurePattern.of("membership.shadow.tpr_at_fpr_0.1");

            assertFalse(pattern.matches("membership.shadow.tpr_at_fpr_001"));
        }
    }

    @Nested
    class Of {
        @Test
        void rejectsAStrayAngleBracket() {
            assertThrows(IllegalArgumentException.class, () -> FigurePattern.of("a.<b"));
            assertThrows(IllegalArgumentException.class, () -> FigurePattern.of("a.<B>.c"));
            assertThrows(IllegalArgumentException.class, () -> FigurePattern.of(" "));
        }

        @Test
        void listsItsPlaceholders() {
            FigurePattern pattern = FigurePattern.of("fairness.<attribute>.<group>.share");

            assertEquals(List.of("attribute", "group"), pattern.placeholders());
            assertFalse(pattern.fixed());
            assertTrue(FigurePattern.of("fairness.x").fixed());
        }
    }

    @Nested
    class Under {
        @Test
        void joinsThePrefixAndEachNameWithADot() {
            assertEquals(List.of(FigurePattern.of("m.auc"), FigurePattern.of("m.target.<i>.auc")),
                    FigurePattern.under("m", "auc", "target.<i>.auc"));
        }
    }
}
