package org.synthaudit.harness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Role;
import org.synthaudit.core.io.CsvOptions;

class AuditConfigTest {

    @Nested
    class Defaults {
        @Test
        void spellsOutEveryDefault() {
            AuditConfig config = AuditConfig.defaults();

            assertNull(config.real());
            assertEquals(CsvOptions.DEFAULT_MISSING, Set.copyOf(config.missing()));
            assertNull(config.delimiter());
            assertEquals(AuditConfig.DEFAULT_SEED, config.seed());
            assertTrue(config.threads() >= 1);
            assertEquals(Map.of(), config.columns());
            assertSame(SplitConfig.DEFAULT, config.split());
            assertNull(config.generator());
            assertEquals(Map.of(), config.evaluators());
            assertTrue(config.usesDefaultPolicy());
        }
    }

    @Nested
    class Constructor {
        @Test
        void normalisesColumnNamesLikeCsvHeaders() {
            AuditConfig config = new AuditConfig(null, null, null, null, null,
                    Map.of(" cafe\u0301 ", ColumnConfig.NONE), null, null, null, null);

            assertEquals(Set.of("caf\u00e9"), config.columns().keySet());
        }

        @Test
        void rejectsTwoNamesThatNormaliseAlike() {
            Map<String, ColumnConfig> columns = new java.util.LinkedHashMap<>();
            columns.put("a", ColumnConfig.NONE);
            columns.put(" a", ColumnConfig.NONE);

            assertEquals("columns: ' a' is named twice (after Unicode normalisation and "
                    + "trimming)", assertThrows(InputException.class, () -> new AuditConfig(null,
                            null, null, null, null, columns, null, null, null, null))
                    .getMessage());
        }

        @Test
        void readsAnEmptyColumnEntryAsNoOverride() {
            Map<String, ColumnConfig> columns = new java.util.HashMap<>();
            columns.put("age", null);

            AuditConfig config = new AuditConfig(null, null, null, null, null, columns, null,
                    null, null, null);

            assertEquals(ColumnConfig.NONE, config.columns().get("age"));
        }
    }

    @Nested
    class WithGeneratorId {
        private final AuditConfig config = new AuditConfig(null, null, null, null, null, null,
                null, new GeneratorConfig("a", 100, Map.of("k", 1)), null, null);

        @Test
        void keepsRowsAndParametersForTheSameGenerator() {
            GeneratorConfig changed = config.withGeneratorId("a").generator();

            assertEquals(new GeneratorConfig("a", 100, Map.of("k", 1)), changed);
        }

        @Test
        void dropsTheParametersOfAnotherGenerator() {
            GeneratorConfig changed = config.withGeneratorId("b").generator();

            assertEquals(new GeneratorConfig("b", 100, Map.of()), changed);
        }

        @Test
        void createsTheGeneratorWhenTheConfigHasNone() {
            assertEquals(new GeneratorConfig("b", null, null),
                    AuditConfig.defaults().withGeneratorId("b").generator());
        }
    }

    @Nested
    class WithThreads {
        @Test
        void rejectsZero() {
            assertEquals("threads must be in [1, 1024], was 0", assertThrows(
                    InputException.class, () -> AuditConfig.defaults().withThreads(0))
                    .getMessage());
        }

        @Test
        void setsTheCount() {
            assertEquals(3, AuditConfig.defaults().withThreads(3).threads());
        }
    }

    @Nested
    class ResolvedAgainst {
        @Test
        void leavesTheDefaultPolicyAlone() {
            AuditConfig config = new AuditConfig(Path.of("x.csv"), null, null, null, null, null,
                    null, null, null, null).resolvedAgainst(Path.of("cfg"));

            assertEquals(Path.of("cfg/x.csv"), config.real());
            assertEquals("default", config.policy());
        }
    }

    @Nested
    class Overrides {
        @Test
        void handsTypesAndRolesToTypeInference() {
            AuditConfig config = ConfigLoader.parse("columns: {sex: {roles: [protected]}}\n",
                    "a.yaml");

            assertEquals(Set.of(Role.PROTECTED), config.overrides().get("sex").roles());
            assertNull(config.overrides().get("sex").type());
        }
    }

    @Nested
    class CsvOptionsOf {
        @Test
        void usesZeroForADetectedDelimiter() {
            assertEquals(0, AuditConfig.defaults().csvOptions().delimiter());
        }

        @Test
        void passesTheMissingTokens() {
            AuditConfig config = ConfigLoader.parse("missing: [\"\", \"?\"]\ndelimiter: \";\"\n",
                    "a.yaml");

            assertEquals(new CsvOptions(';', Set.of("", "?")), config.csvOptions());
        }
    }

    @Nested
    class EvaluatorParameters {
        @Test
        void namesTheEvaluatorAsOwner() {
            AuditConfig config = ConfigLoader.parse("evaluators: {membership.dcr: {targets: 5}}\n",
                    "a.yaml");

            assertEquals("evaluator membership.dcr",
                    config.evaluatorParameters().get("membership.dcr").owner());
            assertEquals(List.of("targets"), List.copyOf(
                    config.evaluatorParameters().get("membership.dcr").values().keySet()));
        }
    }
}
