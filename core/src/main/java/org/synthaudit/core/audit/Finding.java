package org.synthaudit.core.audit;

import java.util.ArrayList;
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
 * @param charts chart data: lines, grouped bars and heatmaps
 * @param notes assumptions, caveats and anything left out, one sentence each
 * @param skipped why the evaluator did not run, or {@code null} when it ran
 * @param attackerKnowledge what the attacker is assumed to have, the structured part of the
 *     threat model; empty for metrics that are not attacks and for skipped findings
 * @param examples training records found copied or re-identified in the scored release, or
 *     {@code null} when the evaluator reports none; record values only when the user asked
 */
public record Finding(String id, String title, Category category, String threatModel,
        String headline, List<Figure> figures, List<Chart> charts, List<String> notes,
        String skipped, List<Knowledge> attackerKnowledge, RecordExamples examples) {

    /**
     * What joins a finding or figure id and the name of the release it scores, in an audit with
     * several releases: {@code membership.dcr.auc@synthetic-2}.
     */
    public static final String RELEASE_SEPARATOR = "@";

    /** Checks that the headline names one of the figures and freezes the lists. */
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        threatModel = threatModel == null ? "" : threatModel;
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
        attackerKnowledge = List.copyOf(attackerKnowledge);
        if (skipped == null && figures.stream().noneMatch(f -> f.id().equals(headline))) {
            throw new IllegalArgumentException("finding " + id + ": headline " + headline
                    + " is not one of its figures");
        }
    }

    /**
     * A finding with no record examples.
     *
     * @param id the evaluator id
     * @param title the heading
     * @param category the category
     * @param threatModel the threat model in words, or empty
     * @param headline the id of the headline figure, or {@code null} when skipped
     * @param figures every figure, headline first
     * @param charts chart data
     * @param notes assumptions and caveats
     * @param skipped why the evaluator did not run, or {@code null}
     * @param attackerKnowledge what the attacker is assumed to have
     */
    public Finding(String id, String title, Category category, String threatModel,
            String headline, List<Figure> figures, List<? extends Chart> charts,
            List<String> notes, String skipped, List<Knowledge> attackerKnowledge) {
        this(id, title, category, threatModel, headline, figures, List.copyOf(charts), notes,
                skipped, attackerKnowledge, null);
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
     * @param charts chart data
     * @param notes assumptions and caveats
     * @param skipped why the evaluator did not run, or {@code null}
     */
    public Finding(String id, String title, Category category, String threatModel,
            String headline, List<Figure> figures, List<? extends Chart> charts,
            List<String> notes, String skipped) {
        this(id, title, category, threatModel, headline, figures, List.copyOf(charts), notes,
                skipped,
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
     * The same finding marked as the one of a release, in an audit with several releases: the
     * finding's id, every figure id and the headline get {@link #RELEASE_SEPARATOR} and the
     * release name appended, the title names the release, and a note says which release was
     * scored.
     *
     * @param release the release name, e.g. {@code synthetic-2}
     * @return the marked finding
     */
    public Finding forRelease(String release) {
        String suffix = RELEASE_SEPARATOR + release;
        List<Figure> marked = figures.stream().map(f -> new Figure(f.id() + suffix, f.label(),
                f.subject(), f.estimate(), f.baseline(), f.bounds(), f.sense())).toList();
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.add("Scored the release " + release + " on its own; the audit scores each of "
                + "its releases separately.");
        return new Finding(id + suffix, title + " (" + release + ")", category, threatModel,
                headline == null ? null : headline + suffix, marked, charts, allNotes, skipped,
                attackerKnowledge, examples);
    }

    /**
     * The same finding with other record examples.
     *
     * @param newExamples the examples, or {@code null} for none
     * @return the changed finding
     */
    public Finding withExamples(RecordExamples newExamples) {
        return new Finding(id, title, category, threatModel, headline, figures, charts, notes,
                skipped, attackerKnowledge, newExamples);
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
