package org.synthaudit.core.plugin;

import java.util.List;

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
}
