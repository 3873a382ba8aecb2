package org.synthaudit.core.plugin;

import java.util.List;
import java.util.stream.Collectors;

/** What every plug-in shows the user: a stable id, one line of description, its parameters. */
public interface Plugin {
    /**
     * The stable id used in configurations and on the command line.
     *
     * @return lower-case words joined by hyphens or dots, such as {@code independent-marginals}
     *     or {@code membership.dcr}
     */
    String id();

    /**
     * What the plug-in does, in one line, citing its source where it has one.
     *
     * @return the description
     */
    String description();

    /**
     * The parameters it accepts, with their defaults.
     *
     * @return the parameters, possibly none
     */
    default List<Parameter> parameters() {
        return List.of();
    }

    /**
     * Checks the parameters a user gave without running anything, so that an audit rejects a
     * bad value before its first expensive step. The default accepts exactly the names of
     * {@link #parameters()}; a plug-in whose parameters have ranges or relations overrides it
     * and reads them into the same validated record its run uses.
     *
     * @param parameters the user's parameters for this plug-in
     * @throws InvalidParameterException naming the parameter, the value found and what is
     *     allowed
     * @throws org.synthaudit.core.InputException for a problem that involves several parameters
     */
    default void validate(Parameters parameters) {
        parameters.requireOnly(parameters().stream().map(Parameter::name)
                .collect(Collectors.toSet()));
    }
}
