package org.synthaudit.core.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.PrivacyClaim;

/**
 * Everything one audit concluded, as the report renderers receive it. Renderers compute nothing:
 * every figure, verdict and note they show is here.
 *
 * @param provenance what a reader needs to rerun the audit
 * @param schema the schema the audit ran on, with each column's type decision and reason
 * @param schemaIssues differences between the real and the synthetic tables (missing, extra
 *     or renamed columns, unseen categories), each counted and reported
 * @param tables the tables of the audit and their sizes
 * @param generator what was run in generator mode, or {@code null} in release mode
 * @param findings every evaluator's finding, in run order
 * @param policy the policy's rule outcomes and the verdict
 * @param timings wall-clock milliseconds per stage; with the generator's log
 *     ({@link GeneratorInfo#log()}) the only part that may differ between reruns with the same
 *     inputs and seed
 */
public record AuditResult(Provenance provenance, Schema schema, List<SchemaIssue> schemaIssues,
        List<TableInfo> tables, GeneratorInfo generator, List<Finding> findings,
        PolicyResult policy, Map<String, Long> timings) {

    /** Freezes the collections. */
    public AuditResult {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(policy, "policy");
        schemaIssues = List.copyOf(schemaIssues);
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    }

    /**
     * What a reader needs to rerun an audit.
     *
     * @param toolVersion the synthaudit version
     * @param mode {@code generator} or {@code release}
     * @param seed the root seed
     * @param effectiveConfig the configuration after defaults and command-line options, as YAML
     * @param inputs every input file with its fingerprint
     * @param jdk the Java runtime, e.g. {@code "Eclipse Adoptium 25.0.1"}
     * @param threads the size of the thread pool
     */
    public record Provenance(String toolVersion, String mode, long seed, String effectiveConfig,
            List<InputFile> inputs, String jdk, int threads) {
        /** Freezes the input list. */
        public Provenance {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * An input file.
     *
     * @param role what it is to the audit: {@code real}, {@code train}, {@code holdout},
     *     {@code synthetic}, {@code config}, {@code policy}
     * @param path the path as the user gave it
     * @param sha256 the SHA-256 of its bytes, lower-case hex
     * @param rows the number of data rows, or -1 for files that are not tables
     */
    public record InputFile(String role, String path, String sha256, long rows) {
    }

    /**
     * A difference between the real and a synthetic table's schema.
     *
     * @param kind {@code missing-column}, {@code extra-column}, {@code unseen-category},
     *     {@code renamed-column}, {@code excluded-column} or {@code synthetic-equals-train} (a
     *     synthetic file that is the train file)
     * @param column the column concerned, or empty for an issue of a whole file
     * @param count how many values or rows it affects, or -1 when not countable
     * @param message one sentence for the report
     */
    public record SchemaIssue(String kind, String column, long count, String message) {
    }

    /**
     * One table of the audit.
     *
     * @param name {@code real}, {@code train}, {@code holdout}, {@code reference} or
     *     {@code synthetic} (or {@code synthetic-2}, ... for repeated releases)
     * @param rows its number of records
     */
    public record TableInfo(String name, int rows) {
    }

    /**
     * The generator run in generator mode.
     *
     * @param id the generator id
     * @param parameters its parameters as given
     * @param claim its differential-privacy claim, {@link PrivacyClaim#NONE} when it makes none
     * @param syntheticRows rows sampled per release (for releases made elsewhere, the rows of
     *     the first)
     * @param details facts about the fit, one sentence a line (a privacy accounting, the
     *     command of an outside program); the same between reruns
     * @param log what running the generator printed (the end of an outside program's standard
     *     error); like the timings it may differ between reruns
     */
    public record GeneratorInfo(String id, Map<String, Object> parameters, PrivacyClaim claim,
            int syntheticRows, List<String> details, List<String> log) {
        /** Freezes the collections. */
        public GeneratorInfo {
            parameters = java.util.Collections.unmodifiableMap(
                    new java.util.TreeMap<>(parameters));
            Objects.requireNonNull(claim, "claim");
            details = List.copyOf(details);
            log = List.copyOf(log);
        }

        /**
         * A generator without details or log.
         *
         * @param id the generator id
         * @param parameters its parameters as given
         * @param claim its differential-privacy claim
         * @param syntheticRows rows sampled per release
         */
        public GeneratorInfo(String id, Map<String, Object> parameters, PrivacyClaim claim,
                int syntheticRows) {
            this(id, parameters, claim, syntheticRows, List.of(), List.of());
        }

        /**
         * The privacy claim in words.
         *
         * @return {@code none}, or e.g. {@code (1, 0)-differential privacy}
         */
        public String privacyClaim() {
            return claim.describe();
        }
    }

    /**
     * The outcome of the policy.
     *
     * @param name the policy's name, e.g. {@code default}
     * @param rules each rule's outcome, in policy order
     * @param verdict the overall verdict
     */
    public record PolicyResult(String name, List<RuleOutcome> rules, Verdict verdict) {
        /** Freezes the list. */
        public PolicyResult {
            rules = List.copyOf(rules);
        }
    }

    /**
     * One rule's outcome.
     *
     * @param id the rule id, e.g. {@code membership-dcr-auc}
     * @param description what the rule demands, in words
     * @param figureId the figure it reads
     * @param severity {@code fail} or {@code warn}
     * @param status what happened
     * @param observed the value the rule compared, as text, or the undefined reason
     * @param message one sentence explaining the outcome
     * @param on the value of the estimate the rule reads: {@code estimate}, {@code lower} or
     *     {@code upper}
     * @param bound {@code max} when the value read must stay at or below the threshold,
     *     {@code min} when it must stay at or above it
     * @param threshold the threshold, a finite number
     * @param effect what the outcome does to the verdict; for an undefined or inconclusive
     *     rule the effect its policy names ({@code if-undefined}, {@code if-inconclusive})
     */
    public record RuleOutcome(String id, String description, String figureId, String severity,
            RuleStatus status, String observed, String message, String on, String bound,
            double threshold, RuleEffect effect) {
        /** Checks that the status and the effect are given. */
        public RuleOutcome {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(effect, "effect");
        }
    }

    /** What one rule's outcome does to the verdict. */
    public enum RuleEffect {
        /** The audit fails. */
        FAIL,
        /** The report shows a warning; the verdict is unchanged. */
        WARN,
        /** Nothing. */
        PASS
    }

    /** What happened to one rule. */
    public enum RuleStatus {
        /** The figure met the rule. */
        PASSED,
        /** The figure broke a rule of severity fail. */
        FAILED,
        /** The figure broke a rule of severity warn. */
        WARNED,
        /** The interval straddles the threshold, so the rule cannot decide. */
        INCONCLUSIVE,
        /** The figure was undefined, or its evaluator did not run. */
        UNDEFINED
    }

    /** The overall verdict a CI job gates on. */
    public enum Verdict {
        /** No rule of severity fail failed. */
        PASS,
        /** At least one rule of severity fail failed. */
        FAIL
    }
}
