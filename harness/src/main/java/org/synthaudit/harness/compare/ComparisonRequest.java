package org.synthaudit.harness.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.synthaudit.core.InputException;
import org.synthaudit.harness.config.AuditConfig;

/**
 * What the user asked to compare.
 *
 * @param configFile the configuration file, for messages and provenance
 * @param config the effective configuration after command-line options; its seed is the base
 *     seed, its generator section (if any) supplies the parameters of the generator it names
 * @param generators the generators, in the order listed; at least two
 * @param repeats how many times each generator is audited, in
 *     {@code [1, }{@value #MAX_REPEATS}{@code ]}
 * @param privacyFigure the privacy figure of the chart and the Pareto front, or {@code null} for
 *     {@value ComparisonRunner#DEFAULT_PRIVACY_FIGURE}
 * @param utilityFigure the utility figure of the chart, or {@code null} for the headline of
 *     {@value ComparisonRunner#UTILITY_EVALUATOR}
 */
public record ComparisonRequest(Path configFile, AuditConfig config,
        List<GeneratorSpec> generators, int repeats, String privacyFigure,
        String utilityFigure) {
    /** The largest number of repeats. */
    public static final int MAX_REPEATS = 100;

    /**
     * Checks the counts and freezes the list.
     *
     * @throws InputException if the repeats are out of range or fewer than two generators are
     *     given
     */
    public ComparisonRequest {
        Objects.requireNonNull(config, "config");
        generators = List.copyOf(generators);
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new InputException("--repeat must be in [1, " + MAX_REPEATS + "], was "
                    + repeats);
        }
        if (generators.size() < 2) {
            throw new InputException("--generators: a comparison needs at least two "
                    + "generators, got " + generators.size());
        }
    }
}
