package org.synthaudit.core.audit;

import java.util.Objects;
import java.util.regex.Pattern;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;

/**
 * One named figure of a finding: an estimate with its interval, the baseline it must be read
 * against, and the range it can take. Policies refer to figures by id.
 *
 * @param id a stable dotted id, e.g. {@code membership.dcr.auc} or
 *     {@code fidelity.column.age.ks}; it starts with a lower-case word, and a column-specific
 *     part may hold any column name
 * @param label a short human label, e.g. {@code "ROC AUC"}
 * @param subject what the figure is about (a column, a group), or {@code null} for the whole
 *     table
 * @param estimate the figure, defined or undefined
 * @param baseline what the figure would be without a leak or with a perfect generator (AUC 0.5
 *     for random guessing, 0 for a distance of identical distributions), or undefined with the
 *     reason there is none
 * @param bounds the range the figure can take; a defined estimate outside it is rejected
 * @param sense which direction is bad news
 */
public record Figure(String id, String label, String subject, Estimate estimate,
        Estimate baseline, Bounds bounds, Sense sense) {
    private static final Pattern ID_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    /** Checks the id and that the estimate and baseline lie within the bounds. */
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(sense, "sense");
        if (!ID_PREFIX.matcher(id).lookingAt()) {
            throw new IllegalArgumentException("figure id must start with a lower-case word: "
                    + id);
        }
        requireInside(id, "estimate", estimate, bounds);
        requireInside(id, "baseline", baseline, bounds);
    }

    private static void requireInside(String id, String what, Estimate e, Bounds bounds) {
        if (e instanceof Estimate.Value v && !(bounds.contains(v.value())
                && bounds.contains(v.lower()) && bounds.contains(v.upper()))) {
            throw new IllegalStateException("figure " + id + ": " + what + " " + v
                    + " lies outside its declared range " + bounds);
        }
    }
}
