package org.synthaudit.reports;

import java.util.List;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;

/**
 * How many figures the findings of an audit requested, and how many of them were computed or
 * left undefined, so a report never drops an undefined figure silently.
 *
 * @param requested every figure of every finding (computed plus undefined)
 * @param computed the figures with a defined estimate
 * @param undefined the figures whose estimate is undefined, each with its reason
 * @param skippedFindings findings whose evaluator did not run; their figures are unknown and
 *     not counted above
 */
record FigureCounts(int requested, int computed, int undefined, int skippedFindings) {

    /**
     * Counts the figures of some findings.
     *
     * @param findings the findings of an audit
     * @return the counts
     */
    static FigureCounts of(List<Finding> findings) {
        int computed = 0;
        int undefined = 0;
        int skipped = 0;
        for (Finding finding : findings) {
            if (finding.skipped() != null) {
                skipped++;
            }
            for (Figure figure : finding.figures()) {
                if (figure.estimate().isDefined()) {
                    computed++;
                } else {
                    undefined++;
                }
            }
        }
        return new FigureCounts(computed + undefined, computed, undefined, skipped);
    }
}
