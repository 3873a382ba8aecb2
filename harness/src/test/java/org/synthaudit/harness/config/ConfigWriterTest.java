package org.synthaudit.harness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConfigWriterTest {

    @Nested
    class ToYaml {
        private static final String CONFIG = """
                real: adult.csv
                missing: ["", "?", "NULL"]
                delimiter: ";"
                seed: 42
                threads: 3
                columns:
                  age: {roles: [quasi-identifier]}
                  fnlwgt: {type: identifier}
                  visit: {type: datetime, format: "yyyy-MM-dd"}
                  income: {roles: [target, sensitive]}
                split: {train: 1000, holdout: 0.25}
                generator: {id: independent-marginals, rows: 500, parameters: {smoothing: 0.5}}
                evaluators:
                  membership.dcr: {targets: 2000}
                policy: strict.yaml
                """;

        @Test
        void readsBackAsTheSameConfiguration() {
            AuditConfig config = ConfigLoader.parse(CONFIG, "a.yaml");

            AuditConfig again = ConfigLoader.parse(ConfigWriter.toYaml(config), "b.yaml");

            assertEquals(config, again);
        }

        @Test
        void spellsOutDefaults() {
            String yaml = ConfigWriter.toYaml(ConfigLoader.parse("seed: 7\n", "a.yaml"));

            assertTrue(yaml.contains("reference: 0.25"), yaml);
            assertTrue(yaml.contains("policy: default"), yaml);
        }

        @Test
        void writesRolesByTheirConfigurationNames() {
            String yaml = ConfigWriter.toYaml(ConfigLoader.parse(CONFIG, "a.yaml"));

            assertTrue(yaml.contains("- quasi-identifier"), yaml);
            assertTrue(yaml.contains("type: identifier"), yaml);
        }
    }
}
