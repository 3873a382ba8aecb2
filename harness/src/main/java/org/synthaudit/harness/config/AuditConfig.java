package org.synthaudit.harness.config;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.io.ColumnOverride;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.plugin.Parameters;

/**
 * One audit's configuration, after defaults. The same record is read from the configuration file,
 * changed by command-line options and written into the report's provenance.
 *
 * @param real the real data file (generator mode), resolved against the configuration file's
 *     folder, or {@code null} in release mode
 * @param missing the cell values read as missing; {@code null} gives
 *     {@link CsvOptions#DEFAULT_MISSING}
 * @param delimiter the field separator, one character, or {@code null} to detect it
 * @param seed the audit's root seed; {@code null} gives {@value #DEFAULT_SEED}
 * @param threads the size of the thread pool in {@code [1, }{@value #MAX_THREADS}{@code ]};
 *     {@code null} gives the number of available processors
 * @param columns type overrides and roles by column name (names are NFC-normalised and
 *     trimmed like CSV headers); {@code null} means none
 * @param split how the real records are divided; {@code null} gives {@link SplitConfig#DEFAULT}
 * @param generator the generator under audit, or {@code null} when it comes from the command
 *     line or the audit runs in release mode
 * @param evaluators each evaluator's parameters by evaluator id; {@code null} means none
 * @param policy {@code default} for the built-in policy, or the path of a policy file resolved
 *     against the configuration file's folder; {@code null} gives {@code default}
 * @param showRecordValues ({@code show-record-values} in the file) whether the reports list
 *     examples of training records found copied or re-identified, with their values
 *     (personal data); {@code null} gives false
 */
public record AuditConfig(Path real, List<String> missing, String delimiter, Long seed,
        Integer threads, Map<String, ColumnConfig> columns, SplitConfig split,
        GeneratorConfig generator, Map<String, Map<String, Object>> evaluators, String policy,
        Boolean showRecordValues) {

    /** The seed used when neither the configuration nor the command line sets one. */
    public static final long DEFAULT_SEED = 0;
    /** The largest thread pool accepted. */
    public static final int MAX_THREADS = 1024;
    /** The name of the built-in policy. */
    public static final String DEFAULT_POLICY = "default";

    /**
     * Applies the defaults, checks every value and freezes the collections.
     *
     * @throws InputException naming the key, the value found and what is allowed
     */
    public AuditConfig {
        missing = missing == null ? List.copyOf(new TreeSet<>(CsvOptions.DEFAULT_MISSING))
                : checkMissing(missing);
        if (delimiter != null && delimiter.length() != 1) {
            throw new InvalidValueException("delimiter must be one character, was '" + delimiter
                    + "'", "delimiter");
        }
        seed = seed == null ? Long.valueOf(DEFAULT_SEED) : seed;
        threads = threads == null ? Integer.valueOf(defaultThreads()) : threads;
        if (threads < 1 || threads > MAX_THREADS) {
            throw new InvalidValueException("threads must be in [1, " + MAX_THREADS
                    + "], was " + threads, "threads");
        }
        columns = normaliseColumns(columns);
        requireOneTarget(columns);
        split = split == null ? SplitConfig.DEFAULT : split;
        evaluators = freezeEvaluators(evaluators);
        policy = policy == null ? DEFAULT_POLICY : policy.strip();
        if (policy.isEmpty()) {
            throw new InvalidValueException("policy must be 'default' or the path of a policy "
                    + "file, was empty", "policy");
        }
        showRecordValues = Boolean.TRUE.equals(showRecordValues);
    }

    /**
     * A configuration that shows no record values.
     *
     * @param real the real data file, or {@code null}
     * @param missing the missing-value tokens, or {@code null}
     * @param delimiter the field separator, or {@code null}
     * @param seed the root seed, or {@code null}
     * @param threads the pool size, or {@code null}
     * @param columns overrides and roles by column name, or {@code null}
     * @param split the split, or {@code null}
     * @param generator the generator, or {@code null}
     * @param evaluators each evaluator's parameters, or {@code null}
     * @param policy the policy, or {@code null}
     * @throws InputException naming the key, the value found and what is allowed
     */
    public AuditConfig(Path real, List<String> missing, String delimiter, Long seed,
            Integer threads, Map<String, ColumnConfig> columns, SplitConfig split,
            GeneratorConfig generator, Map<String, Map<String, Object>> evaluators,
            String policy) {
        this(real, missing, delimiter, seed, threads, columns, split, generator, evaluators,
                policy, false);
    }

    /**
     * The configuration used when none is given: defaults everywhere.
     *
     * @return the default configuration
     */
    public static AuditConfig defaults() {
        return new AuditConfig(null, null, null, null, null, null, null, null, null, null, null);
    }

    private static int defaultThreads() {
        return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    private static List<String> checkMissing(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String token : tokens) {
            if (token == null) {
                throw new InvalidValueException("missing: a token is empty; write \"\" for the "
                        + "empty cell", "missing");
            }
            out.add(token.strip());
        }
        return List.copyOf(out);
    }

    private static Map<String, ColumnConfig> normaliseColumns(Map<String, ColumnConfig> columns) {
        Map<String, ColumnConfig> out = new LinkedHashMap<>();
        if (columns != null) {
            columns.forEach((name, column) -> {
                String key = normaliseName(name);
                if (key.isEmpty()) {
                    throw new InvalidValueException("columns: a column name is empty",
                            "columns");
                }
                if (out.put(key, column == null ? ColumnConfig.NONE : column) != null) {
                    throw new InvalidValueException("columns: '" + name + "' is named twice "
                            + "(after Unicode normalisation and trimming)", "columns", name);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    private static void requireOneTarget(Map<String, ColumnConfig> columns) {
        List<String> targets = columns.entrySet().stream()
                .filter(e -> e.getValue().roles().contains(Role.TARGET)).map(Map.Entry::getKey)
                .toList();
        if (targets.size() > 1) {
            throw new InvalidValueException("columns: only one column may have the role "
                    + "target; found " + String.join(", ", targets), "columns", targets.get(1));
        }
    }

    private static Map<String, Map<String, Object>> freezeEvaluators(
            Map<String, Map<String, Object>> evaluators) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (evaluators != null) {
            evaluators.forEach((id, parameters) -> out.put(id.strip(), parameters == null
                    ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters))));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Normalises a column name the way CSV headers are: Unicode NFC, then trimmed.
     *
     * @param name a column name
     * @return the normalised name
     */
    public static String normaliseName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /**
     * The CSV reading options.
     *
     * @return the delimiter (0 to detect it) and the missing tokens
     */
    public CsvOptions csvOptions() {
        return new CsvOptions(delimiter == null ? (char) 0 : delimiter.charAt(0),
                new java.util.HashSet<>(missing));
    }

    /**
     * The column overrides in the form type inference takes.
     *
     * @return the overrides by column name
     */
    public Map<String, ColumnOverride> overrides() {
        Map<String, ColumnOverride> out = new LinkedHashMap<>();
        columns.forEach((name, column) -> out.put(name, column.toOverride()));
        return out;
    }

    /**
     * The parameters of every evaluator the configuration names.
     *
     * @return the parameters by evaluator id
     */
    public Map<String, Parameters> evaluatorParameters() {
        Map<String, Parameters> out = new LinkedHashMap<>();
        evaluators.forEach((id, values) -> out.put(id, new Parameters("evaluator " + id,
                values)));
        return out;
    }

    /**
     * Tells whether the built-in policy is used.
     *
     * @return true for {@code policy: default}
     */
    public boolean usesDefaultPolicy() {
        return DEFAULT_POLICY.equals(policy);
    }

    /**
     * Returns a copy with another seed.
     *
     * @param newSeed the root seed
     * @return the changed configuration
     */
    public AuditConfig withSeed(long newSeed) {
        return new AuditConfig(real, missing, delimiter, newSeed, threads, columns, split,
                generator, evaluators, policy, showRecordValues);
    }

    /**
     * Returns a copy with another thread count.
     *
     * @param newThreads the pool size in {@code [1, }{@value #MAX_THREADS}{@code ]}
     * @return the changed configuration
     * @throws InputException if the count is out of range
     */
    public AuditConfig withThreads(int newThreads) {
        return new AuditConfig(real, missing, delimiter, seed, newThreads, columns, split,
                generator, evaluators, policy, showRecordValues);
    }

    /**
     * Returns a copy with another generator. The configured row and release counts are kept; the
     * configured parameters are kept only when the id stays the same, since they belong to that
     * generator.
     *
     * @param id the generator id
     * @return the changed configuration
     */
    public AuditConfig withGeneratorId(String id) {
        Objects.requireNonNull(id, "id");
        GeneratorConfig changed = generator == null ? new GeneratorConfig(id, null, null)
                : new GeneratorConfig(id, generator.rows(), generator.releases(),
                        generator.id().equals(id.strip()) ? generator.parameters() : null);
        return new AuditConfig(real, missing, delimiter, seed, threads, columns, split,
                changed, evaluators, policy, showRecordValues);
    }

    /**
     * Returns a copy whose generator has other parameters; its id, row and release counts stay.
     *
     * @param parameters the generator's parameters by name
     * @return the changed configuration
     * @throws IllegalStateException if no generator is set
     */
    public AuditConfig withGeneratorParameters(Map<String, Object> parameters) {
        if (generator == null) {
            throw new IllegalStateException("no generator to set parameters for");
        }
        return new AuditConfig(real, missing, delimiter, seed, threads, columns, split,
                new GeneratorConfig(generator.id(), generator.rows(), generator.releases(),
                        parameters), evaluators, policy, showRecordValues);
    }

    /**
     * Returns a copy with another row count for the generator.
     *
     * @param rows the number of synthetic rows, {@code >= 1}
     * @return the changed configuration
     * @throws IllegalStateException if no generator is set
     */
    public AuditConfig withGeneratorRows(int rows) {
        if (generator == null) {
            throw new IllegalStateException("no generator to set rows for");
        }
        return new AuditConfig(real, missing, delimiter, seed, threads, columns, split,
                new GeneratorConfig(generator.id(), rows, generator.releases(),
                        generator.parameters()), evaluators,
                policy, showRecordValues);
    }

    /**
     * Returns a copy that shows record values in the reports, or not.
     *
     * @param show whether to list copied and re-identified training records with their values
     * @return the changed configuration
     */
    public AuditConfig withShowRecordValues(boolean show) {
        return new AuditConfig(real, missing, delimiter, seed, threads, columns, split,
                generator, evaluators, policy, show);
    }

    /**
     * Returns a copy whose relative paths are resolved against a folder.
     *
     * @param folder the folder of the configuration file, or {@code null} for the working folder
     * @return the changed configuration
     */
    public AuditConfig resolvedAgainst(Path folder) {
        if (folder == null) {
            return this;
        }
        Path resolvedReal = real == null ? null : folder.resolve(real);
        String resolvedPolicy = usesDefaultPolicy() ? policy : folder.resolve(policy).toString();
        return new AuditConfig(resolvedReal, missing, delimiter, seed, threads, columns, split,
                generator, evaluators, resolvedPolicy, showRecordValues);
    }
}
