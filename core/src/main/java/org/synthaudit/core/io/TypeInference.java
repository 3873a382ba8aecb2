package org.synthaudit.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Schema;

/**
 * Infers each column's type from the real data and records why, then applies the configuration's
 * overrides and roles.
 *
 * <p>The rules, tried in this order on the non-missing values of a column:
 * <ol>
 *   <li>no value present: categorical ("all values missing");
 *   <li>every value a common spelling of true or false ({@code true/false}, {@code yes/no},
 *       {@code t/f}, {@code y/n}, any case; single letters only when both truth values occur):
 *       boolean. {@code 0/1} is not such a spelling: small integers stay numeric unless the
 *       configuration says otherwise;
 *   <li>every value a decimal number: numeric, unless the column holds a distinct integer in
 *       every row and its name looks like an identifier ({@code id}, {@code *_id},
 *       {@code customerId}, {@code S.No}, {@code index}, {@code key}, {@code uuid}, ...), which
 *       makes it an identifier: a row number, not a measurement;
 *   <li>every value an ISO-8601 date or date-time ({@code 2010-02-23} and
 *       {@code 2014-08-11 07:46:59} may mix): datetime;
 *   <li>text whose values are all distinct, over at least {@value #MIN_IDENTIFIER_VALUES}
 *       values: identifier;
 *   <li>otherwise categorical.
 * </ol>
 * The rule that fired is kept in {@link ColumnSpec#typeReason()}, so the report can show every
 * typing decision and a user can override it.
 */
public final class TypeInference {
    /** The fewest values an all-distinct text column needs to be taken for an identifier. */
    public static final int MIN_IDENTIFIER_VALUES = 10;

    /** The reason given for a type the configuration set. */
    public static final String SET_IN_CONFIG = "set in config";

    private static final Set<String> IDENTIFIER_NAMES = Set.of("id", "index", "idx", "key",
            "uuid", "guid", "s.no", "s. no", "s no", "sno", "s_no", "sl.no", "sr.no", "no.",
            "row", "rowid", "row_id", "rownum", "record_id", "recordid");
    private static final int MAX_NAMES_LISTED = 40;

    private TypeInference() {
    }

    /**
     * Builds the schema of an audit from its real table.
     *
     * @param real the real table
     * @param overrides what the configuration says, by column name (normalised like the header)
     * @return the schema, columns in file order
     * @throws org.synthaudit.core.InputException if an override names a column the file lacks,
     *     or a forced type does not fit the values (naming the column, line and value)
     */
    public static Schema infer(CsvTable real, Map<String, ColumnOverride> overrides) {
        Objects.requireNonNull(real, "real");
        Map<String, ColumnOverride> byName = checkNames(real, overrides);

        List<ColumnSpec> columns = new ArrayList<>();
        for (int c = 0; c < real.header().size(); c++) {
            String name = real.header().get(c);
            ColumnOverride override = byName.get(name);
            boolean forced = override != null
                    && (override.type() != null || override.format() != null);
            ColumnSpec spec = forced ? ColumnChecks.forced(real, c, override)
                    : inferColumn(name, real.cells()[c]);
            columns.add(override == null ? spec : spec.withRoles(override.roles()));
        }
        return new Schema(columns);
    }

    /**
     * Infers the type of one column from its values.
     *
     * @param name the column name
     * @param values the trimmed cells, {@code null} when missing
     * @return the column with its type, reason and (for datetime) format; no roles
     */
    public static ColumnSpec inferColumn(String name, String[] values) {
        int present = 0;
        for (String value : values) {
            present += value == null ? 0 : 1;
        }
        if (present == 0) {
            return spec(name, ColumnType.CATEGORICAL, "all values missing", null);
        }
        if (isBoolean(values)) {
            return spec(name, ColumnType.BOOLEAN, "values are true/false in common spellings ("
                    + String.join(", ", distinctValues(values)) + ")", null);
        }
        if (all(values, v -> !Double.isNaN(Numbers.parse(v)))) {
            return numeric(name, values, present);
        }
        if (all(values, v -> !Double.isNaN(DateTimes.parseIso(v)))) {
            return datetime(name, values, present);
        }

        int distinct = countDistinct(values);
        if (present >= MIN_IDENTIFIER_VALUES && distinct == present) {
            return spec(name, ColumnType.IDENTIFIER, "all " + present
                    + " values distinct text: identifier", null);
        }
        return spec(name, ColumnType.CATEGORICAL, "text with " + distinct + " distinct values",
                null);
    }

    /**
     * Tells whether a column name reads like a row identifier: {@code id}, a name ending in
     * {@code _id} or {@code Id}, a serial number ({@code S.No}), {@code index}, {@code key},
     * {@code uuid} and a few more, or an index column a data-frame library wrote
     * ({@code Unnamed: 0}).
     *
     * @param name a normalised column name
     * @return true if the name looks like an identifier's
     */
    public static boolean looksLikeIdentifierName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (IDENTIFIER_NAMES.contains(lower) || lower.startsWith("unnamed:")) {
            return true;
        }
        for (String suffix : List.of("_id", "-id", ".id", " id", "_uuid", "_key")) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        if (lower.startsWith("id_") || lower.startsWith("id ")) {
            return true;
        }
        int n = name.length();
        return n > 2 && (name.endsWith("Id") || name.endsWith("ID"))
                && Character.isLowerCase(name.charAt(n - 3));
    }

    /**
     * Every value a word spelling of true or false; single letters ({@code t/f/y/n}) only count
     * when both truth values occur, so a column holding only {@code F} (say, a sex column of
     * women) stays categorical.
     */
    private static boolean isBoolean(String[] values) {
        boolean words = false;
        boolean sawTrue = false;
        boolean sawFalse = false;
        for (String value : values) {
            if (value == null) {
                continue;
            }
            String parsed = Booleans.parseWord(value);
            if (parsed == null) {
                return false;
            }
            words |= value.length() > 1;
            sawTrue |= parsed.equals(Booleans.TRUE);
            sawFalse |= parsed.equals(Booleans.FALSE);
        }
        return words || (sawTrue && sawFalse);
    }

    private static ColumnSpec numeric(String name, String[] values, int present) {
        if (present == values.length && present > 1 && looksLikeIdentifierName(name)
                && all(values, Numbers::isInteger) && countDistinct(values) == present) {
            return spec(name, ColumnType.IDENTIFIER, "distinct integers in all " + present
                    + " rows and an identifier-like name", null);
        }
        return spec(name, ColumnType.NUMERIC, "all " + present
                + " non-missing values parse as numbers", null);
    }

    private static ColumnSpec datetime(String name, String[] values, int present) {
        Set<String> shapes = new TreeSet<>();
        for (String value : values) {
            if (value != null) {
                shapes.add(DateTimes.shape(value));
            }
        }
        String kinds = switch (DateTimes.isoFormat(values)) {
            case DateTimes.ISO_DATE -> "dates";
            case DateTimes.ISO_DATE_TIME -> "date-times";
            default -> "dates and date-times";
        };
        return spec(name, ColumnType.DATETIME, "all " + present + " non-missing values are"
                + " ISO-8601 " + kinds + " (" + String.join(", ", shapes) + ")",
                DateTimes.inferredFormat(shapes, values));
    }

    private static ColumnSpec spec(String name, ColumnType type, String reason, String format) {
        return new ColumnSpec(name, type, Set.of(), reason, format);
    }

    private static Map<String, ColumnOverride> checkNames(CsvTable real,
            Map<String, ColumnOverride> overrides) {
        Map<String, ColumnOverride> byName = new HashMap<>();
        Set<String> unknown = new TreeSet<>();
        for (Map.Entry<String, ColumnOverride> entry : overrides.entrySet()) {
            String name = CsvReader.normaliseName(entry.getKey());
            if (real.columnIndex(name) < 0) {
                unknown.add(entry.getKey());
            }
            if (byName.put(name, Objects.requireNonNull(entry.getValue())) != null) {
                throw new InputException("the configuration describes column '" + name
                        + "' twice");
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException(real.file() + ": the configuration names "
                    + (unknown.size() == 1 ? "column " : "columns ") + quoted(unknown)
                    + ", which the file lacks; its columns are: " + listed(real.header()));
        }
        return byName;
    }

    private static String quoted(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }

    private static String listed(List<String> names) {
        if (names.size() <= MAX_NAMES_LISTED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, MAX_NAMES_LISTED)) + " and "
                + (names.size() - MAX_NAMES_LISTED) + " more";
    }

    private static boolean all(String[] values, Predicate<String> test) {
        for (String value : values) {
            if (value != null && !test.test(value)) {
                return false;
            }
        }
        return true;
    }

    private static int countDistinct(String[] values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (value != null) {
                seen.add(value);
            }
        }
        return seen.size();
    }

    private static List<String> distinctValues(String[] values) {
        Set<String> seen = new TreeSet<>();
        for (String value : values) {
            if (value != null) {
                seen.add(value);
            }
        }
        return List.copyOf(seen);
    }
}
