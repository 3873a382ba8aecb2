package org.synthaudit.harness.cli;

import java.util.List;
import java.util.function.Supplier;
import org.synthaudit.harness.Plugins;
import picocli.CommandLine;

/** Starts the {@code synthaudit} command line. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine(Plugins::load).execute(args));
    }

    /**
     * Builds the command line with its error handling.
     *
     * @param plugins where the commands get the generators and evaluators from; called only by
     *     commands that need them
     * @return the command line, ready to execute
     */
    public static CommandLine commandLine(Supplier<Plugins> plugins) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new SynthauditCommand(), new CommandFactory(memoize(plugins)))
                .setExecutionStrategy(Main::runCatchingErrors)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * Runs the chosen command. An {@link Error} (out of memory, a stack overflow) passes through
     * picocli's own handling, so it is handed to the {@link ErrorHandler} here, as the cause of
     * an execution exception, to end in exit code 3 and one line like every other failure.
     */
    private static int runCatchingErrors(CommandLine.ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (Error e) {
            List<CommandLine> commands = parseResult.asCommandLineList();
            throw new CommandLine.ExecutionException(commands.getLast(), String.valueOf(e), e);
        }
    }

    private static Supplier<Plugins> memoize(Supplier<Plugins> plugins) {
        return new Supplier<>() {
            private Plugins loaded;

            @Override
            public synchronized Plugins get() {
                if (loaded == null) {
                    loaded = plugins.get();
                }
                return loaded;
            }
        };
    }

    /** Creates commands that need the plug-ins with them, and everything else by default. */
    private record CommandFactory(Supplier<Plugins> plugins) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == AuditCommand.class) {
                return type.cast(new AuditCommand(plugins));
            }
            if (type == CompareCommand.class) {
                return type.cast(new CompareCommand(plugins));
            }
            if (type == ListCommand.class) {
                return type.cast(new ListCommand(plugins));
            }
            if (type == GenerateCommand.class) {
                return type.cast(new GenerateCommand(plugins));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
