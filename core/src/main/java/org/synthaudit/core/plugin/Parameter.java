package org.synthaudit.core.plugin;

/**
 * A parameter a plug-in accepts, as {@code synthaudit list} shows it.
 *
 * @param name the name used in the configuration
 * @param defaultValue the default, as text, or {@code null} when the parameter is required or
 *     has no default
 * @param description what it means, its unit and range
 */
public record Parameter(String name, String defaultValue, String description) {
}
