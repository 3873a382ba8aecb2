package org.synthaudit.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of the ids of figures an evaluator can produce: literal text with placeholders in
 * angle brackets for the parts that depend on the data, e.g.
 * {@code fidelity.columns.<column>.distance}. A placeholder stands for one or more characters of
 * any kind (column names and category labels may hold dots), so the literal text around it
 * decides the match.
 *
 * @param pattern the pattern text; placeholders are a name of letters, digits and hyphens in
 *     angle brackets
 */
public record FigurePattern(String pattern) {
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z0-9-]+>");

    /**
     * Checks the pattern text.
     *
     * @throws IllegalArgumentException if the text is blank, or holds an angle bracket that is
     *     not part of a placeholder
     */
    public FigurePattern {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isBlank() || PLACEHOLDER.matcher(pattern).replaceAll("").matches(".*[<>].*")) {
            throw new IllegalArgumentException("not a figure pattern: '" + pattern + "'");
        }
    }

    /**
     * Creates a pattern.
     *
     * @param pattern the pattern text, e.g. {@code membership.shadow.target.<i>.auc}
     * @return the pattern
     */
    public static FigurePattern of(String pattern) {
        return new FigurePattern(pattern);
    }

    /**
     * Patterns for several figures under one prefix.
     *
     * @param prefix the common start, e.g. {@code membership.dcr}; a dot joins it to each name
     * @param names the rest of each id, e.g. {@code auc}, {@code target.<i>.auc}
     * @return one pattern per name, in order
     */
    public static List<FigurePattern> under(String prefix, String... names) {
        List<FigurePattern> out = new ArrayList<>();
        for (String name : names) {
            out.add(new FigurePattern(prefix + "." + name));
        }
        return List.copyOf(out);
    }

    /**
     * Tells whether a figure id has this shape.
     *
     * @param id a figure id without a release mark
     * @return true when the literal parts match exactly and every placeholder stands for at
     *     least one character
     */
    public boolean matches(String id) {
        return regex().matcher(id).matches();
    }

    /**
     * Tells whether the pattern has no placeholder.
     *
     * @return true for a fixed id such as {@code membership.dcr.auc}
     */
    public boolean fixed() {
        return !PLACEHOLDER.matcher(pattern).find();
    }

    private Pattern regex() {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int from = 0;
        while (m.find()) {
            out.append(Pattern.quote(pattern.substring(from, m.start()))).append(".+");
            from = m.end();
        }
        out.append(Pattern.quote(pattern.substring(from)));
        return Pattern.compile(out.toString(), Pattern.DOTALL);
    }

    /**
     * The literal parts of the pattern, for ranking how close a mistyped id is.
     *
     * @return the text with each placeholder kept as written
     */
    @Override
    public String toString() {
        return pattern;
    }

    /**
     * Lists the placeholders of the pattern.
     *
     * @return their names, in order, e.g. {@code [column]}
     */
    public List<String> placeholders() {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(pattern.substring(m.start() + 1, m.end() - 1));
        }
        return out;
    }
}
