package org.synthaudit.harness.config;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.io.ColumnOverride;

/**
 * What the configuration says about one column: a type that replaces the inferred one, the
 * column's roles, and for a datetime column the pattern it is written in.
 *
 * @param type the type to use, or {@code null} to keep the inferred type
 * @param roles the roles ({@code quasi-identifier}, {@code sensitive}, {@code target},
 *     {@code protected}), possibly none; {@code null} means none
 * @param format a {@link DateTimeFormatter} pattern for a datetime column, or {@code null} to
 *     detect ISO-8601
 */
public record ColumnConfig(ColumnType type, Set<Role> roles, String format) {
    /** A column the configuration names without saying anything about it. */
    public static final ColumnConfig NONE = new ColumnConfig(null, null, null);

    /**
     * Freezes the roles and checks that the pattern parses and that an identifier has no role.
     *
     * @throws InputException if the pattern is invalid, a pattern is given for a type other than
     *     datetime, or an identifier column is given roles
     */
    public ColumnConfig {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (format != null) {
            checkFormat(type, format);
        }
        if (type == ColumnType.IDENTIFIER && !roles.isEmpty()) {
            throw new InvalidValueException("an identifier column is left out of matching and "
                    + "models, so it cannot have roles; found roles " + names(roles), "roles");
        }
    }

    private static void checkFormat(ColumnType type, String format) {
        if (type != null && type != ColumnType.DATETIME) {
            throw new InvalidValueException("format is only for datetime columns, but type "
                    + "is " + type.configName(), "format");
        }
        try {
            ColumnOverride.checkFormat(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(e.getMessage(), "format");
        }
    }

    /**
     * The override handed to type inference.
     *
     * @return the column override
     */
    public ColumnOverride toOverride() {
        return new ColumnOverride(type, roles, format);
    }

    /**
     * Parses a role by its configuration name.
     *
     * @param name a role name such as {@code quasi-identifier}
     * @return the role
     * @throws InputException if the name is not a role; the message lists the roles
     */
    public static Role parseRole(String name) {
        for (Role role : Role.values()) {
            if (role.configName().equalsIgnoreCase(name.strip())) {
                return role;
            }
        }
        throw new InputException("unknown role '" + name + "'; expected one of "
                + Arrays.stream(Role.values()).map(Role::configName)
                        .collect(Collectors.joining(", ")));
    }

    /**
     * Lists roles by their configuration names, in declaration order.
     *
     * @param roles the roles
     * @return the names joined with commas
     */
    static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::configName).collect(Collectors.joining(", "));
    }
}
