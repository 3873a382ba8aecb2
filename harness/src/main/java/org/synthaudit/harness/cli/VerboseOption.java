package org.synthaudit.harness.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code -v/--verbose} and {@code -q/--quiet} options every command has: how much goes to
 * standard error besides errors. Neither changes the results, the verdict or the exit code.
 */
public final class VerboseOption {
    /** The system property slf4j-simple reads its default level from. */
    static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private boolean verbose;
    private boolean quiet;

    /** Creates the options, both off. */
    public VerboseOption() {
        // nothing to set up
    }

    /**
     * Turns on progress logging and stack traces. Called while the command line is parsed, so
     * the log level is set before the first logger is created.
     *
     * @param verbose whether the option was given
     * @throws ParameterException if {@code -q} was given too
     */
    @Option(names = {"-v", "--verbose"},
            description = "Log the audit's progress to standard error, and print stack traces "
                    + "of errors.")
    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
        if (verbose) {
            requireNotBoth();
            System.setProperty(LOG_LEVEL_PROPERTY, "info");
        }
    }

    /**
     * Turns off the progress bar, the per-audit lines of {@code compare} and warnings; errors
     * are still printed. Called while the command line is parsed, like {@link #setVerbose}.
     *
     * @param quiet whether the option was given
     * @throws ParameterException if {@code -v} was given too
     */
    @Option(names = {"-q", "--quiet"},
            description = "Print nothing to standard error but errors: no progress bar, no "
                    + "warnings. The results and the exit code are the same.")
    public void setQuiet(boolean quiet) {
        this.quiet = quiet;
        if (quiet) {
            requireNotBoth();
            System.setProperty(LOG_LEVEL_PROPERTY, "error");
        }
    }

    private void requireNotBoth() {
        if (verbose && quiet) {
            throw new ParameterException(mixee.commandLine(), "-q/--quiet and -v/--verbose "
                    + "cannot be combined");
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

    /**
     * Tells whether {@code -q} was given.
     *
     * @return true for quiet output
     */
    public boolean quiet() {
        return quiet;
    }
}
