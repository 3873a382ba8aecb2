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
 * @param rows how many synthetic records to sample per release, {@code >= 1}, or {@code null} for
 *     as many as there are training records
 * @param releases how many synthetic releases to sample from the one fit, in
 *     {@code [1, }{@value #MAX_RELEASES}{@code ]}; {@code null} gives 1
 * @param parameters the generator's parameters by name; {@code null} means none
 */
public record GeneratorConfig(String id, Integer rows, Integer releases,
        Map<String, Object> parameters) {

    /** The largest number of releases one audit samples. */
    public static final int MAX_RELEASES = 100;

    /**
     * Checks the id, the row count and the number of releases, and freezes the parameters.
     *
     * @throws InputException if the id is missing or blank, the row count is below 1 or the
     *     number of releases out of range
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
        releases = releases == null ? Integer.valueOf(1) : releases;
        if (releases < 1 || releases > MAX_RELEASES) {
            throw new InvalidValueException("releases must be a whole number in [1, "
                    + MAX_RELEASES + "], was " + releases, "releases");
        }
        parameters = parameters == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * A generator sampled once.
     *
     * @param id the generator id
     * @param rows rows to sample, or {@code null} for the training size
     * @param parameters the generator's parameters, or {@code null} for none
     * @throws InputException as the canonical constructor does
     */
    public GeneratorConfig(String id, Integer rows, Map<String, Object> parameters) {
        this(id, rows, null, parameters);
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
