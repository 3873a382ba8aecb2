package org.synthaudit.reports;

import java.util.ArrayList;
import java.util.List;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Knowledge;

/**
 * States in plain sentences what an attack assumes its attacker has, from the structured
 * knowledge in its finding, so every attack's threat model reads the same way on the first
 * page: what the attacker has, what they try to learn, and what they are not assumed to have.
 */
final class ThreatSummary {
    private ThreatSummary() {
    }

    /**
     * The threat model of an attack that ran, in sentences.
     *
     * @param finding a finding of an attack
     * @return the sentences; when the attack states no structured knowledge, the first
     *     sentence of its threat model in words; empty when it has neither
     */
    static List<String> sentences(Finding finding) {
        List<Knowledge> knowledge = finding.attackerKnowledge();
        if (knowledge.isEmpty()) {
            String words = finding.threatModel().strip();
            int end = words.indexOf(". ");
            return words.isEmpty() ? List.of()
                    : List.of(end < 0 ? words : words.substring(0, end + 1));
        }
        List<String> sentences = new ArrayList<>();
        boolean only = knowledge.size() == 1;
        sentences.add("The attacker has " + list(knowledge.stream()
                .map(k -> phrase(k, only)).toList()) + ".");
        for (Knowledge k : knowledge) {
            if (k instanceof Knowledge.KnownAttributes a && !a.secrets().isEmpty()) {
                sentences.add("They try to learn " + and(a.secrets()) + ".");
            }
        }
        List<String> absent = new ArrayList<>();
        if (knowledge.stream().noneMatch(k -> k instanceof Knowledge.PopulationRecords)) {
            absent.add("other real records");
        }
        if (knowledge.stream().noneMatch(k -> k instanceof Knowledge.GeneratorAccess)) {
            absent.add("access to the generator");
        }
        if (!absent.isEmpty()) {
            sentences.add("Not assumed: " + String.join(", ", absent) + ".");
        }
        return sentences;
    }

    /**
     * One piece of knowledge as a noun phrase.
     *
     * @param knowledge the piece
     * @param only whether it is all the attacker has
     * @return e.g. {@code the synthetic release (16,280 records)}
     */
    static String phrase(Knowledge knowledge, boolean only) {
        return switch (knowledge) {
            case Knowledge.SyntheticRelease r -> (only ? "only " : "") + "the synthetic release ("
                    + records(r.rows()) + ")";
            case Knowledge.TargetRecords t -> "the full record of each target ("
                    + plural(t.columns().size(), "column") + ")";
            case Knowledge.KnownAttributes a -> attributes(a);
            case Knowledge.PopulationRecords p -> Numbers.count(p.rows()) + " real "
                    + (p.rows() == 1 ? "record" : "records") + " of the population that the"
                    + " generator never saw (the " + p.table() + " split), used to " + p.use();
            case Knowledge.GeneratorAccess g -> "the generator itself (" + g.generator()
                    + ", with its parameters), which they fit " + Numbers.count(g.fits())
                    + (g.fits() == 1 ? " time" : " times") + " on data of their choice";
        };
    }

    private static String attributes(Knowledge.KnownAttributes a) {
        int n = a.columns().size();
        String list = String.join(", ", a.columns());
        String which = a.perTarget() == n
                ? "the values of " + plural(n, "attribute") + " of each target (" + list + ")"
                : "the values of " + a.perTarget() + " of the attributes " + list
                        + ", drawn at random for each target";
        return which + (a.errors() == null ? ", without error" : " (" + a.errors() + ")");
    }

    private static String records(long rows) {
        return Numbers.count(rows) + (rows == 1 ? " record" : " records");
    }

    private static String plural(int n, String noun) {
        return Numbers.count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Joins phrases that may hold commas themselves: {@code a}, {@code a and b},
     * {@code a; b; and c}.
     */
    private static String list(List<String> phrases) {
        if (phrases.size() <= 2) {
            return and(phrases);
        }
        return String.join("; ", phrases.subList(0, phrases.size() - 1)) + "; and "
                + phrases.getLast();
    }

    /** Joins phrases as English does: {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String and(List<String> phrases) {
        if (phrases.size() <= 1) {
            return String.join("", phrases);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and "
                + phrases.getLast();
    }
}
