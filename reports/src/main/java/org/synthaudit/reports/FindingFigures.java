package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.synthaudit.core.audit.AuditResult.RuleOutcome;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.reports.ReportView.EstimateView;
import org.synthaudit.reports.ReportView.StatusBadge;

/**
 * The figures of one finding as the HTML report lays them out: the headline first, then the
 * other figures about the whole table, then the figures about one subject each (a column, a
 * pair, a group, a target) in one compact table per kind of figure.
 *
 * <p>A kind with more than {@value #OPEN_ROWS} rows is folded, and so is every kind of a finding
 * with more than {@value #OPEN_TOTAL} per-subject rows; the list of kinds is folded as well when
 * there are more than {@value #OPEN_KINDS}. A kind of one row is listed with the summary
 * figures; when there are more than {@value #OPEN_METHODS} of those, their methods are listed,
 * folded, under their table rather than under each row.
 *
 * <p>A kind is the figures that share a label once the subject is taken out of it, a range and a
 * sense, such as the Kolmogorov-Smirnov statistic of every numeric column. Its method and its
 * baseline's method are stated once, above its table: the words every row's method shares, with
 * {@value #VARIES} where the rows differ (the subject and its counts). Each row's full method is
 * in {@code report.json}; nothing is left out there.
 *
 * @param headline the headline figure, or {@code null} when the finding was skipped
 * @param summary the other figures about the whole table, and the kinds with a single row
 * @param footnotes the parts of the summary figures' methods that several of them share, stated
 *     once under their table and referred to by number
 * @param methodsFolded what the folded list of the summary figures' methods holds, e.g.
 *     {@code Methods of these 23 figures and of their baselines}, when there are more than
 *     {@value #OPEN_METHODS} of them and their methods are listed under the table instead of
 *     under each row; else {@code null}
 * @param kinds the figures about one subject each, one entry per kind
 * @param kindsFolded what the folded list of kinds holds, e.g. {@code 42 tables of 181
 *     figures, 94 undefined}, when there are more than {@value #OPEN_KINDS} kinds and the list
 *     itself is folded; else {@code null}
 */
record FindingFigures(HeadlineView headline, List<SummaryRow> summary,
        List<Footnote> footnotes, String methodsFolded, List<KindView> kinds,
        String kindsFolded) {
    /** What stands for the part of a method that differs between the rows of a kind. */
    static final String VARIES = "…";
    /** What a kind states when its baselines' methods share no word. */
    static final String DIFFERENT = "differs from row to row; report.json has each row's";
    /** A kind with more rows than this is folded by default. */
    static final int OPEN_ROWS = 6;
    /** When a finding has more per-subject rows than this, every kind is folded by default. */
    static final int OPEN_TOTAL = 20;
    /** When a finding has more kinds than this, their list is folded too. */
    static final int OPEN_KINDS = 3;
    /** When a finding has more summary figures than this, their methods are folded. */
    static final int OPEN_METHODS = 8;
    /** What separates the clauses of a method. */
    private static final String CLAUSE = "; ";
    /** A clause shorter than this is repeated where it is used rather than made a footnote. */
    private static final int FOOTNOTE_LENGTH = 40;

    /**
     * Lays out the figures of a finding.
     *
     * @param finding the finding
     * @param rules the policy's rule outcomes, for the headline's badges
     * @return the layout; empty lists for a skipped finding
     */
    static FindingFigures of(Finding finding, List<RuleOutcome> rules) {
        Figure headline = finding.headlineFigure().orElse(null);
        Map<String, List<Figure>> kinds = new LinkedHashMap<>();
        List<Figure> whole = new ArrayList<>();
        for (Figure figure : finding.figures()) {
            if (figure == headline) {
                continue;
            }
            if (figure.subject() == null) {
                whole.add(figure);
            } else {
                kinds.computeIfAbsent(kindKey(figure), k -> new ArrayList<>()).add(figure);
            }
        }
        List<Figure> summary = new ArrayList<>(whole);
        int perSubject = kinds.values().stream().filter(k -> k.size() > 1)
                .mapToInt(List::size).sum();
        List<KindView> tables = new ArrayList<>();
        for (List<Figure> kind : kinds.values()) {
            if (kind.size() == 1) {
                summary.add(kind.getFirst());
            } else {
                tables.add(KindView.of(kind, kind.size() <= OPEN_ROWS
                        && perSubject <= OPEN_TOTAL));
            }
        }
        Footnotes footnotes = new Footnotes(summary.stream().flatMap(f -> Stream.of(
                methodOf(f.estimate()), baselineMethodOf(f))).toList());
        return new FindingFigures(headline == null ? null : HeadlineView.of(headline, rules),
                summary.stream().map(f -> SummaryRow.of(f, footnotes)).toList(),
                footnotes.list(), summary.size() <= OPEN_METHODS ? null
                        : "Methods of these " + summary.size() + " figures and of their baselines",
                tables,
                tables.size() <= OPEN_KINDS ? null : folded(tables, perSubject));
    }

    private static String methodOf(Estimate estimate) {
        return estimate instanceof Estimate.Value v ? v.method() : null;
    }

    /** The baseline's method when it is shown: defined and not the estimate's. */
    private static String baselineMethodOf(Figure figure) {
        String method = methodOf(figure.baseline());
        return method == null || method.equals(methodOf(figure.estimate())) ? null : method;
    }

    /**
     * A part of several methods, stated once.
     *
     * @param number its number, from 1
     * @param text the clauses, as in the methods
     */
    record Footnote(int number, String text) {
    }

    /**
     * Numbers the runs of clauses that several methods share, in the order they first occur, and
     * writes each method with its shared runs replaced by their numbers in brackets.
     */
    private static final class Footnotes {
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final Map<String, Integer> numbers = new LinkedHashMap<>();

        Footnotes(List<String> methods) {
            for (String method : methods) {
                if (method != null) {
                    List.of(method.split(CLAUSE, -1)).stream().distinct()
                            .forEach(c -> counts.merge(c, 1, Integer::sum));
                }
            }
            methods.forEach(this::write);
        }

        private boolean shared(String clause) {
            return clause.length() >= FOOTNOTE_LENGTH && counts.getOrDefault(clause, 0) > 1;
        }

        /**
         * Writes a method with its shared runs as references.
         *
         * @param method the method, or {@code null}
         * @return e.g. {@code ratio of the accuracies [1]}, or {@code null}
         */
        String write(String method) {
            if (method == null) {
                return null;
            }
            List<String> own = new ArrayList<>();
            List<String> run = new ArrayList<>();
            StringBuilder out = new StringBuilder();
            for (String clause : method.split(CLAUSE, -1)) {
                if (shared(clause)) {
                    run.add(clause);
                    continue;
                }
                flush(out, own, run);
                own.add(clause);
            }
            flush(out, own, run);
            String text = out + String.join(CLAUSE, own);
            return text.endsWith(CLAUSE) ? text.substring(0, text.length() - CLAUSE.length())
                    : text;
        }

        private void flush(StringBuilder out, List<String> own, List<String> run) {
            if (run.isEmpty()) {
                return;
            }
            int number = numbers.computeIfAbsent(String.join(CLAUSE, run), k -> numbers.size() + 1);
            out.append(String.join(CLAUSE, own)).append(own.isEmpty() ? "" : " ")
                    .append('[').append(number).append(']');
            own.clear();
            run.clear();
            out.append(CLAUSE);
        }

        List<Footnote> list() {
            return numbers.entrySet().stream().map(e -> new Footnote(e.getValue(), e.getKey()))
                    .toList();
        }
    }

    private static String folded(List<KindView> tables, int figures) {
        long undefined = tables.stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.estimate().undefinedReason() != null).count();
        return tables.size() + " tables of " + figures + " figures"
                + (undefined == 0 ? "" : ", " + undefined + " undefined");
    }

    /** The label without its subject, the range and the sense: what makes figures one kind. */
    private static String kindKey(Figure figure) {
        return labelOfKind(figure) + '\u0000' + figure.bounds() + '\u0000' + figure.sense();
    }

    private static String labelOfKind(Figure figure) {
        String subject = figure.subject();
        int at = wordAt(figure.label(), subject);
        return at < 0 ? figure.label() : figure.label().substring(0, at) + VARIES
                + figure.label().substring(at + subject.length());
    }

    /**
     * Where a subject occurs in a label as a whole word or words, not inside a longer word.
     *
     * @param label the label
     * @param subject the subject
     * @return the index of its first such occurrence, or -1
     */
    static int wordAt(String label, String subject) {
        if (subject.isEmpty()) {
            return -1;
        }
        for (int at = label.indexOf(subject); at >= 0; at = label.indexOf(subject, at + 1)) {
            int end = at + subject.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(label.charAt(at - 1));
            boolean after = end == label.length() || !Character.isLetterOrDigit(label.charAt(end));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    /**
     * An estimate as text at the resolution of its figure's declared range.
     *
     * @param estimate the estimate
     * @param bounds the figure's range
     * @return the estimate as text
     */
    static EstimateView estimateText(Estimate estimate, Bounds bounds) {
        return switch (estimate) {
            case Estimate.Value v -> new EstimateView(Numbers.format(v.value(), bounds),
                    Numbers.interval(v, bounds), Numbers.level(v.level()), v.method(), null);
            case Estimate.Undefined u -> new EstimateView(null, null, null, null, u.reason());
        };
    }

    /**
     * How to read a figure.
     *
     * @param sense the figure's sense
     * @return e.g. {@code higher is worse}, or {@code null} for a neutral figure
     */
    static String senseText(Sense sense) {
        return switch (sense) {
            case HIGHER_IS_WORSE -> "higher is worse";
            case HIGHER_IS_BETTER -> "higher is better";
            case NEUTRAL -> null;
        };
    }

    /**
     * The words that every text shares at its start and at its end, with {@value #VARIES} where
     * the texts differ.
     *
     * @param texts at least one text
     * @return the shared words, e.g. {@code Wilson score 95%, …}; the text itself when all are
     *     the same; {@code null} when they share no word at either end
     */
    static String shared(List<String> texts) {
        List<String[]> words = texts.stream().map(t -> t.split(" ", -1)).toList();
        String[] first = words.getFirst();
        if (texts.stream().allMatch(texts.getFirst()::equals)) {
            return texts.getFirst();
        }
        int shortest = words.stream().mapToInt(w -> w.length).min().orElse(0);
        int prefix = 0;
        while (prefix < shortest && sameAt(words, prefix, false)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shortest - prefix && sameAt(words, suffix, true)) {
            suffix++;
        }
        if (prefix + suffix == 0) {
            return null;
        }
        List<String> out = new ArrayList<>(List.of(first).subList(0, prefix));
        out.add(VARIES);
        out.addAll(List.of(first).subList(first.length - suffix, first.length));
        return String.join(" ", out);
    }

    private static boolean sameAt(List<String[]> words, int index, boolean fromEnd) {
        String[] first = words.getFirst();
        String word = fromEnd ? first[first.length - 1 - index] : first[index];
        return words.stream().allMatch(w -> word.equals(fromEnd ? w[w.length - 1 - index]
                : w[index]));
    }

    /**
     * The headline figure, shown first and large.
     *
     * @param id the figure id
     * @param label its label
     * @param subject its subject, or {@code null}
     * @param estimate the estimate
     * @param baseline its baseline
     * @param sense how to read it, or {@code null}
     * @param statuses the outcomes of the rules that read it
     */
    record HeadlineView(String id, String label, String subject, EstimateView estimate,
            EstimateView baseline, String sense, List<StatusBadge> statuses) {
        static HeadlineView of(Figure figure, List<RuleOutcome> rules) {
            List<StatusBadge> statuses = rules.stream()
                    .filter(r -> r.figureId().equals(figure.id()))
                    .map(r -> StatusBadge.of(r.status())).toList();
            return new HeadlineView(figure.id(), figure.label(), figure.subject(),
                    estimateText(figure.estimate(), figure.bounds()),
                    estimateText(figure.baseline(), figure.bounds()),
                    senseText(figure.sense()), statuses);
        }
    }

    /**
     * A figure about the whole table (or the only figure of its kind), with its own method.
     *
     * @param id the figure id
     * @param label its label
     * @param subject its subject when the label does not name it, or {@code null}
     * @param estimate the estimate
     * @param baseline its baseline
     * @param method the estimate's method, its shared parts as footnote numbers, or
     *     {@code null} when undefined
     * @param baselineMethod the baseline's method when it differs from the estimate's, written
     *     the same way, or {@code null}
     */
    record SummaryRow(String id, String label, String subject, EstimateView estimate,
            EstimateView baseline, String method, String baselineMethod) {
        static SummaryRow of(Figure figure, Footnotes footnotes) {
            String subject = figure.subject() == null
                    || wordAt(figure.label(), figure.subject()) >= 0 ? null : figure.subject();
            return new SummaryRow(figure.id(), figure.label(), subject,
                    estimateText(figure.estimate(), figure.bounds()),
                    estimateText(figure.baseline(), figure.bounds()),
                    footnotes.write(methodOf(figure.estimate())),
                    footnotes.write(baselineMethodOf(figure)));
        }
    }

    /**
     * One kind of per-subject figure: its table and what its rows share.
     *
     * @param label the label with the subject taken out
     * @param idPattern the figure ids with {@value #VARIES} for the subject, e.g.
     *     {@code fidelity.column.….ks}
     * @param method the estimates' shared method, or {@code null} when no row is defined
     * @param methodPerRow whether the methods share no word, so that each row shows its own
     * @param baselineMethod the baselines' shared method, or {@code null}
     * @param baselineUndefined the reason when every baseline is undefined for the same reason,
     *     stated once instead of a column; else {@code null}
     * @param level the confidence level every defined row shares, e.g. {@code 95 %}, or
     *     {@code null} when they differ (each row then shows its own)
     * @param sense how to read the figures, or {@code null}
     * @param open whether the table is shown unfolded
     * @param count how many rows, e.g. {@code 14 rows}
     * @param undefined how many rows are undefined, e.g. {@code 1 undefined}, or {@code null}
     * @param extreme the worst row (or the range for a neutral figure), e.g.
     *     {@code largest 0.0312 (age)}, or {@code null} when no row is defined
     * @param rows the rows, in the order the evaluator gave them
     */
    record KindView(String label, String idPattern, String method, boolean methodPerRow,
            String baselineMethod, String baselineUndefined, String level, String sense,
            boolean open, String count, String undefined, String extreme, List<KindRow> rows) {

        static KindView of(List<Figure> figures, boolean open) {
            Figure first = figures.getFirst();
            List<Estimate.Value> values = values(figures.stream().map(Figure::estimate)
                    .toList());
            List<Estimate.Value> baselines = values(figures.stream().map(Figure::baseline)
                    .toList());
            String method = values.isEmpty() ? null
                    : shared(values.stream().map(Estimate.Value::method).toList());
            boolean perRow = !values.isEmpty() && method == null;
            String baselineMethod = baselines.isEmpty() ? null
                    : shared(baselines.stream().map(Estimate.Value::method).toList());
            String baselineUndefined = sameUndefinedReason(figures);
            String level = sharedLevel(values);
            List<KindRow> rows = figures.stream().map(f -> KindRow.of(f, perRow, level == null,
                    baselineUndefined == null)).toList();
            long undefined = figures.stream().filter(f -> !f.estimate().isDefined()).count();
            return new KindView(labelOfKind(first), idPattern(figures), method, perRow,
                    baselineMethod == null && !baselines.isEmpty() ? DIFFERENT : baselineMethod,
                    baselineUndefined, level, senseText(first.sense()), open,
                    figures.size() + " rows", undefined == 0 ? null : undefined + " undefined",
                    extreme(figures), rows);
        }

        private static List<Estimate.Value> values(List<Estimate> estimates) {
            return estimates.stream().filter(e -> e instanceof Estimate.Value)
                    .map(e -> (Estimate.Value) e).toList();
        }

        private static String sameUndefinedReason(List<Figure> figures) {
            List<String> reasons = figures.stream().map(Figure::baseline)
                    .map(b -> b instanceof Estimate.Undefined u ? u.reason() : null).toList();
            String first = reasons.getFirst();
            return first != null && reasons.stream().allMatch(first::equals) ? first : null;
        }

        private static String sharedLevel(List<Estimate.Value> values) {
            List<String> levels = values.stream().map(v -> Numbers.level(v.level())).distinct()
                    .toList();
            return levels.size() == 1 ? levels.getFirst() : null;
        }

        private static String idPattern(List<Figure> figures) {
            List<String> ids = figures.stream().map(Figure::id).toList();
            String first = ids.getFirst();
            int shortest = ids.stream().mapToInt(String::length).min().orElse(0);
            int prefix = 0;
            while (prefix < shortest && sameChar(ids, prefix, false)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < shortest - prefix && sameChar(ids, suffix, true)) {
                suffix++;
            }
            int start = first.lastIndexOf('.', prefix - 1) + 1;
            int end = first.indexOf('.', first.length() - suffix);
            end = end < 0 || end < start ? first.length() : end;
            return first.substring(0, start) + VARIES + first.substring(end);
        }

        private static boolean sameChar(List<String> ids, int index, boolean fromEnd) {
            String first = ids.getFirst();
            char c = fromEnd ? first.charAt(first.length() - 1 - index) : first.charAt(index);
            return ids.stream().allMatch(id -> c == (fromEnd ? id.charAt(id.length() - 1 - index)
                    : id.charAt(index)));
        }

        /** The worst defined row by the figure's sense, or the range of a neutral figure. */
        private static String extreme(List<Figure> figures) {
            List<Figure> defined = figures.stream().filter(f -> f.estimate().isDefined())
                    .toList();
            if (defined.isEmpty()) {
                return null;
            }
            Figure low = defined.getFirst();
            Figure high = defined.getFirst();
            for (Figure f : defined) {
                low = value(f) < value(low) ? f : low;
                high = value(f) > value(high) ? f : high;
            }
            Bounds bounds = defined.getFirst().bounds();
            return switch (defined.getFirst().sense()) {
                case HIGHER_IS_WORSE -> "largest " + Numbers.format(value(high), bounds) + " ("
                        + high.subject() + ")";
                case HIGHER_IS_BETTER -> "smallest " + Numbers.format(value(low), bounds) + " ("
                        + low.subject() + ")";
                case NEUTRAL -> "from " + Numbers.format(value(low), bounds) + " to "
                        + Numbers.format(value(high), bounds);
            };
        }

        private static double value(Figure figure) {
            return ((Estimate.Value) figure.estimate()).value();
        }
    }

    /**
     * One row of a kind's table.
     *
     * @param id the figure id
     * @param subject the column, pair, group or target
     * @param estimate the estimate
     * @param baseline the baseline, or {@code null} when the kind states it once
     * @param baselineSameReason whether the baseline is undefined for the reason the estimate
     *     is, which the row then says in a few words
     * @param methodShown whether the row shows its own method (the kind's rows share none)
     * @param ownMethod the row's own method when shown (a dash for an undefined row), else
     *     {@code null}
     * @param ownLevel the row's level when the kind's rows differ in it, else {@code null}
     */
    record KindRow(String id, String subject, EstimateView estimate, EstimateView baseline,
            boolean baselineSameReason, boolean methodShown, String ownMethod, String ownLevel) {
        static KindRow of(Figure figure, boolean ownMethod, boolean ownLevel,
                boolean showBaseline) {
            EstimateView estimate = estimateText(figure.estimate(), figure.bounds());
            String method = !ownMethod ? null
                    : estimate.method() == null ? "—" : estimate.method();
            EstimateView baseline = estimateText(figure.baseline(), figure.bounds());
            boolean same = baseline.undefinedReason() != null
                    && baseline.undefinedReason().equals(estimate.undefinedReason());
            return new KindRow(figure.id(), Objects.requireNonNull(figure.subject()), estimate,
                    showBaseline && !same ? baseline : null, showBaseline && same, ownMethod,
                    method, ownLevel ? estimate.level() : null);
        }
    }
}
