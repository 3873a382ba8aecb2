package org.synthaudit.harness.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.synthaudit.core.InputException;
import org.synthaudit.core.plugin.Parameters;

/**
 * The generator under audit in generator mode.
 *
 * @param id the generator id, as {@code synthaudit list} shows it; required
 * @param rows how many synthetic records to sample, {@code >= 1}, or {@code null} for as many as
 *     there are training records
 * @param parameters the generator's parameters by name; {@code null} means none
 */
public record GeneratorConfig(String id, Integer rows, Map<String, Object> parameters) {

    /**
     * Checks the id and the row count and freezes the parameters.
     *
     * @throws InputException if the id is missing or blank or the row count is below 1
     */
    public GeneratorConfig {
        if (id == null || id.isBlank()) {
            throw new InputException("id is required: the id of a generator (see synthaudit list)");
        }
        id = id.strip();
        if (rows != null && rows < 1) {
            throw new InvalidValueException("rows must be a whole number >= 1, was " + rows,
                    "rows");
        }
        parameters = parameters == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * The parameters in the form plug-ins read them.
     *
     * @return the parameters, owned by {@code generator <id>}
     */
    public Parameters toParameters() {
        return new Parameters("generator " + id, parameters);
    }
}
