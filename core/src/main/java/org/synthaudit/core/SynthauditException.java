package org.synthaudit.core;

import java.io.Serial;

/**
 * Root of the domain failures synthaudit reports to its user.
 *
 * <p>Caller errors inside the code base are {@link IllegalArgumentException} and calls in the
 * wrong order {@link IllegalStateException}; failures that come from the outside world (a bad
 * file, an impossible configuration, a generator that broke) are subclasses of this type, so the
 * command line can turn each kind into its exit code in one place.
 */
public class SynthauditException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates a failure with a message meant for the user.
     *
     * @param message one line naming what was wrong and where
     */
    public SynthauditException(String message) {
        super(message);
    }

    /**
     * Creates a failure with a message meant for the user and the exception behind it.
     *
     * @param message one line naming what was wrong and where
     * @param cause the exception that caused it
     */
    public SynthauditException(String message, Throwable cause) {
        super(message, cause);
    }
}
