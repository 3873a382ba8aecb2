package org.synthaudit.harness.cli;

import picocli.CommandLine.Option;

/** The {@code -v/--verbose} option every command has. */
public final class VerboseOption {
    /** The system property slf4j-simple reads its default level from. */
    static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    private boolean verbose;

    /** Creates the option, off. */
    public VerboseOption() {
        // nothing to set up
    }

    /**
     * Turns on progress logging and stack traces. Called while the command line is parsed, so
     * the log level is set before the first logger is created.
     *
     * @param verbose whether the option was given
     */
    @Option(names = {"-v", "--verbose"},
            description = "Log the audit's progress to standard error, and print stack traces "
                    + "of errors.")
    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
        if (verbose) {
            System.setProperty(LOG_LEVEL_PROPERTY, "info");
        }
    }

    /**
     * Tells whether {@code -v} was given.
     *
     * @return true for verbose output
     */
    public boolean verbose() {
        return verbose;
    }
}
