package org.synthaudit.core.plugin;

import java.util.List;
import java.util.Optional;
import org.synthaudit.core.audit.AuditContext;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.split.Splits;

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
     * The ids of the figures the evaluator can produce, so that a policy rule on a figure no
     * evaluator produces (a typo) is rejected before the audit starts. Parts that depend on the
     * data are placeholders: {@code fidelity.columns.<column>.distance}. A release mark
     * ({@code @synthetic-2}) is never part of a pattern. An empty list (the default, for
     * evaluators written before figures were declared) means any id that starts with
     * {@link #id()} and a dot.
     *
     * @return the patterns, each starting with {@link #id()} and a dot
     */
    default List<FigurePattern> figures() {
        return List.of();
    }

    /**
     * Checks the parameters against the audit's tables before any evaluator runs, for ranges
     * that depend on the data (a number of records at most the training size, a list of column
     * names). The tables are the real splits, before the generator is fitted. The default checks
     * the parameters alone ({@link #validate(Parameters)}).
     *
     * @param parameters the user's parameters for this evaluator
     * @param splits the train, holdout and reference records (the reference empty in release
     *     mode); their schema is the audit's
     * @throws InvalidParameterException naming the parameter, the value found and what is
     *     allowed
     * @throws org.synthaudit.core.InputException for a problem that involves several parameters
     */
    default void validate(Parameters parameters, Splits splits) {
        validate(parameters);
    }

    /**
     * Runs the evaluator.
     *
     * @param context the audit
     * @return its finding; figures that cannot be computed are undefined with a reason
     */
    Finding evaluate(AuditContext context);
}
