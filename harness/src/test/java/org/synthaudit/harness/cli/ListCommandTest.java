package org.synthaudit.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
    }
}
