package org.synthaudit.harness.fakes;

import java.util.List;
import java.util.Optional;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * An evaluator for tests: its figure {@code <id>.share} is the synthetic rows over the training
 * rows, capped at 1, or it is skipped when told so.
 */
public class FakeEvaluator implements Evaluator {
    private final String id;
    private final String skipReason;

    /**
     * Creates the evaluator.
     *
     * @param id its id
     * @param skipReason the reason it gives for not running, or {@code null} to run
     */
    public FakeEvaluator(String id, String skipReason) {
        this.id = id;
        this.skipReason = skipReason;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "Counts rows (test double).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("targets", "100", "rows to look at"));
    }

    @Override
    public String title() {
        return "Fake " + id;
    }

    @Override
    public Category category() {
        return Category.FIDELITY;
    }

    @Override
    public Optional<String> inapplicable(AuditContext context) {
        return Optional.ofNullable(skipReason);
    }

    @Override
    public Finding evaluate(AuditContext context) {
        double share = Math.min(1, context.synthetic().rowCount()
                / (double) context.train().rowCount());
        Figure figure = new Figure(id + ".share", "share", null,
                Estimate.of(share, share / 2, share, 0.95, "test"),
                Estimate.exact(1, "test"), Bounds.UNIT, Sense.NEUTRAL);
        return new Finding(id, title(), category(), "", figure.id(), List.of(figure), List.of(),
                List.of(), null);
    }
}
