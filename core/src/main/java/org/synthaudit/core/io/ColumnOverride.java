package org.synthaudit.core.io;

import java.util.Set;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;

/**
 * What the configuration says about one column.
 *
 * @param type the type to use instead of the inferred one, or {@code null} to infer it
 * @param roles the column's roles, possibly none
 * @param format for a datetime column, a {@link java.time.format.DateTimeFormatter} pattern, or
 *     {@code null} to detect ISO-8601
 */
public record ColumnOverride(ColumnType type, Set<Role> roles, String format) {
    /** Freezes the roles. */
    public ColumnOverride {
        roles = Set.copyOf(roles);
    }
}
