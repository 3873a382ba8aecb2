package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.fakes.FakePlugins;

class ListCommandTest {

    @Nested
    class Call {
        @Test
        void printsIdsDescriptionsAndParameters() {
            Cli.Run run = Cli.run(FakePlugins::standard, "list");

            assertEquals(0, run.code());
            assertEquals("""
                    Generators (generator.id in the config, or --generator):
                      fake-copy  Copies training rows (test double).
                          offset (default 0): first training row to copy, >= 0

                    Evaluators (all run in every audit; parameters under evaluators.<id>):
                      fake.rows [fidelity]  Counts rows (test double).
                          targets (default 100): rows to look at
                      fake.skipped [fidelity]  Counts rows (test double).
                          targets (default 100): rows to look at
                    """, run.out());
        }

        @Test
        void listsEveryInstalledGeneratorWithItsParametersAndDefaults() {
            Cli.Run run = Cli.run(Plugins::load, "list");
            String generators = run.out().substring(0, run.out().indexOf("Evaluators"));

            assertEquals(0, run.code());
            for (String id : List.of("bayesian-network", "external", "files", "gaussian-copula",
                    "holdout-resample", "identity", "independent-marginals", "leaky-copy")) {
                assertTrue(generators.contains("\n  " + id + "  "), id);
            }
            for (String parameter : List.of("k (default 2): ", "bins (default 20): ",
                    "epsilon: ", "beta (default 0.3): ", "command: required", "timeout (default "
                            + "600): ", "workdir: ", "paths: required", "interpolate (default "
                            + "false): ", "fraction (default 0.01): ")) {
                assertTrue(generators.contains("      " + parameter), parameter);
            }
            assertEquals(3, generators.split("\\(no parameters\\)", -1).length - 1,
                    "identity, independent-marginals and holdout-resample take none");
        }
    }
}
