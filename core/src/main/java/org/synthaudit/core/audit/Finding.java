package org.synthaudit.core.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one evaluator concluded.
 *
 * @param id the evaluator's id, e.g. {@code membership.dcr}
 * @param title a heading for the report
 * @param category the question it answers
 * @param threatModel what the attacker is assumed to know and do, in a few sentences; empty
 *     for metrics that are not attacks
 * @param headline the id of the figure that sums the finding up, or {@code null} when the
 *     finding was skipped
 * @param figures every figure, headline first
 * @param series chart data
 * @param notes assumptions, caveats and anything left out, one sentence each
 * @param skipped why the evaluator did not run, or {@code null} when it ran
 * @param attackerKnowledge what the attacker is assumed to have, the structured part of the
 *     threat model; empty for metrics that are not attacks and for skipped findings
 */
public record Finding(String id, String title, Category category, String threatModel,
        String headline, List<Figure> figures, List<Series> series, List<String> notes,
        String skipped, List<Knowledge> attackerKnowledge) {

    /** Checks that the headline names one of the figures and freezes the lists. */
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        threatModel = threatModel == null ? "" : threatModel;
        figures = List.copyOf(figures);
        series = List.copyOf(series);
        notes = List.copyOf(notes);
        attackerKnowledge = List.copyOf(attackerKnowledge);
        if (skipped == null && figures.stream().noneMatch(f -> f.id().equals(headline))) {
            throw new IllegalArgumentException("finding " + id + ": headline " + headline
                    + " is not one of its figures");
        }
    }

    /**
     * A finding that states no attacker knowledge: a metric's, or an attack's that describes
     * its threat model in words only.
     *
     * @param id the evaluator id
     * @param title the heading
     * @param category the category
     * @param threatModel the threat model in words, or empty
     * @param headline the id of the headline figure, or {@code null} when skipped
     * @param figures every figure, headline first
     * @param series chart data
     * @param notes assumptions and caveats
     * @param skipped why the evaluator did not run, or {@code null}
     */
    public Finding(String id, String title, Category category, String threatModel,
            String headline, List<Figure> figures, List<Series> series, List<String> notes,
            String skipped) {
        this(id, title, category, threatModel, headline, figures, series, notes, skipped,
                List.of());
    }

    /**
     * A finding for an evaluator that could not run.
     *
     * @param id the evaluator id
     * @param title the heading
     * @param category the category
     * @param reason why it was skipped
     * @return the finding, with no figures
     */
    public static Finding skipped(String id, String title, Category category, String reason) {
        return new Finding(id, title, category, "", null, List.of(), List.of(), List.of(),
                reason);
    }

    /**
     * Finds a figure by id.
     *
     * @param figureId the figure id
     * @return the figure, or empty
     */
    public Optional<Figure> figure(String figureId) {
        return figures.stream().filter(f -> f.id().equals(figureId)).findFirst();
    }

    /**
     * The headline figure.
     *
     * @return the headline, or empty when the finding was skipped
     */
    public Optional<Figure> headlineFigure() {
        return headline == null ? Optional.empty() : figure(headline);
    }
}
