package org.synthaudit.core.plugin;

import java.util.Optional;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Finding;

/**
 * An attack or a metric: reads the audit context and returns one finding. Implementations are
 * found with {@link java.util.ServiceLoader}; a new attack is one class plus its registration.
 */
public interface Evaluator extends Plugin {

    /**
     * A heading for the report.
     *
     * @return a short title, e.g. {@code "Membership inference: distance to closest record"}
     */
    String title();

    /**
     * The question the evaluator answers.
     *
     * @return its category
     */
    Category category();

    /**
     * Tells why the evaluator cannot run on this audit (a missing role, a release-mode audit for
     * an attack that must re-run the generator).
     *
     * @param context the audit
     * @return the reason, or empty when it can run
     */
    default Optional<String> inapplicable(AuditContext context) {
        return Optional.empty();
    }

    /**
     * Tells whether the finding depends on the records of the synthetic release. An audit with
     * several releases runs such an evaluator once per release, each time on a context that
     * holds only that release; an evaluator that only re-fits the generator and samples its own
     * releases (a shadow-model attack) answers false and runs once.
     *
     * @return true (the default) when the evaluator scores the release it is given
     */
    default boolean scoresRelease() {
        return true;
    }

    /**
     * Runs the evaluator.
     *
     * @param context the audit
     * @return its finding; figures that cannot be computed are undefined with a reason
     */
    Finding evaluate(AuditContext context);
}
