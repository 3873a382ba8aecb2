package org.synthaudit.core.plugin;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters a user gave one plug-in in the configuration, read with typed accessors that
 * check the range and name the parameter in any error.
 *
 * @param owner the plug-in the parameters belong to, for messages, e.g. {@code generator identity}
 * @param values the raw values by name
 */
public record Parameters(String owner, Map<String, Object> values) {

    /** Freezes the map in a stable (sorted) order. */
    public Parameters {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * No parameters.
     *
     * @param owner the plug-in, for messages
     * @return an empty parameter set
     */
    public static Parameters none(String owner) {
        return new Parameters(owner, Map.of());
    }

    /**
     * A number within a range.
     *
     * @param name the parameter name
     * @param defaultValue used when the parameter is absent
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     * @throws InvalidParameterException if the value is not a number or out of range
     */
    public double number(String name, double defaultValue, double min, double max) {
        Object raw = values.get(name);
        double value;
        if (raw == null) {
            value = defaultValue;
        } else if (raw instanceof Number n) {
            value = n.doubleValue();
        } else {
            try {
                value = Double.parseDouble(raw.toString().strip());
            } catch (NumberFormatException e) {
                throw invalid(name, "must be a number, was '" + raw + "'");
            }
        }
        if (!(value >= min && value <= max)) {
            throw invalid(name, "must be in [" + plain(min) + ", " + plain(max) + "], was "
                    + plain(value));
        }
        return value;
    }

    /**
     * The error for a parameter the plug-in cannot accept, for checks the typed accessors cannot
     * express (a multiple of 4, a list of column names).
     *
     * @param name the parameter's name
     * @param problem the value found and what is allowed, e.g. {@code must be even, was 3}
     * @return the error to throw, naming this plug-in and the parameter
     */
    public InvalidParameterException invalid(String name, String problem) {
        return new InvalidParameterException(owner, name, problem);
    }

    /** A number as a user wrote it: whole numbers without a decimal point or exponent. */
    private static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /**
     * A whole number within a range.
     *
     * @param name the parameter name
     * @param defaultValue used when the parameter is absent
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     * @throws InvalidParameterException if the value is not a whole number or out of range
     */
    public int integer(String name, int defaultValue, int min, int max) {
        double value = number(name, defaultValue, min, max);
        if (value != Math.rint(value)) {
            throw invalid(name, "must be a whole number, was " + value);
        }
        return (int) value;
    }

    /**
     * Checks that no parameter outside a known set was given.
     *
     * @param known the names the plug-in accepts
     * @throws InvalidParameterException naming the first unknown parameter and the accepted
     *     ones
     */
    public void requireOnly(Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw InvalidParameterException.unknown(owner, name, known.isEmpty() ? "none"
                        : String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}
