package org.synthaudit.core.audit;

/** Which direction of a figure is bad news, so reports and policies read it the right way. */
public enum Sense {
    /** A larger value means more risk or less quality (a risk, a distance between tables). */
    HIGHER_IS_WORSE,
    /** A larger value means less risk or more quality (an accuracy, a distance to records). */
    HIGHER_IS_BETTER,
    /** Neither: a descriptive figure (a count, a share). */
    NEUTRAL
}
