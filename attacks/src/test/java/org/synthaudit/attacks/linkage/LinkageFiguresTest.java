package org.synthaudit.attacks.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.attacks.linkage.LinkageFigures.Comparison;
import org.synthaudit.attacks.linkage.Outcome.Group;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

class LinkageFiguresTest {
    private final HandTable table = new HandTable();
    /** r0, r2 and r4 are F (code 0); r1 and r3 are M. */
    private final Dataset real = table.real;
    private final Group female = new Group(1, 0, "sex", "F");

    private Comparison comparison() {
        return Comparison.of(
                Outcome.ofAll(real, new boolean[] {true, true, false, false, true}),
                Outcome.ofAll(real, new boolean[] {false, false, false, true, false}));
    }

    private static Figure figure(List<Figure> figures, String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    class Compare {
        @Test
        void addsTheGainFirstThenBothRates() {
            LinkageFigures figures = new LinkageFigures("linkage", 1);
            figures.compare(null, "reidentification", "Re-identification", comparison());
            List<Figure> list = figures.figures();
            assertEquals(List.of("linkage.reidentification.gain",
                    "linkage.reidentification.rate_members",
                    "linkage.reidentification.rate_holdout"),
                    list.stream().map(Figure::id).toList());
            Estimate.Value gain = (Estimate.Value) list.getFirst().estimate();
            assertEquals(3 / 5.0 - 1 / 5.0, gain.value(), 1e-12);
            assertEquals(Bounds.SIGNED_UNIT, list.getFirst().bounds());
            assertEquals(Sense.HIGHER_IS_WORSE, list.getFirst().sense());
            assertEquals(list.get(2).estimate(), list.get(1).baseline());
            assertNull(list.get(1).subject());
        }

        @Test
        void countsOnlyTheGroupsRecordsUnderTheGroupsId() {
            LinkageFigures figures = new LinkageFigures("linkage", 3);
            figures.compare(female, "reidentification", "Re-identification", comparison());
            Figure members = figure(figures.figures(),
                    "linkage.group.sex.F.reidentification.rate_members");
            assertEquals("sex=F", members.subject());
            assertTrue(((Estimate.Value) members.estimate()).method().endsWith(", 2/3"));
        }

        @Test
        void leavesARateOfATooSmallGroupUndefined() {
            LinkageFigures figures = new LinkageFigures("linkage", 4);
            figures.compare(female, "reidentification", "Re-identification", comparison());
            Figure gain = figure(figures.figures(), "linkage.group.sex.F.reidentification.gain");
            assertFalse(gain.estimate().isDefined());
            assertEquals("the member rate is undefined: group sex=F has 3 member attempt(s), "
                    + "fewer than the minimum group size of 4",
                    ((Estimate.Undefined) gain.estimate()).reason());
        }

        @Test
        void passesTheReasonOfAnUndefinedMeasureOn() {
            LinkageFigures figures = new LinkageFigures("linkage", 1);
            figures.compare(null, "disclosure", "Disclosure", Comparison.undefined("nothing"));
            assertTrue(figures.figures().stream().noneMatch(f -> f.estimate().isDefined()));
        }
    }

    @Nested
    class Pair {
        @Test
        void namesTheMissingAttemptsOfAnEmptyRate() {
            LinkageFigures figures = new LinkageFigures("linkage", 1);
            boolean[] none = new boolean[5];
            figures.pair(null, "precision", "Precision", "confident matches",
                    Comparison.of(new Outcome(real, none, none), new Outcome(real, none, none)));
            assertEquals("no member confident matches, so the rate 0/0 is undefined",
                    ((Estimate.Undefined) figures.figures().getFirst().estimate()).reason());
        }

        @Test
        void addsTheMemberRateAgainstTheHoldoutRate() {
            LinkageFigures figures = new LinkageFigures("linkage", 1);
            figures.pair(null, "precision", "Precision", "confident matches", comparison());
            List<Figure> list = figures.figures();
            assertEquals("linkage.precision", list.get(0).id());
            assertEquals("linkage.precision_holdout", list.get(1).id());
            assertEquals(0.6, ((Estimate.Value) list.get(0).estimate()).value(), 1e-12);
        }
    }
}
