package org.synthaudit.core.audit;

/** The four questions an audit answers; each finding belongs to one. */
public enum Category {
    /** Does the synthetic data leak the real people in it. */
    PRIVACY,
    /** Is it still good for the models it is meant to train. */
    UTILITY,
    /** Does it look like the real data, column by column and jointly. */
    FIDELITY,
    /** Does it shift representation or outcomes against a group. */
    FAIRNESS;

    /**
     * The name used in reports and figure ids.
     *
     * @return the lower-case name
     */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
