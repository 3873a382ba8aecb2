package org.synthaudit.core;

import java.io.Serial;

/**
 * Bad input from the user: a file that cannot be read or parsed, a configuration that names an
 * unknown column, an option out of range. The command line exits with code 2 on it.
 *
 * <p>The message is one line that names the file, line, column or option, the value found and
 * what was expected.
 */
public class InputException extends SynthauditException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an input error.
     *
     * @param message one line naming the file, line, column or option and what was wrong
     */
    public InputException(String message) {
        super(message);
    }

    /**
     * Creates an input error with the exception behind it.
     *
     * @param message one line naming the file, line, column or option and what was wrong
     * @param cause the exception that caused it
     */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
