package org.synthaudit.harness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code synthaudit} command, which only holds the subcommands. */
@Command(name = "synthaudit", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Audits synthetic data before release: membership, linkage and attribute "
                + "inference attacks, fidelity and utility, scored against a policy.",
        subcommands = {AuditCommand.class, CompareCommand.class, ListCommand.class,
            SchemaCommand.class, GenerateCommand.class},
        footer = {"", "Exit codes: 0 pass (compare: completed), 1 the policy failed, 2 bad "
                + "input or usage, 3 internal error."})
public final class SynthauditCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Creates the command; picocli adds the subcommands. */
    public SynthauditCommand() {
        // nothing to set up
    }

    /**
     * Rejects a command line without a subcommand.
     *
     * @return never returns normally
     * @throws ParameterException always, so the usage is shown with exit code 2
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: audit, compare, list, "
                + "schema or generate");
    }
}
