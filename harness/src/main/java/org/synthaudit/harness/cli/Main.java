package org.synthaudit.harness.cli;

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
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true);
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
