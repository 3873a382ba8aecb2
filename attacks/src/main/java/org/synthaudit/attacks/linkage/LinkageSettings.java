package org.synthaudit.attacks.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.plugin.InvalidParameterException;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;

/**
 * The validated parameters of the linkage attack.
 *
 * @param targets members and holdout records attacked per side, {@code >= 2}
 * @param sweepTargets members attacked per point of the knowledge curves, {@code >= 2}
 * @param known the number of known attributes, or 0 for every candidate attribute
 * @param knownColumns the candidate attributes by name; empty for the quasi-identifiers
 * @param phi the eccentricity threshold, in [0.01, 100]
 * @param numericTolerance the numeric agreement tolerance as a share of the real range, [0, 1]
 * @param categoricalNoise the probability that a known category is wrong, in [0, 1]
 * @param numericNoise the largest error of a known number as a share of the range, in [0, 1]
 * @param minGroupSize the fewest attempts a per-group rate is computed from, {@code >= 1}
 * @param linkColumnsA the first source's columns for linkability; empty for the default
 * @param linkColumnsB the second source's columns for linkability; empty for the default
 */
record LinkageSettings(int targets, int sweepTargets, int known, List<String> knownColumns,
        double phi, double numericTolerance, double categoricalNoise, double numericNoise,
        int minGroupSize, List<String> linkColumnsA, List<String> linkColumnsB) {

    static final String TARGETS = "targets";
    static final String SWEEP_TARGETS = "sweep_targets";
    static final String KNOWN = "known";
    static final String KNOWN_COLUMNS = "known_columns";
    static final String PHI = "phi";
    static final String NUMERIC_TOLERANCE = "numeric_tolerance";
    static final String CATEGORICAL_NOISE = "categorical_noise";
    static final String NUMERIC_NOISE = "numeric_noise";
    static final String MIN_GROUP_SIZE = "min_group_size";
    static final String LINK_COLUMNS_A = "link_columns_a";
    static final String LINK_COLUMNS_B = "link_columns_b";

    static final int DEFAULT_TARGETS = 2000;
    static final int DEFAULT_SWEEP_TARGETS = 500;
    static final double DEFAULT_PHI = 0.5;
    static final double DEFAULT_TOLERANCE = 0.05;
    static final int DEFAULT_MIN_GROUP_SIZE = 20;

    /** Freezes the lists. */
    LinkageSettings {
        knownColumns = List.copyOf(knownColumns);
        linkColumnsA = List.copyOf(linkColumnsA);
        linkColumnsB = List.copyOf(linkColumnsB);
    }

    /**
     * Reads and checks the parameters.
     *
     * @param parameters the user's parameters
     * @return the settings
     * @throws InputException naming the parameter, the value found and the range expected
     */
    static LinkageSettings read(Parameters parameters) {
        parameters.requireOnly(Set.of(TARGETS, SWEEP_TARGETS, KNOWN, KNOWN_COLUMNS, PHI,
                NUMERIC_TOLERANCE, CATEGORICAL_NOISE, NUMERIC_NOISE, MIN_GROUP_SIZE,
                LINK_COLUMNS_A, LINK_COLUMNS_B));
        List<String> linkA = names(parameters, LINK_COLUMNS_A);
        List<String> linkB = names(parameters, LINK_COLUMNS_B);
        if (linkA.isEmpty() != linkB.isEmpty()) {
            throw parameters.invalid(linkA.isEmpty() ? LINK_COLUMNS_B : LINK_COLUMNS_A,
                    "must be given together with '" + (linkA.isEmpty() ? LINK_COLUMNS_A
                            : LINK_COLUMNS_B) + "'");
        }
        return new LinkageSettings(
                parameters.integer(TARGETS, DEFAULT_TARGETS, 2, Integer.MAX_VALUE),
                parameters.integer(SWEEP_TARGETS, DEFAULT_SWEEP_TARGETS, 2, Integer.MAX_VALUE),
                parameters.values().containsKey(KNOWN)
                        ? parameters.integer(KNOWN, 1, 1, 10_000) : 0,
                names(parameters, KNOWN_COLUMNS),
                parameters.number(PHI, DEFAULT_PHI, 0.01, 100),
                parameters.number(NUMERIC_TOLERANCE, DEFAULT_TOLERANCE, 0, 1),
                parameters.number(CATEGORICAL_NOISE, 0, 0, 1),
                parameters.number(NUMERIC_NOISE, 0, 0, 1),
                parameters.integer(MIN_GROUP_SIZE, DEFAULT_MIN_GROUP_SIZE, 1, Integer.MAX_VALUE),
                linkA, linkB);
    }

    /**
     * Checks the settings against a schema, as the attack will use them: every named column
     * exists and is not an identifier, {@code known} is at most the number of candidate
     * attributes, and the two linkability sources share no column.
     *
     * @param schema the audit's schema
     * @param owner the evaluator, for messages
     * @throws InvalidParameterException naming the parameter and the value found
     */
    void check(Schema schema, String owner) {
        int candidates = candidates(schema, owner).length;
        if (known > candidates && candidates > 0) {
            throw new InvalidParameterException(owner, KNOWN, "must be at most the "
                    + candidates + " candidate attributes, was " + known);
        }
        if (!linkColumnsA.isEmpty()) {
            int[] a = resolve(schema, owner, LINK_COLUMNS_A, linkColumnsA);
            int[] b = resolve(schema, owner, LINK_COLUMNS_B, linkColumnsB);
            if (Arrays.stream(a).anyMatch(c -> Arrays.binarySearch(b, c) >= 0)) {
                throw new InvalidParameterException(owner, LINK_COLUMNS_B, "must not share a "
                        + "column with '" + LINK_COLUMNS_A + "', were " + linkColumnsA + " and "
                        + linkColumnsB);
            }
        }
    }

    /**
     * The parameters as {@code synthaudit list} shows them.
     *
     * @return the parameter descriptions
     */
    static List<Parameter> describe() {
        return List.of(
                new Parameter(TARGETS, Integer.toString(DEFAULT_TARGETS), "members and holdout "
                        + "records attacked per side, at least 2; balanced at the smaller of "
                        + "train, holdout and this number"),
                new Parameter(SWEEP_TARGETS, Integer.toString(DEFAULT_SWEEP_TARGETS), "members "
                        + "attacked per point of the knowledge curves, at least 2"),
                new Parameter(KNOWN, null, "number of attributes the attacker knows, drawn at "
                        + "random per target from the candidates; default all candidates"),
                new Parameter(KNOWN_COLUMNS, null, "the candidate attributes the attacker may "
                        + "know, a list of column names; default the quasi-identifiers"),
                new Parameter(PHI, Double.toString(DEFAULT_PHI), "eccentricity threshold: the "
                        + "best match is accepted when (best - second) / sd of the scores "
                        + "reaches it; in [0.01, 100]"),
                new Parameter(NUMERIC_TOLERANCE, Double.toString(DEFAULT_TOLERANCE), "numeric "
                        + "values agree within this share of the real range; in [0, 1]"),
                new Parameter(CATEGORICAL_NOISE, "0", "probability that a known category is "
                        + "wrong; in [0, 1]"),
                new Parameter(NUMERIC_NOISE, "0", "largest error of a known number, as a "
                        + "share of the real range; in [0, 1]"),
                new Parameter(MIN_GROUP_SIZE, Integer.toString(DEFAULT_MIN_GROUP_SIZE), "fewest "
                        + "attempts a per-group rate is computed from; smaller groups are "
                        + "reported as too small"),
                new Parameter(LINK_COLUMNS_A, null, "linkability: the first source's columns, "
                        + "a list of names; default the candidate attributes"),
                new Parameter(LINK_COLUMNS_B, null, "linkability: the second source's columns, "
                        + "disjoint from the first; default the other analysable columns"));
    }

    /**
     * The schema positions of the attributes the attacker may know: the named columns, or the
     * analysable quasi-identifiers.
     *
     * @param schema the audit's schema
     * @param owner the evaluator, for messages
     * @return the positions, ascending, possibly none
     * @throws InputException if a named column does not exist or is an identifier
     */
    int[] candidates(Schema schema, String owner) {
        if (knownColumns.isEmpty()) {
            return Arrays.stream(schema.withRole(Role.QUASI_IDENTIFIER))
                    .filter(c -> schema.column(c).type() != ColumnType.IDENTIFIER).toArray();
        }
        return resolve(schema, owner, KNOWN_COLUMNS, knownColumns);
    }

    /**
     * Resolves a list of column names.
     *
     * @param schema the schema
     * @param owner the evaluator, for messages
     * @param parameter the parameter the names came from
     * @param names the names
     * @return the positions, ascending
     * @throws InputException for an unknown or identifier column
     */
    static int[] resolve(Schema schema, String owner, String parameter, List<String> names) {
        int[] columns = new int[names.size()];
        for (int i = 0; i < columns.length; i++) {
            String name = names.get(i);
            int column = schema.indexOf(name).orElseThrow(() -> new InvalidParameterException(
                    owner, parameter, "names '" + name + "', which is not a column; columns: "
                            + String.join(", ", schema.names())));
            if (schema.column(column).type() == ColumnType.IDENTIFIER) {
                throw new InvalidParameterException(owner, parameter, "names '" + name
                        + "', an identifier column, which never takes part in matching");
            }
            columns[i] = column;
        }
        return Arrays.stream(columns).sorted().toArray();
    }

    /** A list of distinct column names: a YAML list or one comma-separated string. */
    private static List<String> names(Parameters parameters, String name) {
        Object raw = parameters.values().get(name);
        if (raw == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (raw instanceof List<?> list) {
            list.forEach(item -> names.add(String.valueOf(item).strip()));
        } else {
            Arrays.stream(raw.toString().split(",")).map(String::strip).forEach(names::add);
        }
        Set<String> seen = new HashSet<>();
        for (String column : names) {
            if (column.isEmpty() || !seen.add(column)) {
                throw parameters.invalid(name, "must list distinct, non-empty column names, "
                        + "was '" + raw + "'");
            }
        }
        return names;
    }
}
