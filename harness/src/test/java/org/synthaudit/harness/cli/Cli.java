package org.synthaudit.harness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import org.synthaudit.harness.Plugins;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
    private Cli() {
    }

    /**
     * What one run printed and returned.
     *
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    record Run(int code, String out, String err) {
        /**
         * The first line of standard error.
         *
         * @return the line, or empty
         */
        String firstErrorLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    static Run run(Supplier<Plugins> plugins, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(plugins);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
