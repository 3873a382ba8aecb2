package org.synthaudit.core.data;

/**
 * What a column means to an audit. Roles come from the configuration; a column may have several.
 *
 * <ul>
 *   <li>{@link #QUASI_IDENTIFIER}: an attribute an adversary may know about a person from other
 *       sources (age, postcode, sex) and use to link records.
 *   <li>{@link #SENSITIVE}: an attribute whose disclosure harms the person (diagnosis, income).
 *   <li>{@link #TARGET}: the label downstream models predict; splits are stratified by it.
 *   <li>{@link #PROTECTED}: a group attribute for fairness and per-group risk (sex, race).
 * </ul>
 */
public enum Role {
    QUASI_IDENTIFIER,
    SENSITIVE,
    TARGET,
    PROTECTED;

    /**
     * The name used in configuration files and reports.
     *
     * @return the lower-case, hyphenated name, e.g. {@code quasi-identifier}
     */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
