package org.synthaudit.core.data;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One column of a {@link Schema}: its name, type, roles, and why the type was chosen.
 *
 * @param name the column name as it appears in the header, after Unicode NFC normalisation and
 *     trimming
 * @param type the statistical type
 * @param roles the roles the configuration gave it, possibly none
 * @param typeReason why the type was chosen: the inference rule that fired, or
 *     {@code "set in config"}
 * @param format for datetime columns the pattern they were parsed with, otherwise {@code null}
 */
public record ColumnSpec(String name, ColumnType type, Set<Role> roles, String typeReason,
        String format) {

    /** Validates the fields and freezes the role set. */
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeReason, "typeReason");
        if (name.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * Tells whether the column carries a role.
     *
     * @param role the role
     * @return true if the configuration gave the column this role
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Returns a copy with another type.
     *
     * @param newType the type
     * @param reason why
     * @return the changed column
     */
    public ColumnSpec withType(ColumnType newType, String reason) {
        return new ColumnSpec(name, newType, roles, reason, newType == ColumnType.DATETIME
                ? format : null);
    }

    /**
     * Returns a copy with other roles.
     *
     * @param newRoles the roles
     * @return the changed column
     */
    public ColumnSpec withRoles(Set<Role> newRoles) {
        return new ColumnSpec(name, type, newRoles, typeReason, format);
    }
}
