package org.synthaudit.harness.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.synthaudit.core.audit.FigurePattern;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.plugin.Evaluator;

/**
 * The figure ids the installed evaluators can produce, as they declare them
 * ({@link Evaluator#figures()}), so that a policy rule on a figure no evaluator produces is
 * found before the audit starts, with the closest known ids as a hint.
 *
 * <p>An id may end in a release mark, {@code @synthetic} or {@code @synthetic-<n>} with
 * {@code n >= 2}; the rest is matched against the patterns. An evaluator that declares no
 * pattern is taken to produce every id that starts with its own id and a dot.
 */
public final class FigureCatalog {
    private static final Pattern RELEASE = Pattern.compile("synthetic(-([2-9]|[1-9][0-9]+))?");
    private static final int HINTS = 3;

    private final List<FigurePattern> patterns;
    private final List<String> undeclared;

    private FigureCatalog(List<FigurePattern> patterns, List<String> undeclared) {
        this.patterns = List.copyOf(patterns);
        this.undeclared = List.copyOf(undeclared);
    }

    /**
     * The catalog of a set of evaluators.
     *
     * @param evaluators the installed evaluators
     * @return their figures
     */
    public static FigureCatalog of(Iterable<? extends Evaluator> evaluators) {
        List<FigurePattern> patterns = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        for (Evaluator evaluator : evaluators) {
            if (evaluator.figures().isEmpty()) {
                undeclared.add(evaluator.id());
            }
            patterns.addAll(evaluator.figures());
        }
        return new FigureCatalog(patterns, undeclared);
    }

    /**
     * Tells what is wrong with a figure id a rule names, if anything.
     *
     * @param figureId the id, possibly with a release mark; not a {@code schema.} figure
     * @return empty when some evaluator can produce it, else the problem in words with the
     *     closest known ids
     */
    public java.util.Optional<String> problem(String figureId) {
        int at = figureId.lastIndexOf(Finding.RELEASE_SEPARATOR);
        String id = at < 0 ? figureId : figureId.substring(0, at);
        if (at >= 0 && !RELEASE.matcher(figureId.substring(at + 1)).matches()) {
            return java.util.Optional.of("'" + figureId.substring(at + 1) + "' after '"
                    + Finding.RELEASE_SEPARATOR + "' is not a release name; releases are named "
                    + "synthetic, synthetic-2, synthetic-3, ...");
        }
        if (knows(id)) {
            return java.util.Optional.empty();
        }
        List<String> hints = closest(id);
        return java.util.Optional.of("no installed evaluator produces the figure '" + id + "'"
                + (hints.isEmpty() ? "" : "; closest known: " + String.join(", ", hints))
                + " (synthaudit list shows the evaluators)");
    }

    /**
     * Tells whether some evaluator can produce a figure.
     *
     * @param id a figure id without a release mark
     * @return true when a pattern matches it, or it belongs to an evaluator that declares none
     */
    public boolean knows(String id) {
        return patterns.stream().anyMatch(p -> p.matches(id))
                || undeclared.stream().anyMatch(e -> id.startsWith(e + "."));
    }

    /**
     * The known ids closest to a mistyped one, by edit distance. Placeholders of a pattern whose
     * ids have as many dot-separated parts as the mistyped id take that id's parts, so that
     * {@code fidelity.column.age.tvdd} is answered with {@code fidelity.column.age.tvd}.
     *
     * @param id the mistyped id
     * @return up to three suggestions, closest first
     */
    List<String> closest(String id) {
        Set<String> candidates = new LinkedHashSet<>();
        for (FigurePattern pattern : patterns) {
            candidates.add(instance(pattern, id));
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> distance(c, id))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(HINTS).toList();
    }

    private static String instance(FigurePattern pattern, String id) {
        if (pattern.fixed()) {
            return pattern.pattern();
        }
        String[] parts = pattern.pattern().split("\\.", -1);
        String[] given = id.split("\\.", -1);
        if (parts.length != given.length) {
            return pattern.pattern();
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].matches("<[a-z0-9-]+>")) {
                parts[i] = given[i];
            }
        }
        return String.join(".", parts);
    }

    /** The Levenshtein distance: insertions, deletions and substitutions of one character. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
