package org.synthaudit.harness.cli;

import java.io.PrintWriter;
import org.synthaudit.core.InputException;
import org.synthaudit.core.SynthauditException;
import org.synthaudit.harness.Memory;
import org.synthaudit.harness.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into an exit code and one line on standard error, in one place: bad usage
 * and bad input exit with 2, other domain failures and bugs with 3. A stack trace is printed only
 * with {@code -v}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler,
        IParameterExceptionHandler {

    /** Creates the handler. */
    public ErrorHandler() {
        // nothing to set up
    }

    /**
     * Reports a command-line usage error, followed by the command's usage.
     *
     * @param ex the parse error
     * @param args the arguments
     * @return {@link ExitCode#INPUT}
     */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(line(ex.getMessage()));
        cmd.usage(err);
        err.flush();
        return ExitCode.INPUT;
    }

    /**
     * Reports a failure of a running command.
     *
     * @param ex the failure
     * @param cmd the command that failed
     * @param parseResult the parsed command line, to find {@code -v}
     * @return {@link ExitCode#INPUT} for bad input, {@link ExitCode#INTERNAL} otherwise
     */
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof Error e) {
            err.println(line(describe(e)));
            if (verbose(parseResult)) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL;
        }
        int code;
        if (ex instanceof InputException) {
            err.println(line(ex.getMessage()));
            code = ExitCode.INPUT;
        } else if (ex instanceof SynthauditException) {
            err.println(line(ex.getMessage()));
            code = ExitCode.INTERNAL;
        } else {
            err.println(line("internal error: " + ex.getClass().getSimpleName() + ": "
                    + ex.getMessage() + " (rerun with -v for the stack trace)"));
            code = ExitCode.INTERNAL;
        }
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * Says what an {@link Error} means: for lack of memory, how much Java may use and how to give
     * it more; for anything else, that it is an internal error.
     *
     * @param error the error
     * @return the message, without the {@code synthaudit: } prefix
     */
    static String describe(Error error) {
        if (error instanceof OutOfMemoryError) {
            return "out of memory (" + error.getMessage() + "): this run needs more than the "
                    + Memory.format(Runtime.getRuntime().maxMemory()) + " Java may use; use "
                    + "fewer rows, or give Java more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx8g";
        }
        String message = error.getMessage() == null ? "" : ": " + error.getMessage();
        return "internal error: " + error.getClass().getSimpleName() + message
                + " (rerun with -v for the stack trace)";
    }

    /**
     * Formats a message as the single line the command prints. Line breaks become spaces, and
     * every other control character (from a column name or value quoted in the message) is
     * written visibly by {@link TerminalText#escape}, so a message cannot recolour or rewrite the
     * terminal.
     *
     * @param message the message, possibly with line breaks
     * @return {@code synthaudit: } and the message on one line
     */
    static String line(String message) {
        String text = message == null ? "unknown error" : message;
        return "synthaudit: " + TerminalText.escape(
                text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
