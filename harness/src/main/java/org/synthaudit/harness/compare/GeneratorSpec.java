package org.synthaudit.harness.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.synthaudit.core.InputException;

/**
 * One generator of a comparison as the user listed it: a generator id, optionally followed by
 * parameters, {@code id:name=value:name=value}, e.g. {@code bayesian-network:epsilon=1:k=3}.
 * Values are typed as the configuration file types them: {@code true} and {@code false} are
 * booleans, whole and decimal numbers are numbers, anything else is text.
 *
 * @param label the text as given, without surrounding blanks; unique within a comparison
 * @param id the generator id
 * @param parameters the parameters given after the id, in the order given; empty for none
 */
public record GeneratorSpec(String label, String id, Map<String, Object> parameters) {
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile(
            "[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    /** Freezes the parameters. */
    public GeneratorSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Reads one generator.
     *
     * @param text e.g. {@code identity} or {@code bayesian-network:epsilon=1}
     * @return the generator
     * @throws InputException if the id is empty, a parameter is not {@code name=value} or a
     *     name is given twice
     */
    public static GeneratorSpec parse(String text) {
        String label = text.strip();
        String[] parts = label.split(":", -1);
        String id = parts[0].strip();
        if (id.isEmpty()) {
            throw new InputException("'" + text + "' names no generator; write ID or "
                    + "ID:NAME=VALUE");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            String name = eq < 0 ? "" : parts[i].substring(0, eq).strip();
            String value = eq < 0 ? "" : parts[i].substring(eq + 1).strip();
            if (name.isEmpty() || value.isEmpty()) {
                throw new InputException("'" + label + "': '" + parts[i] + "' is not "
                        + "NAME=VALUE; write ID:NAME=VALUE, e.g. bayesian-network:epsilon=1");
            }
            if (parameters.put(name, typed(value)) != null) {
                throw new InputException("'" + label + "': parameter '" + name
                        + "' is given twice");
            }
        }
        return new GeneratorSpec(label, id, parameters);
    }

    /**
     * Reads the generators of a comparison.
     *
     * @param items the comma-separated items of the option, in order
     * @return the generators, in the order given
     * @throws InputException for an item {@link #parse} rejects, a label given twice, or fewer
     *     than two generators
     */
    public static List<GeneratorSpec> parseAll(List<String> items) {
        List<GeneratorSpec> specs = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (String item : items) {
            GeneratorSpec spec = parse(item);
            if (!labels.add(spec.label())) {
                throw new InputException("'" + spec.label() + "' is listed twice");
            }
            specs.add(spec);
        }
        if (specs.size() < 2) {
            throw new InputException("a comparison needs at least two generators, got "
                    + specs.size());
        }
        return List.copyOf(specs);
    }

    /** Types a value as YAML types a plain scalar: boolean, whole number, decimal, text. */
    private static Object typed(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        if (WHOLE.matcher(value).matches()) {
            try {
                long whole = Long.parseLong(value);
                if (whole == (int) whole) {
                    return Integer.valueOf((int) whole);
                }
                return Long.valueOf(whole);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (DECIMAL.matcher(value).matches()) {
            return Double.valueOf(value);
        }
        return value;
    }
}
