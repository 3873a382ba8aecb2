package org.synthaudit.core.data;

/**
 * The statistical type of a column, which decides how it is stored and compared.
 *
 * <ul>
 *   <li>{@link #NUMERIC}: stored as {@code double}, compared by range-scaled difference.
 *   <li>{@link #CATEGORICAL}: stored as {@code int} codes over a shared {@link Vocabulary}.
 *   <li>{@link #DATETIME}: stored as {@code double} seconds since the epoch (UTC), compared
 *       like a numeric column.
 *   <li>{@link #BOOLEAN}: a two-level categorical column with the labels {@code true} and
 *       {@code false}.
 *   <li>{@link #IDENTIFIER}: kept as text for reference only; left out of distances, matching,
 *       linkage and models.
 * </ul>
 */
public enum ColumnType {
    NUMERIC,
    CATEGORICAL,
    DATETIME,
    BOOLEAN,
    IDENTIFIER;

    /**
     * Tells whether values of this type are stored as {@code double}.
     *
     * @return true for numeric and datetime columns
     */
    public boolean isNumeric() {
        return this == NUMERIC || this == DATETIME;
    }

    /**
     * Tells whether values of this type are stored as vocabulary codes.
     *
     * @return true for categorical and boolean columns
     */
    public boolean isCoded() {
        return this == CATEGORICAL || this == BOOLEAN;
    }

    /**
     * The name used in configuration files and reports.
     *
     * @return the lower-case name, e.g. {@code numeric}
     */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses the configuration name of a type.
     *
     * @param name a type name such as {@code numeric}, in any case
     * @return the type
     * @throws IllegalArgumentException if the name is not a type; the message lists the types
     */
    public static ColumnType parse(String name) {
        for (ColumnType type : values()) {
            if (type.configName().equalsIgnoreCase(name.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown column type '" + name
                + "'; expected one of numeric, categorical, datetime, boolean, identifier");
    }
}
