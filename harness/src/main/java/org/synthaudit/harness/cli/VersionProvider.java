package org.synthaudit.harness.cli;

import org.synthaudit.harness.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the synthaudit version and the Java runtime for {@code --version}. */
public final class VersionProvider implements IVersionProvider {

    /** Creates the provider. */
    public VersionProvider() {
        // nothing to set up
    }

    /**
     * The lines {@code --version} prints.
     *
     * @return the tool version and the JDK
     */
    @Override
    public String[] getVersion() {
        return new String[] {"synthaudit " + ToolVersion.get(), "JDK " + ToolVersion.jdk()};
    }
}
