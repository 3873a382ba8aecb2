package org.synthaudit.generators;

import java.util.OptionalDouble;
import org.synthaudit.core.plugin.InvalidParameterException;
import org.synthaudit.core.plugin.Parameters;

/**
 * Reads generator parameters whose ranges {@link Parameters} cannot express directly (whole
 * numbers with bounds that depend on the data, optional budgets, open intervals, flags). Every
 * error names the plug-in, the parameter, the value found and the allowed range.
 */
final class ParameterRanges {
    private ParameterRanges() {
    }

    /**
     * A whole number within a closed range.
     *
     * @param parameters the user's parameters
     * @param name the parameter name
     * @param defaultValue used when the parameter is absent
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param why appended to the range in the message, e.g. why the upper end is what it is;
     *     empty for none
     * @return the value
     * @throws InvalidParameterException if the value is not a whole number in {@code [min, max]}
     */
    static int wholeNumber(Parameters parameters, String name, int defaultValue, int min, int max,
            String why) {
        double value = anyNumber(parameters, name, defaultValue);
        if (!(value >= min && value <= max) || value != Math.rint(value)) {
            throw parameters.invalid(name, "must be a whole number in [" + min + ", " + max
                    + "]" + why + ", was " + format(value));
        }
        return (int) value;
    }

    /**
     * An optional number that must be finite and strictly positive, such as a privacy budget.
     *
     * @param parameters the user's parameters
     * @param name the parameter name
     * @return the value, or empty when the parameter is absent
     * @throws InvalidParameterException if the value is not a finite number {@code > 0}
     */
    static OptionalDouble optionalPositive(Parameters parameters, String name) {
        if (!parameters.values().containsKey(name)) {
            return OptionalDouble.empty();
        }
        double value = anyNumber(parameters, name, 1);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw parameters.invalid(name, "must be a finite number > 0, was "
                    + format(value));
        }
        return OptionalDouble.of(value);
    }

    /**
     * A number strictly between 0 and 1.
     *
     * @param parameters the user's parameters
     * @param name the parameter name
     * @param defaultValue used when the parameter is absent
     * @return the value
     * @throws InvalidParameterException if the value is not in {@code (0, 1)}
     */
    static double openUnitInterval(Parameters parameters, String name, double defaultValue) {
        double value = anyNumber(parameters, name, defaultValue);
        if (!(value > 0 && value < 1)) {
            throw parameters.invalid(name, "must be in (0, 1), was " + format(value));
        }
        return value;
    }

    /**
     * A yes/no switch, given as a boolean or as the text {@code true} or {@code false}.
     *
     * @param parameters the user's parameters
     * @param name the parameter name
     * @param defaultValue used when the parameter is absent
     * @return the value
     * @throws InvalidParameterException if the value is neither true nor false
     */
    static boolean flag(Parameters parameters, String name, boolean defaultValue) {
        Object raw = parameters.values().get(name);
        if (raw == null) {
            return defaultValue;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        String text = raw.toString().strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw parameters.invalid(name, "must be true or false, was '" + raw + "'");
    }

    private static double anyNumber(Parameters parameters, String name, double defaultValue) {
        return parameters.number(name, defaultValue, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
