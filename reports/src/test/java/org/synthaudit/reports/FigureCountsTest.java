package org.synthaudit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FigureCountsTest {
    @Nested
    class Of {
        @Test
        void countsComputedAndUndefinedFiguresAndSkippedFindings() {
            FigureCounts counts = FigureCounts.of(ReportFixture.plain().build().findings());

            assertEquals(new FigureCounts(7, 6, 1, 1), counts);
        }

        @Test
        void countsNothingWithoutFindings() {
            assertEquals(new FigureCounts(0, 0, 0, 0), FigureCounts.of(List.of()));
        }
    }
}
