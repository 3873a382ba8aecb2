package org.synthaudit.harness.config;

import java.io.Serial;
import java.util.List;
import org.synthaudit.core.InputException;

/**
 * A configuration value out of range, with the key it belongs to, so that the file reader can
 * point at the key's line.
 */
public final class InvalidValueException extends InputException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The path of the key, relative to the record that rejected the value. */
    private final transient List<String> key;

    /**
     * Creates the error.
     *
     * @param message one line naming the key, the value found and what is allowed
     * @param key the key whose value is wrong, e.g. {@code threads}, or the keys leading to it,
     *     e.g. {@code columns}, {@code age}
     */
    public InvalidValueException(String message, String... key) {
        super(message);
        this.key = List.of(key);
    }

    /**
     * The key whose value is wrong.
     *
     * @return the keys leading to it, relative to the record that rejected it
     */
    public List<String> key() {
        return key;
    }
}
