package org.synthaudit.harness.cli;

/** The exit codes of the {@code synthaudit} command, which a CI job gates on. */
public final class ExitCode {
    /** The audit passed its policy, or a command other than audit succeeded. */
    public static final int PASS = 0;
    /** The audit failed its policy. */
    public static final int FAIL = 1;
    /** Bad input or usage: the message names the file, line, column or option. */
    public static final int INPUT = 2;
    /** An internal error (a bug), or a failure that is not the user's input. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
