package org.synthaudit.harness.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Plugin;
import org.synthaudit.harness.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code synthaudit list}: the installed generators and evaluators with their parameters. */
@Command(name = "list", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List the installed generators and evaluators, with their parameters and "
                + "defaults.")
public final class ListCommand implements Callable<Integer> {
    private final Supplier<Plugins> plugins;

    @Spec
    private CommandSpec spec;

    @Mixin
    private VerboseOption verbose = new VerboseOption();

    /**
     * Creates the command.
     *
     * @param plugins the generators and evaluators, loaded when the command runs
     */
    public ListCommand(Supplier<Plugins> plugins) {
        this.plugins = plugins;
    }

    /**
     * Prints the plug-ins.
     *
     * @return {@link ExitCode#PASS}
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Plugins loaded = plugins.get();
        out.println("Generators (generator.id in the config, or --generator):");
        loaded.generators().all().forEach(g -> print(out, g, null));
        out.println();
        out.println("Evaluators (all run in every audit; parameters under evaluators.<id>):");
        loaded.evaluators().all().forEach(e -> print(out, e, e));
        out.flush();
        return ExitCode.PASS;
    }

    private static void print(PrintWriter out, Plugin plugin, Evaluator evaluator) {
        String category = evaluator == null ? "" : " [" + evaluator.category().configName() + "]";
        out.println("  " + plugin.id() + category + "  " + plugin.description());
        if (plugin.parameters().isEmpty()) {
            out.println("      (no parameters)");
        }
        for (Parameter p : plugin.parameters()) {
            String def = p.defaultValue() == null ? "" : " (default " + p.defaultValue() + ")";
            out.println("      " + p.name() + def + ": " + p.description());
        }
    }
}
