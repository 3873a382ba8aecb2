package org.synthaudit.core.io;

import java.util.Set;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;

/**
 * What the configuration says about one column.
 *
 * @param type the type to use instead of the inferred one, or {@code null} to infer it
 * @param roles the column's roles, possibly none
 * @param format for a datetime column, a {@link java.time.format.DateTimeFormatter} pattern or
 *     one of the ISO-8601 names inference reports ({@code ISO-8601 date}, {@code ISO-8601
 *     date-time}, {@code ISO-8601 date / date-time}), or {@code null} to detect ISO-8601
 */
public record ColumnOverride(ColumnType type, Set<Role> roles, String format) {
    /** Freezes the roles. */
    public ColumnOverride {
        roles = Set.copyOf(roles);
    }

    /**
     * Checks a datetime format as a configuration gives it, so that every format
     * {@link TypeInference} reports (and {@code synthaudit schema} prints) is accepted back.
     *
     * @param format a {@link java.time.format.DateTimeFormatter} pattern, or one of the ISO-8601
     *     names
     * @throws IllegalArgumentException if it is neither, naming what is allowed
     */
    public static void checkFormat(String format) {
        DateTimes.check(format);
    }
}
