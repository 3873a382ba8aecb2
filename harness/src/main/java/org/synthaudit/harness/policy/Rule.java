package org.synthaudit.harness.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.harness.config.InvalidValueException;
import org.synthaudit.harness.Numbers;

/**
 * One policy rule: a threshold on a named figure.
 *
 * <p>A {@code max} rule demands that the value read stays at or below the threshold (for risks
 * and distances), a {@code min} rule that it stays at or above it (for quality figures). The
 * value read is the point estimate or one end of its confidence interval ({@code on}). When the
 * rule reads the cautious end (the upper end for {@code max}, the lower end for {@code min}) and
 * only that end breaks the threshold, the interval straddles it and the rule is inconclusive.
 *
 * @param id a stable id, e.g. {@code membership-dcr-auc}: lower-case letters, digits, dots,
 *     hyphens and underscores
 * @param figure the figure id the rule reads, e.g. {@code membership.dcr.auc}, or
 *     {@code schema.<kind>} / {@code schema.<kind>.<column>} for the number of schema issues
 * @param on which value to compare; {@code null} gives {@link Reading#ESTIMATE}
 * @param max the largest allowed value, or {@code null} for a {@code min} rule
 * @param min the smallest allowed value, or {@code null} for a {@code max} rule
 * @param severity what a broken rule does to the verdict; {@code null} gives
 *     {@link Severity#FAIL}
 * @param ifUndefined the effect when the figure is undefined or not produced; {@code null}
 *     gives the severity's effect
 * @param ifInconclusive the effect when the interval straddles the threshold; {@code null}
 *     gives the severity's effect
 * @param description what the rule demands and why, in words; {@code null} gives a generated
 *     sentence
 */
public record Rule(String id, String figure, Reading on, Double max, Double min,
        Severity severity, Effect ifUndefined, Effect ifInconclusive, String description) {

    /** The kinds of schema issue a {@code schema.<kind>} figure may count. */
    public static final List<String> SCHEMA_ISSUE_KINDS = List.of("missing-column",
            "extra-column", "unseen-category", "renamed-column", "excluded-column",
            "synthetic-equals-train");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /**
     * Applies the defaults and checks the rule.
     *
     * @throws InputException naming the key, the value found and what is allowed
     */
    public Rule {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidValueException("id must be lower-case letters, digits, '.', '-' or "
                    + "'_', was " + (id == null ? "missing" : "'" + id + "'"), "id");
        }
        if (figure == null || figure.isBlank()) {
            throw new InvalidValueException("rule " + id + ": figure is required", "figure");
        }
        figure = figure.strip();
        checkSchemaFigure(id, figure);
        checkThreshold(id, max, min);
        on = on == null ? Reading.ESTIMATE : on;
        severity = severity == null ? Severity.FAIL : severity;
        ifUndefined = ifUndefined == null ? severity.effect() : ifUndefined;
        ifInconclusive = ifInconclusive == null ? severity.effect() : ifInconclusive;
        description = description == null || description.isBlank()
                ? defaultDescription(figure, on, max, min) : description.strip();
    }

    private static void checkSchemaFigure(String id, String figure) {
        if (!figure.startsWith("schema.")) {
            return;
        }
        String rest = figure.substring("schema.".length());
        String kind = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        if (!SCHEMA_ISSUE_KINDS.contains(kind)) {
            throw new InvalidValueException("rule " + id + ": unknown schema issue kind '" + kind
                    + "' in figure " + figure + "; expected one of "
                    + String.join(", ", SCHEMA_ISSUE_KINDS), "figure");
        }
    }

    private static void checkThreshold(String id, Double max, Double min) {
        if ((max == null) == (min == null)) {
            throw new InvalidValueException("rule " + id + ": give exactly one of max and min, "
                    + "found " + (max == null ? "neither" : "both"), max == null ? "id" : "min");
        }
        double threshold = max == null ? min : max;
        if (!Double.isFinite(threshold)) {
            throw new InvalidValueException("rule " + id + ": the threshold must be a finite "
                    + "number, was " + threshold, max == null ? "min" : "max");
        }
    }

    private static String defaultDescription(String figure, Reading on, Double max, Double min) {
        String what = on == Reading.ESTIMATE ? figure : on.configName() + " end of " + figure;
        return max != null ? what + " at most " + Numbers.format(max)
                : what + " at least " + Numbers.format(min);
    }

    /**
     * The threshold.
     *
     * @return {@code max} for a max rule, {@code min} for a min rule
     */
    public double threshold() {
        return max != null ? max : min;
    }

    /**
     * Tells whether a value meets the rule.
     *
     * @param value the value read
     * @return true if it is within the threshold (equality meets it)
     */
    public boolean meets(double value) {
        return max != null ? value <= max : value >= min;
    }

    /**
     * The end of an interval that is read cautiously: the upper end of a max rule, the lower end
     * of a min rule.
     *
     * @return the cautious reading
     */
    public Reading cautiousEnd() {
        return max != null ? Reading.UPPER : Reading.LOWER;
    }

    /**
     * The comparison in symbols, for messages.
     *
     * @return e.g. {@code <= 0.6}
     */
    public String comparison() {
        return (max != null ? "<= " : ">= ") + Numbers.format(threshold());
    }

    /** Which value of an estimate a rule compares. */
    public enum Reading {
        /** The point estimate. */
        ESTIMATE,
        /** The lower end of the confidence interval. */
        LOWER,
        /** The upper end of the confidence interval. */
        UPPER;

        /**
         * The name used in policy files.
         *
         * @return the lower-case name
         */
        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Parses a policy file name.
         *
         * @param name {@code estimate}, {@code lower} or {@code upper}
         * @return the reading
         * @throws InputException listing the valid names
         */
        public static Reading parse(String name) {
            return parseEnum(Reading.class, name, "on");
        }
    }

    /** What a broken rule does to the verdict. */
    public enum Severity {
        /** The audit fails. */
        FAIL,
        /** The report shows a warning; the verdict is unchanged. */
        WARN;

        /**
         * The name used in policy files.
         *
         * @return the lower-case name
         */
        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The effect of breaking a rule of this severity.
         *
         * @return fail or warn
         */
        public Effect effect() {
            return this == FAIL ? Effect.FAIL : Effect.WARN;
        }

        /**
         * Parses a policy file name.
         *
         * @param name {@code fail} or {@code warn}
         * @return the severity
         * @throws InputException listing the valid names
         */
        public static Severity parse(String name) {
            return parseEnum(Severity.class, name, "severity");
        }
    }

    /** What an undecided rule (undefined figure, straddling interval) does to the verdict. */
    public enum Effect {
        /** The audit fails. */
        FAIL,
        /** The report shows a warning; the verdict is unchanged. */
        WARN,
        /** Nothing. */
        PASS;

        /**
         * The name used in policy files.
         *
         * @return the lower-case name
         */
        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The same effect as reports show it.
         *
         * @return the report's effect of the same name
         */
        public AuditResult.RuleEffect outcome() {
            return switch (this) {
                case FAIL -> AuditResult.RuleEffect.FAIL;
                case WARN -> AuditResult.RuleEffect.WARN;
                case PASS -> AuditResult.RuleEffect.PASS;
            };
        }

        /**
         * Parses a policy file name.
         *
         * @param name {@code fail}, {@code warn} or {@code pass}
         * @return the effect
         * @throws InputException listing the valid names
         */
        public static Effect parse(String name) {
            return parseEnum(Effect.class, name, "effect");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String what) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(name.strip())) {
                return value;
            }
        }
        throw new InputException("unknown " + what + " '" + name + "'; expected one of "
                + Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }
}
